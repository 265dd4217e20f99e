#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

// What a bulk load of a fresh store changes for its duration, and puts back.
namespace ft::demo {

// The connection's settings for a bulk load of a fresh store, put back when it ends. Must be
// made before the load's transaction begins and destroyed after it ended (SQLite changes neither
// setting inside a transaction).
//
// Journal: a write-ahead log writes every page twice (into the log, then into the store at the
// checkpoint). Into a store that is still nearly empty a rollback journal writes each new page
// once and is just as safe: it keeps the old content of the few pages that existed, so a crash
// rolls back to the empty store. SQLite leaves the log only when this connection is the store's
// only one; otherwise the log stays.
//
// Foreign keys: checking them costs a lookup of the parent row for every row written; the bulk
// writer makes every reference itself from the ids it hands out (tst_demogenerator runs
// foreign_key_check on a store loaded this way).
class BulkLoadSettings
{
public:
    BulkLoadSettings(const QSqlDatabase &db, bool wanted);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    QSqlDatabase m_db;
    bool m_leftWal = false;
    bool m_foreignKeysWereOn = false;
};

// Secondary indexes of the tables a bulk load fills: dropped inside its transaction and made
// again from their own CREATE statements (as the schema wrote them) before it commits. SQLite
// builds an index from sorted keys far faster than it maintains one row by row in random key
// order (owner, team, status, due times). A unique index that the new rows would break fails to
// build, and the transaction with it: nothing is lost either way.
// The triggers that keep the full-text index of follow-ups (schema version 4) go the same way: the
// index is rebuilt from the rows in one pass at the end, which costs a fraction of indexing row by row.
class DeferredIndexes
{
public:
    static Result<DeferredIndexes> drop(const QSqlDatabase &db, const QStringList &tables);
    Result<void> recreate();

private:
    QSqlDatabase m_db;
    QStringList m_statements;
    bool m_rebuildSearch = false;
};

} // namespace ft::demo
