#pragma once

#include "calendar/businesscalendar.h"
#include "domain/error.h"
#include "store/connection.h"

namespace ft {

// A bridge while the calendar's reads move behind the storage seam (issue 12): the business
// calendar read on a connection of the calling thread. When calendar/calendarrepository has a
// loadCalendar(const Connection &, const QTimeZone &) of its own, this file goes.
Result<BusinessCalendar> loadCalendar(const Connection &connection, const QTimeZone &zone);

} // namespace ft
