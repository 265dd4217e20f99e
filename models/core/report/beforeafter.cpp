#include "report/beforeafter.h"

namespace ft {

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
