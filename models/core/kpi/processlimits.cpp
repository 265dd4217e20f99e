#include "kpi/processlimits.h"

#include <algorithm>
#include <cmath>

namespace ft {

namespace {

bool counts(ChartKind kind, const SeriesPoint &p)
{
    return p.value && (kind == ChartKind::XmR || p.n > 0);
}

} // namespace

ProcessLimits computeProcessLimits(ChartKind kind, const std::vector<SeriesPoint> &points, IndexRange baseline)
{
    ProcessLimits out;
    out.kind = kind;
    out.limits.resize(points.size());
    const int first = std::max(0, baseline.first);
    const int last = std::min(int(points.size()) - 1, baseline.last);

    if (kind == ChartKind::XmR) {
        double sum = 0;
        double rangeSum = 0;
        int ranges = 0;
        std::optional<double> previous;
        for (int i = first; i <= last; ++i) {
            const SeriesPoint &p = points[size_t(i)];
            if (!counts(kind, p))
                continue;
            ++out.baselineValues;
            sum += *p.value;
            if (previous) {
                rangeSum += std::fabs(*p.value - *previous);
                ++ranges;
            }
            previous = p.value;
        }
        out.valid = out.baselineValues >= MinBaselinePeriods;
        if (!out.valid)
            return out;
        out.centre = sum / out.baselineValues;
        out.averageMovingRange = rangeSum / ranges;
        const double lower = std::max(0.0, out.centre - XmRScale * out.averageMovingRange);
        const double upper = out.centre + XmRScale * out.averageMovingRange;
        for (PointLimits &l : out.limits)
            l = {lower, upper};
        return out;
    }

    // p-chart: xᵢ = rateᵢ·nᵢ is a whole number of items; rounding takes away the division's error.
    double x = 0;
    double n = 0;
    for (int i = first; i <= last; ++i) {
        const SeriesPoint &p = points[size_t(i)];
        if (!counts(kind, p))
            continue;
        ++out.baselineValues;
        x += std::round(*p.value * double(p.n));
        n += double(p.n);
    }
    out.valid = out.baselineValues >= MinBaselinePeriods;
    if (!out.valid)
        return out;
    out.centre = x / n;
    const double spread = out.centre * (1.0 - out.centre);
    for (size_t i = 0; i < points.size(); ++i) {
        if (points[i].n <= 0)
            continue;   // no items, no limits for the period
        const double sigma = std::sqrt(spread / double(points[i].n));
        out.limits[i] = {std::max(0.0, out.centre - 3.0 * sigma), std::min(1.0, out.centre + 3.0 * sigma)};
    }
    return out;
}

} // namespace ft
