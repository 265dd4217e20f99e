#pragma once

#include "kpi/kpisignals.h"

namespace ft {

// SPEC §2b, last bullet: did an initiative move its KPI beyond normal variation? Judged with the
// initiative's own baseline (the complete periods that end on or before its start day) and the
// complete periods after it.
struct InitiativeVerdict
{
    enum class Kind {
        TooFewBefore,        // fewer than MinBaselinePeriods periods with data before the start
        NoChangeYet,         // no signal since the start
        RealImprovement,     // the latest signal since the start lies in the good direction
        RealDeterioration,   // … in the bad direction
    };
    Kind kind = Kind::TooFewBefore;
    PeriodKind by = PeriodKind::Month;
    QDate start;
    int baselinePeriods = 0;                 // periods with data in the baseline
    int periodsSinceStart = 0;               // complete periods after the baseline
    std::optional<double> averageBefore;     // over the baseline (rates: Σx / Σn)
    std::optional<double> averageSince;      // over the complete periods since the start
    // The latest signalling period since the start, its rules, the run it ends and how many of the
    // last four values lay near the same limit.
    int signalPeriod = -1;
    QString signalPeriodLabel;
    unsigned rules = NoSignal;
    Side side = Side::On;
    int run = 0;
    int nearLimit = 0;

    bool isSignal() const { return kind == Kind::RealImprovement || kind == Kind::RealDeterioration; }
};

InitiativeVerdict judgeInitiative(const KpiTable &table, Kpi kpi, QDate start, bool higherIsBetter);

// "real improvement since 3 March 2027: 8 months in a row below the old average",
// "no change beyond normal variation yet (4 months since the start)" (translated).
QString verdictSentence(const InitiativeVerdict &verdict);
// A few words for a table cell: "real improvement", "no change beyond normal variation yet" …
QString verdictShort(const InitiativeVerdict &verdict);
// The rule that fired, in words: "8 months in a row below the old average".
QString signalInWords(unsigned rules, Side side, int run, int nearLimit, PeriodKind by, const QString &periodLabel);
// "%n month(s)" and its week and quarter twins.
QString periodCount(PeriodKind by, int n);

} // namespace ft
