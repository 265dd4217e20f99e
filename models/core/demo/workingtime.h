#pragma once

#include "calendar/businesscalendar.h"
#include "domain/types.h"

#include <QDate>
#include <vector>

namespace ft::demo {

// The business calendar laid out once as UTC seconds per day, so that the generator can add
// working time to a million time stamps without a QDateTime per step.
class WorkingTime
{
public:
    WorkingTime(const BusinessCalendar &calendar, QDate first, QDate last);

    int dayCount() const { return int(m_days.size()); }
    int dayOf(Timestamp t) const;                 // clamped to the covered range
    bool isWorkingDay(int day) const { return m_days[std::size_t(day)].working; }
    // Local time `minute` minutes after midnight of `day`, as UTC seconds (exact across DST
    // changes for any time after 03:00).
    Timestamp at(int day, int minute) const;
    Timestamp workStart(int day) const { return m_days[std::size_t(day)].start; }
    Timestamp workEnd(int day) const { return m_days[std::size_t(day)].end; }
    // `seconds` of working time after `from`; past the covered range calendar time is used.
    Timestamp addWorking(Timestamp from, qint64 seconds) const;
    // Working seconds in [from, to).
    qint64 workingBetween(Timestamp from, Timestamp to) const;

private:
    struct Day
    {
        Timestamp noon = 0;    // local 12:00 as UTC seconds
        Timestamp start = 0;   // working hours as UTC seconds (start == end on days off)
        Timestamp end = 0;
        bool working = false;
    };
    std::vector<Day> m_days;
};

} // namespace ft::demo
