#pragma once

#include "checklist/checklist.h"
#include "domain/error.h"
#include "domain/followup.h"
#include "store/connection.h"

namespace ft {

class ChangeJournal;

// Attaching closure checklists to a follow-up, inside the transaction of the action that does it
// (FollowUpService::create, ChecklistService::attach): the run, its items and the timeline event.
// Copies the template's items into a new run on the follow-up and puts it on the timeline.
Result<qint64> attachChecklist(const Connection &connection, FollowUpId id, const ChecklistTemplate &t, Timestamp now,
                               const QString &actor, ChangeJournal *journal);
// Attaches every template with items that applies to the follow-up's kind and category.
Result<void> attachApplicableChecklists(const Connection &connection, const FollowUp &f, Timestamp now, const QString &actor,
                                        ChangeJournal *journal);

} // namespace ft
