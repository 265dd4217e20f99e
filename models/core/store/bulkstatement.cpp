#include "store/bulkstatement.h"

#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringEncoder>
#include <sqlite3.h>

namespace ft::sql {

BulkStatement::BulkStatement(const QSqlDatabase &db)
    : m_db(db)
{
    // As in RowCursor: QSQLITE hands out its sqlite3*, from the same system library we link.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

BulkStatement::~BulkStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<void> BulkStatement::prepare(const QString &statement)
{
    m_text = statement;
    if (!m_handle) {
        m_query.emplace(m_db);
        // The new row's id comes back with the insert: QPSQL's lastInsertId() asks lastval(), which
        // fails, and with it the whole transaction, after an insert that brought its own id.
        m_returning = statement.startsWith(QLatin1String("INSERT"));
        if (!m_query->prepare(m_returning ? statement + QStringLiteral(" RETURNING id") : statement))
            return errorOf(*m_query, statement.left(60));
        return {};
    }
    auto *db = static_cast<sqlite3 *>(m_handle);
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK)
        return Error::failed(QCoreApplication::translate("ft::Store", "%1: %2")
                                 .arg(statement.left(60), QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

void BulkStatement::bind(int index, const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(index, value);
        return;
    }
    const int i = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, i);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, i, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, i, value.toDouble());
        break;
    default: {
        const QString text = value.toString();
        // UTF-16 in, as QSQLITE does: SQLite copies it (SQLITE_TRANSIENT).
        sqlite3_bind_text16(m_statement, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        break;
    }
    }
}

void BulkStatement::bindNull(int index)
{
    if (m_query)
        m_query->bindValue(index, QVariant(QMetaType(QMetaType::LongLong)));
    else
        sqlite3_bind_null(m_statement, index + 1);
}

void BulkStatement::bindInteger(int index, qint64 value)
{
    if (m_query)
        m_query->bindValue(index, value);
    else
        sqlite3_bind_int64(m_statement, index + 1, value);
}

void BulkStatement::bindText(int index, const QString &value)
{
    // Control characters are rare: look for one in a plain loop before making a clean copy.
    const bool control = std::any_of(value.cbegin(), value.cend(), [](QChar q) {
        const char16_t c = q.unicode();
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
    });
    const QString clean = control ? withoutControlCharacters(value) : value;
    if (m_query) {
        m_query->bindValue(index, clean.isNull() ? QString(QLatin1String("")) : clean);
        return;
    }
    // UTF-8, the store's encoding: Qt's conversion is faster than SQLite's from UTF-16. Encoded into
    // this parameter's own buffer, which SQLite reads in place until the row is written.
    if (std::size_t(index) >= m_utf8.size())
        m_utf8.resize(std::size_t(index) + 1);
    QByteArray &utf8 = m_utf8[std::size_t(index)];
    QStringEncoder encoder(QStringEncoder::Utf8);
    utf8.resize(qsizetype(encoder.requiredSpace(clean.size())));
    char *end = encoder.appendToBuffer(utf8.data(), clean);
    utf8.resize(end - utf8.constData());
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

Result<int> BulkStatement::exec()
{
    if (m_query) {
        if (!m_query->exec())
            return errorOf(*m_query, m_text.left(60));
        if (!m_returning)
            return m_query->numRowsAffected();
        // No row back: ON CONFLICT DO NOTHING skipped it.
        const bool inserted = m_query->next();
        m_lastId = inserted ? m_query->value(0).toLongLong() : 0;
        m_query->finish();
        return inserted ? 1 : 0;
    }
    auto *db = static_cast<sqlite3 *>(m_handle);
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_clear_bindings(m_statement);
        return Error::failed(QCoreApplication::translate("ft::Store", "%1: %2").arg(m_text.left(60), message));
    }
    sqlite3_clear_bindings(m_statement);
    m_lastId = sqlite3_last_insert_rowid(db);
    return sqlite3_changes(db);
}

qint64 BulkStatement::lastInsertId() const { return m_lastId; }

} // namespace ft::sql
