#include "store/calendaronconnection.h"

#include "calendar/calendarrepository.h"
#include "store/sqlconnection.h"

namespace ft {

Result<BusinessCalendar> loadCalendar(const Connection &connection, const QTimeZone &zone)
{
    return loadCalendar(databaseOf(connection), zone);
}

} // namespace ft
