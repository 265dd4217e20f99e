#pragma once

#include "importing/importcontext.h"

// The servicenow profile (SPEC §3): ServiceNow incident exports, including the audit-log layout
// of one row per update. How each column is read, and the choices the data asked for, are
// written at the top of servicenowprofile.cpp.
namespace ft::importing {

// The columns whose values are dates, for detecting the date order before reading.
QStringList serviceNowDateColumns();
Result<void> collectServiceNow(ImportContext &context, QList<TicketDraft> &drafts);

} // namespace ft::importing
