#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QStringList>

// Inside the storage seam only: the schema in PostgreSQL's dialect (SPEC §6). There is one schema
// description, store/schema.cpp, written in SQLite's words; this turns each statement into
// PostgreSQL's, and adds what the server needs beside it. tst_schemaequivalence proves both engines
// end with the same tables, columns, types and indexes.
namespace ft::pgschema {

// What a FollowThrough store on a server holds besides its tables, made before version 1:
// - store_schema: one row, the application id and the schema version (SQLite keeps both in the
//   file's header: PRAGMA application_id and user_version);
// - ft_assign_id(): ids as SQLite chooses them when none is given (a row's id bound as NULL);
// - ft_notify_change(): NOTIFY followthrough_changed after every write, for the other windows.
QStringList prelude();

// One statement of the schema description in PostgreSQL's dialect, and what comes with it:
//   INTEGER -> BIGINT (SQLite's integers are 64-bit: times in UTC seconds, ids),
//   REAL -> DOUBLE PRECISION, `x COLLATE NOCASE` -> lower(x);
//   after CREATE TABLE: the id's sequence and trigger, and the change notification.
QStringList translate(const QString &sqliteStatement);

// The NOTIFY channel every write signals on; the payload is the table's name.
inline constexpr char notifyChannel[] = "followthrough_changed";

// What the database holds: nothing at all (a new store), a FollowThrough store of this version,
// or something else, which is refused before anything is written.
struct Facts
{
    bool empty = false;            // no table in the current schema
    bool isStore = false;          // store_schema with our application id
    qint64 applicationId = 0;
    int version = 0;
};
Result<Facts> inspect(const QSqlDatabase &db);
Result<void> recordVersion(const QSqlDatabase &db, int version);
// Serialises two programs creating or upgrading the same store (held until the transaction ends).
Result<void> lockForMigration(const QSqlDatabase &db);

// Serialises bulk writes (imports, the demo) on one store: the second waits for the first to commit and
// then sees its rows (an import matches references against them), so both land and nothing doubles.
// Held until the transaction ends; waits as long as that takes (lock_timeout off for this transaction).
Result<void> lockForBulkWrite(const QSqlDatabase &db);

// After a bulk load has committed (a copy, the demo, an import into an empty store): VACUUM (ANALYZE),
// so that the planner knows the tables' sizes and index-only scans need no visits to the rows (the
// KPI pass over a freshly copied 100,000-item store: 0.24 s before, 0.17 s after). Autovacuum would
// come to it later; the lead's first `kpi` should not wait for that. Nothing when inside a transaction.
void tidyAfterBulkLoad(const QSqlDatabase &db);

// After rows were written with ids of their own (a bulk load, a copy): each table's id sequence
// continues after the largest id, so that the next row the store numbers does not collide.
Result<void> resyncIdSequences(const QSqlDatabase &db);

} // namespace ft::pgschema
