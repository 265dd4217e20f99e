#include "duequeries.h"

#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

namespace ft {

namespace {

// "status < 4" literally: the partial index followup_open_due is declared with it.
Result<QList<FollowUp>> openDue(const Store &store, const QString &condition, const QVariantList &values)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + repo::followUpColumns
                                   + QStringLiteral(" FROM followup WHERE status < 4 AND ") + condition
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

Result<qint64> overdueCount(const Store &store, Timestamp now)
{
    QSqlQuery q(store.database());
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup WHERE status < 4 AND next_update_due < ?"),
                            {now});
        !ok)
        return ok.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<FollowUp>> promisesFallingDue(const Store &store, Timestamp after, Timestamp upTo, int limit)
{
    return openDue(store, QStringLiteral("next_update_due > ? AND next_update_due <= ?"), {after, upTo, limit});
}

Result<QList<FollowUp>> nextDue(const Store &store, Timestamp from, int limit)
{
    return openDue(store, QStringLiteral("next_update_due >= ?"), {from, limit});
}

} // namespace ft
