#include "calendar/promisepresets.h"

namespace ft {

namespace {

QDateTime roundUpToQuarter(const QDateTime &t)
{
    const qint64 quarter = 15 * 60;
    const qint64 secs = t.toSecsSinceEpoch();
    const qint64 rounded = (secs + quarter - 1) / quarter * quarter;
    return QDateTime::fromSecsSinceEpoch(rounded, t.timeZone());
}

} // namespace

QList<PromisePreset> promisePresets(const BusinessCalendar &calendar, const QDateTime &now)
{
    const QTimeZone zone = calendar.timeZone();
    const QDateTime local = now.toTimeZone(zone);
    QList<PromisePreset> presets;
    presets.append({PromisePreset::InTwoHours, roundUpToQuarter(local.addSecs(2 * 3600))});
    presets.append({PromisePreset::TomorrowMorning, QDateTime(local.date().addDays(1), QTime(9, 0), zone)});
    presets.append({PromisePreset::NextWorkingDay, calendar.nextWorkingDayAt(local, QTime(10, 0))});
    const int toFriday = (Qt::Friday - local.date().dayOfWeek() + 7) % 7;
    QDateTime friday(local.date().addDays(toFriday), QTime(16, 0), zone);
    if (friday <= local)
        friday = QDateTime(friday.date().addDays(7), QTime(16, 0), zone);
    presets.append({PromisePreset::FridayAfternoon, friday});
    return presets;
}

QDateTime defaultPromise(const BusinessCalendar &calendar, const QDateTime &now, const std::optional<QDateTime> &current)
{
    if (current && *current > now)
        return current->toTimeZone(calendar.timeZone());
    return calendar.nextWorkingDayAt(now, QTime(10, 0));
}

} // namespace ft
