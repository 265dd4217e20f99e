#pragma once

#include "domain/error.h"
#include "importing/importtypes.h"
#include "importing/ticketdraft.h"
#include "store/bulkstatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ft::importing {

// Writes drafted follow-ups into the store inside the caller's transaction: new references are
// added, known ones updated in place when something differs, events inserted unless their source
// key is there already. Statements are prepared once; references are looked up in a hash.
class TicketWriter
{
public:
    TicketWriter(const QSqlDatabase &db, Timestamp now, ImportReport &report);
    Result<void> prepare();
    Result<void> write(TicketDraft &draft);

private:
    Result<FollowUp> load(FollowUpId id);
    Result<bool> insertEvent(FollowUpId id, const EventDraft &e);

    QSqlDatabase m_db;
    Timestamp m_now;
    ImportReport &m_report;
    QHash<QString, FollowUpId> m_byReference;
    QHash<QString, qint64> m_lineOf;   // references this import wrote, and the line that wrote them
    sql::BulkStatement m_insertFollowUp;
    sql::BulkStatement m_updateFollowUp;
    QSqlQuery m_selectFollowUp;
    sql::BulkStatement m_insertEvent;
};

} // namespace ft::importing
