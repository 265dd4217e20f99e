#pragma once

#include "checklist/checklisteffect.h"
#include "domain/error.h"
#include "store/connection.h"

namespace ft {

// The counts behind ChecklistEffect for items resolved in [from, to) that have a checklist: the
// complete and incomplete groups and one row per checklist item (by template and text), unsorted.
// computeChecklistEffect (checklist/checklisteffect.h) orders the items.
Result<ChecklistEffect> readChecklistEffect(const Connection &connection, Timestamp from, Timestamp to);

} // namespace ft
