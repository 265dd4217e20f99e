#pragma once

#include "calendar/businesscalendar.h"
#include "domain/error.h"
#include "store/connection.h"

namespace ft {

class Store;

// Reads and writes the business calendar kept in the store.
Result<BusinessCalendar> loadCalendar(const Store &store);
// The same on a connection of the calling thread (workers), in the store's time zone `zone`.
Result<BusinessCalendar> loadCalendar(const Connection &connection, const QTimeZone &zone);
// Adds or replaces the version that applies from version.validFrom on.
Result<void> saveCalendarVersion(const Store &store, const CalendarVersion &version);
Result<void> setHoliday(const Store &store, QDate day, const QString &name);
Result<void> removeHoliday(const Store &store, QDate day);

} // namespace ft
