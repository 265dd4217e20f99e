#pragma once

#include "kpi/kpiengine.h"
#include "kpi/signalrules.h"

#include <QDate>
#include <QList>

namespace ft {

// SPEC §2b on the KPI table the engine produces: which chart a KPI gets, which periods form its
// baseline, its limits and the signals of the periods after the baseline.

ChartKind chartKindOf(Kpi kpi);   // rates: p-chart; counts, durations, averages: XmR
std::vector<SeriesPoint> kpiSeries(const KpiTable &table, Kpi kpi);

// The default baseline: the complete periods that end on or before the start day of the first
// initiative (by start date) that has any complete period wholly before it; without one, every
// complete period.
IndexRange defaultBaseline(const KpiTable &table, const QList<QDate> &initiativeStarts);
// The complete periods that touch [from, to] (inclusive days), as `kpi --from --to` reads a range.
IndexRange baselineBetween(const KpiTable &table, QDate from, QDate to);
// The complete periods after the baseline, where signals are looked for.
IndexRange judgedAfter(const KpiTable &table, IndexRange baseline);

struct KpiSignalSeries
{
    Kpi kpi = Kpi::Opened;
    std::vector<SeriesPoint> points;
    IndexRange baseline;
    IndexRange judged;
    ProcessLimits limits;
    std::vector<PointSignals> fired;   // one per point
    QString noLimitsReason;   // translated; empty when the limits are there
};

KpiSignalSeries analyseKpi(const KpiTable &table, Kpi kpi, IndexRange baseline);

// The `signals` command's output (SPEC §2b): kpi, period, value, n, centre, lower, upper, signal;
// one row per KPI and period, the KPIs in the order given. Rows of periods outside `shown` are left out.
QString signalsCsv(const KpiTable &table, const QList<KpiSignalSeries> &series, IndexRange shown);
QString signalsJson(const KpiTable &table, const QList<KpiSignalSeries> &series, IndexRange shown);

} // namespace ft
