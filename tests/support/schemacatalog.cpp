#include "schemacatalog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ft::test {

namespace {

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q;
}

QString neutralType(const QString &type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("integer") || t == QLatin1String("bigint"))
        return QStringLiteral("integer");
    if (t == QLatin1String("real") || t == QLatin1String("double precision"))
        return QStringLiteral("real");
    return t;
}

QStringList sqliteCatalog(const QSqlDatabase &db)
{
    QStringList out;
    QStringList tables;
    QSqlQuery q = run(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    while (q.next()) {
        const QString type = q.value(0).toString(), name = q.value(1).toString(), table = q.value(2).toString();
        const QString sql = q.value(3).toString();
        if (type == QLatin1String("table") && sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
            out << QStringLiteral("search %1 on %2").arg(name, sql.section(QLatin1String("content='"), 1).section(QLatin1Char('\''), 0, 0));
        else if (type == QLatin1String("table") && !name.startsWith(QLatin1String("followup_search_")))
            tables << name;
        else if (type == QLatin1String("index") && !sql.isEmpty())
            out << QStringLiteral("index %1 on %2").arg(name, table);
    }
    for (const QString &table : std::as_const(tables)) {
        out << QStringLiteral("table ") + table;
        QSqlQuery c = run(db, QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)"), {table});
        while (c.next())
            out << QStringLiteral("column %1.%2 %3%4").arg(table, c.value(0).toString(), neutralType(c.value(1).toString()),
                                                          c.value(2).toInt() || c.value(3).toInt() ? QStringLiteral(" not-null") : QString());
    }
    return out;
}

QStringList postgresCatalog(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery t = run(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                         "AND table_name <> 'store_schema'"));
    while (t.next())
        out << QStringLiteral("table ") + t.value(0).toString();
    QSqlQuery c = run(db, QStringLiteral("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                                         "WHERE table_schema = current_schema() AND table_name <> 'store_schema'"));
    while (c.next())
        out << QStringLiteral("column %1.%2 %3%4").arg(c.value(0).toString(), c.value(1).toString(), neutralType(c.value(2).toString()),
                                                      c.value(3).toString() == QLatin1String("NO") ? QStringLiteral(" not-null") : QString());
    // Indexes made by CREATE INDEX: not those behind a PRIMARY KEY or UNIQUE constraint (SQLite's
    // sqlite_master has no sql for those either).
    QSqlQuery i = run(db, QStringLiteral("SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                         "AND indexname NOT IN (SELECT conname FROM pg_constraint)"));
    while (i.next()) {
        const bool search = i.value(2).toString().contains(QLatin1String("gin_trgm_ops"));
        out << QStringLiteral("%1 %2 on %3").arg(search ? QStringLiteral("search") : QStringLiteral("index"),
                                                 i.value(0).toString(), i.value(1).toString());
    }
    return out;
}

} // namespace

QStringList schemaCatalog(const Store &store)
{
    const QSqlDatabase db = store.database();
    QStringList out = db.driverName() == QLatin1String("QPSQL") ? postgresCatalog(db) : sqliteCatalog(db);
    out.sort();
    return out;
}

} // namespace ft::test
