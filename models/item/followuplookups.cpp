#include "followuplookups.h"

#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

namespace ft {

namespace {

// `column` is one of our own constants below, never user input.
Result<QStringList> distinct(const QSqlDatabase &db, const QString &column)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT DISTINCT %1 FROM followup WHERE %1 <> '' ORDER BY %1").arg(column)); !ok)
        return ok.error();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace

Result<QStringList> knownOwners(const Store &store) { return distinct(store.database(), QStringLiteral("owner")); }
Result<QStringList> knownTeams(const Store &store) { return distinct(store.database(), QStringLiteral("team")); }
Result<QStringList> knownCategories(const Store &store) { return distinct(store.database(), QStringLiteral("category")); }

Result<FollowUpChoices> loadChoices(const Store &store)
{
    const ScopedConnection connection(store);
    if (!connection.isOpen())
        return Error::failed(connection.errorText());
    const QSqlDatabase db = connection.database();
    FollowUpChoices choices;
    for (auto [column, list] : {std::pair{QStringLiteral("owner"), &choices.owners},
                                std::pair{QStringLiteral("team"), &choices.teams},
                                std::pair{QStringLiteral("category"), &choices.categories}}) {
        auto values = distinct(db, column);
        if (!values)
            return values.error();
        *list = values.value();
    }
    return choices;
}

Result<FollowUp> followUpById(const Store &store, FollowUpId id) { return repo::loadFollowUp(store.database(), id); }

Result<qint64> followUpCount(const Store &store)
{
    QSqlQuery q(store.database());
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup")); !ok)
        return ok.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ft
