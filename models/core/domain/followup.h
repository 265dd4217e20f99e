#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>
#include <optional>

namespace ft {

// One piece of work someone is waiting on (SPEC §1).
struct FollowUp
{
    FollowUpId id = 0;
    QString reference;          // ticket number in the source system; empty when none
    Kind kind = Kind::Incident;
    QString title;
    QString requester;
    QString requesterContact;
    QString owner;
    QString team;
    Priority priority = Priority::Moderate;
    QString category;
    Status status = Status::New;
    Timestamp openedAt = 0;
    std::optional<Timestamp> firstResponseAt;
    std::optional<Timestamp> nextUpdateDue;
    std::optional<Timestamp> lastContactAt;
    std::optional<Timestamp> resolvedAt;
    std::optional<Timestamp> closedAt;
    int reopenCount = 0;
    SlaMet slaMet = SlaMet::Unknown;
    std::optional<int> satisfaction;
    QString notes;
    QString contactType;        // how the requester first reached the desk (imports)
    Timestamp updatedAt = 0;
    // Optimistic concurrency (SPEC §6): every save of the row adds one to its version, and a save
    // of a row read at an older version is refused. changedBy: who saved it last (an actor, an import).
    qint64 rowVersion = 1;
    QString changedBy;

    bool isOpen() const { return isOpenStatus(status); }
    // The fields a lead edits in the panel (FollowUpService::edit) are the same in both.
    bool sameEditableFields(const FollowUp &other) const
    {
        return title == other.title && reference == other.reference && kind == other.kind && requester == other.requester
               && requesterContact == other.requesterContact && owner == other.owner && team == other.team
               && priority == other.priority && category == other.category && notes == other.notes
               && slaMet == other.slaMet;
    }
};

// An entry of a follow-up's append-only timeline.
struct TimelineEvent
{
    qint64 id = 0;
    FollowUpId followUpId = 0;
    Timestamp at = 0;
    EventType type = EventType::Created;
    std::optional<Channel> channel;
    QString summary;                    // contact summary, override reason, field change text
    std::optional<Timestamp> dueAt;     // UpdatePromised
    std::optional<Status> fromStatus;   // StatusChanged, Reopened
    std::optional<Status> toStatus;
    QString actor;
};

// An entry of the promised-update ledger.
struct Promise
{
    qint64 id = 0;
    FollowUpId followUpId = 0;
    Timestamp madeAt = 0;
    Timestamp dueAt = 0;
    std::optional<Timestamp> endedAt;
    PromiseOutcome outcome = PromiseOutcome::Open;
};

} // namespace ft
