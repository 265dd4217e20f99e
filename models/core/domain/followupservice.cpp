#include "domain/followupservice.h"

#include "domain/checklistattach.h"
#include "domain/closuregate.h"
#include "store/calendarrepository.h"
#include "store/changeset.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "store/surveyrepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::FollowUpService)
};

const QString followupTable = QStringLiteral("followup");
const QString eventTable = QStringLiteral("event");
const QString promiseTable = QStringLiteral("promise");

QString systemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? Tr::tr("me") : user;
}

} // namespace

// The state one action works on: the follow-up as it is, and the journal of what it touched.
struct FollowUpService::Action
{
    Connection connection;
    FollowUp item;
    Timestamp now = 0;
    QString actor;
    ChangeJournal *journal = nullptr;

    Result<qint64> addEvent(TimelineEvent e)
    {
        e.followUpId = item.id;
        e.at = now;
        e.actor = actor;
        auto id = repo::insertEvent(connection, e);
        if (id && journal)
            journal->inserted(eventTable, id.value());
        return id;
    }
    Result<void> save()
    {
        item.updatedAt = now;
        return repo::updateFollowUp(connection, item);
    }
};

namespace {
BusinessCalendar calendarOf(const Store &store)
{
    auto calendar = loadCalendar(store);
    return calendar ? calendar.value() : BusinessCalendar();
}
} // namespace

FollowUpService::FollowUpService(const Store &store)
    : FollowUpService(store.connection(), calendarOf(store))
{
}

FollowUpService::FollowUpService(const Connection &connection, BusinessCalendar calendar)
    : m_connection(connection)
    , m_calendar(std::move(calendar))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_actor(systemUser())
{
}

Timestamp FollowUpService::defaultNextUpdate() const
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock(), m_calendar.timeZone());
    return m_calendar.nextWorkingDayAt(now, QTime(10, 0)).toSecsSinceEpoch();
}

Result<Change> FollowUpService::runAction(const QString &description,
                                          const std::function<Result<FollowUpId>(const ActionContext &)> &body)
{
    StoreTransaction tx(m_connection);
    if (!tx.isActive())
        return tx.beginError();
    std::optional<ChangeJournal> journal;
    if (m_recordChanges)
        journal.emplace(m_connection);

    const ActionContext context{m_connection, m_clock(), m_actor, journal ? &*journal : nullptr};
    auto id = body(context);
    if (!id)
        return id.error();

    Change change{id.value(), {}};
    if (journal) {
        auto changes = journal->finish(description);
        if (!changes)
            return changes.error();
        change.changes = changes.value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return change;
}

Result<Change> FollowUpService::run(FollowUpId id, const QString &description,
                                    const std::function<Result<void>(Action &)> &body)
{
    return runAction(description, [&](const ActionContext &context) -> Result<FollowUpId> {
        Action a{context.connection, {}, context.now, context.actor, context.journal};
        if (id != 0) {
            auto loaded = repo::loadFollowUp(a.connection, id);
            if (!loaded)
                return loaded.error();
            a.item = loaded.value();
            if (a.journal)
                a.journal->touch(followupTable, id);
        }
        if (auto done = body(a); !done)
            return done.error();
        return a.item.id;
    });
}

Result<void> FollowUpService::settlePromise(Action &a, Timestamp at, PromiseOutcome onTime)
{
    auto open = repo::openPromise(a.connection, a.item.id);
    if (!open)
        return open.error();
    if (!open.value())
        return {};
    const Promise &p = *open.value();
    const PromiseOutcome outcome = at > p.dueAt ? PromiseOutcome::Missed : onTime;
    if (a.journal)
        a.journal->touch(promiseTable, p.id);
    a.item.nextUpdateDue.reset();
    return repo::endPromise(a.connection, p.id, at, outcome);
}

Result<Change> FollowUpService::create(FollowUp draft)
{
    if (draft.title.trimmed().isEmpty())
        return Error::badInput(Tr::tr("A follow-up needs a title."));
    if (!isOpenStatus(draft.status))
        return Error::badInput(Tr::tr("A new follow-up starts open; resolve it after creating it."));
    return run(0, Tr::tr("New follow-up"), [&](Action &a) -> Result<void> {
        a.item = draft;
        a.item.title = draft.title.trimmed();
        if (a.item.openedAt == 0)
            a.item.openedAt = a.now;
        a.item.updatedAt = a.now;
        a.item.reopenCount = 0;
        auto id = repo::insertFollowUp(a.connection, a.item);
        if (!id)
            return id.error();
        a.item.id = id.value();
        if (a.journal)
            a.journal->inserted(followupTable, a.item.id);
        TimelineEvent created;
        created.type = EventType::Created;
        created.toStatus = a.item.status;
        created.summary = a.item.title;
        if (auto e = a.addEvent(created); !e)
            return e.error();
        if (a.item.nextUpdateDue) {
            auto p = repo::insertPromise(a.connection, Promise{0, a.item.id, a.now, *a.item.nextUpdateDue, {}, PromiseOutcome::Open});
            if (!p)
                return p.error();
            if (a.journal)
                a.journal->inserted(promiseTable, p.value());
            TimelineEvent promised;
            promised.type = EventType::UpdatePromised;
            promised.dueAt = a.item.nextUpdateDue;
            if (auto e = a.addEvent(promised); !e)
                return e.error();
        }
        // The closure checklists that apply to this kind and category come with the work.
        return attachApplicableChecklists(a.connection, a.item, a.now, a.actor, a.journal);
    });
}

Result<Change> FollowUpService::logContact(FollowUpId id, Channel channel, const QString &summary,
                                           std::optional<Timestamp> nextUpdateDue)
{
    return run(id, Tr::tr("Log contact"), [&](Action &a) -> Result<void> {
        if (a.item.status == Status::Closed)
            return Error::refused(Tr::tr("%1 is closed; reopen it before logging a contact.").arg(a.item.title));
        TimelineEvent contact;
        contact.type = EventType::ContactLogged;
        contact.channel = channel;
        contact.summary = summary.trimmed();
        if (auto e = a.addEvent(contact); !e)
            return e.error();
        if (channel != Channel::Note) {
            a.item.lastContactAt = a.now;
            if (!a.item.firstResponseAt && a.now >= a.item.openedAt)
                a.item.firstResponseAt = a.now;
            if (auto settled = settlePromise(a, a.now, PromiseOutcome::Kept); !settled)
                return settled;
            if (a.item.status == Status::New) {
                TimelineEvent started;
                started.type = EventType::StatusChanged;
                started.fromStatus = Status::New;
                started.toStatus = Status::InProgress;
                if (auto e = a.addEvent(started); !e)
                    return e.error();
                a.item.status = Status::InProgress;
            }
        }
        if (nextUpdateDue) {
            if (auto settled = settlePromise(a, a.now, PromiseOutcome::Moved); !settled)
                return settled;
            auto p = repo::insertPromise(a.connection, Promise{0, a.item.id, a.now, *nextUpdateDue, {}, PromiseOutcome::Open});
            if (!p)
                return p.error();
            if (a.journal)
                a.journal->inserted(promiseTable, p.value());
            a.item.nextUpdateDue = nextUpdateDue;
            TimelineEvent promised;
            promised.type = EventType::UpdatePromised;
            promised.dueAt = nextUpdateDue;
            if (auto e = a.addEvent(promised); !e)
                return e.error();
        }
        return a.save();
    });
}

Result<Change> FollowUpService::promiseUpdate(FollowUpId id, Timestamp due)
{
    return run(id, Tr::tr("Promise update"), [&](Action &a) -> Result<void> {
        if (a.item.status == Status::Closed)
            return Error::refused(Tr::tr("%1 is closed; reopen it before promising an update.").arg(a.item.title));
        if (auto promised = addPromise(a, due); !promised)
            return promised;
        return a.save();
    });
}

Result<void> FollowUpService::addPromise(Action &a, Timestamp due)
{
    if (auto settled = settlePromise(a, a.now, PromiseOutcome::Moved); !settled)
        return settled;
    auto p = repo::insertPromise(a.connection, Promise{0, a.item.id, a.now, due, {}, PromiseOutcome::Open});
    if (!p)
        return p.error();
    if (a.journal)
        a.journal->inserted(promiseTable, p.value());
    a.item.nextUpdateDue = due;
    TimelineEvent promised;
    promised.type = EventType::UpdatePromised;
    promised.dueAt = due;
    if (auto e = a.addEvent(promised); !e)
        return e.error();
    return {};
}

Result<Change> FollowUpService::reopen(FollowUpId id, const QString &reason, std::optional<Timestamp> nextUpdateDue)
{
    return run(id, Tr::tr("Reopen"), [&](Action &a) -> Result<void> {
        if (isOpenStatus(a.item.status))
            return Error::refused(Tr::tr("%1 is already open.").arg(a.item.title));
        if (nextUpdateDue && *nextUpdateDue <= a.now)
            return Error::badInput(Tr::tr("The next update for %1 must be promised for a time still ahead.").arg(a.item.title));
        TimelineEvent e;
        e.type = EventType::Reopened;   // a callback: the user came back after we called the work done
        e.fromStatus = a.item.status;
        e.toStatus = Status::InProgress;
        e.summary = reason.trimmed();
        ++a.item.reopenCount;
        a.item.resolvedAt.reset();
        a.item.closedAt.reset();
        a.item.status = Status::InProgress;
        if (auto added = a.addEvent(e); !added)
            return added.error();
        if (nextUpdateDue) {
            if (auto promised = addPromise(a, *nextUpdateDue); !promised)
                return promised;
        }
        return a.save();
    });
}

Result<Change> FollowUpService::changeStatus(FollowUpId id, Status to, const CloseRequest &request)
{
    return run(id, Tr::tr("Set status to %1").arg(statusLabel(to)), [&](Action &a) -> Result<void> {
        const Status from = a.item.status;
        if (from == to)
            return Error::refused(Tr::tr("%1 is already %2.").arg(a.item.title, statusLabel(to)));
        if (from == Status::Closed && to == Status::Resolved)
            return Error::refused(Tr::tr("%1 is closed; reopen it instead.").arg(a.item.title));

        TimelineEvent e;
        e.fromStatus = from;
        e.toStatus = to;
        e.type = EventType::StatusChanged;
        if (!isOpenStatus(from) && isOpenStatus(to)) {
            // A callback: the user came back after we called the work done.
            e.type = EventType::Reopened;
            ++a.item.reopenCount;
            a.item.resolvedAt.reset();
            a.item.closedAt.reset();
        } else if (!isOpenStatus(to)) {
            if (auto gate = checkClosureGate(a.connection, id, to, request, a.now, a.actor, a.journal); !gate)
                return gate;
            if (!a.item.resolvedAt)
                a.item.resolvedAt = a.now;
            if (to == Status::Closed)
                a.item.closedAt = a.now;
            if (auto settled = settlePromise(a, a.now, PromiseOutcome::Cancelled); !settled)
                return settled;
        }
        a.item.status = to;
        if (auto added = a.addEvent(e); !added)
            return added.error();
        return a.save();
    });
}

Result<Change> FollowUpService::edit(const FollowUp &edited, const std::optional<FollowUp> &base)
{
    return run(edited.id, Tr::tr("Edit %1").arg(edited.title), [&](Action &a) -> Result<void> {
        if (base && !base->sameEditableFields(a.item))
            return Error::conflict(Tr::tr("“%1” was changed in another window or program while you were editing it, so "
                                          "your edits were not saved over that change. Revert to see the saved values, "
                                          "then make your edits again.").arg(a.item.title));
        if (edited.title.trimmed().isEmpty())
            return Error::badInput(Tr::tr("A follow-up needs a title."));
        QStringList changes;
        const auto note = [&changes](const QString &field, const QString &before, const QString &after) {
            if (before != after)
                changes << Tr::tr("%1: “%2” → “%3”").arg(field, before, after);
        };
        FollowUp &f = a.item;
        note(Tr::tr("Title"), f.title, edited.title.trimmed());
        note(Tr::tr("Reference"), f.reference, edited.reference);
        note(Tr::tr("Kind"), kindLabel(f.kind), kindLabel(edited.kind));
        note(Tr::tr("Requester"), f.requester, edited.requester);
        note(Tr::tr("Contact"), f.requesterContact, edited.requesterContact);
        note(Tr::tr("Owner"), f.owner, edited.owner);
        note(Tr::tr("Team"), f.team, edited.team);
        note(Tr::tr("Priority"), priorityLabel(f.priority), priorityLabel(edited.priority));
        note(Tr::tr("Category"), f.category, edited.category);
        if (f.notes != edited.notes)
            changes << Tr::tr("Notes changed");
        if (f.slaMet != edited.slaMet)
            changes << Tr::tr("SLA met changed");
        if (changes.isEmpty())
            return Error::refused(Tr::tr("Nothing was changed."));
        f.title = edited.title.trimmed();
        f.reference = edited.reference;
        f.kind = edited.kind;
        f.requester = edited.requester;
        f.requesterContact = edited.requesterContact;
        f.owner = edited.owner;
        f.team = edited.team;
        f.priority = edited.priority;
        f.category = edited.category;
        f.notes = edited.notes;
        f.slaMet = edited.slaMet;
        TimelineEvent e;
        e.type = EventType::FieldChanged;
        e.summary = changes.join(QStringLiteral("; "));
        if (auto added = a.addEvent(e); !added)
            return added.error();
        return a.save();
    });
}

Result<Change> FollowUpService::recordSurvey(FollowUpId id, int score, const QString &comment, Timestamp receivedAt)
{
    if (score < 1 || score > 5)
        return Error::badInput(Tr::tr("A survey score is 1 to 5, not %1.").arg(score));
    return run(id, Tr::tr("Record survey"), [&](Action &a) -> Result<void> {
        auto response = repo::insertSurveyResponse(a.connection, id, a.item.reference, score, comment, receivedAt);
        if (!response)
            return response.error();
        if (a.journal)
            a.journal->inserted(QStringLiteral("survey_response"), response.value());
        a.item.satisfaction = score;
        TimelineEvent e;
        e.type = EventType::SurveyReceived;
        e.summary = comment.isEmpty() ? Tr::tr("Score %1 of 5").arg(score) : Tr::tr("Score %1 of 5: %2").arg(score).arg(comment);
        if (auto added = a.addEvent(e); !added)
            return added.error();
        return a.save();
    });
}

Result<void> FollowUpService::undo(const ChangeSet &changes) { return replay(m_connection, changes, Replay::Undo); }
Result<void> FollowUpService::redo(const ChangeSet &changes) { return replay(m_connection, changes, Replay::Redo); }

} // namespace ft
