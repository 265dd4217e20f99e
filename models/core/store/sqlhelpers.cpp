#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>

namespace ft::sql {

Error errorOf(const QSqlQuery &query, const QString &what)
{
    return Error::failed(QCoreApplication::translate("ft::Store", "%1: %2").arg(what, query.lastError().text()));
}

Error errorOf(const QSqlDatabase &db, const QString &what)
{
    return Error::failed(QCoreApplication::translate("ft::Store", "%1: %2").arg(what, db.lastError().text()));
}

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

namespace {
// Nesting depth per connection; connections never cross threads.
thread_local QHash<QString, int> transactionDepth;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    int &depth = transactionDepth[db.connectionName()];
    QSqlQuery q(m_db);
    if (depth == 0) {
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
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
    --transactionDepth[m_db.connectionName()];
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
    --transactionDepth[m_db.connectionName()];
    return {};
}

} // namespace ft::sql
