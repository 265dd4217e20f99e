#pragma once

#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace ft {

// Working days and hours from a date on. Days are a bit mask, Monday = bit 0 … Sunday = bit 6.
struct CalendarVersion
{
    QDate validFrom;
    int workingDays = 0x1f;        // Monday to Friday
    int dayStartMinute = 8 * 60;   // 08:00
    int dayEndMinute = 17 * 60;    // 17:00

    bool works(int isoDayOfWeek) const { return (workingDays >> (isoDayOfWeek - 1)) & 1; }
    friend bool operator==(const CalendarVersion &, const CalendarVersion &) = default;
};

// The business calendar of SPEC §1, versioned by date so that a change applies from its date on
// and past figures stay as they were.
class BusinessCalendar
{
public:
    BusinessCalendar();   // Monday–Friday 08:00–17:00, no holidays, system time zone
    BusinessCalendar(QList<CalendarVersion> versions, QSet<QDate> holidays, QTimeZone zone);

    const QList<CalendarVersion> &versions() const { return m_versions; }
    const QSet<QDate> &holidays() const { return m_holidays; }
    const QTimeZone &timeZone() const { return m_zone; }

    const CalendarVersion &versionOn(QDate day) const;
    bool isWorkingDay(QDate day) const;
    // The working day after `day` (never `day` itself).
    QDate nextWorkingDay(QDate day) const;
    // `count` working days before `day` (count >= 0); `day` itself is not counted.
    QDate workingDaysBefore(QDate day, int count) const;
    // The default time for a promised update: the next working day at `at` (10:00).
    QDateTime nextWorkingDayAt(const QDateTime &from, QTime at) const;
    // Working seconds in [from, to) under the calendar in force on each day; 0 when to <= from.
    qint64 businessSeconds(Timestamp from, Timestamp to) const;

private:
    qint64 workingSecondsOfDay(QDate day, qint64 fromSecOfDay, qint64 toSecOfDay) const;

    QList<CalendarVersion> m_versions;   // ascending by validFrom
    QSet<QDate> m_holidays;
    QTimeZone m_zone;
};

} // namespace ft
