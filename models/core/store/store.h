#pragma once

#include "domain/error.h"
#include "store/connection.h"
#include "store/postgres/serveraddress.h"

#include <QString>
#include <QTimeZone>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace ft {

namespace pgconnection { class ChangeCounter; }

// The SQLite file behind everything (SPEC §4). Opening checks the file before writing a byte:
// a file that is not a FollowThrough store, comes from a newer version or is damaged is refused
// and left as it was. Older stores are copied aside, then migrated forward one step at a time.
//
// A Store owns the connection of the thread that opened it. Other threads take their own with
// ScopedConnection. The SQL types stay out of this header's users: only models/ links Qt Sql.
class Store
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool createFolders = true;     // a new store in a folder that does not exist yet (--create)
        bool adoptEmptyFile = false;   // an existing empty file becomes a new store (--create)
    };

    static Result<std::unique_ptr<Store>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Store>> open(const QString &path) { return open(path, Options{}); }
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The file, or the server's address without its password (SPEC §6).
    QString path() const { return m_path; }
    bool isOnServer() const { return m_server.has_value(); }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;
    Connection connection() const { return Connection(m_connectionName); }
    int schemaVersion() const;
    // The schema version a connection's store records (-1 when it cannot be read): PRAGMA user_version
    // of a file, store_schema on a server.
    static int schemaVersionOf(const QSqlDatabase &db);
    // Where the copy taken before the last migration went; empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackup; }

    QTimeZone timeZone() const { return m_timeZone; }
    QString setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);

    // A consistent copy of the whole store while it is in use (SQLite's online backup API, on a
    // connection of its own). `file` must not exist; it is readable by its owner only, and appears
    // only complete and, with BackupCheck::Integrity, after the copy passed PRAGMA integrity_check.
    enum class BackupCheck { Integrity, None };
    Result<void> backupTo(const QString &file, BackupCheck check = BackupCheck::Integrity) const;

    // PRAGMA quick_check before a big write (import, demo): a damaged page is named before anything is
    // written into the store. Reads the whole file (see docs/HARDENING.md for the cost).
    Result<void> quickCheck() const;

    // A random id kept in the store (setting store_id), made on first open: what tells two stores'
    // exports apart (ICS UIDs).
    QString id() const;
    static QString idOf(const QSqlDatabase &db);

    // What a backup file holds, once it passed every check of checkBackup().
    struct BackupFacts
    {
        int schemaVersion = 0;
        qint64 followUps = 0;
    };
    // Reads `file` without writing to it: an SQLite file marked as a FollowThrough store, of a schema
    // version this program knows, that passes PRAGMA integrity_check. Refused otherwise, saying why.
    static Result<BackupFacts> checkBackup(const QString &file);
    // Replaces everything in the store with the backup `file`: checks it first, then copies the store
    // as it is now to `safetyCopy` (which must not exist), then swaps the content in one transaction
    // and migrates it forward when it is older. Nothing is replaced unless every step before succeeded.
    // Queries still running on this store's connection make it fail ("in use"): finish them first.
    Result<BackupFacts> restoreFrom(const QString &file, const QString &safetyCopy);

    // Changes whenever another connection (another process, a worker thread) committed a write since
    // the last call; this connection's own writes leave it alone. Cheap enough to poll (PRAGMA data_version).
    qint64 dataVersion() const;
    // On a server: whether the connection still reaches it, opening it again when it does not (the
    // window asks every few seconds). A store file is always reachable.
    Result<void> ensureConnected() const;
    // PRAGMA integrity_check: "ok" or the problems it lists.
    Result<QString> integrityCheck() const;

private:
    explicit Store(QString path);
    static Result<std::unique_ptr<Store>> openServer(const ServerAddress &address);
    friend class ScopedConnection;
    Result<void> connect();
    Result<void> migrate();
    Result<void> ensureId();
    void readTimeZone();

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    QTimeZone m_timeZone;
    std::optional<ServerAddress> m_server;
    std::shared_ptr<pgconnection::ChangeCounter> m_changes;
};

// A connection to the store for a worker thread; closed when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const Store &store);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const;
    QString errorText() const { return m_error; }
    QString name() const { return m_name; }
    QSqlDatabase database() const;
    Connection connection() const { return Connection(m_name); }

private:
    QString m_name;
    QString m_error;
};

} // namespace ft
