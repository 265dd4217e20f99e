#include "store/calendarrepository.h"

#include "store/sqlconnection.h"
#include "domain/isodate.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

namespace ft {

namespace {
const QString &isoDate = IsoDateFormat;
}

Result<BusinessCalendar> loadCalendar(const Store &store) { return loadCalendar(store.connection(), store.timeZone()); }

Result<BusinessCalendar> loadCalendar(const Connection &connection, const QTimeZone &zone)
{
    QList<CalendarVersion> versions;
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT valid_from, working_days, day_start_minute, day_end_minute "
                                              "FROM calendar_version ORDER BY valid_from"));
        !ok)
        return ok.error();
    while (q.next())
        versions.append({QDate::fromString(q.value(0).toString(), isoDate), q.value(1).toInt(), q.value(2).toInt(),
                         q.value(3).toInt()});
    QSet<QDate> holidays;
    if (auto ok = sql::exec(q, QStringLiteral("SELECT day FROM holiday")); !ok)
        return ok.error();
    while (q.next())
        holidays.insert(QDate::fromString(q.value(0).toString(), isoDate));
    return BusinessCalendar(versions, holidays, zone);
}

Result<void> saveCalendarVersion(const Store &store, const CalendarVersion &v)
{
    return sql::exec(store.database(),
                     QStringLiteral("INSERT INTO calendar_version (valid_from, working_days, day_start_minute, day_end_minute) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT (valid_from) DO UPDATE SET "
                                    "working_days = excluded.working_days, day_start_minute = excluded.day_start_minute, "
                                    "day_end_minute = excluded.day_end_minute"),
                     {v.validFrom.toString(isoDate), v.workingDays, v.dayStartMinute, v.dayEndMinute});
}

Result<void> setHoliday(const Store &store, QDate day, const QString &name)
{
    return sql::exec(store.database(),
                     QStringLiteral("INSERT INTO holiday (day, name) VALUES (?, ?) "
                                    "ON CONFLICT (day) DO UPDATE SET name = excluded.name"),
                     {day.toString(isoDate), name});
}

Result<void> removeHoliday(const Store &store, QDate day)
{
    return sql::exec(store.database(), QStringLiteral("DELETE FROM holiday WHERE day = ?"), {day.toString(isoDate)});
}

} // namespace ft
