#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QByteArray>
#include <QString>

namespace ft {
class Store;
}

// Promised updates as an iCalendar file (RFC 5545) a calendar application imports: one VEVENT
// per open promise, with a UID that stays the same across exports (promise-<id>@followthrough)
// so that importing again updates the events instead of doubling them.
namespace ft::exporting {

// TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma, line breaks.
QString escapeIcsText(const QString &text);
// Folds a content line at 75 octets (never inside a UTF-8 sequence) and ends it with CRLF.
QByteArray foldIcsLine(const QString &line);

Result<int> exportPromisesIcs(const Store &store, const QString &path, Timestamp now = 0);

} // namespace ft::exporting
