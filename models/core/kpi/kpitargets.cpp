#include "kpi/kpitargets.h"

#include "domain/isodate.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <cmath>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiTargets)
};
const QString &isoDate = IsoDateFormat;
} // namespace

Result<QList<KpiTarget>> listTargets(const Store &store)
{
    QSqlQuery q(store.database());
    if (auto ok = sql::exec(q, QStringLiteral("SELECT kpi, value, higher_is_better, valid_from FROM kpi_target "
                                              "ORDER BY kpi, valid_from"));
        !ok)
        return ok.error();
    QList<KpiTarget> targets;
    while (q.next()) {
        const auto kpi = kpiFromKey(q.value(0).toString());
        const QDate from = QDate::fromString(q.value(3).toString(), isoDate);
        if (!kpi || !from.isValid())
            continue;   // a KPI this version does not know: kept in the store, not shown
        targets.append({*kpi, q.value(1).toDouble(), q.value(2).toInt() == 1, from});
    }
    return targets;
}

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
    return sql::exec(store.database(),
                     QStringLiteral("INSERT INTO kpi_target (kpi, value, higher_is_better, valid_from) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (kpi, valid_from) DO UPDATE SET value = excluded.value, "
                                    "higher_is_better = excluded.higher_is_better"),
                     {kpiKey(target.kpi), target.value, target.higherIsBetter ? 1 : 0, target.validFrom.toString(isoDate)});
}

Result<void> removeTarget(const Store &store, Kpi kpi, QDate validFrom)
{
    return sql::exec(store.database(), QStringLiteral("DELETE FROM kpi_target WHERE kpi = ? AND valid_from = ?"),
                     {kpiKey(kpi), validFrom.toString(isoDate)});
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
