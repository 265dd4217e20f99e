#include "kpi/initiativeverdict.h"

#include "domain/dateformats.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::InitiativeVerdict)
};

// The mean of the values in `range` (rates: pooled, Σx / Σn); nullopt without any.
std::optional<double> averageOver(ChartKind kind, const std::vector<SeriesPoint> &points, IndexRange range)
{
    double sum = 0;
    double weight = 0;
    for (int i = std::max(0, range.first); i <= std::min(int(points.size()) - 1, range.last); ++i) {
        const SeriesPoint &p = points[size_t(i)];
        if (!p.value || (kind == ChartKind::PChart && p.n <= 0))
            continue;
        if (kind == ChartKind::PChart) {
            sum += std::round(*p.value * double(p.n));
            weight += double(p.n);
        } else {
            sum += *p.value;
            weight += 1;
        }
    }
    return weight > 0 ? std::optional<double>(sum / weight) : std::nullopt;
}

} // namespace

InitiativeVerdict judgeInitiative(const KpiTable &table, Kpi kpi, QDate start, bool higherIsBetter)
{
    InitiativeVerdict v;
    v.by = table.by;
    v.start = start;
    IndexRange baseline{0, -1};
    for (int i = 0; i < table.rows.size(); ++i) {
        const KpiRow &row = table.rows.at(i);
        if (!row.partial && row.period.endDay <= start)
            baseline.last = i;
    }
    const KpiSignalSeries s = analyseKpi(table, kpi, baseline);
    v.baselinePeriods = s.limits.baselineValues;
    v.periodsSinceStart = s.judged.size();
    const ChartKind kind = chartKindOf(kpi);
    v.averageBefore = averageOver(kind, s.points, baseline);
    v.averageSince = averageOver(kind, s.points, s.judged);
    if (!s.limits.valid)
        return v;
    v.kind = InitiativeVerdict::Kind::NoChangeYet;
    for (int i = s.judged.last; i >= s.judged.first && i >= 0; --i) {
        const PointSignals &p = s.fired[size_t(i)];
        if (p.rules == NoSignal)
            continue;
        v.signalPeriod = i;
        const Period &period = table.rows.at(i).period;
        v.signalPeriodLabel = table.by == PeriodKind::Month
            ? QLocale().toString(period.firstDay, dateformat::longMonthYear())   // "February 2026"
            : period.label;
        v.rules = p.rules;
        v.side = p.side;
        v.run = p.run;
        v.nearLimit = p.nearLimitOfLastFour;
        const bool up = p.side == Side::Above;
        v.kind = up == higherIsBetter ? InitiativeVerdict::Kind::RealImprovement
                                      : InitiativeVerdict::Kind::RealDeterioration;
        break;
    }
    return v;
}

QString periodCount(PeriodKind by, int n)
{
    // Singular or plural by hand: there is no English translation to resolve "%n month(s)".
    const bool one = n == 1;
    switch (by) {
    case PeriodKind::Week: return (one ? Tr::tr("%1 week") : Tr::tr("%1 weeks")).arg(n);
    case PeriodKind::Month: return (one ? Tr::tr("%1 month") : Tr::tr("%1 months")).arg(n);
    case PeriodKind::Quarter: return (one ? Tr::tr("%1 quarter") : Tr::tr("%1 quarters")).arg(n);
    }
    return {};
}

QString signalInWords(unsigned rules, Side side, int run, int nearLimit, PeriodKind by, const QString &periodLabel)
{
    const bool above = side == Side::Above;
    if (rules & BeyondLimits)
        return above ? Tr::tr("%1 above the upper limit of normal variation").arg(periodLabel)
                     : Tr::tr("%1 below the lower limit of normal variation").arg(periodLabel);
    if (rules & RunOfEight)
        return above ? Tr::tr("%1 in a row above the old average").arg(periodCount(by, run))
                     : Tr::tr("%1 in a row below the old average").arg(periodCount(by, run));
    if (rules & ThreeOfFour)
        return above ? Tr::tr("%1 of the last 4 closer to the upper limit than to the average").arg(nearLimit)
                     : Tr::tr("%1 of the last 4 closer to the lower limit than to the average").arg(nearLimit);
    return {};
}

QString verdictShort(const InitiativeVerdict &v)
{
    switch (v.kind) {
    case InitiativeVerdict::Kind::TooFewBefore: return Tr::tr("too few to judge");
    case InitiativeVerdict::Kind::NoChangeYet:
        if (v.periodsSinceStart == 0 && v.start > QDate::currentDate())
            return Tr::tr("not started yet");
        return Tr::tr("no change beyond normal variation yet");
    case InitiativeVerdict::Kind::RealImprovement: return Tr::tr("real improvement");
    case InitiativeVerdict::Kind::RealDeterioration: return Tr::tr("real deterioration");
    }
    return {};
}

QString verdictSentence(const InitiativeVerdict &v)
{
    const QString since = QLocale().toString(v.start, dateformat::longDayMonthYear());
    const QString rule = signalInWords(v.rules, v.side, v.run, v.nearLimit, v.by, v.signalPeriodLabel);
    switch (v.kind) {
    case InitiativeVerdict::Kind::TooFewBefore:
        return Tr::tr("too few to judge: %1 with data before the start, at least %2 needed")
            .arg(periodCount(v.by, v.baselinePeriods))
            .arg(MinBaselinePeriods);
    case InitiativeVerdict::Kind::NoChangeYet:
        if (v.periodsSinceStart == 0 && v.start > QDate::currentDate())
            return Tr::tr("not started yet");
        return Tr::tr("no change beyond normal variation yet (%1 since the start)")
            .arg(periodCount(v.by, v.periodsSinceStart));
    case InitiativeVerdict::Kind::RealImprovement:
        return Tr::tr("real improvement since %1: %2").arg(since, rule);
    case InitiativeVerdict::Kind::RealDeterioration:
        return Tr::tr("real deterioration since %1: %2").arg(since, rule);
    }
    return {};
}

} // namespace ft
