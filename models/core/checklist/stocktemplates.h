#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace ft {

// The checklist templates a new store starts with, in the language of the person creating it.
// Written once, when the store is created; afterwards they are the lead's to edit or delete.
Result<void> installStockTemplates(const QSqlDatabase &db);

} // namespace ft
