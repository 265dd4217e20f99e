#pragma once

#include "csi/csiinitiative.h"
#include "kpi/initiativeverdict.h"
#include "report/plainvalue.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ft {

// One period of a KPI's series: [firstDay, endDay) and its value (empty: no data).
struct KpiPoint
{
    QString label;
    QDate firstDay;
    QDate endDay;
    std::optional<double> value;
    qint64 basis = 0;   // what the value rests on: items behind a rate, median or average (KpiRow::basis)
};

enum class TargetReached { Yes, No, Unknown };

// An initiative's KPI before and after its start date, side by side.
//
// "Before" is the last whole period that ended on or before the start date: the KPI as it was
// when the work began, and the value the baseline is filled from. "After" is the latest whole
// period that began on or after the start date and has ended by today (or by the review date,
// when that has passed): the KPI as it stands now, untouched by the weeks before the start.
// The period the start falls in is mixed, so it counts as neither.
struct BeforeAfter
{
    std::optional<KpiPoint> before;
    std::optional<KpiPoint> after;
    TargetReached reached = TargetReached::Unknown;   // the after value against the initiative's target
    // Signal or noise (SPEC §2b): judged on the periods before the start against those since.
    std::optional<InitiativeVerdict> verdict;

    std::optional<double> beforeValue() const { return before ? before->value : std::nullopt; }
    std::optional<double> afterValue() const { return after ? after->value : std::nullopt; }
};

// `series` in order, as the KPI engine gives it for one KPI; `higherIsBetter` is that KPI's direction.
BeforeAfter beforeAfter(const QList<KpiPoint> &series, const CsiInitiative &initiative, bool higherIsBetter, QDate today);

// "Real improvement since 3 March 2025: 8 months in a row below the old average. Average before the
// start 11 (6 months), since the start 10.5 (8 months)."
QString initiativeVerdictText(const InitiativeVerdict &verdict, PlainUnit unit);

} // namespace ft
