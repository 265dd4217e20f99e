#pragma once

#include "domain/error.h"
#include "domain/followup.h"
#include "domain/followupfilter.h"
#include "store/connection.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <functional>
#include <optional>

// Reads of follow-ups for the list, its filter and its choices. Values in, values out: the filter
// crosses as a FollowUpFilter and becomes SQL (bound values only) here, in store/followupconditions.cpp.
namespace ft {

// The orders the list sorts by. Times without a value sort after every real time.
enum class FollowUpOrder { Reference, Title, Status, Priority, Owner, Team, Kind, Requester, Category, NextUpdateDue, LastContact, Opened };

// A row's place in an order: the order's value for it and the id that breaks ties.
struct FollowUpKey
{
    QVariant value;
    FollowUpId id = 0;
};

// Which rows of the list to read: up to `limit` rows after `skip` rows, from `anchor` (exclusive) on in
// the reading direction, or from the start (Forward) or the end (Backward) without one.
struct FollowUpRange
{
    enum class Direction { Forward, Backward };
    FollowUpOrder order = FollowUpOrder::Opened;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    Direction direction = Direction::Forward;
    std::optional<FollowUpKey> anchor;
    qint64 skip = 0;
    int limit = 0;
};

// Rows in the list's order (a backward read is turned around), each with its key.
struct FollowUpRows
{
    QList<FollowUp> rows;
    QList<FollowUpKey> keys;
};

// The follow-ups one filter selects, as the list pages through them. Made once per filter: it asks
// the text index how broad the filter's words are, and reads pages the way that suits them.
class FollowUpListing
{
public:
    FollowUpListing() = default;
    // Without asking the index: pages are read as for narrow words.
    FollowUpListing(FollowUpFilter filter, QTimeZone zone) : m_filter(std::move(filter)), m_zone(std::move(zone)) {}
    // Asks the index first: reads at most BroadMatches ids from it (a few milliseconds at most).
    static FollowUpListing of(const Connection &connection, const FollowUpFilter &filter, const QTimeZone &zone);

    const FollowUpFilter &filter() const { return m_filter; }
    Result<FollowUpRows> read(const Connection &connection, const FollowUpRange &range) const;
    Result<qint64> count(const Connection &connection) const;

    // Whether pages may be read by key (after a row's key) in this order: a reference may be NULL,
    // and a key holding NULL is neither before nor after another, so that order pages by offset only.
    static bool readsByKey(FollowUpOrder order) { return order != FollowUpOrder::Reference; }
    // The text matches this many rows or more: broad words.
    static constexpr int BroadMatches = 2000;

private:
    FollowUpFilter m_filter;
    QTimeZone m_zone;
    bool m_broadText = false;
};

// Every follow-up the filter selects (all for the empty filter), oldest opened first, one at a time to
// `each` (which returns false to stop: then the result is an error only if reading failed).
Result<void> forEachFollowUp(const Connection &connection, const FollowUpFilter &filter, const QTimeZone &zone,
                             const std::function<bool(const FollowUp &)> &each);

// The distinct values the filter and edit combos offer, sorted, without blanks.
enum class FollowUpChoice { Owner, Team, Category };
Result<QStringList> distinctValues(const Connection &connection, FollowUpChoice choice);

Result<FollowUp> followUpWithId(const Connection &connection, FollowUpId id);
// A follow-up's timeline, oldest first.
Result<QList<TimelineEvent>> timelineOf(const Connection &connection, FollowUpId id);
// Every follow-up, open or not: zero means the store is still empty.
Result<qint64> countAllFollowUps(const Connection &connection);

} // namespace ft
