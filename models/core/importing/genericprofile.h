#pragma once

#include "importing/importcontext.h"

// The generic profile: one follow-up per row, columns mapped to fields (FIELD=COLUMN).
// A row with a reference updates the follow-up of that reference; a row without one is known
// again by a hash of its mapped values. Only mapped fields are written on update.
namespace ft::importing {

// A header name as the mappings compare it: trimmed, lower case, spaces and dashes as underscores.
QString normalisedColumnName(const QString &name);
// Field → column by header names: field keys, their labels and common synonyms.
QHash<QString, QString> suggestGenericMapping(const QStringList &header);
QStringList genericDateFields();
// "52 267", "52,267" → "52267"; anything else as it is.
QString ungroupedNumber(const QString &text);
Result<void> collectGeneric(ImportContext &context, const QHash<QString, QString> &mapping,
                            QList<TicketDraft> &drafts);

} // namespace ft::importing
