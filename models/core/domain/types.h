#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// Domain values of SPEC §1. Times are UTC seconds since the epoch (how the store keeps them);
// conversion to local time happens at the edges.
namespace ft {

using Timestamp = qint64;   // UTC seconds since 1970-01-01
using FollowUpId = qint64;

enum class Kind { Incident = 0, Request = 1, Change = 2, Problem = 3 };
constexpr int KindCount = 4;

enum class Status { New = 0, InProgress = 1, WaitingOnRequester = 2, WaitingOnVendor = 3, Resolved = 4, Closed = 5 };
constexpr int StatusCount = 6;

enum class Priority { Critical = 1, High = 2, Moderate = 3, Low = 4 };

enum class Channel { Phone = 0, Email = 1, Chat = 2, InPerson = 3, Note = 4 };
constexpr int ChannelCount = 5;

enum class SlaMet { Unknown = -1, No = 0, Yes = 1 };

enum class EventType {
    Created = 0,
    ContactLogged = 1,
    UpdatePromised = 2,
    StatusChanged = 3,
    Reopened = 4,
    ChecklistItemChecked = 5,
    ChecklistItemUnchecked = 6,
    ChecklistOverridden = 7,
    SurveyReceived = 8,
    Imported = 9,
    FieldChanged = 10,
    ChecklistAttached = 11,
};

// What a promise came to. Kept: a contact at or before the due time. Missed: the due time passed
// first. Moved: replaced by a new promise before it fell due. Cancelled: the work was resolved
// or closed before it fell due. Moved and cancelled promises never fell due, so no KPI counts them.
enum class PromiseOutcome { Open = 0, Kept = 1, Missed = 2, Moved = 3, Cancelled = 4 };

bool isOpenStatus(Status s);        // not Resolved, not Closed
bool isWaitingStatus(Status s);     // Waiting on requester / vendor: paused for business-hour KPIs

// Stable, untranslated keys (storage, CSV, command line) and translated labels (the window).
QString kindKey(Kind k);
std::optional<Kind> kindFromKey(const QString &key);
QString kindLabel(Kind k);

QString statusKey(Status s);
std::optional<Status> statusFromKey(const QString &key);
QString statusLabel(Status s);

QString priorityLabel(Priority p);   // "1 Critical"
std::optional<Priority> priorityFromInt(int p);

QString channelKey(Channel c);
std::optional<Channel> channelFromKey(const QString &key);
QString channelLabel(Channel c);

QString eventTypeLabel(EventType t);

inline Timestamp toTimestamp(const QDateTime &dt) { return dt.toSecsSinceEpoch(); }
inline QDateTime toDateTime(Timestamp t) { return QDateTime::fromSecsSinceEpoch(t); }

} // namespace ft
