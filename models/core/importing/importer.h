#pragma once

#include "domain/error.h"
#include "importing/importtypes.h"
#include "store/connection.h"

#include <QTimeZone>

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

// The profile a header looks like: servicenow when it has number, a state and a column only ServiceNow
// writes; events when it looks like an event log; surveys when it has a score; generic otherwise.
Profile detectProfile(const QStringList &header);
// Generic: columns whose names are field keys (or well-known synonyms).
QHash<QString, QString> suggestMapping(const QStringList &header);
// The same for the generic or events profile.
QHash<QString, QString> suggestMapping(const QStringList &header, Profile profile);
// What is suggested with the chosen FIELD=COLUMN laid over it; an empty COLUMN leaves the field out.
QHash<QString, QString> effectiveMapping(const QStringList &header, Profile profile,
                                         const QHash<QString, QString> &chosen);

// The follow-ups the first `rows` data rows make, as they would be stored (values read, mapped,
// translated and derived), without a store: what the wizard shows before the dry run. Survey files
// have none. An unmapped value or a bad row is the error, as the import would say it.
Result<QList<FollowUp>> previewFollowUps(const QString &path, const QTimeZone &zone, const ImportOptions &options,
                                         int rows = 20);

Result<ImportReport> importFile(const Connection &connection, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options);
Result<ImportReport> importFile(const Store &store, const QString &path, const ImportOptions &options);
// For a worker thread, on its own connection.
Result<ImportReport> importFile(const ScopedConnection &connection, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options);

} // namespace ft::importing
