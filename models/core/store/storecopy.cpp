#include "store/storecopy.h"

#include "store/postgres/pgschema.h"
#include "store/postgres/serveraddress.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QSet>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::StoreCopy)
};

// One table of the schema: its name, the key its rows are read in, and, for the tables whose rows
// make a store "not empty", what a person calls them.
struct TableSpec
{
    const char *name;
    const char *key;
    const char *holds;   // nullptr: a new store's own rows (templates, calendar, settings), replaced
};

// Parents before children: a row's foreign keys name rows copied before it.
const TableSpec copiedTables[] = {
    {"followup", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "follow-ups")},
    {"event", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "timeline events")},
    {"promise", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "promises")},
    {"checklist_template", "id", nullptr},
    {"checklist_template_item", "id", nullptr},
    {"checklist_run", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "checklist runs")},
    {"checklist_run_item", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "checklist run items")},
    {"survey_response", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "survey responses")},
    {"kpi_target", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "KPI targets")},
    {"csi_initiative", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "improvement initiatives")},
    {"calendar_version", "id", nullptr},
    {"holiday", "day", QT_TRANSLATE_NOOP("ft::StoreCopy", "holidays")},
    {"setting", "key", nullptr},
    {"import_run", "id", QT_TRANSLATE_NOOP("ft::StoreCopy", "import runs")},
};

const QString storeIdKey = QStringLiteral("store_id");   // notr: a setting key
constexpr qint64 progressEvery = 1000;
constexpr qint64 batchRows = 5000;

// Tables an engine keeps for itself: SQLite's own and the FTS5 search index (filled by its triggers
// from the copied follow-ups). PostgreSQL's pg_trgm index is an index, not a table.
bool isEngineTable(const QString &table)
{
    // SQLite's own and FTS5's tables; PostgreSQL's record of the schema (store/postgres/pgschema.h).
    return table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("followup_search"))
        || table == QLatin1String("store_schema");
}

// The store as messages name it: the file, or the server address without its password.
QString describe(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QSQLITE"))
        return db.databaseName();
    ServerAddress address;
    address.host = db.hostName();
    address.port = db.port() > 0 ? db.port() : 0;
    address.user = db.userName();
    address.database = db.databaseName();
    return address.display();
}

bool sameStore(const QSqlDatabase &a, const QSqlDatabase &b)
{
    if (a.connectionName() == b.connectionName())
        return true;
    if (a.driverName() != b.driverName())
        return false;
    if (a.driverName() == QLatin1String("QSQLITE")) {
        const QFileInfo fa(a.databaseName()), fb(b.databaseName());
        return fa.canonicalFilePath().isEmpty() ? fa.absoluteFilePath() == fb.absoluteFilePath()
                                                : fa.canonicalFilePath() == fb.canonicalFilePath();
    }
    return a.hostName() == b.hostName() && a.port() == b.port() && a.databaseName() == b.databaseName()
        && a.connectOptions() == b.connectOptions();
}

// --- Engine hooks: the only places the copy asks which engine it talks to. ---

// After rows were inserted with their ids, PostgreSQL's identity sequences still start at 1: move each
// past the highest id copied, so that the next follow-up, event … gets a fresh id. SQLite needs nothing
// (an INTEGER PRIMARY KEY continues after the largest rowid).
Result<void> resetIdentitySequences(const QSqlDatabase &db)
{
    if (engineOf(db) != Engine::PostgreSQL)
        return {};
    return pgschema::resyncIdSequences(db);
}

// --- The copy itself: portable SQL only. ---

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (auto done = sql::exec(q, QStringLiteral("SELECT count(*) FROM %1").arg(table)); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i).toLower();
    names.sort();
    return names;
}

Result<void> sameSchema(const QSqlDatabase &from, const QSqlDatabase &to)
{
    const int a = Store::schemaVersionOf(from), b = Store::schemaVersionOf(to);
    if (a >= 0 && b >= 0 && a != b)
        return Error::refused(Tr::tr("%1 is at schema version %2 and %3 at version %4: copy needs both at the same "
                                     "version. Open both with this FollowThrough first; nothing was copied.")
                                  .arg(describe(from)).arg(a).arg(describe(to)).arg(b));
    for (const QString &table : storecopy::tables()) {
        const QStringList source = columnsOf(from, table), target = columnsOf(to, table);
        if (source.isEmpty() || source != target)
            return Error::refused(Tr::tr("The table %1 has other columns in %2 than in %3: the stores are of "
                                         "different schema versions. Nothing was copied.")
                                      .arg(table, describe(from), describe(to)));
    }
    return {};
}

Result<void> refuseUnknownTables(const QSqlDatabase &db)
{
    auto unknown = storecopy::unknownTables(connectionOf(db));
    if (!unknown)
        return unknown.error();
    if (!unknown->isEmpty())
        return Error::refused(Tr::tr("%1 holds tables this version of copy does not know (%2). Nothing was copied.")
                                  .arg(describe(db), unknown->join(QStringLiteral(", "))));
    return {};
}

// What makes the target a register already, named; empty when it is as new.
Result<QStringList> contentOf(const QSqlDatabase &db)
{
    QStringList held;
    for (const TableSpec &table : copiedTables) {
        if (!table.holds)
            continue;
        auto rows = countRows(db, QLatin1String(table.name));
        if (!rows)
            return rows.error();
        if (*rows > 0)
            held << Tr::tr("%1 (%2)", "what a store holds: a kind of row, how many")
                        .arg(QCoreApplication::translate("ft::StoreCopy", table.holds))
                        .arg(*rows);
    }
    return held;
}

Result<QString> storeIdOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto done = sql::exec(q, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {storeIdKey}); !done)
        return done.error();
    return q.next() ? q.value(0).toString() : QString();
}

class RowCopier
{
public:
    RowCopier(const QSqlDatabase &from, const QSqlDatabase &to, qint64 total, const CopyProgress &progress)
        : m_from(from), m_to(to), m_total(total), m_progress(progress)
    {
    }

    // The rows of one table, each with every column the source has, under the same names. Read in
    // batches by key (keyset, LIMIT): a driver that fetches a whole result at once (QPSQL) holds one
    // batch in memory, never a table of five million events.
    Result<qint64> copy(const TableSpec &table, const QString &keptStoreId)
    {
        const QString name = QLatin1String(table.name);
        const QString key = QLatin1String(table.key);
        const QString first = QStringLiteral("SELECT * FROM %1 ORDER BY %2 LIMIT %3").arg(name, key).arg(batchRows);
        const QString next = QStringLiteral("SELECT * FROM %1 WHERE %2 > ? ORDER BY %2 LIMIT %3").arg(name, key).arg(batchRows);
        // Rows go in several to a statement: on a server each statement is a round trip, and one row
        // each made a copy of a 100,000-item store take minutes. The statement for a full group is
        // prepared once; the last, shorter group gets its own.
        QSqlQuery write(m_to);
        int columns = 0, perStatement = 0;
        QVariantList pending;
        int pendingRows = 0;
        const bool isSetting = name == QLatin1String("setting");
        qint64 rows = 0;
        const auto flush = [&]() -> Result<void> {
            if (pendingRows == 0)
                return {};
            QSqlQuery shorter(m_to);
            QSqlQuery &statement = pendingRows == perStatement ? write : shorter;
            if (pendingRows != perStatement && !prepareInsert(shorter, name, m_columns, pendingRows))
                return sql::errorOf(shorter, Tr::tr("Copying the table %1").arg(name));
            for (int i = 0; i < pending.size(); ++i)
                statement.bindValue(i, pending.at(i));
            if (!statement.exec())
                return sql::errorOf(statement, Tr::tr("Copying rows %1 to %2 of the table %3")
                                                   .arg(rows - pendingRows + 1).arg(rows).arg(name));
            pending.clear();
            pendingRows = 0;
            return {};
        };
        QVariant last;
        for (bool more = true; more;) {
            QSqlQuery read(m_from);
            read.setForwardOnly(true);
            if (auto done = last.isValid() ? sql::exec(read, next, {last}) : sql::exec(read, first); !done)
                return done.error();
            const QSqlRecord record = read.record();
            if (perStatement == 0) {
                m_columns.clear();
                for (int i = 0; i < record.count(); ++i)
                    m_columns << m_to.driver()->escapeIdentifier(record.fieldName(i), QSqlDriver::FieldName);
                columns = int(record.count());
                perStatement = std::max(1, std::min(500, 8000 / std::max(1, columns)));
                if (!prepareInsert(write, name, m_columns, perStatement))
                    return sql::errorOf(write, Tr::tr("Copying the table %1").arg(name));
            }
            const int keyColumn = record.indexOf(key);
            qint64 readRows = 0;
            while (read.next()) {
                ++readRows;
                last = read.value(keyColumn);
                if (isSetting && last.toString() == storeIdKey)
                    continue;   // the target's own id goes in below
                for (int i = 0; i < columns; ++i)
                    pending << read.value(i);
                ++pendingRows;
                ++rows;
                if (pendingRows == perStatement) {
                    if (auto written = flush(); !written)
                        return written.error();
                }
                if (++m_done % progressEvery == 0 && !tick())
                    return cancelled();
            }
            if (read.lastError().isValid())
                return sql::errorOf(read, Tr::tr("Reading the table %1").arg(name));
            more = readRows == batchRows;
        }
        if (auto written = flush(); !written)
            return written.error();
        if (isSetting && !keptStoreId.isEmpty()) {
            if (auto kept = sql::exec(m_to, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                                      {storeIdKey, keptStoreId});
                !kept)
                return kept.error();
            ++rows;
            ++m_done;
        }
        if (!tick())
            return cancelled();
        return rows;
    }

private:
    // INSERT INTO table (columns) VALUES (?, …), (?, …) … for `rows` rows.
    static bool prepareInsert(QSqlQuery &write, const QString &table, const QStringList &columns, int rows)
    {
        const QString one = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))
                            + QLatin1Char(')');
        return write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))
                             + QStringList(rows, one).join(QStringLiteral(", ")));
    }

    bool tick() const { return !m_progress || m_progress(qMin(m_done, m_total), m_total); }
    Error cancelled() const
    {
        return Error::cancelled(Tr::tr("The copy was cancelled: nothing was written to %1.").arg(describe(m_to)));
    }

    QSqlDatabase m_from, m_to;
    QStringList m_columns;   // of the table being copied, as the target's driver quotes them
    qint64 m_total;
    const CopyProgress &m_progress;
    qint64 m_done = 0;
};

// Keeps the source's rows one consistent snapshot while they are read: a write elsewhere during
// the copy cannot give events without their follow-up. Read only: always rolled back.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)), m_active(m_db.transaction())
    {
        // PostgreSQL's default (READ COMMITTED) takes a new snapshot for each statement; one for all.
        if (m_active && engineOf(m_db) == Engine::PostgreSQL)
            QSqlQuery(m_db).exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    ~ReadSnapshot()
    {
        if (m_active)
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace

qint64 CopyFacts::totalRows() const
{
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;
    return total;
}

QStringList storecopy::tables()
{
    QStringList names;
    for (const TableSpec &table : copiedTables)
        names << QLatin1String(table.name);
    return names;
}

Result<QStringList> storecopy::unknownTables(const Connection &connection)
{
    const QSqlDatabase db = databaseOf(connection);
    if (!db.isOpen())
        return Error::failed(Tr::tr("The store is not open: %1").arg(db.lastError().text()));
    const QStringList known = tables();
    QStringList unknown;
    for (const QString &table : db.tables(QSql::Tables)) {
        if (!isEngineTable(table) && !known.contains(table.toLower()))
            unknown << table;
    }
    unknown.sort();
    return unknown;
}

Result<CopyFacts> copyStore(const Connection &fromConnection, const Connection &toConnection, const CopyProgress &progress)
{
    const QSqlDatabase from = databaseOf(fromConnection);
    const QSqlDatabase to = databaseOf(toConnection);
    if (!from.isOpen() || !to.isOpen())
        return Error::failed(Tr::tr("Nothing was copied: the store %1 is not open.").arg(describe(from.isOpen() ? to : from)));
    if (sameStore(from, to))
        return Error::refused(Tr::tr("%1 is the store being copied: a store cannot be copied onto itself.").arg(describe(to)));
    for (const QSqlDatabase &db : {from, to}) {
        if (auto known = refuseUnknownTables(db); !known)
            return known.error();
    }
    if (auto schema = sameSchema(from, to); !schema)
        return schema.error();

    ReadSnapshot snapshot(from);
    QList<qint64> counts;
    qint64 total = 0;
    for (const TableSpec &table : copiedTables) {
        auto rows = countRows(from, QLatin1String(table.name));
        if (!rows)
            return rows.error();
        counts << *rows;
        total += *rows;
    }

    StoreTransaction transaction(toConnection);
    if (!transaction.isActive())
        return Error::failed(Tr::tr("Nothing was copied: %1 cannot be written (%2).")
                                 .arg(describe(to), transaction.beginError().message));
    // Looked at inside the transaction: nothing can be written to the target between look and copy.
    auto held = contentOf(to);
    if (!held)
        return held.error();
    if (!held->isEmpty())
        return Error::refused(Tr::tr("%1 is not empty: it holds %2. copy writes only into an empty store; nothing "
                                     "was changed.").arg(describe(to), held->join(QStringLiteral(", "))));
    auto keptId = storeIdOf(to);
    if (!keptId)
        return keptId.error();
    // A new store's own rows (stock templates, the default calendar, its settings) make way for the source's.
    for (auto it = std::rbegin(copiedTables); it != std::rend(copiedTables); ++it) {
        if (auto cleared = sql::exec(to, QStringLiteral("DELETE FROM %1").arg(QLatin1String(it->name))); !cleared)
            return cleared.error();
    }

    CopyFacts facts;
    facts.targetStoreId = *keptId;
    RowCopier copier(from, to, total, progress);
    for (const TableSpec &table : copiedTables) {
        auto rows = copier.copy(table, *keptId);
        if (!rows)
            return rows.error();
        facts.tables.append({QLatin1String(table.name), *rows});
    }
    if (auto sequences = resetIdentitySequences(to); !sequences)
        return sequences.error();
    if (auto committed = transaction.commit(); !committed)
        return Error::failed(Tr::tr("Nothing was copied: the transaction on %1 could not be committed (%2).")
                                 .arg(describe(to), committed.error().message));
    if (engineOf(to) == Engine::PostgreSQL)
        pgschema::tidyAfterBulkLoad(to);
    return facts;
}

} // namespace ft

namespace ft {

QString storecopy::displayName(const QString &target)
{
    if (isServerAddress(target)) {
        const auto address = parseServerAddress(target);
        return address ? address->display() : Tr::tr("the server address given");
    }
    return QFileInfo(target).absoluteFilePath();
}

Result<CopyFacts> copyStoreTo(const Connection &from, const QString &target, const CopyProgress &progress)
{
    const QString name = storecopy::displayName(target);
    const auto failed = [&name](const Error &error) {
        if (error.code == Error::Code::Cancelled)
            return error;   // says so, naming the target, already
        return Error{error.code, Tr::tr("Nothing was copied to %1: %2").arg(name, error.message)};
    };
    const bool isFile = !isServerAddress(target);
    const bool madeHere = isFile && !QFileInfo::exists(target);
    Store::Options options;   // as --create: a new store, also in a new folder or an empty file
    options.createFolders = true;
    options.adoptEmptyFile = true;
    auto opened = Store::open(target, options);
    if (!opened)
        return failed(opened.error());
    std::unique_ptr<Store> store = std::move(opened).value();
    auto copied = copyStore(from, store->connection(), progress);
    store.reset();
    if (!copied) {
        // A store file this copy made and could not fill goes again: nothing half-written stays behind.
        if (madeHere) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(name + suffix);
        }
        return failed(copied.error());
    }
    return copied;
}

} // namespace ft
