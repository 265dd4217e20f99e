#include "store/sqlhelpers.h"

#include "store/sqlconnection.h"

#include <QCoreApplication>
#include <algorithm>
#include <QHash>

namespace ft::sql {

namespace {

// SQLite's own words ("disk I/O error") do not tell a person what to do; say it plainly first.
QString plainWords(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;   // the primary result code
    if (!ok)
        return {};
    switch (code) {
    case 5:    // SQLITE_BUSY
    case 6:    // SQLITE_LOCKED
        return QCoreApplication::translate("ft::Store", "busy: another program is writing to the store (an import, "
                                                        "a demo, an upgrade or a window saving) and did not finish "
                                                        "within 5 s; nothing was changed, try again.");
    case 8:    // SQLITE_READONLY
        return QCoreApplication::translate("ft::Store", "The store cannot be written (it is read-only); "
                                                        "nothing was changed.");
    case 10:   // SQLITE_IOERR
    case 13:   // SQLITE_FULL
        return QCoreApplication::translate("ft::Store", "The store could not be written to disk (is the disk "
                                                        "full?); this change was not saved, what was saved before "
                                                        "is kept.");
    case 11:   // SQLITE_CORRUPT
    case 26:   // SQLITE_NOTADB
        return QCoreApplication::translate("ft::Store", "The store is damaged; restore a backup.");
    default:
        return {};
    }
}

Error describe(const QSqlError &error, const QString &what)
{
    const QString detail = QCoreApplication::translate("ft::Store", "%1: %2").arg(what, error.text());
    const QString plain = plainWords(error);
    return Error::failed(plain.isEmpty() ? detail : plain + QLatin1Char(' ') + detail);
}

} // namespace

namespace {
bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
}
} // namespace

QString withoutControlCharacters(const QString &s)
{
    const auto first = std::find_if(s.cbegin(), s.cend(), [](QChar c) { return isControl(c.unicode()); });
    if (first == s.cend())
        return s;
    QString clean;
    clean.reserve(s.size());
    for (const QChar c : s) {
        if (!isControl(c.unicode()))
            clean += c;
    }
    return clean;
}

Error errorOf(const QSqlQuery &query, const QString &what) { return describe(query.lastError(), what); }

Error errorOf(const QSqlDatabase &db, const QString &what) { return describe(db.lastError(), what); }

Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return errorOf(query, statement.left(60));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return errorOf(query, statement.left(60));
    return {};
}

Result<void> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    return exec(query, statement, values);
}

Result<void> run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errorOf(query, statement.left(60));
    return {};
}

namespace {
// Nesting depth per connection; connections never cross threads.
thread_local QHash<QString, int> depthByConnection;
}

int transactionDepth(const QSqlDatabase &db)
{
    return depthByConnection.value(db.connectionName());
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    int &depth = depthByConnection[db.connectionName()];
    QSqlQuery q(m_db);
    if (depth == 0) {
        // PostgreSQL has no IMMEDIATE: its row locks are taken by each write, and a conflict between
        // two writers is one's error, never a deadlock of upgrading locks.
        m_active = q.exec(engineOf(m_db) == Engine::PostgreSQL ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(depth);
        m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++depth;
    else
        m_beginError = errorOf(q, QCoreApplication::translate("ft::Store", "Could not start a transaction"));
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --depthByConnection[m_db.connectionName()];
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    QSqlQuery q(m_db);
    const bool ok = q.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok)
        return errorOf(q, QCoreApplication::translate("ft::Store", "Could not save the changes"));
    m_active = false;
    --depthByConnection[m_db.connectionName()];
    return {};
}

} // namespace ft::sql
