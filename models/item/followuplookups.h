#pragma once

#include "domain/error.h"
#include "domain/followup.h"

#include <QStringList>

namespace ft {

class Store;

// The distinct values the filter and edit combos offer, sorted, without blanks.
Result<QStringList> knownOwners(const Store &store);
Result<QStringList> knownTeams(const Store &store);
Result<QStringList> knownCategories(const Store &store);

// The three lists at once, through a connection of the calling thread's own: the window loads
// them on a worker, since on a large store the category scan takes a noticeable moment.
struct FollowUpChoices
{
    QStringList owners, teams, categories;
};
Result<FollowUpChoices> loadChoices(const Store &store);

// One follow-up as it is now, for the panel (which must not speak SQL itself).
Result<FollowUp> followUpById(const Store &store, FollowUpId id);
// Every follow-up, open or not: zero means the store is still empty.
Result<qint64> followUpCount(const Store &store);

} // namespace ft
