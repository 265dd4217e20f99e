#pragma once

#include "domain/error.h"
#include "domain/types.h"
#include "store/connection.h"

#include <QString>
#include <functional>

// What the exports read beyond whole follow-ups (those come from store/followupqueries.h).
namespace ft {

// One open promise with what a calendar entry shows of its follow-up.
struct OpenPromiseEntry
{
    qint64 id = 0;
    Timestamp madeAt = 0;
    Timestamp dueAt = 0;
    QString reference;
    QString title;
    QString requester;
    QString requesterContact;
    QString owner;
    Status status = Status::New;
};

// Every open promise, soonest due first, one at a time to `each` (false stops).
Result<void> forEachOpenPromise(const Connection &connection, const std::function<bool(const OpenPromiseEntry &)> &each);

} // namespace ft
