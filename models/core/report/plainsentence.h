#pragma once

#include "report/plainvalue.h"

#include <QDate>
#include <QString>
#include <optional>

namespace ft {

// The verdict on one KPI in the review, in the words leadership reads.
enum class PlainStatus {
    OnTarget,         // meets its target
    Improving,        // misses its target (or has none) but moved the right way
    NeedsAttention,   // misses its target and did not improve, or has no target and got worse
    Steady,           // no target, and no change worth a word
    ForInformation,   // a volume without a target: stated, not judged
    NoData,           // nothing to measure this period
    TooFewItems,      // the figure, or the one it is compared with, rests on too few items to judge
};
QString plainStatusLabel(PlainStatus s);   // "on target", "improving", "needs attention" …

// An improvement initiative the sentence can name: "… since “Closure checklist” started on 3 March 2026."
struct PlainInitiative
{
    QString title;
    QDate startDate;
};

// Everything one sentence rests on. Period names are whole phrases a reader knows
// ("March 2026", "week 11 of 2026"), given by the caller.
struct PlainComparison
{
    PlainKpi kpi;
    QString periodName;
    QString previousPeriodName;
    std::optional<double> current;
    std::optional<double> previous;
    // How many items each value rests on (KpiRow::basis); unknown counts as enough.
    std::optional<qint64> currentBasis;
    std::optional<qint64> previousBasis;
    std::optional<double> target;            // in the KPI's direction (kpi.higherIsBetter)
    std::optional<PlainInitiative> initiative;
};

struct PlainVerdict
{
    PlainStatus status = PlainStatus::NoData;
    QString change;      // "−36 %", "+3 points"; empty when there is none to show
    QString sentence;    // one to three whole sentences
};

// A rate, time or average resting on fewer items than this says little: one callback among one
// resolved item is a "100 %" callback rate. Such a figure is stated with how few items it rests
// on and never judged. Counts are exempt: a count of 3 is exact, not a sample.
inline constexpr qint64 plainFewItems = 5;
bool restsOnFewItems(PlainUnit unit, std::optional<qint64> basis);
// "based on only 1 item", "based on only 3 items"
QString basedOnOnly(qint64 items);
// A figure for a table cell: the value, and under it "only 3 items" when it rests on few.
QString plainFigure(const std::optional<double> &value, PlainUnit unit, std::optional<qint64> basis);

bool meetsTarget(double value, double target, bool higherIsBetter);
// Worded on the rounded values the reader sees, so that "rose from 9 to 9" can never be printed.
PlainVerdict plainVerdict(const PlainComparison &c);

} // namespace ft
