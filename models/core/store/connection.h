#pragma once

#include "domain/error.h"

#include <QString>
#include <memory>

namespace ft {

// Which database a piece of work reads and writes, without the SQL types: the handle domain rules,
// importers, the KPI engine and item models pass to the store's read and write functions. Only
// files in models/core/store/ turn it into a driver connection (store/sqlconnection.h).
//
// A Connection belongs to the thread that opened it (Store on the GUI thread, ScopedConnection on a
// worker); copies are cheap and name the same connection.
class Connection
{
public:
    Connection() = default;
    explicit Connection(QString name) : m_name(std::move(name)) {}

    const QString &name() const { return m_name; }
    bool isValid() const { return !m_name.isEmpty(); }

    friend bool operator==(const Connection &, const Connection &) = default;

private:
    QString m_name;
};

// One all-or-nothing unit of writes on a connection: BEGIN IMMEDIATE at the outside, a SAVEPOINT when
// nested. Rolled back unless commit() succeeded, so an early return or an error loses nothing.
class StoreTransaction
{
public:
    explicit StoreTransaction(const Connection &connection);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool isActive() const;
    const Error &beginError() const;
    Result<void> commit();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ft
