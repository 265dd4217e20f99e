#pragma once

#include "domain/change.h"
#include "domain/error.h"
#include "domain/followup.h"

#include <QStringList>

// What a refused write says when a follow-up was saved by someone else since a window read it
// (optimistic concurrency, SPEC §6: FollowUp::rowVersion): who saved it and which fields differ.
namespace ft::conflict {

// The labels (translated) of the fields the panel edits whose values differ: “Owner”, “Priority”.
QStringList editableFieldsChanged(const FollowUp &before, const FollowUp &after);
// The labels of the other fields that differ (status, times, counts).
QStringList otherFieldsChanged(const FollowUp &before, const FollowUp &after);

// An edit begun on `base` refused because `current` differs in the fields the edit writes. Who: the
// actors of the timeline entries since base was saved and whoever saved the row last.
Error editRefused(const FollowUp &base, const FollowUp &current, const QList<TimelineEvent> &timeline);
// A status action chosen on what a window showed (`seen`) refused: `current`'s status is another
// one now, set by the actor of the timeline's last status entry. Nullopt when the action may go on
// (nothing changed since, or not the status).
std::optional<Error> statusMovedOn(const std::optional<SeenState> &seen, const FollowUp &current,
                                   const QList<TimelineEvent> &timeline);

} // namespace ft::conflict
