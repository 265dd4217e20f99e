#pragma once

#include "calendar/businesscalendar.h"

#include <vector>

namespace ft {

// Business seconds between two instants in O(1): for every local day of a range it keeps the
// working window as UTC instants and the working seconds of all earlier days (prefix sums), so
// that businessSeconds(a, b) = before(b) - before(a). BusinessCalendar::businessSeconds walks
// day by day and stays the reference; instants outside the range fall back to it.
//
// The window is elapsed time between the local start and end of work, so a day whose clocks
// change during working hours counts the hours that really passed (no zone in use does that).
class BusinessTimeIndex
{
public:
    BusinessTimeIndex(const BusinessCalendar &calendar, QDate first, QDate last);

    qint64 businessSeconds(Timestamp from, Timestamp to) const;
    bool covers(Timestamp t) const { return !m_dayStart.empty() && t >= m_dayStart.front() && t < m_dayStart.back(); }

private:
    qint64 before(Timestamp t) const;   // working seconds from the range start to t

    const BusinessCalendar &m_calendar;
    std::vector<Timestamp> m_dayStart;   // one more than days: the end of the last day
    std::vector<Timestamp> m_workStart;
    std::vector<Timestamp> m_workEnd;
    std::vector<qint64> m_cumulative;    // working seconds of the days before day i
};

} // namespace ft
