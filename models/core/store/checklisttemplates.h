#pragma once

#include "checklist/checklist.h"
#include "domain/error.h"
#include "store/connection.h"

#include <optional>

namespace ft {

// Rows of checklist_template and checklist_template_item as values. Plain reads and writes: the
// rules (names unique, positions 0 … n-1, one transaction per edit) live in
// ChecklistTemplateRepository (checklist/templaterepository.h).
namespace checklisttemplates {

// Every template (or only `only`) with its items, in order of position and name; items in order.
Result<QList<ChecklistTemplate>> read(const Connection &connection, std::optional<ChecklistTemplateId> only = std::nullopt);
Result<std::optional<ChecklistTemplateItem>> readItem(const Connection &connection, qint64 itemId);
// Whether another template than `self` has this name, ignoring case.
Result<bool> nameTaken(const Connection &connection, const QString &name, ChecklistTemplateId self);
// The template's item ids in their order.
Result<QList<qint64>> itemOrder(const Connection &connection, ChecklistTemplateId id);

// A new empty template after the others, applying to every kind and category.
Result<ChecklistTemplateId> insert(const Connection &connection, const QString &name, Timestamp now);
Result<void> rename(const Connection &connection, ChecklistTemplateId id, const QString &name);
Result<void> remove(const Connection &connection, ChecklistTemplateId id);
Result<void> setApplicability(const Connection &connection, ChecklistTemplateId id, int kindMask, const QStringList &categories);
Result<void> touch(const Connection &connection, ChecklistTemplateId id, Timestamp now);

// A new item at the end of the template's items.
Result<qint64> insertItem(const Connection &connection, ChecklistTemplateId id, const QString &text, bool required,
                          const QString &hint);
Result<void> updateItem(const Connection &connection, qint64 itemId, const QString &text, bool required, const QString &hint);
Result<void> removeItem(const Connection &connection, qint64 itemId);
// Writes the item ids' positions as 0 … n-1 in the given order.
Result<void> writeItemOrder(const Connection &connection, const QList<qint64> &ids);

// The templates a new store starts with (checklist/stocktemplates.h), in their order, with their items.
Result<void> insertStock(const Connection &connection, const QList<ChecklistTemplate> &templates);

} // namespace checklisttemplates
} // namespace ft
