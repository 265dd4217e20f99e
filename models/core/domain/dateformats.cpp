#include "domain/dateformats.h"

#include <QCoreApplication>

namespace ft::dateformat {

namespace {
QString pattern(const char *text) { return QCoreApplication::translate("ft::DateFormat", text); }
} // namespace

// The comments reach translators (lupdate extracts //: for QT_TRANSLATE_NOOP).
//: QLocale date pattern: d day, MMM short month name, yyyy year; quote words as 'de'
QString dayMonthYear() { return pattern(QT_TRANSLATE_NOOP("ft::DateFormat", "d MMM yyyy")); }
//: QLocale date pattern: d day, MMMM month name, yyyy year; quote words as 'de'
QString longDayMonthYear() { return pattern(QT_TRANSLATE_NOOP("ft::DateFormat", "d MMMM yyyy")); }
//: QLocale date pattern: MMMM month name, yyyy year; quote words as 'de'
QString longMonthYear() { return pattern(QT_TRANSLATE_NOOP("ft::DateFormat", "MMMM yyyy")); }
//: QLocale date pattern: ddd short weekday, d day, MMM short month, HH:mm time
QString weekdayDayMonthTime() { return pattern(QT_TRANSLATE_NOOP("ft::DateFormat", "ddd d MMM HH:mm")); }
//: QLocale date pattern: d day, MMM short month, yyyy year, HH:mm time
QString dayMonthYearTime() { return pattern(QT_TRANSLATE_NOOP("ft::DateFormat", "d MMM yyyy HH:mm")); }
//: QLocale date pattern: ddd short weekday, d day, MMM short month, yyyy year, HH:mm time
QString weekdayDayMonthYearTime() { return pattern(QT_TRANSLATE_NOOP("ft::DateFormat", "ddd d MMM yyyy HH:mm")); }
//: QLocale date pattern: d day, MMM short month, yyyy year, HH:mm time
QString dayMonthYearCommaTime() { return pattern(QT_TRANSLATE_NOOP("ft::DateFormat", "d MMM yyyy, HH:mm")); }

} // namespace ft::dateformat
