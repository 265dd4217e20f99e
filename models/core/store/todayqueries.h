#pragma once

#include "domain/error.h"
#include "domain/followup.h"
#include "domain/followupfilter.h"
#include "store/connection.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

// The Today review's reads: its sections, their counts and who holds them. Which instants cut the
// sections (the clock, the business calendar, quiet_days) is the review's business, not the store's.
namespace ft {

enum class ReviewSection {
    Overdue,          // open, promised update time passed (most overdue first)
    DueToday,         // open, promised update due from now to the end of today (soonest first)
    GoneQuiet,        // open, no contact (or opened) since quietSince, not due before the end of today (quietest first)
    WaitingToClose,   // resolved, not yet closed (longest waiting first)
};

struct ReviewTimes
{
    Timestamp now = 0;
    Timestamp endOfToday = 0;
    Timestamp quietSince = 0;
};

struct ReviewSectionRows
{
    qint64 count = 0;        // every follow-up of the section, however many rows were read
    QList<FollowUp> rows;    // the first `limit`
};

// One section narrowed by `narrow` (the review uses its owner and team; the zone is for its dueBy).
Result<ReviewSectionRows> readReviewSection(const Connection &connection, ReviewSection section, const ReviewTimes &times,
                                            const FollowUpFilter &narrow, const QTimeZone &zone, int limit);
// How many follow-ups of a section (not narrowed) each owner has; the unassigned under an empty name.
Result<QHash<QString, qint64>> reviewSectionByOwner(const Connection &connection, ReviewSection section,
                                                    const ReviewTimes &times);
// Every open follow-up.
Result<qint64> openFollowUpCount(const Connection &connection);

} // namespace ft
