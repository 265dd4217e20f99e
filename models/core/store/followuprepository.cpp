#include "store/followuprows.h"

#include "store/followupwriter.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>

namespace ft::repo {

const QString followUpColumns = QStringLiteral(
    "id, reference, kind, title, requester, requester_contact, owner, team, priority, category, status, opened_at, "
    "first_response_at, next_update_due, last_contact_at, resolved_at, closed_at, reopen_count, sla_met, "
    "satisfaction, notes, contact_type, updated_at, row_version, changed_by");

namespace {

TimelineEvent eventFromQuery(const QSqlQuery &q)
{
    TimelineEvent e;
    e.id = q.value(0).toLongLong();
    e.followUpId = q.value(1).toLongLong();
    e.at = q.value(2).toLongLong();
    e.type = static_cast<EventType>(q.value(3).toInt());
    if (!q.value(4).isNull())
        e.channel = static_cast<Channel>(q.value(4).toInt());
    e.summary = q.value(5).toString();
    e.dueAt = sql::optionalTime(q.value(6));
    if (!q.value(7).isNull())
        e.fromStatus = static_cast<Status>(q.value(7).toInt());
    if (!q.value(8).isNull())
        e.toStatus = static_cast<Status>(q.value(8).toInt());
    e.actor = q.value(9).toString();
    return e;
}

} // namespace

FollowUp followUpFromQuery(const QSqlQuery &q, int c)
{
    FollowUp f;
    f.id = q.value(c + 0).toLongLong();
    f.reference = q.value(c + 1).toString();
    f.kind = static_cast<Kind>(q.value(c + 2).toInt());
    f.title = q.value(c + 3).toString();
    f.requester = q.value(c + 4).toString();
    f.requesterContact = q.value(c + 5).toString();
    f.owner = q.value(c + 6).toString();
    f.team = q.value(c + 7).toString();
    f.priority = static_cast<Priority>(q.value(c + 8).toInt());
    f.category = q.value(c + 9).toString();
    f.status = static_cast<Status>(q.value(c + 10).toInt());
    f.openedAt = q.value(c + 11).toLongLong();
    f.firstResponseAt = sql::optionalTime(q.value(c + 12));
    f.nextUpdateDue = sql::optionalTime(q.value(c + 13));
    f.lastContactAt = sql::optionalTime(q.value(c + 14));
    f.resolvedAt = sql::optionalTime(q.value(c + 15));
    f.closedAt = sql::optionalTime(q.value(c + 16));
    f.reopenCount = q.value(c + 17).toInt();
    f.slaMet = q.value(c + 18).isNull() ? SlaMet::Unknown : static_cast<SlaMet>(q.value(c + 18).toInt());
    f.satisfaction = sql::optionalInt(q.value(c + 19));
    f.notes = q.value(c + 20).toString();
    f.contactType = q.value(c + 21).toString();
    f.updatedAt = q.value(c + 22).toLongLong();
    f.rowVersion = q.value(c + 23).toLongLong();
    f.changedBy = q.value(c + 24).toString();
    return f;
}

Result<FollowUp> loadFollowUp(const QSqlDatabase &db, FollowUpId id)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + followUpColumns + QStringLiteral(" FROM followup WHERE id = ?"),
                            {id});
        !ok)
        return ok.error();
    if (!q.next())
        return Error::notFound(QCoreApplication::translate("ft::Store", "Follow-up %1 does not exist.").arg(id));
    return followUpFromQuery(q);
}

Result<std::optional<FollowUpId>> findByReference(const QSqlDatabase &db, const QString &reference)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT id FROM followup WHERE reference = ?"), {reference}); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<FollowUpId>{};
    return std::optional<FollowUpId>(q.value(0).toLongLong());
}

Result<FollowUpId> insertFollowUp(const QSqlDatabase &db, const FollowUp &f)
{
    return FollowUpWriter(connectionOf(db)).insertFollowUp(f);
}

Result<void> updateFollowUp(const QSqlDatabase &db, const FollowUp &f)
{
    return FollowUpWriter(connectionOf(db)).updateFollowUp(f);
}

Result<qint64> insertEvent(const QSqlDatabase &db, const TimelineEvent &e, const QString &sourceKey)
{
    auto id = FollowUpWriter(connectionOf(db)).insertEvent(e, sourceKey);
    if (!id)
        return id.error();
    if (!id.value())
        return Error::conflict(QCoreApplication::translate("ft::Store", "An event with the key “%1” is there already.")
                                   .arg(sourceKey));
    return *id.value();
}

Result<QList<TimelineEvent>> loadTimeline(const QSqlDatabase &db, FollowUpId id)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT id, followup_id, at, type, channel, summary, due_at, from_status, "
                                              "to_status, actor FROM event WHERE followup_id = ? ORDER BY at, id"),
                            {id});
        !ok)
        return ok.error();
    QList<TimelineEvent> events;
    while (q.next())
        events.append(eventFromQuery(q));
    return events;
}

Result<std::optional<Promise>> openPromise(const QSqlDatabase &db, FollowUpId id)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT id, made_at, due_at FROM promise WHERE followup_id = ? AND outcome = 0"),
                            {id});
        !ok)
        return ok.error();
    if (!q.next())
        return std::optional<Promise>{};
    Promise p;
    p.id = q.value(0).toLongLong();
    p.followUpId = id;
    p.madeAt = q.value(1).toLongLong();
    p.dueAt = q.value(2).toLongLong();
    return std::optional<Promise>(p);
}

Result<qint64> insertPromise(const QSqlDatabase &db, const Promise &p)
{
    return FollowUpWriter(connectionOf(db)).insertPromise(p);
}

Result<void> endPromise(const QSqlDatabase &db, qint64 promiseId, Timestamp endedAt, PromiseOutcome outcome)
{
    return FollowUpWriter(connectionOf(db)).endPromise(promiseId, endedAt, outcome);
}

Result<qint64> insertSurveyResponse(const QSqlDatabase &db, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt)
{
    auto row = FollowUpWriter(connectionOf(db)).insertSurvey({id, reference, score, comment, receivedAt, {}});
    if (!row)
        return row.error();
    return row.value().value_or(0);   // no source key: never skipped
}

// The Connection forms: the same statements on the connection the name gives.
Result<FollowUp> loadFollowUp(const Connection &connection, FollowUpId id) { return loadFollowUp(databaseOf(connection), id); }
Result<std::optional<FollowUpId>> findByReference(const Connection &connection, const QString &reference)
{
    return findByReference(databaseOf(connection), reference);
}
Result<FollowUpId> insertFollowUp(const Connection &connection, const FollowUp &f) { return insertFollowUp(databaseOf(connection), f); }
Result<void> updateFollowUp(const Connection &connection, const FollowUp &f) { return updateFollowUp(databaseOf(connection), f); }
Result<qint64> insertEvent(const Connection &connection, const TimelineEvent &e, const QString &sourceKey)
{
    return insertEvent(databaseOf(connection), e, sourceKey);
}
Result<QList<TimelineEvent>> loadTimeline(const Connection &connection, FollowUpId id) { return loadTimeline(databaseOf(connection), id); }
Result<std::optional<Promise>> openPromise(const Connection &connection, FollowUpId id) { return openPromise(databaseOf(connection), id); }
Result<qint64> insertPromise(const Connection &connection, const Promise &p) { return insertPromise(databaseOf(connection), p); }
Result<void> endPromise(const Connection &connection, qint64 promiseId, Timestamp endedAt, PromiseOutcome outcome)
{
    return endPromise(databaseOf(connection), promiseId, endedAt, outcome);
}
Result<qint64> insertSurveyResponse(const Connection &connection, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt)
{
    return insertSurveyResponse(databaseOf(connection), id, reference, score, comment, receivedAt);
}

} // namespace ft::repo
