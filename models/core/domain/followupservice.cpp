#include "domain/followupservice.h"

#include "domain/checklistattach.h"
#include "domain/closuregate.h"
#include "domain/followupconflict.h"
#include "domain/followuprules.h"
#include "store/calendarrepository.h"
#include "store/changeset.h"
#include "store/followuprepository.h"
#include "store/store.h"

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

// The state one action works on: the follow-up as it is, and the journal of what it touched. What
// the rules (domain/followuprules.h) leave is written at once, in the action's transaction.
struct FollowUpService::Action : FollowUpEffects
{
    Action(Connection c, FollowUp i, Timestamp n, QString who, ChangeJournal *j)
        : connection(std::move(c)), item(std::move(i)), now(n), actor(std::move(who)), journal(j)
    {
    }

    Connection connection;
    FollowUp item;
    Timestamp now = 0;
    QString actor;
    ChangeJournal *journal = nullptr;

    Result<qint64> writeEvent(TimelineEvent e)
    {
        e.followUpId = item.id;
        e.at = now;
        e.actor = actor;
        auto id = repo::insertEvent(connection, e);
        if (id && journal)
            journal->inserted(eventTable, id.value());
        return id;
    }
    // Saves the row at the version it was read at in this transaction (the writer refuses it when
    // another transaction saved it since: never a lost update, also under READ COMMITTED).
    Result<void> save()
    {
        item.updatedAt = now;
        item.changedBy = actor;
        if (auto saved = repo::updateFollowUp(connection, item); !saved)
            return saved;
        ++item.rowVersion;
        return {};
    }

    Result<void> addEvent(const TimelineEvent &e) override
    {
        if (auto id = writeEvent(e); !id)
            return id.error();
        return {};
    }
    // The timeline, read only when a window's view of the status is out of date (to say who changed it).
    QList<TimelineEvent> timelineIfChanged(const std::optional<SeenState> &seen) const
    {
        if (!seen || seen->rowVersion == item.rowVersion || seen->status == item.status)
            return {};
        auto events = repo::loadTimeline(connection, item.id);
        return events ? events.value() : QList<TimelineEvent>();
    }
    Result<std::optional<Promise>> openPromise() override { return repo::openPromise(connection, item.id); }
    Result<void> endPromise(const Promise &p, Timestamp at, PromiseOutcome outcome) override
    {
        if (journal)
            journal->touch(promiseTable, p.id);
        return repo::endPromise(connection, p.id, at, outcome);
    }
    Result<void> addPromise(Timestamp at, Timestamp due) override
    {
        auto p = repo::insertPromise(connection, Promise{0, item.id, at, due, {}, PromiseOutcome::Open});
        if (!p)
            return p.error();
        if (journal)
            journal->inserted(promiseTable, p.value());
        return {};
    }
    Result<void> addSurveyResponse(int score, const QString &comment, Timestamp receivedAt) override
    {
        auto id = repo::insertSurveyResponse(connection, item.id, item.reference, score, comment, receivedAt);
        if (!id)
            return id.error();
        if (journal)
            journal->inserted(QStringLiteral("survey_response"), id.value());
        return {};
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
    return rules::settlePromise(a.item, at, onTime, a);
}

Result<Change> FollowUpService::create(FollowUp draft)
{
    if (auto ok = rules::checkNew(draft); !ok)
        return ok.error();
    return run(0, Tr::tr("New follow-up"), [&](Action &a) -> Result<void> {
        a.item = draft;
        rules::prepareNew(a.item, a.now);
        a.item.updatedAt = a.now;
        a.item.changedBy = a.actor;
        a.item.rowVersion = 1;
        auto id = repo::insertFollowUp(a.connection, a.item);
        if (!id)
            return id.error();
        a.item.id = id.value();
        if (a.journal)
            a.journal->inserted(followupTable, a.item.id);
        if (auto done = rules::created(a.item, a.now, a); !done)
            return done;
        // The closure checklists that apply to this kind and category come with the work.
        return attachApplicableChecklists(a.connection, a.item, a.now, a.actor, a.journal);
    });
}

Result<Change> FollowUpService::logContact(FollowUpId id, Channel channel, const QString &summary,
                                           std::optional<Timestamp> nextUpdateDue)
{
    return run(id, Tr::tr("Log contact"), [&](Action &a) -> Result<void> {
        if (auto done = rules::logContact(a.item, a.now, channel, summary, nextUpdateDue, a); !done)
            return done;
        return a.save();
    });
}

Result<Change> FollowUpService::promiseUpdate(FollowUpId id, Timestamp due)
{
    return run(id, Tr::tr("Promise update"), [&](Action &a) -> Result<void> {
        if (auto ok = rules::checkPromise(a.item); !ok)
            return ok;
        if (auto promised = addPromise(a, due); !promised)
            return promised;
        return a.save();
    });
}

Result<void> FollowUpService::addPromise(Action &a, Timestamp due)
{
    return rules::promise(a.item, a.now, due, a);
}

Result<Change> FollowUpService::reopen(FollowUpId id, const QString &reason, std::optional<Timestamp> nextUpdateDue,
                                       const std::optional<SeenState> &seen)
{
    return run(id, Tr::tr("Reopen"), [&](Action &a) -> Result<void> {
        if (auto moved = conflict::statusMovedOn(seen, a.item, a.timelineIfChanged(seen)))
            return *moved;
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
        if (auto moved = conflict::statusMovedOn(request.seen, a.item, a.timelineIfChanged(request.seen)))
            return *moved;
        if (auto ok = rules::checkStatusChange(a.item, to); !ok)
            return ok;
        if (!isOpenStatus(to)) {
            if (auto gate = checkClosureGate(a.connection, id, to, request, a.now, a.actor, a.journal); !gate)
                return gate;
        }
        if (auto changed = rules::changeStatus(a.item, to, a.now, a); !changed)
            return changed;
        return a.save();
    });
}

Result<Change> FollowUpService::edit(const FollowUp &edited, const std::optional<FollowUp> &base)
{
    return run(edited.id, Tr::tr("Edit %1").arg(edited.title), [&](Action &a) -> Result<void> {
        // Saved since the editor read it, in a field the edit writes: refused, naming who and what. A
        // change of other fields only (a contact, a status) stays as it is under the edit: not lost.
        if (base && base->rowVersion != a.item.rowVersion && !base->sameEditableFields(a.item)) {
            auto events = repo::loadTimeline(a.connection, a.item.id);
            return conflict::editRefused(*base, a.item, events ? events.value() : QList<TimelineEvent>());
        }
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
    if (auto ok = rules::checkSurvey(score); !ok)
        return ok.error();
    return run(id, Tr::tr("Record survey"), [&](Action &a) -> Result<void> {
        if (auto done = rules::recordSurvey(a.item, score, comment, receivedAt, a); !done)
            return done;
        return a.save();
    });
}

Result<void> FollowUpService::undo(const ChangeSet &changes) { return replay(m_connection, changes, Replay::Undo, m_actor); }
Result<void> FollowUpService::redo(const ChangeSet &changes) { return replay(m_connection, changes, Replay::Redo, m_actor); }

} // namespace ft
