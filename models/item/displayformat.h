#pragma once

#include "domain/types.h"

#include <QColor>
#include <QString>
#include <QTimeZone>

// How times and durations read in the window: local time of the store's zone, in the
// user's locale, short enough for a table cell.
namespace ft::display {

// "Tue 3 Mar 10:00" this year, "3 Mar 2025 10:00" otherwise.
QString dateTime(Timestamp t, const QTimeZone &zone, Timestamp now);
// "2 d 3 h", "5 h 20 min", "12 min", "< 1 min".
QString duration(qint64 seconds);

// Colours for overdue and finished work that read on the application palette, light or dark
// (a fixed dark red disappears on a dark background).
QColor alertColor();
QColor mutedColor();

} // namespace ft::display
