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
    std::optional<double> target;            // in the KPI's direction (kpi.higherIsBetter)
    std::optional<PlainInitiative> initiative;
};

struct PlainVerdict
{
    PlainStatus status = PlainStatus::NoData;
    QString change;      // "−36 %", "+3 points"; empty when there is none to show
    QString sentence;    // one to three whole sentences
};

bool meetsTarget(double value, double target, bool higherIsBetter);
// Worded on the rounded values the reader sees, so that "rose from 9 to 9" can never be printed.
PlainVerdict plainVerdict(const PlainComparison &c);

} // namespace ft
