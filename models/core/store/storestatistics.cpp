#include "store/storestatistics.h"

#include "store/sqlhelpers.h"
#include "store/store.h"

namespace ft {

Result<QList<std::pair<QString, qint64>>> tableCounts(const Store &store)
{
    const QSqlDatabase db = store.database();
    QSqlQuery tables(db);
    if (auto ok = sql::exec(tables, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                   "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
        !ok)
        return ok.error();
    QList<std::pair<QString, qint64>> counts;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery count(db);
        // The table name comes from sqlite_master, not from a user; identifiers cannot be bound.
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) || !count.next())
            return sql::errorOf(count, name);
        counts.append({name, count.value(0).toLongLong()});
    }
    return counts;
}

} // namespace ft
