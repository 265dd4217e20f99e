#pragma once

#include "kpi/kpicolumns.h"
#include "kpi/kpimarkers.h"

#include <QDate>
#include <optional>

namespace ft {

// Where the KPI charts start when the lead has not chosen: the last twelve complete months and the
// current one (so in December the chart is never just "this year"), and back to three months
// before the earliest CSI initiative on `kpi` (or its hours counterpart) if that is earlier, so
// that every initiative is shown with a stretch of "before". Never before the first data.
QDate defaultKpiRangeStart(QDate last, std::optional<QDate> dataFirst, const QList<KpiMarker> &markers, Kpi kpi);

struct AxisRange
{
    double min = 0;
    double max = 100;
    int ticks = 6;   // tick count, min and max included
};

// A percent axis from the data: `lo`..`hi` (values, and the target and limits when shown) with a
// margin of a tenth of the spread (at least one point), widened to nice steps (1, 2, 5, 10, 20 or
// 25 points) and clamped to 0–100 %. Starts at 0 when the data come near it anyway.
AxisRange percentAxisRange(double lo, double hi);

} // namespace ft
