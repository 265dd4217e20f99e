#pragma once

#include "kpi/kpiengine.h"

namespace ft {

// The `kpi` command's output (SPEC §3): a header of the §2 column names with `period` first, one
// row per period, counts as whole numbers, rates, hours and scores with 4 decimals, empty cells
// (csv) or null (json) where a KPI has no data.
QString kpiTableCsv(const KpiTable &table);
QString kpiTableJson(const KpiTable &table);
// One cell as the command prints it; empty for no data.
QString kpiCellText(Kpi kpi, const std::optional<double> &value);

} // namespace ft
