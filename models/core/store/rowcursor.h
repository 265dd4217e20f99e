#pragma once

#include "domain/error.h"
#include "store/connection.h"
#include "store/engine.h"

#include <QList>
#include <memory>
#include <optional>

namespace ft {

// Forward-only reading of many rows of integers, for passes over a whole table (KPIs). On SQLite
// it steps the statement through the C API on the connection's own handle: QSqlQuery wraps every
// value in a QVariant, which costs more than SQLite's own work on such rows. Other drivers get
// QSqlQuery underneath, so the behaviour is the same everywhere.
//
// The header names no SQL type, so the KPI engine reads its rows through it; only the store's
// query functions (store/kpiqueries.h) run a statement on it.
class RowCursor
{
public:
    explicit RowCursor(const Connection &connection);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // The next row; false at the end or on an error (then error() says which).
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    // Null or the integer: one call into SQLite instead of two (each takes the connection's
    // mutex, which at a million rows of several columns is a good part of a KPI pass).
    std::optional<qint64> optional(int column) const;
    Engine engine() const;
    // Set when stepping failed.
    const std::optional<Error> &error() const { return m_error; }

    // Inside the store only: the statement comes from a constant; values bind in order.
    Result<void> exec(const QString &statement, const QList<qint64> &values = {});

private:
    struct Fallback;                     // QSqlQuery, for drivers other than SQLite
    Connection m_connection;
    void *m_handle = nullptr;            // sqlite3*, when the driver is SQLite
    void *m_statement = nullptr;         // sqlite3_stmt*
    std::unique_ptr<Fallback> m_fallback;
    QString m_text;
    std::optional<Error> m_error;
};

} // namespace ft
