#pragma once

#include "domain/error.h"
#include "kpi/kpicolumns.h"
#include "store/connection.h"

#include <QDate>
#include <QList>

namespace ft {

class Store;

// A target for one KPI (SPEC §1): a value, the direction that is better, and the day it applies
// from. A later target for the same KPI replaces the earlier one from its own day on.
struct KpiTarget
{
    Kpi kpi = Kpi::Opened;
    double value = 0;
    bool higherIsBetter = true;
    QDate validFrom;
    friend bool operator==(const KpiTarget &, const KpiTarget &) = default;
};

// Every target, by KPI then day.
Result<QList<KpiTarget>> listTargets(const Store &store);
// The same on a connection of the calling thread (workers).
Result<QList<KpiTarget>> listTargets(const Connection &connection);
// Adds the target, or replaces the one for the same KPI and day.
Result<void> setTarget(const Store &store, const KpiTarget &target);
Result<void> removeTarget(const Store &store, Kpi kpi, QDate validFrom);
// The target in force for `kpi` on `day` among `targets`: the latest one from that day or before.
std::optional<KpiTarget> targetOn(const QList<KpiTarget> &targets, Kpi kpi, QDate day);
Result<std::optional<KpiTarget>> targetOn(const Store &store, Kpi kpi, QDate day);

} // namespace ft
