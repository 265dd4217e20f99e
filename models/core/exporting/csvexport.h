#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

class QSqlDatabase;

namespace ft {
class Store;
}

// Follow-ups as CSV: one row per follow-up, the header being the field keys the generic import
// maps by name, so that an export imports back as it was. Times in local time of the store's
// zone (yyyy-MM-dd HH:mm:ss), UTF-8 with a byte-order mark so spreadsheets read it as UTF-8.
namespace ft::exporting {

// Which follow-ups: all (empty), or those a condition over the followup table selects. The
// condition text comes from our own code (the filter of the list), the values are bound.
struct ExportSelection
{
    QString where;
    QVariantList values;
};

const QStringList &csvColumns();

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
// leading apostrophe; the generic import takes it off again.
QString neutraliseFormula(const QString &cell);
// One CSV line with quoting where needed (RFC 4180), CRLF-terminated.
QByteArray csvLine(const QStringList &cells);

Result<int> exportFollowUpsCsv(const QSqlDatabase &db, const QTimeZone &zone, const QString &path,
                               const ExportSelection &selection = {});
Result<int> exportFollowUpsCsv(const Store &store, const QString &path, const ExportSelection &selection = {});

} // namespace ft::exporting
