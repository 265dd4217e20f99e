#pragma once

#include "importing/importer.h"
#include "store/store.h"

// Shared by the import tests.
namespace ft::test {

// Imports the file into the store at options.now (when unset, 1 April 2026 09:00 local time, or the
// given fallback) and returns the report; stops the test, naming the file, when the import fails.
importing::ImportReport mustImport(const Store &store, const QString &path, importing::ImportOptions options = {});
importing::ImportReport mustImportAt(Timestamp fallbackNow, const Store &store, const QString &path,
                                     importing::ImportOptions options = {});

// A small ServiceNow audit log in the full log's dialect (d/m/yyyy H:MM), counted by hand:
// INC1 New → Active → Awaiting User Info → Active → Resolved → Closed (mod 0..5),
// INC2 New → Resolved → Active (reopened) → Resolved → Closed, with a garbled state and its
// rows out of order in the file.
QByteArray smallServiceNowLog();

} // namespace ft::test
