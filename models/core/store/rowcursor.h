#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

struct sqlite3_stmt;

namespace ft::sql {

// Forward-only reading of many rows of integers, for passes over a whole table (KPIs). On SQLite
// it steps the statement through the C API on the connection's own handle: QSqlQuery wraps every
// value in a QVariant, which costs more than SQLite's own work on such rows. Other drivers get
// QSqlQuery underneath, so the behaviour is the same everywhere.
class RowCursor
{
public:
    explicit RowCursor(const QSqlDatabase &db);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // The statement comes from a constant; values bind in order.
    Result<void> exec(const QString &statement, const QList<qint64> &values = {});
    // The next row; false at the end or on an error (then error() says which).
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    // Null or the integer: one call into SQLite instead of two (each takes the connection's
    // mutex, which at a million rows of several columns is a good part of a KPI pass).
    std::optional<qint64> optional(int column) const;
    // Set when stepping failed.
    const std::optional<Error> &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    void *m_handle = nullptr;          // sqlite3*, when the driver is SQLite
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;  // other drivers
    QString m_text;
    std::optional<Error> m_error;
};

} // namespace ft::sql
