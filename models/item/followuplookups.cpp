#include "followuplookups.h"

#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

namespace ft {

namespace {

// `column` is one of our own constants below, never user input.
Result<QStringList> distinct(const Store &store, const QString &column)
{
    QSqlQuery q(store.database());
    if (auto ok = sql::exec(q, QStringLiteral("SELECT DISTINCT %1 FROM followup WHERE %1 <> '' ORDER BY %1").arg(column)); !ok)
        return ok.error();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace

Result<QStringList> knownOwners(const Store &store) { return distinct(store, QStringLiteral("owner")); }
Result<QStringList> knownTeams(const Store &store) { return distinct(store, QStringLiteral("team")); }
Result<QStringList> knownCategories(const Store &store) { return distinct(store, QStringLiteral("category")); }

Result<FollowUp> followUpById(const Store &store, FollowUpId id) { return repo::loadFollowUp(store.database(), id); }

Result<qint64> followUpCount(const Store &store)
{
    QSqlQuery q(store.database());
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup")); !ok)
        return ok.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ft
