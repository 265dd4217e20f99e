#include "store/store.h"

#include "checklist/stocktemplates.h"
#include "store/activitymarker.h"
#include "store/checklisttemplates.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/serveraddress.h"
#include "store/schema.h"
#include "store/storeopening.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"
#include "store/sqlitefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <unistd.h>

namespace ft {

using namespace opening;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Store)
};

const QString sqliteDriver = QStringLiteral("QSQLITE");
constexpr int busyTimeoutMs = 5000;

QString newConnectionName()
{
    return QStringLiteral("ft-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// synchronous = FULL: in WAL mode NORMAL survives a killed process but can lose the last commits
// to a power cut or an OS crash; FULL syncs the log at each commit (about 5 ms here, once per
// user action; an import or a demo is one transaction).
Result<void> applyPragmas(const QSqlDatabase &db)
{
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"}) {
        QSqlQuery q(db);
        // Turning a rollback-journal file (a store of version 1) into WAL needs it to itself for a
        // moment, and SQLite answers "locked" at once instead of waiting: two programs opening it
        // together try again for as long as a busy write would be waited for.
        QDeadlineTimer deadline(busyTimeoutMs);
        bool done = q.exec(QLatin1String(pragma));
        while (!done && q.lastError().nativeErrorCode() == QLatin1String("5") && !deadline.hasExpired()) {
            QThread::msleep(20);
            done = q.exec(QLatin1String(pragma));
        }
        if (!done)
            return sql::errorOf(q, QLatin1String(pragma));
    }
    return {};
}

QSqlDatabase openConnection(const QString &name, const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(sqliteDriver, name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    db.open();
    return db;
}

} // namespace

Store::Store(QString path)
    : m_path(std::move(path))
    , m_connectionName(newConnectionName())
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    // Not AppDataLocation: with the organisation and application both named "followthrough" (so
    // that QSettings lands in ~/.config/followthrough/followthrough.conf) it would say the name twice.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/followthrough/followthrough.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Options options)
{
    if (path.isEmpty())
        return Error::badInput(Tr::tr("No store file was given."));
    // A server address is not a relative file name: opened on the server, never created as a folder
    // "postgresql:" beside the current one. The password is never shown (display() leaves it out).
    if (isServerAddress(path)) {
        auto address = parseServerAddress(path);
        if (!address)
            return address.error();
        return openServer(address.value());
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A bulk load holds the store locked for minutes: say so at once rather than fail on the lock.
    if (const QString running = ActivityMarker::runningOn(absolute); !running.isEmpty())
        return Error::conflict(Tr::tr("busy: %1 is running on the store %2. Try again when it has finished.")
                                   .arg(running, absolute));
    if (QFileInfo::exists(absolute)) {
        if (QFileInfo(absolute).isDir())
            return Error::refused(Tr::tr("%1 is a folder, not a store file.").arg(absolute));
        if (!QFileInfo(absolute).isFile())
            return Error::refused(Tr::tr("%1 is not a regular file (a device or a pipe), not a store.").arg(absolute));
        if (auto writable = checkWritable(absolute); !writable)
            return writable.error();
        if (QFileInfo(absolute).size() == 0 && options.adoptEmptyFile) {
            if (auto adopted = adoptEmptyFile(absolute); !adopted)
                return adopted.error();
        } else if (auto inspected = inspectExisting(absolute); !inspected) {
            return inspected.error();
        }
        repairSharedMemoryMode(absolute);
    } else {
        if (!options.createIfMissing)
            return Error::notFound(Tr::tr("There is no store at %1.").arg(absolute));
        if (auto created = createEmptyPrivateFile(absolute, options.createFolders); !created)
            return created.error();
    }

    std::unique_ptr<Store> store(new Store(absolute));
    if (auto connected = store->connect(); !connected)
        return busyOr(connected.error(), absolute, Tr::tr("another program"));
    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();
    if (auto identified = store->ensureId(); !identified)
        return busyOr(identified.error(), absolute, Tr::tr("another program"));
    store->readTimeZone();
    return store;
}

Result<std::unique_ptr<Store>> Store::openServer(const ServerAddress &address)
{
    std::unique_ptr<Store> store(new Store(address.display()));
    store->m_server = address;
    QSqlDatabase db = pgconnection::open(store->m_connectionName, address);
    if (!db.isOpen())
        return Error::failed(pgconnection::failure(db, address));
    // Judged before a byte is written, as a file is: a database of other tables, another program's
    // store or a newer FollowThrough's is refused as it is.
    auto facts = pgschema::inspect(db);
    if (!facts)
        return facts.error();
    if (!facts->empty && !facts->isStore)
        return Error::refused(Tr::tr("The database %1 holds tables that are not a FollowThrough store. Nothing was "
                                     "written; give an empty database or a FollowThrough store.").arg(store->m_path));
    if (facts->isStore && facts->version > schema::currentVersion())
        return Error::refused(Tr::tr("The store %1 was written by a newer FollowThrough (schema version %2; this "
                                     "version knows up to %3). Nothing was written.")
                                  .arg(store->m_path).arg(facts->version).arg(schema::currentVersion()));
    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();
    if (auto identified = store->ensureId(); !identified)
        return identified.error();
    store->readTimeZone();
    store->m_changes = std::make_shared<pgconnection::ChangeCounter>();
    store->m_changes->subscribe(db);
    return store;
}

void Store::readTimeZone()
{
    const QString zone = setting(QStringLiteral("time_zone"));
    m_timeZone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::systemTimeZone();
}

Result<void> Store::connect()
{
    // A server connection is made by openServer(); this is the file's.
    QSqlDatabase db = openConnection(m_connectionName, m_path, false);
    if (!db.isOpen())
        return Error::failed(Tr::tr("Cannot open the store %1: %2").arg(m_path, db.lastError().text()));
    return applyPragmas(db);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    return schemaVersionOf(database());
}

int Store::schemaVersionOf(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::PostgreSQL) {
        const auto facts = pgschema::inspect(db);
        return facts ? facts->version : -1;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Store::migrate()
{
    const int from = schemaVersion();
    if (from < 0)
        return Error::failed(Tr::tr("Cannot read the schema version of %1").arg(m_path));
    if (from >= schema::currentVersion())
        return {};

    // On a server every step is one transaction of transactional DDL: a failed step leaves the store
    // as it was, so no copy is taken (and none could be: the file copy is SQLite's).
    if (from > 0 && !m_server) {
        // Milliseconds and the process id: two programs upgrading at once never share a name.
        m_migrationBackup = m_path + QStringLiteral(".v%1-%2-%3.bak").arg(from).arg(
                                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")))
                                .arg(QCoreApplication::applicationPid());
        if (auto copied = backupTo(m_migrationBackup); !copied)
            return Error::failed(Tr::tr("Not upgrading %1: the backup copy could not be taken (%2).")
                                     .arg(m_path, copied.error().message));
    }

    const QSqlDatabase db = database();
    for (const schema::Migration &step : schema::migrations()) {
        if (step.version <= from)
            continue;
        sql::Transaction tx(db);
        if (!tx.isActive())
            return busyOr(tx.beginError(), m_path, Tr::tr("another program creating or upgrading this store"));
        if (m_server) {
            if (auto locked = pgschema::lockForMigration(db); !locked)
                return locked;
        }
        // Another program may have run this step while this one waited for the write lock.
        const int now = schemaVersion();
        if (now >= step.version)
            continue;
        QStringList statements = schema::statementsFor(step, m_server ? Engine::PostgreSQL : Engine::SQLite);
        if (m_server && now == 0)
            statements = pgschema::prelude() + statements;
        for (const QString &statement : std::as_const(statements)) {
            // Not prepared: PostgreSQL prepares no DDL, and these statements bind nothing.
            if (auto done = sql::run(db, statement); !done)
                return Error::failed(Tr::tr("Upgrading the store to version %1 failed: %2")
                                         .arg(step.version).arg(done.error().message));
        }
        if (m_server) {
            if (auto recorded = pgschema::recordVersion(db, step.version); !recorded)
                return recorded;
        } else {
            // PRAGMA arguments cannot be bound; both values are our own integers.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))
                || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId)))
                return sql::errorOf(q, Tr::tr("Recording the schema version"));
        }
        if (step.version == 1) {
            if (auto zone = sql::exec(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('time_zone', ?)"),
                                      {QString::fromUtf8(QTimeZone::systemTimeZoneId())});
                !zone)
                return zone.error();
            if (auto stock = checklisttemplates::insertStock(connectionOf(db), stockTemplates()); !stock)
                return stock.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(database());
    if (sql::exec(q, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    return sql::exec(database(), QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

Result<void> Store::backupTo(const QString &file, BackupCheck check) const
{
    if (m_server)
        return Error::refused(Tr::tr("%1 is a store on a server: its backups are the server's (pg_dump). To keep a "
                                     "copy in a file, use “followthrough copy --to FILE”.").arg(m_path));
    return sqlitefile::copyFile(m_path, QFileInfo(file).absoluteFilePath(),
                                check == BackupCheck::Integrity ? sqlitefile::Verify::Integrity : sqlitefile::Verify::None);
}

Result<void> Store::quickCheck() const
{
    // The server checks its own pages (and refuses a damaged one to every reader); there is no file here.
    if (m_server)
        return {};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return Error::failed(Tr::tr("The store %1 could not be checked: %2").arg(m_path, q.lastError().text()));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return Error::refused(Tr::tr("The store %1 is damaged (%2). Nothing was written; restore a backup.")
                                  .arg(m_path, problems.join(QStringLiteral("; ")).left(300)));
    return {};
}

QString Store::id() const
{
    return idOf(database());
}

QString Store::idOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (sql::exec(q, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QStringLiteral("store_id")}) && q.next())
        return q.value(0).toString();
    return {};
}

Result<void> Store::ensureId()
{
    if (!id().isEmpty())
        return {};
    return sql::exec(database(), QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                     {QStringLiteral("store_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

Result<Store::BackupFacts> Store::checkBackup(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return Error::notFound(Tr::tr("There is no backup file at %1.").arg(file));
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::refused(Tr::tr("Cannot read the backup %1: %2").arg(file, f.errorString()));
        if (!readHeader(f).isSqlite)
            return Error::refused(Tr::tr("%1 is not a FollowThrough backup (it is not an SQLite database).").arg(file));
    }
    auto facts = sqlitefile::inspect(file);
    if (!facts)
        return Error::refused(Tr::tr("The backup %1 cannot be read: %2").arg(file, facts.error().message));
    if (facts->applicationId != schema::ApplicationId || facts->followUps < 0)
        return Error::refused(Tr::tr("%1 is not a FollowThrough backup.").arg(file));
    if (facts->userVersion > schema::currentVersion())
        return Error::refused(Tr::tr("The backup %1 was written by a newer FollowThrough (schema version %2; this "
                                 "version knows up to %3).").arg(file).arg(facts->userVersion).arg(schema::currentVersion()));
    if (facts->integrity != QLatin1String("ok"))
        return Error::refused(Tr::tr("The backup %1 is damaged: %2").arg(file, facts->integrity.left(300)));
    return BackupFacts{facts->userVersion, facts->followUps};
}

Result<Store::BackupFacts> Store::restoreFrom(const QString &file, const QString &safetyCopy)
{
    if (m_server)
        return Error::refused(Tr::tr("%1 is a store on a server: restoring a backup file replaces a store file only. "
                                     "Copy the backup to the server with “followthrough --db BACKUP copy --to "
                                     "ADDRESS” into an empty database instead.").arg(m_path));
    auto facts = checkBackup(file);
    if (!facts)
        return facts.error();
    if (QFileInfo(file).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return Error::refused(Tr::tr("%1 is the store itself, not a backup of it.").arg(file));
    // The store as it is, damaged or not: that is what a restore must be able to go back to.
    if (auto kept = backupTo(safetyCopy, BackupCheck::None); !kept)
        return Error::failed(Tr::tr("Nothing was restored: the copy of the current store could not be taken (%1).")
                                 .arg(kept.error().message));
    if (auto copied = sqlitefile::copyInto(file, database()); !copied)
        return Error::failed(Tr::tr("Nothing was restored: %1").arg(copied.error().message));
    // The content is the backup's now; bring it up to this version like any older store.
    if (auto migrated = migrate(); !migrated)
        return Error::failed(Tr::tr("The backup was restored but could not be upgraded: %1. The previous store is "
                                "in %2.").arg(migrated.error().message, safetyCopy));
    readTimeZone();
    return facts;
}

qint64 Store::dataVersion() const
{
    if (m_server)
        return m_changes ? m_changes->value() : -1;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

Result<void> Store::ensureConnected() const
{
    if (!m_server)
        return {};
    return pgconnection::ensureOpen(m_connectionName, *m_server, m_changes.get());
}

Result<QString> Store::integrityCheck() const
{
    if (m_server)
        return QStringLiteral("ok");   // the server's own pages; see quickCheck()
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sql::errorOf(q, Tr::tr("Integrity check"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

ScopedConnection::ScopedConnection(const Store &store)
    : m_name(newConnectionName())
{
    if (store.m_server) {
        const QSqlDatabase db = pgconnection::open(m_name, *store.m_server);
        if (!db.isOpen())
            m_error = pgconnection::failure(db, *store.m_server);
        return;
    }
    QSqlDatabase db = openConnection(m_name, store.path(), false);
    if (!db.isOpen()) {
        m_error = db.lastError().text();
        return;
    }
    if (auto pragmas = applyPragmas(db); !pragmas)
        m_error = pragmas.error().message;
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ScopedConnection::isOpen() const { return m_error.isEmpty() && database().isOpen(); }

QSqlDatabase ScopedConnection::database() const { return QSqlDatabase::database(m_name, false); }

} // namespace ft
