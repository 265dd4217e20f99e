#pragma once

#include "domain/error.h"
#include "importing/importtypes.h"
#include "importing/ticketdraft.h"
#include "store/followupwriter.h"

#include <QHash>

namespace ft::importing {

// Writes drafted follow-ups into the store inside the caller's transaction: new references are
// added, known ones updated in place when something differs, events inserted unless their source
// key is there already. Writes through the write path (store/followupwriter.h): statements prepared
// once; references are looked up in a hash.
class TicketWriter
{
public:
    // `actor`: who the follow-ups it writes are saved as (followup.changed_by).
    TicketWriter(const Connection &connection, Timestamp now, ImportReport &report, QString actor);
    Result<void> prepare();
    Result<void> write(TicketDraft &draft);

private:
    Result<bool> insertEvent(FollowUpId id, const EventDraft &e);
    // The tool's satisfaction rating as the ticket's survey response; true when it is new.
    Result<bool> writeSurvey(const FollowUp &f, const TicketDraft &draft);

    FollowUpWriter m_rows;
    Timestamp m_now;
    QString m_actor;
    ImportReport &m_report;
    QHash<QString, FollowUpId> m_byReference;
    QHash<QString, qint64> m_lineOf;   // references this import wrote, and the line that wrote them
};

} // namespace ft::importing
