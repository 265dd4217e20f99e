#include "store/storestatistics.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

namespace ft {

Result<QList<std::pair<QString, qint64>>> tableCounts(const Store &store)
{
    const QSqlDatabase db = store.database();
    QSqlQuery tables(db);
    // The tables in the order they were made, from each engine's catalog.
    const QString listing = engineOf(db) == Engine::PostgreSQL
        ? QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
    if (auto ok = sql::exec(tables, listing); !ok)
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
