#pragma once

#include "domain/error.h"
#include "domain/followup.h"

#include <QList>

namespace ft {

class Store;

// What the reminders ask the store: the same "open" and "overdue" as the Today review, so that
// the tray badge and the Overdue section never disagree.

// Open follow-ups whose promised update time has passed (due < now).
Result<qint64> overdueCount(const Store &store, Timestamp now);
// Open follow-ups whose promised update falls in (after, upTo], soonest first, at most `limit`.
Result<QList<FollowUp>> promisesFallingDue(const Store &store, Timestamp after, Timestamp upTo, int limit);
// The next open follow-ups due from `from` on, soonest first, at most `limit`.
Result<QList<FollowUp>> nextDue(const Store &store, Timestamp from, int limit);

} // namespace ft
