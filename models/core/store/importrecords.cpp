#include "store/importrecords.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft::importrecords {

Result<void> recordImportRun(const Connection &connection, const ImportRunRow &row)
{
    return sql::exec(databaseOf(connection),
                     QStringLiteral("INSERT INTO import_run (at, file, profile, added, updated, rejected) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {row.at, row.file, row.profile, row.added, row.updated, row.rejected});
}

} // namespace ft::importrecords
