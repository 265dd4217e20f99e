#pragma once

#include "calendar/businesscalendar.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace ft {

// The times a lead promises an update for, as they say them on the phone. Each is strictly after `now`.
struct PromisePreset
{
    enum Kind { InTwoHours, TomorrowMorning, NextWorkingDay, FridayAfternoon };
    Kind kind;
    QDateTime at;   // in the calendar's time zone
};

// In 2 hours (rounded up to the next quarter hour), tomorrow 09:00, the next working day 10:00 (by the
// business calendar) and Friday 16:00 (this week's while it is ahead, else next week's).
QList<PromisePreset> promisePresets(const BusinessCalendar &calendar, const QDateTime &now);

// What a promise dialog offers first: `current` while it lies ahead of `now`, else the next working
// day 10:00. Never a time in the past.
QDateTime defaultPromise(const BusinessCalendar &calendar, const QDateTime &now, const std::optional<QDateTime> &current);

} // namespace ft
