#include "kpi/kpisignals.h"

#include "kpi/kpitableformat.h"

#include <QCoreApplication>
#include <algorithm>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiSignals)
};

// The complete periods form a prefix of the table: only the last periods can still be running.
int lastComplete(const KpiTable &table)
{
    int last = -1;
    for (int i = 0; i < table.rows.size(); ++i) {
        if (!table.rows.at(i).partial)
            last = i;
    }
    return last;
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 4) : QString();
}

struct Cells
{
    QString kpi, period, value, n, centre, lower, upper, signal;
};

template<typename Emit>
void forEachRow(const KpiTable &table, const QList<KpiSignalSeries> &series, IndexRange shown, Emit emitRow)
{
    for (const KpiSignalSeries &s : series) {
        for (int i = std::max(0, shown.first); i <= std::min(int(table.rows.size()) - 1, shown.last); ++i) {
            const SeriesPoint &p = s.points[size_t(i)];
            const PointLimits &l = s.limits.limits[size_t(i)];
            Cells c;
            c.kpi = kpiKey(s.kpi);
            c.period = table.rows.at(i).period.label;
            c.value = kpiCellText(s.kpi, p.value);
            c.n = QString::number(p.n);
            if (s.limits.valid) {
                c.centre = number(s.limits.centre);
                c.lower = number(l.lower);
                c.upper = number(l.upper);
            }
            c.signal = signalKeys(s.fired[size_t(i)].rules);
            emitRow(c);
        }
    }
}

} // namespace

ChartKind chartKindOf(Kpi kpi)
{
    return kpiInfo(kpi).unit == KpiUnit::Rate ? ChartKind::PChart : ChartKind::XmR;
}

std::vector<SeriesPoint> kpiSeries(const KpiTable &table, Kpi kpi)
{
    std::vector<SeriesPoint> points;
    points.reserve(size_t(table.rows.size()));
    for (const KpiRow &row : table.rows)
        points.push_back({row.value(kpi), row.basisOf(kpi), !row.partial});
    return points;
}

IndexRange defaultBaseline(const KpiTable &table, const QList<QDate> &initiativeStarts)
{
    const int complete = lastComplete(table);
    QList<QDate> starts = initiativeStarts;
    std::sort(starts.begin(), starts.end());
    for (const QDate &start : std::as_const(starts)) {
        int last = -1;
        for (int i = 0; i <= complete; ++i) {
            if (table.rows.at(i).period.endDay <= start)
                last = i;
        }
        if (last >= 0)
            return {0, last};
    }
    return {0, complete};
}

IndexRange baselineBetween(const KpiTable &table, QDate from, QDate to)
{
    IndexRange range{0, -1};
    bool found = false;
    for (int i = 0; i <= lastComplete(table); ++i) {
        const Period &p = table.rows.at(i).period;
        if (p.firstDay > to || p.endDay <= from)
            continue;
        if (!found)
            range.first = i;
        found = true;
        range.last = i;
    }
    return range;
}

IndexRange judgedAfter(const KpiTable &table, IndexRange baseline)
{
    return {baseline.isEmpty() ? 0 : baseline.last + 1, lastComplete(table)};
}

KpiSignalSeries analyseKpi(const KpiTable &table, Kpi kpi, IndexRange baseline)
{
    KpiSignalSeries s;
    s.kpi = kpi;
    s.points = kpiSeries(table, kpi);
    s.baseline = baseline;
    s.judged = judgedAfter(table, baseline);
    s.limits = computeProcessLimits(chartKindOf(kpi), s.points, baseline);
    s.fired = judgeSignals(s.points, s.limits, s.judged);
    if (!s.limits.valid)
        s.noLimitsReason = Tr::tr("%1: no process limits: complete periods with data in the baseline: %2; at least "
                                  "%3 are needed.")
                               .arg(kpiKey(kpi))
                               .arg(s.limits.baselineValues)
                               .arg(MinBaselinePeriods);
    return s;
}

QString signalsCsv(const KpiTable &table, const QList<KpiSignalSeries> &series, IndexRange shown)
{
    QString out = QStringLiteral("kpi,period,value,n,centre,lower,upper,signal\n");
    forEachRow(table, series, shown, [&out](const Cells &c) {
        out += QStringList{c.kpi, c.period, c.value, c.n, c.centre, c.lower, c.upper, c.signal}.join(QLatin1Char(','));
        out += QLatin1Char('\n');
    });
    return out;
}

QString signalsJson(const KpiTable &table, const QList<KpiSignalSeries> &series, IndexRange shown)
{
    // By hand, as `kpi` does, to keep the columns in the order of the csv.
    QString out = QStringLiteral("[");
    bool first = true;
    const auto orNull = [](const QString &cell) { return cell.isEmpty() ? QStringLiteral("null") : cell; };
    forEachRow(table, series, shown, [&](const Cells &c) {
        out += first ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
        first = false;
        out += QStringLiteral("\"kpi\": \"%1\", \"period\": \"%2\", \"value\": %3, \"n\": %4, \"centre\": %5, "
                              "\"lower\": %6, \"upper\": %7, \"signal\": \"%8\"}")
                   .arg(c.kpi, c.period, orNull(c.value), c.n, orNull(c.centre), orNull(c.lower), orNull(c.upper),
                        c.signal);
    });
    out += first ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return out;
}

} // namespace ft
