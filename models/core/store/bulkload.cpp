#include "store/bulkload.h"

#include "store/postgres/pgschema.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QSqlQuery>

namespace ft {

namespace {
QString pragma(const QSqlDatabase &db, const char *statement)
{
    QSqlQuery q(db);
    return q.exec(QLatin1String(statement)) && q.next() ? q.value(0).toString().toLower() : QString();
}
} // namespace

BulkLoadSettings::BulkLoadSettings(const Connection &connection, bool wanted)
    : m_connection(connection)
{
    const QSqlDatabase m_db = databaseOf(m_connection);
    // PostgreSQL: no journal mode to choose, and its foreign keys stay checked.
    if (!wanted || engineOf(m_db) == Engine::PostgreSQL)
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
    const QSqlDatabase m_db = databaseOf(m_connection);
    if (m_foreignKeysWereOn)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_leftWal)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

Result<DeferredIndexes> DeferredIndexes::drop(const Connection &connection, const QStringList &tables)
{
    DeferredIndexes out;
    out.m_connection = connection;
    const QSqlDatabase db = databaseOf(connection);
    // The server maintains its indexes as rows come (its side of a bulk write is in BulkWrite::commit).
    if (engineOf(db) == Engine::PostgreSQL)
        return out;
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
    const QSqlDatabase m_db = databaseOf(m_connection);
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

BulkWrite::BulkWrite(const Connection &connection, const Options &options)
    : m_connection(connection)
    , m_options(options)
    , m_settings(connection, options.load)
    , m_transaction(connection)
{
    if (options.rows > 0)
        m_cache.emplace(connection, options.rows);
    // SQLite's BEGIN IMMEDIATE already admits one writer at a time; on a server two imports would each
    // number their rows from the same largest id. The second waits for the first instead.
    if (m_transaction.isActive() && engineOf(connection) == Engine::PostgreSQL) {
        if (auto locked = pgschema::lockForBulkWrite(databaseOf(connection)); !locked)
            m_lockError = locked.error();
    }
}

BulkWrite::~BulkWrite() = default;

Result<void> BulkWrite::deferIndexes()
{
    if (!m_options.load || m_options.deferIndexesOf.isEmpty() || m_deferred)
        return {};
    auto dropped = DeferredIndexes::drop(m_connection, m_options.deferIndexesOf);
    if (!dropped)
        return dropped.error();
    m_deferred = std::move(dropped).value();
    return {};
}

Result<void> BulkWrite::commit()
{
    if (m_lockError)
        return *m_lockError;
    // A bulk writer hands out ids of its own (FollowUpWriter::nextIds); on PostgreSQL each table's id
    // sequence must then continue after them, or the next row the store numbers would collide.
    if (engineOf(m_connection) == Engine::PostgreSQL) {
        if (auto synced = pgschema::resyncIdSequences(databaseOf(m_connection)); !synced)
            return synced;
    }
    if (m_deferred) {
        if (auto rebuilt = m_deferred->recreate(); !rebuilt)
            return rebuilt;
        m_deferred.reset();
    }
    if (auto committed = m_transaction.commit(); !committed)
        return committed;
    if (m_options.load && engineOf(m_connection) == Engine::PostgreSQL)
        pgschema::tidyAfterBulkLoad(databaseOf(m_connection));
    return {};
}

CacheSize::CacheSize(const Connection &connection, qint64 items)
    : m_connection(connection)
{
    QSqlQuery q(databaseOf(m_connection));
    // PostgreSQL's buffers are the server's to size; a PRAGMA there would abort the transaction.
    if (items < 50000 || engineOf(m_connection) == Engine::PostgreSQL || !q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    m_previous = q.value(0).toLongLong();
    // PRAGMA values cannot be bound; this one is our own number (KiB, hence negative).
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(std::min<qint64>(1024 * 1024, items / 2 + 65536)));
}

CacheSize::~CacheSize()
{
    if (m_previous)
        QSqlQuery(databaseOf(m_connection)).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
}

} // namespace ft
