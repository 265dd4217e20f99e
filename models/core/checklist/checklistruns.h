#pragma once

#include "checklist/checklist.h"
#include "domain/error.h"
#include "domain/followup.h"

#include <QSqlDatabase>

namespace ft {

class ChangeJournal;

// Rows of checklist_run and checklist_run_item as values. Plain reads and writes, used inside the
// transactions of FollowUpService (attach on create, the closure gate) and ChecklistService.
namespace checklistruns {

Result<QList<ChecklistRun>> load(const QSqlDatabase &db, FollowUpId id);
Result<ChecklistRunItem> loadItem(const QSqlDatabase &db, qint64 runItemId);
Result<FollowUpId> followUpOfRun(const QSqlDatabase &db, qint64 runId);

// Copies the template's items into a new run on the follow-up and puts it on the timeline.
Result<qint64> attach(const QSqlDatabase &db, FollowUpId id, const ChecklistTemplate &t, Timestamp now,
                      const QString &actor, ChangeJournal *journal);
// Attaches every template that applies to the follow-up's kind and category.
Result<void> attachApplicable(const QSqlDatabase &db, const FollowUp &f, Timestamp now, const QString &actor,
                              ChangeJournal *journal);

} // namespace checklistruns
} // namespace ft
