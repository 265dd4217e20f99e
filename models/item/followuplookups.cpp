#include "followuplookups.h"

#include "store/followupqueries.h"
#include "store/store.h"

namespace ft {

Result<QStringList> knownOwners(const Store &store) { return distinctValues(store.connection(), FollowUpChoice::Owner); }
Result<QStringList> knownTeams(const Store &store) { return distinctValues(store.connection(), FollowUpChoice::Team); }
Result<QStringList> knownCategories(const Store &store) { return distinctValues(store.connection(), FollowUpChoice::Category); }

Result<FollowUpChoices> loadChoices(const Store &store)
{
    const ScopedConnection connection(store);
    if (!connection.isOpen())
        return Error::failed(connection.errorText());
    FollowUpChoices choices;
    for (auto [choice, list] : {std::pair{FollowUpChoice::Owner, &choices.owners}, std::pair{FollowUpChoice::Team, &choices.teams},
                                std::pair{FollowUpChoice::Category, &choices.categories}}) {
        auto values = distinctValues(connection.connection(), choice);
        if (!values)
            return values.error();
        *list = values.value();
    }
    return choices;
}

Result<FollowUp> followUpById(const Store &store, FollowUpId id) { return followUpWithId(store.connection(), id); }

Result<qint64> followUpCount(const Store &store) { return countAllFollowUps(store.connection()); }

} // namespace ft
