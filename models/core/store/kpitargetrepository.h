#pragma once

#include "domain/error.h"
#include "store/connection.h"

#include <QDate>

namespace ft {

struct KpiTargetRow;

// The writes of the KPI targets (store/kpiqueries.h reads them). The checks of a target's value are
// the caller's (kpi/kpitargets.h).

// Adds the target, or replaces the one for the same KPI and day.
Result<void> writeKpiTarget(const Connection &connection, const KpiTargetRow &target);
Result<void> deleteKpiTarget(const Connection &connection, const QString &kpiKey, QDate validFrom);

} // namespace ft
