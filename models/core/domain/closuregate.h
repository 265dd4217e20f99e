#pragma once

#include "domain/closurecheck.h"
#include "domain/error.h"
#include "domain/types.h"
#include "store/connection.h"

namespace ft {

class ChangeJournal;
struct CloseRequest;

// What the checklist of this follow-up says about closing it now.
Result<ClosureCheck> closureCheck(const Connection &connection, FollowUpId id);

// Runs inside the transaction that resolves or closes a follow-up (to = Resolved or Closed), before
// the status is written. Refuses (Error::Refused, naming the items) when required checklist items
// are unchecked and no override reason was given; refuses with Error::Unacknowledged when only
// advisory items are unchecked and the request does not acknowledge them. Records an override on
// the run and the timeline, marks the items left unchecked as skipped, and sets
// followup.checklist_compliant (1: every required item checked, no override; 0: overridden; NULL:
// no checklist). Lives in the domain layer so that every way of closing obeys it.
Result<void> checkClosureGate(const Connection &connection, FollowUpId id, Status to, const CloseRequest &request,
                              Timestamp now, const QString &actor, ChangeJournal *journal);

} // namespace ft
