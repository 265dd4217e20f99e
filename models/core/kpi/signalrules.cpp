#include "kpi/signalrules.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace ft {

namespace {

// Which limit a value is closer to than to the centre: +1 the upper, -1 the lower, 0 neither.
// A value exactly half-way is not closer to either. A value beyond a limit is closer to it.
int limitZone(double value, double centre, const PointLimits &l)
{
    const double toCentre = std::fabs(value - centre);
    if (l.upper && std::fabs(value - *l.upper) < toCentre)
        return 1;
    if (l.lower && std::fabs(value - *l.lower) < toCentre)
        return -1;
    return 0;
}

} // namespace

std::vector<PointSignals> judgeSignals(const std::vector<SeriesPoint> &points, const ProcessLimits &limits,
                                       IndexRange judged)
{
    std::vector<PointSignals> out(points.size());
    if (!limits.valid)
        return out;
    const double centre = limits.centre;
    Side runSide = Side::On;
    int run = 0;
    std::deque<int> lastZones;   // the limit zones of the last up to 4 judged values
    const int first = std::max(0, judged.first);
    const int last = std::min(int(points.size()) - 1, judged.last);
    for (int i = first; i <= last; ++i) {
        const SeriesPoint &p = points[size_t(i)];
        const PointLimits &l = limits.limits[size_t(i)];
        if (!p.value || (!l.lower && !l.upper))
            continue;
        const double v = *p.value;
        PointSignals &s = out[size_t(i)];
        s.side = v > centre ? Side::Above : v < centre ? Side::Below : Side::On;

        if ((l.upper && v > *l.upper) || (l.lower && v < *l.lower))
            s.rules |= BeyondLimits;

        if (s.side == Side::On) {
            run = 0;   // a value on the centre line breaks the run
            runSide = Side::On;
        } else if (s.side == runSide) {
            ++run;
        } else {
            runSide = s.side;
            run = 1;
        }
        s.run = run;
        if (run >= 8)
            s.rules |= RunOfEight;

        const int zone = limitZone(v, centre, l);
        lastZones.push_back(zone);
        if (lastZones.size() > 4)
            lastZones.pop_front();
        if (zone != 0) {
            s.nearLimitOfLastFour = int(std::count(lastZones.begin(), lastZones.end(), zone));
            if (s.nearLimitOfLastFour >= 3)
                s.rules |= ThreeOfFour;
        }
    }
    return out;
}

QString signalKeys(unsigned rules)
{
    QStringList keys;
    if (rules & BeyondLimits)
        keys << QStringLiteral("beyond_limits");
    if (rules & RunOfEight)
        keys << QStringLiteral("run_of_8");
    if (rules & ThreeOfFour)
        keys << QStringLiteral("three_of_four");
    return keys.join(QLatin1Char(';'));
}

} // namespace ft
