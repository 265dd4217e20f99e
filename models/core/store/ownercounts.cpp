#include "store/ownercounts.h"

#include "store/sqlhelpers.h"

#include <QSqlQuery>

namespace ft {

Result<QHash<QString, qint64>> countByOwner(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT coalesce(owner, ''), count(*) FROM followup WHERE ") + where
                                   + QStringLiteral(" GROUP BY coalesce(owner, '')"),
                            values);
        !ok)
        return ok.error();
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

} // namespace ft
