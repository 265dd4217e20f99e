#pragma once

#include "domain/error.h"

#include <QString>

// Spreadsheet files as exports come (issue 17): Office Open XML workbooks (.xlsx: Zammad's reporting
// export) read with libzip and QXmlStreamReader, and XML Spreadsheet 2003 (.xls written as XML:
// Freshdesk's "Excel" download) read with QXmlStreamReader. The first sheet is written out as a
// UTF-8 CSV file that the CSV reader then reads like any other; dates become "yyyy-MM-dd HH:mm:ss".
//
// Bounded: a zip entry may not inflate beyond its cap (the sheet 512 MiB, shared strings 128 MiB,
// styles and the rest 16 MiB) nor to more than 200 times its compressed size, and a sheet may not
// hold more than 20,000,000 cells or 16,384 columns; such a file is refused, never read on.
namespace ft::importing {

enum class SpreadsheetKind { None, Xlsx, Xml2003, BinaryXls };

// What the first bytes say the file is.
SpreadsheetKind spreadsheetKind(const QString &path);

// Writes the first sheet of `path` to `csvPath` (created or replaced).
Result<void> spreadsheetToCsv(const QString &path, const QString &csvPath);

} // namespace ft::importing
