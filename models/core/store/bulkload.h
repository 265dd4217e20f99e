#pragma once

#include "domain/error.h"

#include "store/connection.h"

#include <QStringList>
#include <memory>
#include <optional>

// What a bulk load (the demo, a big import) changes for its duration, and puts back: the engine's
// side of the write path's bulk mode (store/followupwriter.h writes the rows).
namespace ft {

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
// foreign_key_check on a store loaded this way); an import writes only rows it has just read back.
class BulkLoadSettings
{
public:
    BulkLoadSettings(const Connection &connection, bool wanted);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    Connection m_connection;
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
    static Result<DeferredIndexes> drop(const Connection &connection, const QStringList &tables);
    Result<void> recreate();

private:
    Connection m_connection;
    QStringList m_statements;
    bool m_rebuildSearch = false;
};

// Raises the connection's page cache for a load of `items` rows and puts it back afterwards: a big
// history touches far more pages than the usual cache holds.
class CacheSize
{
public:
    CacheSize(const Connection &connection, qint64 items);
    ~CacheSize();
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    Connection m_connection;
    std::optional<qint64> m_previous;
};

// The write path's bulk mode (the demo, an import into an empty store), around the rows that
// FollowUpWriter writes: one transaction; with `load`, the connection's settings for a bulk load and
// the indexes of `deferIndexesOf` dropped by deferIndexes() and built again by
// commit(); with `rows`, a page cache for that many (CacheSize). Not committed: everything rolled back, indexes included, and the settings put back.
class BulkWrite
{
public:
    struct Options
    {
        bool load = false;
        qint64 rows = 0;   // about how many rows: sizes the page cache
        QStringList deferIndexesOf;
    };
    BulkWrite(const Connection &connection, const Options &options);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    bool isActive() const { return m_transaction.isActive() && !m_lockError; }
    const Error &beginError() const { return m_lockError ? *m_lockError : m_transaction.beginError(); }
    // Inside the transaction, once the caller has checked what it must under the write lock.
    Result<void> deferIndexes();
    Result<void> commit();

private:
    Connection m_connection;
    Options m_options;
    BulkLoadSettings m_settings;   // made before the transaction, put back after it
    std::optional<CacheSize> m_cache;
    StoreTransaction m_transaction;
    std::optional<DeferredIndexes> m_deferred;
    std::optional<Error> m_lockError;
};

} // namespace ft
