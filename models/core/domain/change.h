#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

// Values that actions take and give back, in a header free of SQL types so that the views
// (which never link Qt Sql) can use them. The store records and replays them (store/changeset.h).
namespace ft {

// What the lead says when resolving or closing: an override reason lets work close with
// required checklist items unchecked; acknowledging advisories lets it close with advisory ones.
// What a window showed of a follow-up when the lead chose a status action on it (resolve, close,
// reopen): the action is refused when someone changed the status since, so that the lead decides on
// what is, not on what was (“Anna closed it already” rather than a second closing).
struct SeenState
{
    qint64 rowVersion = 0;
    Status status = Status::New;
};

struct CloseRequest
{
    QString overrideReason;
    bool advisoryAcknowledged = false;
    std::optional<SeenState> seen = std::nullopt;   // absent: no check (the command line acts on the store as it is)
};

// Row images before and after one user action, so that the action can be undone and redone
// exactly (follow-up fields, timeline events, promises, checklist state alike).
struct RowImage
{
    QString table;
    qint64 id = 0;
    std::optional<QVariantMap> before;   // absent: the action inserted the row
    std::optional<QVariantMap> after;    // absent: the action deleted the row
};

struct ChangeSet
{
    QString description;
    QList<RowImage> rows;
    bool isEmpty() const { return rows.isEmpty(); }
};

// The outcome of one action: which follow-up, and the rows it changed (for undo / redo).
struct Change
{
    FollowUpId id = 0;
    ChangeSet changes;
};

} // namespace ft
