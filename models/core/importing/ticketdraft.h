#pragma once

#include "domain/followup.h"

#include <QList>
#include <QString>

namespace ft::importing {

// Which fields of a follow-up an imported row speaks for; the others keep their value on update
// (a generic file that maps no owner must not blank the owners of the tickets it updates).
enum Field : quint32 {
    FieldReference = 1u << 0,
    FieldKind = 1u << 1,
    FieldTitle = 1u << 2,
    FieldRequester = 1u << 3,
    FieldRequesterContact = 1u << 4,
    FieldOwner = 1u << 5,
    FieldTeam = 1u << 6,
    FieldPriority = 1u << 7,
    FieldCategory = 1u << 8,
    FieldStatus = 1u << 9,
    FieldOpenedAt = 1u << 10,
    FieldFirstResponseAt = 1u << 11,
    FieldResolvedAt = 1u << 12,
    FieldClosedAt = 1u << 13,
    FieldReopenCount = 1u << 14,
    FieldSlaMet = 1u << 15,
    FieldNotes = 1u << 16,
    FieldContactType = 1u << 17,
};

struct EventDraft
{
    TimelineEvent event;
    QString sourceKey;      // stable across imports of the same row: re-importing adds nothing
};

// One follow-up as a file describes it, with the timeline events its rows leave.
struct TicketDraft
{
    FollowUp item;
    quint32 fields = 0;     // Field flags the file sets
    QList<EventDraft> events;
    QString statusEventKey; // generic: the key of the status change an update makes, if it makes one
    qint64 line = 0;        // where it comes from, for messages
    // A tool's own satisfaction rating of the ticket (1–5), written as the ticket's survey response.
    std::optional<int> surveyScore;
    // Generic rows are snapshots, not history: their events are written only when the row adds
    // or changes the follow-up, so that re-importing an export of the store changes nothing.
    bool eventsOnlyWithChanges = false;
};

} // namespace ft::importing
