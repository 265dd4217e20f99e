#include "calendar/businesscalendar.h"

#include <algorithm>

namespace ft {

BusinessCalendar::BusinessCalendar()
    : BusinessCalendar({CalendarVersion{QDate(1970, 1, 1)}}, {}, QTimeZone::systemTimeZone())
{
}

BusinessCalendar::BusinessCalendar(QList<CalendarVersion> versions, QSet<QDate> holidays, QTimeZone zone)
    : m_versions(std::move(versions))
    , m_holidays(std::move(holidays))
    , m_zone(std::move(zone))
{
    if (m_versions.isEmpty())
        m_versions.append(CalendarVersion{QDate(1970, 1, 1)});
    std::sort(m_versions.begin(), m_versions.end(),
              [](const CalendarVersion &a, const CalendarVersion &b) { return a.validFrom < b.validFrom; });
}

const CalendarVersion &BusinessCalendar::versionOn(QDate day) const
{
    // The last version that started on or before the day; the first one covers earlier days too.
    auto it = std::upper_bound(m_versions.cbegin(), m_versions.cend(), day,
                               [](QDate d, const CalendarVersion &v) { return d < v.validFrom; });
    return it == m_versions.cbegin() ? m_versions.constFirst() : *(it - 1);
}

bool BusinessCalendar::isWorkingDay(QDate day) const
{
    return versionOn(day).works(day.dayOfWeek()) && !m_holidays.contains(day);
}

QDate BusinessCalendar::nextWorkingDay(QDate day) const
{
    QDate d = day.addDays(1);
    // A calendar with no working day at all would loop forever; a year ahead is the limit.
    for (int guard = 0; guard < 366 && !isWorkingDay(d); ++guard)
        d = d.addDays(1);
    return d;
}

QDate BusinessCalendar::workingDaysBefore(QDate day, int count) const
{
    QDate d = day;
    for (int found = 0, guard = 0; found < count && guard < 3660; ++guard) {
        d = d.addDays(-1);
        if (isWorkingDay(d))
            ++found;
    }
    return d;
}

QDateTime BusinessCalendar::nextWorkingDayAt(const QDateTime &from, QTime at) const
{
    const QDate day = nextWorkingDay(from.toTimeZone(m_zone).date());
    return QDateTime(day, at, m_zone);
}

qint64 BusinessCalendar::workingSecondsOfDay(QDate day, qint64 fromSecOfDay, qint64 toSecOfDay) const
{
    if (!isWorkingDay(day))
        return 0;
    const CalendarVersion &v = versionOn(day);
    const qint64 start = std::max<qint64>(fromSecOfDay, qint64(v.dayStartMinute) * 60);
    const qint64 end = std::min<qint64>(toSecOfDay, qint64(v.dayEndMinute) * 60);
    return std::max<qint64>(0, end - start);
}

qint64 BusinessCalendar::businessSeconds(Timestamp from, Timestamp to) const
{
    if (to <= from)
        return 0;
    const QDateTime a = QDateTime::fromSecsSinceEpoch(from, m_zone);
    const QDateTime b = QDateTime::fromSecsSinceEpoch(to, m_zone);
    const qint64 dayEnd = 24 * 3600;
    // Working hours are wall-clock times, so seconds of the day are read from local time.
    const auto secOfDay = [](const QDateTime &t) { return qint64(t.time().msecsSinceStartOfDay() / 1000); };
    if (a.date() == b.date())
        return workingSecondsOfDay(a.date(), secOfDay(a), secOfDay(b));
    qint64 total = workingSecondsOfDay(a.date(), secOfDay(a), dayEnd);
    for (QDate d = a.date().addDays(1); d < b.date(); d = d.addDays(1))
        total += workingSecondsOfDay(d, 0, dayEnd);
    total += workingSecondsOfDay(b.date(), 0, secOfDay(b));
    return total;
}

} // namespace ft
