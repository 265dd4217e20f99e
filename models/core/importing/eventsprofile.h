#pragma once

#include "importing/importcontext.h"

// The events profile (SPEC §3): an event log, one row per change of a ticket — process-mining
// exports, audit trails. How each follow-up is put together from its events is written at the top
// of eventsprofile.cpp.
namespace ft::importing {

// Field → column by header names (reference, at, status, status_detail and the follow-up fields).
QHash<QString, QString> suggestEventMapping(const QStringList &header);
Result<void> collectEvents(ImportContext &context, const QHash<QString, QString> &mapping,
                           QList<TicketDraft> &drafts);

} // namespace ft::importing
