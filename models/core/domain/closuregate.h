#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QSqlDatabase>

namespace ft {

class ChangeJournal;
struct CloseRequest;

// Runs inside the transaction that resolves or closes a follow-up, before anything is written.
// Refuses (Error::Refused, naming the items) when required checklist items are unchecked and no
// override reason was given; records overrides and compliance otherwise. Lives in the domain
// layer so that every way of closing (window, bulk action, command line) obeys it.
Result<void> checkClosureGate(const QSqlDatabase &db, FollowUpId id, const CloseRequest &request, Timestamp now,
                              const QString &actor, ChangeJournal *journal);

} // namespace ft
