#pragma once

#include <QString>

namespace ft {

// The calendar date as FollowThrough keeps and exchanges it: ISO 8601, "2026-11-03". The store's
// date columns, the command line's --from / --to / --until, the KPI targets' "valid from" and the
// dates a spreadsheet import turns into text all use this one pattern (QDate::toString / fromString).
inline const QString IsoDateFormat = QStringLiteral("yyyy-MM-dd");

} // namespace ft
