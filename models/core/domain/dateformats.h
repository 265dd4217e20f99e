#pragma once

#include <QString>

// Date patterns for QLocale::toString, one place for the whole app. They are translated, not
// fixed: the day's punctuation and word order differ by language ("3 Nov 2026" in English,
// "3. Nov. 2026" in German, "3 de noviembre de 2026" in Spanish), and QLocale only names the
// months and weekdays.
namespace ft::dateformat {

QString dayMonthYear();          // "3 Nov 2026"
QString longDayMonthYear();      // "3 November 2026"
QString longMonthYear();         // "November 2026"
QString weekdayDayMonthTime();   // "Tue 3 Nov 14:00" (this year)
QString dayMonthYearTime();      // "3 Nov 2026 14:00" (another year)
QString weekdayDayMonthYearTime(); // "Tue 3 Nov 2026 14:00" (an editable date and time)
QString dayMonthYearCommaTime(); // "3 Nov 2026, 14:00"

} // namespace ft::dateformat
