#include "report/beforeafter.h"

#include <QCoreApplication>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::BeforeAfter)
};
} // namespace

QString initiativeVerdictText(const InitiativeVerdict &v, PlainUnit unit)
{
    QString said = verdictSentence(v);
    if (!said.isEmpty())
        said[0] = said.at(0).toUpper();
    said += QLatin1Char('.');
    if (v.averageBefore && v.averageSince)
        said += QLatin1Char(' ')
                + Tr::tr("Average before the start %1 (%2), since the start %3 (%4).")
                      .arg(plainValue(*v.averageBefore, unit), periodCount(v.by, v.baselinePeriods),
                           plainValue(*v.averageSince, unit), periodCount(v.by, v.periodsSinceStart));
    else if (v.averageBefore)
        said += QLatin1Char(' ')
                + Tr::tr("Average before the start %1 (%2).")
                      .arg(plainValue(*v.averageBefore, unit), periodCount(v.by, v.baselinePeriods));
    return said;
}

BeforeAfter beforeAfter(const QList<KpiPoint> &series, const CsiInitiative &initiative, bool higherIsBetter, QDate today)
{
    BeforeAfter result;
    if (!initiative.startDate.isValid())
        return result;
    // Whole periods only: the last day counted is the day before endDay.
    QDate lastEnd = today;
    if (initiative.reviewDate && initiative.reviewDate->isValid() && *initiative.reviewDate < today)
        lastEnd = initiative.reviewDate->addDays(1);

    for (const KpiPoint &p : series) {
        if (p.endDay <= initiative.startDate && p.endDay <= today)
            result.before = p;
        else if (p.firstDay >= initiative.startDate && p.endDay <= lastEnd)
            result.after = p;
    }
    if (initiative.target && result.afterValue()) {
        const double after = *result.afterValue();
        const bool met = higherIsBetter ? after >= *initiative.target : after <= *initiative.target;
        result.reached = met ? TargetReached::Yes : TargetReached::No;
    }
    return result;
}

} // namespace ft
