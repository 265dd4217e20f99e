#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>

// Whole-file operations through SQLite's online backup API (SPEC §4), each on its own connection so
// that they run in any thread while the store is in use. The only place that speaks SQLite's C API.
namespace ft::sqlitefile {

// Copies the database `from` (read on its own read-only connection: one consistent snapshot, writers
// carry on) into the new file `to`, readable by its owner only. The copy is a single file (rollback
// journal) and appears under its name only once complete and synced; `to` must not exist. With
// Verify::Integrity the copy passes PRAGMA integrity_check first, or no file appears and the error
// says the store is damaged. (Restore's safety copy keeps even a damaged store: Verify::None.)
enum class Verify { None, Integrity };
Result<void> copyFile(const QString &from, const QString &to, Verify verify = Verify::Integrity);

// Replaces the whole content of the open connection's database with the file `from`, in one
// transaction: other connections see the old content or the new one, never a mixture.
Result<void> copyInto(const QString &from, const QSqlDatabase &into);

// What a file says about itself. Read on a query-only connection that never checkpoints: the database
// file is not written. (A read-only connection would do, except after a crash: rebuilding the index
// of the write-ahead log, which only touches -shm, needs a connection allowed to write.)
struct FileFacts
{
    int applicationId = 0;
    int userVersion = 0;
    qint64 objects = 0;       // tables, indexes … in sqlite_master
    QString integrity;        // PRAGMA integrity_check: "ok" or the problems; empty unless asked for
    qint64 followUps = -1;    // -1: no follow-up table
};
struct InspectError
{
    bool damaged = false;     // SQLite says corrupt / not a database
    QString message;
};
enum class Depth { Header, WithIntegrity };
Result<FileFacts> inspect(const QString &file, Depth depth = Depth::WithIntegrity, InspectError *why = nullptr);

} // namespace ft::sqlitefile
