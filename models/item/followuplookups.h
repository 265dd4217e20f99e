#pragma once

#include "domain/error.h"

#include <QStringList>

namespace ft {

class Store;

// The distinct values the filter and edit combos offer, sorted, without blanks.
Result<QStringList> knownOwners(const Store &store);
Result<QStringList> knownTeams(const Store &store);
Result<QStringList> knownCategories(const Store &store);

} // namespace ft
