#pragma once

#include "domain/error.h"

#include <QString>
#include <QTimeZone>
#include <memory>

class QSqlDatabase;

namespace ft {

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
    };

    static Result<std::unique_ptr<Store>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Store>> open(const QString &path) { return open(path, Options{}); }
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    // Where the copy taken before the last migration went; empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackup; }

    QTimeZone timeZone() const { return m_timeZone; }
    QString setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);

    // A consistent copy of the whole store while it is in use.
    Result<void> backupTo(const QString &file) const;
    // PRAGMA integrity_check: "ok" or the problems it lists.
    Result<QString> integrityCheck() const;

private:
    explicit Store(QString path);
    Result<void> connect();
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    QTimeZone m_timeZone;
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

private:
    QString m_name;
    QString m_error;
};

} // namespace ft
