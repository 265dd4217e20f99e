#pragma once

#include "kpi/kpicolumns.h"

#include <QString>
#include <optional>

namespace ft {

// How a KPI value reads in the window: rates as percentages, hours with "h", counts whole.
QString formatKpiValue(Kpi kpi, std::optional<double> value);
// The value as the chart plots it (rates in percent).
double kpiPlotValue(Kpi kpi, double value);
// "hours", "%", "items" …: the y axis title.
QString kpiAxisTitle(Kpi kpi);
// The change from `before` to `after` in words: "+0.5 h (+12 %)", "−3 points".
QString formatKpiChange(Kpi kpi, double before, double after);

} // namespace ft
