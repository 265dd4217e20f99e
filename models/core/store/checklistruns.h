#pragma once

#include "checklist/checklist.h"
#include "domain/error.h"
#include "store/connection.h"

#include <optional>

namespace ft {

// Rows of checklist_run and checklist_run_item as values. Plain reads and writes, used inside the
// transactions of FollowUpService (attach on create, the closure gate) and ChecklistService; the
// rules (what to attach, when closing is allowed, the timeline events) live in those.
namespace checklistruns {

Result<QList<ChecklistRun>> load(const Connection &connection, FollowUpId id);
Result<ChecklistRunItem> loadItem(const Connection &connection, qint64 runItemId);
Result<FollowUpId> followUpOfRun(const Connection &connection, qint64 runId);

struct InsertedRun
{
    qint64 runId = 0;
    QList<qint64> itemIds;   // in the template's item order
};
// A new run of the template on the follow-up, with a snapshot of its items.
Result<InsertedRun> insertRun(const Connection &connection, FollowUpId id, const ChecklistTemplate &t, Timestamp now);

// checkedAt absent: unchecked (checked_by and note are then written empty by the caller).
Result<void> setItemChecked(const Connection &connection, qint64 runItemId, std::optional<Timestamp> checkedAt,
                            const QString &checkedBy, const QString &note);
// The timeline event that checked or unchecked the item points at it.
Result<void> linkEventToItem(const Connection &connection, qint64 eventId, qint64 runItemId);
Result<void> setOverride(const Connection &connection, qint64 runId, Timestamp at, const QString &reason, const QString &by);
Result<void> setSkippedAtResolve(const Connection &connection, qint64 runItemId, bool skipped);
// followup.checklist_compliant: 1 when resolved with every required item checked and no override.
Result<void> setChecklistCompliant(const Connection &connection, FollowUpId id, bool compliant);

} // namespace checklistruns
} // namespace ft
