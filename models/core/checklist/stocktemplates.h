#pragma once

#include "checklist/checklist.h"

#include <QList>

namespace ft {

// The checklist templates a new store starts with, in the language of the person creating it (ids
// and positions left 0: the store numbers them in this order). Written once, when the store is
// created (store/checklisttemplates.h insertStock); afterwards they are the lead's to edit or delete.
QList<ChecklistTemplate> stockTemplates();

} // namespace ft
