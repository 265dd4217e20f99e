#include "demo/bulkload.h"

#include "store/sqlhelpers.h"

#include <QSqlQuery>

namespace ft::demo {

namespace {
QString pragma(const QSqlDatabase &db, const char *statement)
{
    QSqlQuery q(db);
    return q.exec(QLatin1String(statement)) && q.next() ? q.value(0).toString().toLower() : QString();
}
} // namespace

BulkLoadSettings::BulkLoadSettings(const QSqlDatabase &db, bool wanted)
    : m_db(db)
{
    if (!wanted)
        return;
    // Answers the mode in force afterwards: still "wal" when another connection holds the store.
    if (pragma(m_db, "PRAGMA journal_mode") == QLatin1String("wal"))
        m_leftWal = pragma(m_db, "PRAGMA journal_mode = DELETE") == QLatin1String("delete");
    if (pragma(m_db, "PRAGMA foreign_keys") == QLatin1String("1")) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_foreignKeysWereOn = true;
    }
}

BulkLoadSettings::~BulkLoadSettings()
{
    if (m_foreignKeysWereOn)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_leftWal)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

Result<DeferredIndexes> DeferredIndexes::drop(const QSqlDatabase &db, const QStringList &tables)
{
    DeferredIndexes out;
    out.m_db = db;
    QStringList names;
    for (const QString &table : tables) {
        QSqlQuery q(db);
        // sql is NULL for the indexes behind UNIQUE and PRIMARY KEY constraints: those stay.
        if (auto ok = sql::exec(q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                  "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"),
                                {table});
            !ok)
            return ok.error();
        while (q.next()) {
            names << q.value(0).toString();
            out.m_statements << q.value(1).toString();
        }
    }
    for (const QString &name : std::as_const(names)) {
        // The name comes from sqlite_master and is quoted as an identifier.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (auto ok = sql::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(quoted)); !ok)
            return ok.error();
    }
    if (tables.contains(QStringLiteral("followup"))) {
        QSqlQuery q(db);
        if (auto ok = sql::exec(q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                  "AND tbl_name = 'followup' AND name LIKE 'followup\\_search\\_%' ESCAPE '\\' "
                                                  "ORDER BY name"));
            !ok)
            return ok.error();
        QStringList triggers;
        while (q.next()) {
            triggers << q.value(0).toString();
            out.m_statements << q.value(1).toString();
        }
        q.finish();
        for (const QString &name : std::as_const(triggers)) {
            // Our own trigger names (followup_search_…), from sqlite_master.
            if (auto ok = sql::exec(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !ok)
                return ok.error();
        }
        out.m_rebuildSearch = !triggers.isEmpty();
    }
    return out;
}

Result<void> DeferredIndexes::recreate()
{
    for (const QString &statement : std::as_const(m_statements)) {
        if (auto ok = sql::exec(m_db, statement); !ok)
            return ok;
    }
    m_statements.clear();
    if (m_rebuildSearch) {
        m_rebuildSearch = false;
        return sql::exec(m_db, QStringLiteral("INSERT INTO followup_search (followup_search) VALUES ('rebuild')"));
    }
    return {};
}

} // namespace ft::demo
