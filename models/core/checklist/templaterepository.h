#pragma once

#include "checklist/checklist.h"
#include "domain/error.h"
#include "store/connection.h"

namespace ft {

class Store;

// Reads and edits checklist templates. Each change is one transaction; positions of items are
// always 0 … n-1 in order, so "move to position" means the same thing to every caller.
class ChecklistTemplateRepository
{
public:
    explicit ChecklistTemplateRepository(const Store &store);

    Result<QList<ChecklistTemplate>> templates() const;   // with their items, in order
    Result<ChecklistTemplate> load(ChecklistTemplateId id) const;
    // Templates that apply to a follow-up of this kind and category.
    Result<QList<ChecklistTemplate>> applicable(Kind kind, const QString &category) const;

    Result<ChecklistTemplateId> create(const QString &name);
    Result<void> rename(ChecklistTemplateId id, const QString &name);
    Result<ChecklistTemplateId> duplicate(ChecklistTemplateId id);   // "Name (copy)", items and all
    Result<void> remove(ChecklistTemplateId id);                       // runs keep their snapshot
    Result<void> setApplicability(ChecklistTemplateId id, int kindMask, const QStringList &categories);

    Result<qint64> addItem(ChecklistTemplateId id, const QString &text, bool required = true, const QString &hint = {});
    Result<void> editItem(qint64 itemId, const QString &text, bool required, const QString &hint);
    Result<void> moveItem(qint64 itemId, int position);   // clamped to 0 … n-1
    Result<void> moveItemUp(qint64 itemId);
    Result<void> moveItemDown(qint64 itemId);
    Result<void> removeItem(qint64 itemId);

private:
    Connection m_connection;
};

} // namespace ft
