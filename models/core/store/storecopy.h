#pragma once

#include "domain/error.h"
#include "store/connection.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ft {

// What `copy --to` wrote: the rows of each table, in the order they were copied.
struct CopyFacts
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    QList<Table> tables;
    QString targetStoreId;   // the target keeps its own id (setting store_id): two stores never share one

    qint64 totalRows() const;
};

// Progress in rows copied of all rows; return false to cancel (the target is then left as it was).
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

namespace storecopy {

// Every table of the schema, parents before children: what copyStore() writes, in this order.
// A migration that adds a table must add it here (tst_storecopy fails until it does).
QStringList tables();

// The tables `connection`'s store holds that copyStore() does not know, the engine's own tables (the
// full-text index's) left out. Empty when the copy knows the whole store.
Result<QStringList> unknownTables(const Connection &connection);

// A target as messages and titles name it: the absolute file, or the server address without its password.
QString displayName(const QString &target);

} // namespace storecopy

// The whole store `from` into the empty store `to` (SPEC §3 copy, §6): every table, ids kept, in one
// transaction on `to`, through portable SQL only, so it works between SQLite and PostgreSQL.
// Refused, with `to` untouched: the same store twice, stores of different schemas, a table the copy
// does not know, and a target that holds any follow-up, event, survey, target, initiative, import run,
// holiday or checklist run (named in the message). A new store's own rows (stock checklist templates,
// the default calendar, settings) are replaced by the source's, except its store_id.
// Both connections belong to the calling thread. Cancelling (progress returns false) gives
// Error::Cancelled and leaves `to` as it was.
Result<CopyFacts> copyStore(const Connection &from, const Connection &to, const CopyProgress &progress = {});

// copyStore() into the store at `target` (a file or a server address), opened here as --create would
// (a missing file is made, also in a new folder), on the calling thread. A file made here for a copy
// that then failed is removed again. Errors start by naming the target (never with a password).
Result<CopyFacts> copyStoreTo(const Connection &from, const QString &target, const CopyProgress &progress = {});

} // namespace ft
