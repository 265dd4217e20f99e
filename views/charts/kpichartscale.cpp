#include "charts/kpichartscale.h"

#include <algorithm>
#include <cmath>

namespace ft {

QDate defaultKpiRangeStart(QDate last, std::optional<QDate> dataFirst, const QList<KpiMarker> &markers, Kpi kpi)
{
    const QDate monthStart(last.year(), last.month(), 1);
    QDate from = monthStart.addMonths(-12);
    for (const KpiMarker &m : markers) {
        if (m.kpi != kpi && kpiHoursCounterpart(m.kpi) != kpi)
            continue;
        const QDate before = QDate(m.startDate.year(), m.startDate.month(), 1).addMonths(-3);
        if (before < from)
            from = before;
    }
    if (dataFirst && dataFirst->isValid() && from < *dataFirst)
        from = std::min(QDate(dataFirst->year(), dataFirst->month(), 1), monthStart.addMonths(-12));
    return from;
}

AxisRange percentAxisRange(double lo, double hi)
{
    lo = std::clamp(lo, 0.0, 100.0);
    hi = std::clamp(hi, 0.0, 100.0);
    if (hi < lo)
        std::swap(lo, hi);
    const double margin = std::max((hi - lo) * 0.1, 1.0);
    double bottom = std::max(0.0, lo - margin);
    double top = std::min(100.0, hi + margin);
    // Close to 0 anyway: start there, as a reader expects of a rate.
    if (bottom < 0.25 * top)
        bottom = 0;
    double step = 25;
    for (double s : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0}) {
        if ((top - bottom) / s <= 8) {
            step = s;
            break;
        }
    }
    bottom = std::max(0.0, std::floor(bottom / step) * step);
    top = std::min(100.0, std::ceil(top / step) * step);
    if (top <= bottom)
        top = std::min(100.0, bottom + step);
    if (top <= bottom)
        bottom = top - step;
    return {bottom, top, int(std::lround((top - bottom) / step)) + 1};
}

} // namespace ft
