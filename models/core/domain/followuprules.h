#pragma once

#include "domain/error.h"
#include "domain/followup.h"

// The rules of SPEC §1 that keep a follow-up, its timeline and its promises in step, written once:
// FollowUpService runs them on a follow-up it loaded and writes what they leave at once (one
// transaction per action, with its undo journal); the demo's bulk writer runs them on follow-ups in
// memory and writes each row once at the end; imports take the consistency rules. Storage-free: what a
// rule leaves besides the follow-up itself goes to FollowUpEffects.
namespace ft {

class FollowUpEffects
{
public:
    virtual ~FollowUpEffects() = default;
    // A timeline event of the follow-up; the effects set its follow-up, time and actor.
    virtual Result<void> addEvent(const TimelineEvent &e) = 0;
    // The follow-up's open promise, if there is one.
    virtual Result<std::optional<Promise>> openPromise() = 0;
    virtual Result<void> endPromise(const Promise &p, Timestamp at, PromiseOutcome outcome) = 0;
    // A new open promise made at `at`, due at `due`.
    virtual Result<void> addPromise(Timestamp at, Timestamp due) = 0;
    virtual Result<void> addSurveyResponse(int score, const QString &comment, Timestamp receivedAt) = 0;
};

namespace rules {

// Refusals first (nothing changed yet), then the rule itself, which changes `item` (but not its
// updated_at: whoever saves it sets that) and tells `fx` what else it leaves.
Result<void> checkNew(const FollowUp &draft);
void prepareNew(FollowUp &item, Timestamp now);
// After the follow-up has its id: the Created event and the promise a draft may carry.
Result<void> created(FollowUp &item, Timestamp now, FollowUpEffects &fx);

Result<void> logContact(FollowUp &item, Timestamp now, Channel channel, const QString &summary,
                        std::optional<Timestamp> nextUpdateDue, FollowUpEffects &fx);

Result<void> checkPromise(const FollowUp &item);
// Settles the open promise as moved and makes the new one.
Result<void> promise(FollowUp &item, Timestamp now, Timestamp due, FollowUpEffects &fx);
// Ends the open promise: Missed when `at` is past its due time, else `onTime`.
Result<void> settlePromise(FollowUp &item, Timestamp at, PromiseOutcome onTime, FollowUpEffects &fx);

// A status change; the closure gate (for a status that is not open) is the caller's, between the two.
Result<void> checkStatusChange(const FollowUp &item, Status to);
Result<void> changeStatus(FollowUp &item, Status to, Timestamp now, FollowUpEffects &fx);

Result<void> checkSurvey(int score);
Result<void> recordSurvey(FollowUp &item, int score, const QString &comment, Timestamp receivedAt,
                          FollowUpEffects &fx);
// "Score 4 of 5: comment", the summary of a SurveyReceived event.
QString surveySummary(int score, const QString &comment);

// Open work has no resolution time, resolved work no closing time, finished work no promised update.
void keepTimesConsistent(FollowUp &item);
// The event a change of status from `from` to `to` leaves: a reopening (a callback) or a status change.
EventType statusEventType(Status from, Status to);

} // namespace rules

} // namespace ft
