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

} // namespace ft::test
