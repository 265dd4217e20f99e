#pragma once

#include "domain/error.h"
#include "importing/importtypes.h"

#include <QTimeZone>

class QSqlDatabase;

namespace ft {
class Store;
class ScopedConnection;
}

// Importing CSV files into the store (SPEC §3): the servicenow, surveys and generic profiles.
// All or nothing: one transaction, rolled back on the first bad row (unless bad rows are skipped),
// on cancel, and always for a dry run. Importing the same file twice changes nothing: every
// imported row leaves a timeline event with a stable source key.
namespace ft::importing {

Result<FilePreview> previewFile(const QString &path, int rows = 20);

// The profile a header looks like: servicenow when it has number, incident_state and
// sys_mod_count; surveys when it has a score; generic otherwise.
Profile detectProfile(const QStringList &header);
// Generic: columns whose names are field keys (or well-known synonyms).
QHash<QString, QString> suggestMapping(const QStringList &header);

Result<ImportReport> importFile(const QSqlDatabase &db, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options);
Result<ImportReport> importFile(const Store &store, const QString &path, const ImportOptions &options);
// For a worker thread, on its own connection.
Result<ImportReport> importFile(const ScopedConnection &connection, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options);

} // namespace ft::importing
