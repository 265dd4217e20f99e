#pragma once

#include "domain/error.h"
#include "domain/followup.h"
#include "store/connection.h"

#include <QList>

namespace ft {

// What the reminders ask the store: the same "open" and "overdue" as the Today review
// (store/todayqueries.h), so that the tray badge and the Overdue section never disagree.

// Open follow-ups whose promised update time has passed (due < now).
Result<qint64> overdueCount(const Connection &connection, Timestamp now);
// Open follow-ups whose promised update falls in (after, upTo], soonest first, at most `limit`.
Result<QList<FollowUp>> promisesFallingDue(const Connection &connection, Timestamp after, Timestamp upTo, int limit);
// The next open follow-ups due from `from` on, soonest first, at most `limit`.
Result<QList<FollowUp>> nextDue(const Connection &connection, Timestamp from, int limit);

} // namespace ft
