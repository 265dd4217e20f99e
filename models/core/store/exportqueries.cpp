#include "store/exportqueries.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft {

Result<void> forEachOpenPromise(const Connection &connection, const std::function<bool(const OpenPromiseEntry &)> &each)
{
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT p.id, p.made_at, p.due_at, f.reference, f.title, f.requester, "
                                              "f.requester_contact, f.owner, f.status FROM promise p "
                                              "JOIN followup f ON f.id = p.followup_id "
                                              "WHERE p.outcome = ? ORDER BY p.due_at, p.id"),
                            {int(PromiseOutcome::Open)});
        !ok)
        return ok.error();
    while (q.next()) {
        OpenPromiseEntry e;
        e.id = q.value(0).toLongLong();
        e.madeAt = q.value(1).toLongLong();
        e.dueAt = q.value(2).toLongLong();
        e.reference = q.value(3).toString();
        e.title = q.value(4).toString();
        e.requester = q.value(5).toString();
        e.requesterContact = q.value(6).toString();
        e.owner = q.value(7).toString();
        e.status = static_cast<Status>(q.value(8).toInt());
        if (!each(e))
            break;
    }
    return {};
}

} // namespace ft
