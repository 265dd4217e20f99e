#pragma once

#include "domain/error.h"
#include "store/connection.h"

// The record an import leaves of itself (the import_run table).
namespace ft::importrecords {

struct ImportRunRow
{
    qint64 at = 0;
    QString file;
    QString profile;
    int added = 0, updated = 0, rejected = 0;
};

Result<void> recordImportRun(const Connection &connection, const ImportRunRow &row);

} // namespace ft::importrecords
