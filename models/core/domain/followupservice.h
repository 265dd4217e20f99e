#pragma once

#include "calendar/businesscalendar.h"
#include "domain/change.h"
#include "domain/error.h"
#include "domain/followup.h"
#include "store/connection.h"

#include <functional>

namespace ft {

class ChangeJournal;
class Store;

// What one action works with: the connection inside its transaction, the action's time and actor,
// and the journal of the rows it touches (null when changes are not recorded).
struct ActionContext
{
    Connection connection;
    Timestamp now = 0;
    QString actor;
    ChangeJournal *journal = nullptr;
};

// Every rule of SPEC §1 about follow-ups, in one place, independent of any widget:
// each action runs in one transaction and writes its timeline event with it.
class FollowUpService
{
public:
    explicit FollowUpService(const Store &store);
    FollowUpService(const Connection &connection, BusinessCalendar calendar);

    // Tests and the demo generator set the clock; the window uses the real one.
    void setClock(std::function<Timestamp()> clock) { m_clock = std::move(clock); }
    void setActor(const QString &actor) { m_actor = actor; }
    // Bulk writers (demo, import) skip the undo journal.
    void setRecordChanges(bool record) { m_recordChanges = record; }
    const BusinessCalendar &calendar() const { return m_calendar; }
    QString actor() const { return m_actor; }
    Timestamp now() const { return m_clock(); }

    Result<Change> create(FollowUp draft);
    // channel Note is internal: it is on the timeline but is not a contact with the requester.
    Result<Change> logContact(FollowUpId id, Channel channel, const QString &summary,
                              std::optional<Timestamp> nextUpdateDue = std::nullopt);
    Result<Change> promiseUpdate(FollowUpId id, Timestamp due);
    Result<Change> changeStatus(FollowUpId id, Status to, const CloseRequest &request = {});
    Result<Change> resolve(FollowUpId id, const CloseRequest &request = {}) { return changeStatus(id, Status::Resolved, request); }
    Result<Change> close(FollowUpId id, const CloseRequest &request = {}) { return changeStatus(id, Status::Closed, request); }
    // A callback: the requester says the work is not done. The reason goes on the timeline with the
    // reopening; with `nextUpdateDue` (which must lie ahead) the new promise is made in the same step.
    // With `seen` (what the window showed), refused with Error::Conflict when another changed the status since.
    Result<Change> reopen(FollowUpId id, const QString &reason = {}, std::optional<Timestamp> nextUpdateDue = std::nullopt,
                          const std::optional<SeenState> &seen = std::nullopt);
    // Title, kind, requester, contact, owner, team, priority, category, notes, reference, SLA.
    // With `base` (the follow-up as the editor showed it when the edits began), refuses with
    // Error::Conflict when it was saved since (base.rowVersion moved on) with any of those fields
    // changed, naming who saved it and the fields that differ, instead of writing the editor's older
    // values over that change. A change of other fields only (status, contacts) stays under the edit.
    // changeStatus refuses likewise when request.seen names another status than the stored one.
    Result<Change> edit(const FollowUp &edited, const std::optional<FollowUp> &base = std::nullopt);
    Result<Change> recordSurvey(FollowUpId id, int score, const QString &comment, Timestamp receivedAt);

    Result<void> undo(const ChangeSet &changes);
    Result<void> redo(const ChangeSet &changes);

    // The default promise time: the next working day at 10:00.
    Timestamp defaultNextUpdate() const;

    // Runs `body` as one action: one transaction, a journal of the rows it touches when changes are
    // recorded, and the Change it gives back for the follow-up `body` names. Every action of this
    // service and of ChecklistService runs here, so that they commit, journal and fail alike.
    Result<Change> runAction(const QString &description, const std::function<Result<FollowUpId>(const ActionContext &)> &body);

private:
    struct Action;
    Result<Change> run(FollowUpId id, const QString &description,
                       const std::function<Result<void>(Action &)> &body);
    // Records a new promise due at `due`, settling the one before as moved.
    Result<void> addPromise(Action &a, Timestamp due);
    // Ends the open promise: Missed when `at` is past its due time, else `onTime`.
    Result<void> settlePromise(Action &a, Timestamp at, PromiseOutcome onTime);

    Connection m_connection;
    BusinessCalendar m_calendar;
    std::function<Timestamp()> m_clock;
    QString m_actor;
    bool m_recordChanges = true;
};

} // namespace ft
