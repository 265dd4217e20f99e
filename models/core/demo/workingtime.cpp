#include "demo/workingtime.h"

#include <QDateTime>
#include <algorithm>

namespace ft::demo {

WorkingTime::WorkingTime(const BusinessCalendar &calendar, QDate first, QDate last)
{
    const QTimeZone zone = calendar.timeZone();
    m_days.reserve(std::size_t(std::max<qint64>(1, first.daysTo(last) + 1)));
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        Day day;
        day.noon = QDateTime(d, QTime(12, 0), zone).toSecsSinceEpoch();
        day.working = calendar.isWorkingDay(d);
        const CalendarVersion &v = calendar.versionOn(d);
        day.start = day.noon + (v.dayStartMinute - 12 * 60) * 60;
        day.end = day.working ? day.noon + (v.dayEndMinute - 12 * 60) * 60 : day.start;
        m_days.push_back(day);
    }
    if (m_days.empty())
        m_days.push_back(Day{});
}

int WorkingTime::dayOf(Timestamp t) const
{
    qint64 d = (t - m_days.front().noon + 12 * 3600) / 86400;
    d = std::clamp<qint64>(d, 0, qint64(m_days.size()) - 1);
    // Days are 23 to 25 hours long around DST changes: step to the day whose span holds t.
    while (d > 0 && t < m_days[std::size_t(d)].noon - 12 * 3600)
        --d;
    while (d + 1 < qint64(m_days.size()) && t >= m_days[std::size_t(d + 1)].noon - 12 * 3600)
        ++d;
    return int(d);
}

Timestamp WorkingTime::at(int day, int minute) const
{
    return m_days[std::size_t(day)].noon + qint64(minute - 12 * 60) * 60;
}

Timestamp WorkingTime::addWorking(Timestamp from, qint64 seconds) const
{
    std::size_t d = std::size_t(dayOf(from));
    Timestamp t = from;
    while (d < m_days.size()) {
        const Day &day = m_days[d];
        if (day.working && t < day.end) {
            const Timestamp begin = std::max(t, day.start);
            if (begin + seconds <= day.end)
                return begin + seconds;
            seconds -= day.end - begin;
        }
        ++d;
        if (d < m_days.size())
            t = m_days[d].start;
        else
            t = std::max(t, m_days.back().end);
    }
    return t + seconds;
}

qint64 WorkingTime::workingBetween(Timestamp from, Timestamp to) const
{
    qint64 total = 0;
    for (int d = dayOf(from), last = dayOf(to); d <= last; ++d) {
        const Day &day = m_days[std::size_t(d)];
        if (!day.working)
            continue;
        const Timestamp begin = std::max(from, day.start);
        const Timestamp end = std::min(to, day.end);
        if (end > begin)
            total += end - begin;
    }
    return total;
}

} // namespace ft::demo
