#include "kpi/businesstimeindex.h"

#include <algorithm>

namespace ft {

namespace {
Timestamp localInstant(QDate day, int minute, const QTimeZone &zone)
{
    if (minute >= 24 * 60)
        return day.addDays(1).startOfDay(zone).toSecsSinceEpoch();
    return QDateTime(day, QTime::fromMSecsSinceStartOfDay(minute * 60 * 1000), zone).toSecsSinceEpoch();
}
} // namespace

BusinessTimeIndex::BusinessTimeIndex(const BusinessCalendar &calendar, QDate first, QDate last)
    : m_calendar(calendar)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    const QTimeZone &zone = calendar.timeZone();
    const qint64 days = first.daysTo(last) + 1;
    m_dayStart.reserve(size_t(days) + 1);
    m_workStart.reserve(size_t(days));
    m_workEnd.reserve(size_t(days));
    m_cumulative.reserve(size_t(days) + 1);
    qint64 total = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        m_dayStart.push_back(d.startOfDay(zone).toSecsSinceEpoch());
        m_cumulative.push_back(total);
        Timestamp ws = 0;
        Timestamp we = 0;
        if (calendar.isWorkingDay(d)) {
            const CalendarVersion &v = calendar.versionOn(d);
            ws = localInstant(d, v.dayStartMinute, zone);
            we = std::max(ws, localInstant(d, v.dayEndMinute, zone));
        }
        m_workStart.push_back(ws);
        m_workEnd.push_back(we);
        total += we - ws;
    }
    m_dayStart.push_back(last.addDays(1).startOfDay(zone).toSecsSinceEpoch());
    m_cumulative.push_back(total);
}

qint64 BusinessTimeIndex::before(Timestamp t) const
{
    // Local days last 23 to 25 hours, so a guess from 86,400-second days is off by a day at most
    // in either direction; the loops settle it.
    const qint64 lastDay = qint64(m_workStart.size()) - 1;
    qint64 i = std::clamp<qint64>((t - m_dayStart.front()) / 86400, 0, lastDay);
    while (i > 0 && t < m_dayStart[size_t(i)])
        --i;
    while (i < lastDay && t >= m_dayStart[size_t(i) + 1])
        ++i;
    const size_t k = size_t(i);
    if (m_workEnd[k] == m_workStart[k])
        return m_cumulative[k];
    return m_cumulative[k] + (std::clamp(t, m_workStart[k], m_workEnd[k]) - m_workStart[k]);
}

qint64 BusinessTimeIndex::businessSeconds(Timestamp from, Timestamp to) const
{
    if (to <= from)
        return 0;
    if (!covers(from) || !covers(to))
        return m_calendar.businessSeconds(from, to);
    return before(to) - before(from);
}

} // namespace ft
