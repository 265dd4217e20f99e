#pragma once

#include "domain/types.h"
#include "store/changeset.h"

#include <QString>

// Values that actions take and give back, in a header free of SQL types so that the views
// (which never link Qt Sql) can use them.
namespace ft {

// What the lead says when resolving or closing: an override reason lets work close with
// required checklist items unchecked; acknowledging advisories lets it close with advisory ones.
struct CloseRequest
{
    QString overrideReason;
    bool advisoryAcknowledged = false;
};

// The outcome of one action: which follow-up, and the rows it changed (for undo / redo).
struct Change
{
    FollowUpId id = 0;
    ChangeSet changes;
};

} // namespace ft
