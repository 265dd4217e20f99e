#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

// Small helpers shared by everything in models/ that speaks SQL.
namespace ft::sql {

Error errorOf(const QSqlQuery &query, const QString &what);
Error errorOf(const QSqlDatabase &db, const QString &what);

// Prepare, bind in order, execute. The statement text always comes from a constant.
Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values = {});
Result<void> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// A statement that binds nothing, run as it is (schema changes: PostgreSQL prepares no DDL).
Result<void> run(const QSqlDatabase &db, const QString &statement);

// Control characters other than tab, line feed and carriage return (C0, DEL, C1) never reach the
// store (SPEC §4): an import refuses them naming line and column; what else binds text (an edit in the
// window, a pasted title) has them removed here. The text itself when it has none (the usual case).
QString withoutControlCharacters(const QString &s);

// For NOT NULL text columns: a null QString binds as SQL NULL, so bind an empty string instead.
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(withoutControlCharacters(s)); }
inline QVariant nullable(const std::optional<Timestamp> &t) { return t ? QVariant(*t) : QVariant(QMetaType(QMetaType::LongLong)); }
inline QVariant nullable(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }
inline std::optional<Timestamp> optionalTime(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<Timestamp>(v.toLongLong()); }
inline std::optional<int> optionalInt(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<int>(v.toInt()); }

// How many Transactions are open on this connection (0: none; a statement runs in autocommit).
int transactionDepth(const QSqlDatabase &db);

// BEGIN IMMEDIATE at the outside (so that two processes never deadlock on upgrading a lock),
// SAVEPOINTs inside. Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    Error m_beginError;
};

} // namespace ft::sql
