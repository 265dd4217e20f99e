#include "store/kpitargetrepository.h"

#include "store/kpiqueries.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft {

Result<void> writeKpiTarget(const Connection &connection, const KpiTargetRow &target)
{
    return sql::exec(databaseOf(connection),
                     QStringLiteral("INSERT INTO kpi_target (kpi, value, higher_is_better, valid_from) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (kpi, valid_from) DO UPDATE SET value = excluded.value, "
                                    "higher_is_better = excluded.higher_is_better"),
                     {target.kpiKey, target.value, target.higherIsBetter ? 1 : 0,
                      target.validFrom.toString(Qt::ISODate)});
}

Result<void> deleteKpiTarget(const Connection &connection, const QString &kpiKey, QDate validFrom)
{
    return sql::exec(databaseOf(connection), QStringLiteral("DELETE FROM kpi_target WHERE kpi = ? AND valid_from = ?"),
                     {kpiKey, validFrom.toString(Qt::ISODate)});
}

} // namespace ft
