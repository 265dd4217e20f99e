#include "store/rowcursor.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlResult>
#include <charconv>
#include <cstring>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace ft {

// QPSQL hands out the PGresult* of a query (QSqlResult::handle(), documented in QSqlDriver::handle()):
// read straight from libpq, the KPI pass's integers cost a parse each, not a QVariant each.
struct PgRows
{
    const PGresult *result = nullptr;
    int rows = 0;
    int row = -1;

    bool isNull(int column) const { return PQgetisnull(result, row, column) != 0; }
    qint64 integer(int column) const
    {
        const char *text = PQgetvalue(result, row, column);
        qint64 value = 0;
        std::from_chars(text, text + std::strlen(text), value);
        return value;   // NULL is the empty string: 0, as SQLite reads it
    }
};

struct RowCursor::Fallback
{
    // Not forward-only on PostgreSQL: QPSQL streams a forward-only query row by row (libpq's single-row
    // mode), which allows one such query per connection, and a KPI pass walks two cursors side by side.
    // The whole result comes over at once instead: integers only, some tens of MB at a million rows.
    explicit Fallback(const QSqlDatabase &db) : query(db) { query.setForwardOnly(engineOf(db) != Engine::PostgreSQL); }
    QSqlQuery query;
    std::optional<PgRows> pg;
};

Engine RowCursor::engine() const
{
    return engineOf(m_connection);
}

namespace {
sqlite3_stmt *statementOf(void *statement) { return static_cast<sqlite3_stmt *>(statement); }
} // namespace

RowCursor::RowCursor(const Connection &connection)
    : m_connection(connection)
{
    // QSQLITE hands out its sqlite3* (documented in QSqlDriver::handle()). Qt on Debian uses the
    // system libsqlite3, the one we link, so the handle and our calls meet in the same library.
    const QSqlDatabase db = databaseOf(connection);
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

RowCursor::~RowCursor()
{
    if (m_statement)
        sqlite3_finalize(statementOf(m_statement));
}

Result<void> RowCursor::exec(const QString &statement, const QList<qint64> &values)
{
    m_text = statement;
    m_error.reset();
    if (!m_handle) {
        m_fallback = std::make_unique<Fallback>(databaseOf(m_connection));
        QVariantList bound;
        for (qint64 v : values)
            bound << v;
        if (auto ok = sql::exec(m_fallback->query, statement, bound); !ok)
            return ok;
        const QVariant handle = m_fallback->query.result() ? m_fallback->query.result()->handle() : QVariant();
        // Its type is named for libpq's struct (PGresult is a typedef of struct pg_result).
        if (handle.isValid() && qstrcmp(handle.typeName(), "pg_result*") == 0) {
            const PGresult *result = *static_cast<PGresult *const *>(handle.constData());
            if (result)
                m_fallback->pg = PgRows{result, PQntuples(result)};
        }
        return {};
    }
    if (m_statement) {
        sqlite3_finalize(statementOf(m_statement));
        m_statement = nullptr;
    }
    auto *db = static_cast<sqlite3 *>(m_handle);
    const QByteArray text = statement.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &prepared, nullptr) != SQLITE_OK)
        return Error::failed(QCoreApplication::translate("ft::Store", "%1: %2")
                                 .arg(statement.left(60), QString::fromUtf8(sqlite3_errmsg(db))));
    m_statement = prepared;
    for (qsizetype i = 0; i < values.size(); ++i)
        sqlite3_bind_int64(prepared, int(i) + 1, values.at(i));
    return {};
}

bool RowCursor::next()
{
    if (m_fallback && m_fallback->pg)
        return ++m_fallback->pg->row < m_fallback->pg->rows;
    if (m_fallback) {
        if (m_fallback->query.next())
            return true;
        if (m_fallback->query.lastError().isValid())
            m_error = sql::errorOf(m_fallback->query, m_text.left(60));
        return false;
    }
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(statementOf(m_statement));
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = Error::failed(
            QCoreApplication::translate("ft::Store", "%1: %2")
                .arg(m_text.left(60), QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statementOf(m_statement))))));
    return false;
}

bool RowCursor::isNull(int column) const
{
    if (m_fallback && m_fallback->pg)
        return m_fallback->pg->isNull(column);
    if (m_fallback)
        return m_fallback->query.isNull(column);
    return sqlite3_column_type(statementOf(m_statement), column) == SQLITE_NULL;
}

std::optional<qint64> RowCursor::optional(int column) const
{
    if (m_fallback && m_fallback->pg)
        return m_fallback->pg->isNull(column) ? std::nullopt : std::optional<qint64>(m_fallback->pg->integer(column));
    if (m_fallback)
        return m_fallback->query.isNull(column) ? std::nullopt
                                                : std::optional<qint64>(m_fallback->query.value(column).toLongLong());
    // The column's value object is "unprotected" (no mutex of its own): safe here because a
    // connection, and so this cursor, is only ever used by the thread that opened it.
    sqlite3_value *value = sqlite3_column_value(statementOf(m_statement), column);
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_value_int64(value);
}

qint64 RowCursor::integer(int column) const
{
    if (m_fallback && m_fallback->pg)
        return m_fallback->pg->integer(column);
    if (m_fallback)
        return m_fallback->query.value(column).toLongLong();
    return sqlite3_column_int64(statementOf(m_statement), column);
}

} // namespace ft
