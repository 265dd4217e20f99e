#include "domain/followuprules.h"

#include <QCoreApplication>

namespace ft::rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::FollowUpService)
};

} // namespace

Result<void> checkNew(const FollowUp &draft)
{
    if (draft.title.trimmed().isEmpty())
        return Error::badInput(Tr::tr("A follow-up needs a title."));
    if (!isOpenStatus(draft.status))
        return Error::badInput(Tr::tr("A new follow-up starts open; resolve it after creating it."));
    return {};
}

void prepareNew(FollowUp &item, Timestamp now)
{
    item.title = item.title.trimmed();
    if (item.openedAt == 0)
        item.openedAt = now;
    item.reopenCount = 0;
}

Result<void> created(FollowUp &item, Timestamp now, FollowUpEffects &fx)
{
    TimelineEvent created;
    created.type = EventType::Created;
    created.toStatus = item.status;
    created.summary = item.title;
    if (auto e = fx.addEvent(created); !e)
        return e;
    if (item.nextUpdateDue) {
        if (auto p = fx.addPromise(now, *item.nextUpdateDue); !p)
            return p;
        TimelineEvent promised;
        promised.type = EventType::UpdatePromised;
        promised.dueAt = item.nextUpdateDue;
        if (auto e = fx.addEvent(promised); !e)
            return e;
    }
    return {};
}

Result<void> settlePromise(FollowUp &item, Timestamp at, PromiseOutcome onTime, FollowUpEffects &fx)
{
    auto open = fx.openPromise();
    if (!open)
        return open.error();
    if (!open.value())
        return {};
    const Promise &p = *open.value();
    const PromiseOutcome outcome = at > p.dueAt ? PromiseOutcome::Missed : onTime;
    item.nextUpdateDue.reset();
    return fx.endPromise(p, at, outcome);
}

Result<void> logContact(FollowUp &item, Timestamp now, Channel channel, const QString &summary,
                        std::optional<Timestamp> nextUpdateDue, FollowUpEffects &fx)
{
    if (item.status == Status::Closed)
        return Error::refused(Tr::tr("%1 is closed; reopen it before logging a contact.").arg(item.title));
    TimelineEvent contact;
    contact.type = EventType::ContactLogged;
    contact.channel = channel;
    contact.summary = summary.trimmed();
    if (auto e = fx.addEvent(contact); !e)
        return e;
    if (channel != Channel::Note) {
        item.lastContactAt = now;
        if (!item.firstResponseAt && now >= item.openedAt)
            item.firstResponseAt = now;
        if (auto settled = settlePromise(item, now, PromiseOutcome::Kept, fx); !settled)
            return settled;
        if (item.status == Status::New) {
            TimelineEvent started;
            started.type = EventType::StatusChanged;
            started.fromStatus = Status::New;
            started.toStatus = Status::InProgress;
            if (auto e = fx.addEvent(started); !e)
                return e;
            item.status = Status::InProgress;
        }
    }
    if (nextUpdateDue)
        return promise(item, now, *nextUpdateDue, fx);
    return {};
}

Result<void> checkPromise(const FollowUp &item)
{
    if (item.status == Status::Closed)
        return Error::refused(Tr::tr("%1 is closed; reopen it before promising an update.").arg(item.title));
    return {};
}

Result<void> promise(FollowUp &item, Timestamp now, Timestamp due, FollowUpEffects &fx)
{
    if (auto settled = settlePromise(item, now, PromiseOutcome::Moved, fx); !settled)
        return settled;
    if (auto p = fx.addPromise(now, due); !p)
        return p;
    item.nextUpdateDue = due;
    TimelineEvent promised;
    promised.type = EventType::UpdatePromised;
    promised.dueAt = due;
    return fx.addEvent(promised);
}

Result<void> checkStatusChange(const FollowUp &item, Status to)
{
    const Status from = item.status;
    if (from == to)
        return Error::refused(Tr::tr("%1 is already %2.").arg(item.title, statusLabel(to)));
    if (from == Status::Closed && to == Status::Resolved)
        return Error::refused(Tr::tr("%1 is closed; reopen it instead.").arg(item.title));
    return {};
}

EventType statusEventType(Status from, Status to)
{
    // A callback: the user came back after we called the work done.
    return !isOpenStatus(from) && isOpenStatus(to) ? EventType::Reopened : EventType::StatusChanged;
}

Result<void> changeStatus(FollowUp &item, Status to, Timestamp now, FollowUpEffects &fx)
{
    const Status from = item.status;
    TimelineEvent e;
    e.fromStatus = from;
    e.toStatus = to;
    e.type = statusEventType(from, to);
    if (e.type == EventType::Reopened) {
        ++item.reopenCount;
        item.resolvedAt.reset();
        item.closedAt.reset();
    } else if (!isOpenStatus(to)) {
        if (!item.resolvedAt)
            item.resolvedAt = now;
        if (to == Status::Closed)
            item.closedAt = now;
        if (auto settled = settlePromise(item, now, PromiseOutcome::Cancelled, fx); !settled)
            return settled;
    }
    item.status = to;
    return fx.addEvent(e);
}

Result<void> checkSurvey(int score)
{
    if (score < 1 || score > 5)
        return Error::badInput(Tr::tr("A survey score is 1 to 5, not %1.").arg(score));
    return {};
}

QString surveySummary(int score, const QString &comment)
{
    return comment.isEmpty() ? Tr::tr("Score %1 of 5").arg(score) : Tr::tr("Score %1 of 5: %2").arg(score).arg(comment);
}

Result<void> recordSurvey(FollowUp &item, int score, const QString &comment, Timestamp receivedAt, FollowUpEffects &fx)
{
    if (auto row = fx.addSurveyResponse(score, comment, receivedAt); !row)
        return row;
    item.satisfaction = score;
    TimelineEvent e;
    e.type = EventType::SurveyReceived;
    e.summary = surveySummary(score, comment);
    return fx.addEvent(e);
}

void keepTimesConsistent(FollowUp &item)
{
    if (item.isOpen()) {
        item.resolvedAt.reset();
        item.closedAt.reset();
    } else if (item.status == Status::Resolved) {
        item.closedAt.reset();
    }
    if (!item.isOpen())
        item.nextUpdateDue.reset();
}

} // namespace ft::rules
