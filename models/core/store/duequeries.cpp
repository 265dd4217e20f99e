#include "store/duequeries.h"

#include "store/followupconditions.h"
#include "store/followuprows.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft {

namespace {

// The open condition literally: the partial index followup_open_due is declared with it.
Result<QList<FollowUp>> openDue(const Connection &connection, const QString &condition, const QVariantList &values)
{
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + repo::followUpColumns + QStringLiteral(" FROM followup WHERE ")
                                   + sql::openCondition + QStringLiteral(" AND ") + condition
                                   + QStringLiteral(" ORDER BY next_update_due, id LIMIT ?"),
                            values);
        !ok)
        return ok.error();
    QList<FollowUp> rows;
    while (q.next())
        rows.append(repo::followUpFromQuery(q));
    return rows;
}

} // namespace

Result<qint64> overdueCount(const Connection &connection, Timestamp now)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup WHERE ") + sql::openCondition
                                   + QStringLiteral(" AND next_update_due < ?"),
                            {now});
        !ok)
        return ok.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<FollowUp>> promisesFallingDue(const Connection &connection, Timestamp after, Timestamp upTo, int limit)
{
    return openDue(connection, QStringLiteral("next_update_due > ? AND next_update_due <= ?"), {after, upTo, limit});
}

Result<QList<FollowUp>> nextDue(const Connection &connection, Timestamp from, int limit)
{
    return openDue(connection, QStringLiteral("next_update_due >= ?"), {from, limit});
}

} // namespace ft
