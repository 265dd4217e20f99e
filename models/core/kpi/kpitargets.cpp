#include "kpi/kpitargets.h"

#include "store/kpiqueries.h"
#include "store/kpitargetrepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <cmath>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiTargets)
};
} // namespace

Result<QList<KpiTarget>> listTargets(const Connection &connection)
{
    auto rows = readKpiTargets(connection);
    if (!rows)
        return rows.error();
    QList<KpiTarget> targets;
    for (const KpiTargetRow &row : std::as_const(*rows)) {
        const auto kpi = kpiFromKey(row.kpiKey);
        if (!kpi || !row.validFrom.isValid())
            continue;   // a KPI this version does not know: kept in the store, not shown
        targets.append({*kpi, row.value, row.higherIsBetter, row.validFrom});
    }
    return targets;
}

Result<QList<KpiTarget>> listTargets(const Store &store) { return listTargets(store.connection()); }

Result<void> setTarget(const Store &store, const KpiTarget &target)
{
    if (!target.validFrom.isValid())
        return Error::badInput(Tr::tr("A target needs the day it applies from."));
    if (!std::isfinite(target.value))
        return Error::badInput(Tr::tr("A target needs a number."));
    const KpiUnit unit = kpiInfo(target.kpi).unit;
    if (unit == KpiUnit::Rate && (target.value < 0 || target.value > 1))
        return Error::badInput(Tr::tr("A rate target is a share from 0 to 1, not %1.").arg(target.value));
    if (target.value < 0)
        return Error::badInput(Tr::tr("A target cannot be negative."));
    return writeKpiTarget(store.connection(),
                          {kpiKey(target.kpi), target.value, target.higherIsBetter, target.validFrom});
}

Result<void> removeTarget(const Store &store, Kpi kpi, QDate validFrom)
{
    return deleteKpiTarget(store.connection(), kpiKey(kpi), validFrom);
}

std::optional<KpiTarget> targetOn(const QList<KpiTarget> &targets, Kpi kpi, QDate day)
{
    std::optional<KpiTarget> found;
    for (const KpiTarget &t : targets) {
        if (t.kpi == kpi && t.validFrom <= day && (!found || t.validFrom > found->validFrom))
            found = t;
    }
    return found;
}

Result<std::optional<KpiTarget>> targetOn(const Store &store, Kpi kpi, QDate day)
{
    auto all = listTargets(store);
    if (!all)
        return all.error();
    return targetOn(all.value(), kpi, day);
}

} // namespace ft
