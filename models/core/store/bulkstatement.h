#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace ft::sql {

// One statement prepared once and executed many times with new values (bulk writes: import).
// On SQLite it binds through the C API on the connection's own handle: QSqlQuery's binding
// builds placeholder names and QVariants per value, which costs more than SQLite's own insert.
// Other drivers get QSqlQuery underneath, so the behaviour is the same everywhere.
class BulkStatement
{
public:
    explicit BulkStatement(const QSqlDatabase &db);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    Result<void> prepare(const QString &statement);
    // Values bind by position (0-based) until the next exec(); a null QVariant binds NULL.
    void bind(int index, const QVariant &value);
    // Typed binding without a QVariant (the bulk writers' hot path).
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    // For NOT NULL text columns: a null QString binds '', control characters are taken out.
    void bindText(int index, const QString &value);
    // NULL for an empty string (reference, source key).
    void bindTextOrNull(int index, const QString &value) { value.isEmpty() ? bindNull(index) : bindText(index, value); }
    template<typename T>
    void bindOptional(int index, const std::optional<T> &value) { value ? bindInteger(index, qint64(*value)) : bindNull(index); }
    // NULL for 0 (an id the store chooses).
    void bindId(int index, qint64 id) { id > 0 ? bindInteger(index, id) : bindNull(index); }
    // Runs it; the number of rows changed (0 when ON CONFLICT DO NOTHING skipped the row).
    Result<int> exec();
    qint64 lastInsertId() const;

private:
    QSqlDatabase m_db;
    void *m_handle = nullptr;           // sqlite3*, when the driver is SQLite
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;   // other drivers
    QString m_text;
    // The UTF-8 of each text parameter, bound without a copy (SQLITE_STATIC) and kept until the next
    // row binds that parameter again: each buffer keeps its capacity, so a row allocates nothing.
    std::vector<QByteArray> m_utf8;
    qint64 m_lastId = 0;
    bool m_returning = false;           // other drivers: INSERT … RETURNING id
};

} // namespace ft::sql
