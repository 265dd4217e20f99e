#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>
#include <utility>

namespace ft {

class Store;

// Row counts of every table, in schema order, for `check` and the About box.
Result<QList<std::pair<QString, qint64>>> tableCounts(const Store &store);

} // namespace ft
