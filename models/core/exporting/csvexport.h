#pragma once

#include "domain/error.h"
#include "domain/followupfilter.h"
#include "domain/types.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace ft {
class Store;
}

// Follow-ups as CSV: one row per follow-up, the header being the field keys the generic import
// maps by name, so that an export imports back as it was. Times in local time of the store's
// zone (yyyy-MM-dd HH:mm:ss), UTF-8 with a byte-order mark so spreadsheets read it as UTF-8.
namespace ft::exporting {

// Which follow-ups: all (the empty filter), or those the filter selects (the list's filter, as the
// list shows it), oldest opened first.
struct ExportSelection
{
    FollowUpFilter filter;
};

const QStringList &csvColumns();

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
// leading apostrophe; the generic import takes it off again.
QString neutraliseFormula(const QString &cell);
// One CSV line with quoting where needed (RFC 4180), CRLF-terminated.
QByteArray csvLine(const QStringList &cells);

Result<int> exportFollowUpsCsv(const Store &store, const QString &path, const ExportSelection &selection = {});

} // namespace ft::exporting
