#include "store/checklistruns.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>

namespace ft::checklistruns {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ChecklistRuns)
};

const QString runItemColumns = QStringLiteral("id, run_id, template_item_id, position, text, required, hint, checked_at, "
                                              "checked_by, note, skipped_at_resolve");

ChecklistRunItem runItemFromQuery(const QSqlQuery &q)
{
    ChecklistRunItem i;
    i.id = q.value(0).toLongLong();
    i.runId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        i.templateItemId = q.value(2).toLongLong();
    i.position = q.value(3).toInt();
    i.text = q.value(4).toString();
    i.required = q.value(5).toInt() != 0;
    i.hint = q.value(6).toString();
    i.checkedAt = sql::optionalTime(q.value(7));
    i.checkedBy = q.value(8).toString();
    i.note = q.value(9).toString();
    i.skippedAtResolve = q.value(10).toInt() != 0;
    return i;
}

} // namespace

Result<QList<ChecklistRun>> load(const Connection &connection, FollowUpId id)
{
    const QSqlDatabase db = databaseOf(connection);
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT id, followup_id, template_id, template_name, attached_at, overridden_at, "
                                              "override_reason, override_by FROM checklist_run WHERE followup_id = ? "
                                              "ORDER BY id"), {id});
        !ok)
        return ok.error();
    QList<ChecklistRun> runs;
    while (q.next()) {
        ChecklistRun r;
        r.id = q.value(0).toLongLong();
        r.followUpId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            r.templateId = q.value(2).toLongLong();
        r.templateName = q.value(3).toString();
        r.attachedAt = q.value(4).toLongLong();
        r.overriddenAt = sql::optionalTime(q.value(5));
        r.overrideReason = q.value(6).toString();
        r.overrideBy = q.value(7).toString();
        runs.append(r);
    }
    if (runs.isEmpty())
        return runs;
    QSqlQuery items(db);
    if (auto ok = sql::exec(items, QStringLiteral("SELECT ") + runItemColumns + QStringLiteral(
                                       " FROM checklist_run_item WHERE run_id IN (SELECT id FROM checklist_run WHERE "
                                       "followup_id = ?) ORDER BY run_id, position, id"), {id});
        !ok)
        return ok.error();
    while (items.next()) {
        const ChecklistRunItem item = runItemFromQuery(items);
        for (ChecklistRun &r : runs) {
            if (r.id == item.runId)
                r.items.append(item);
        }
    }
    return runs;
}

Result<ChecklistRunItem> loadItem(const Connection &connection, qint64 runItemId)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + runItemColumns + QStringLiteral(" FROM checklist_run_item WHERE id = ?"),
                            {runItemId});
        !ok)
        return ok.error();
    if (!q.next())
        return Error::notFound(Tr::tr("Checklist item %1 does not exist.").arg(runItemId));
    return runItemFromQuery(q);
}

Result<FollowUpId> followUpOfRun(const Connection &connection, qint64 runId)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT followup_id FROM checklist_run WHERE id = ?"), {runId}); !ok)
        return ok.error();
    if (!q.next())
        return Error::notFound(Tr::tr("Checklist %1 does not exist.").arg(runId));
    return q.value(0).toLongLong();
}

Result<InsertedRun> insertRun(const Connection &connection, FollowUpId id, const ChecklistTemplate &t, Timestamp now)
{
    const QSqlDatabase db = databaseOf(connection);
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO checklist_run (followup_id, template_id, template_name, attached_at) "
                                              "VALUES (?, ?, ?, ?)"),
                            {id, t.id, t.name, now});
        !ok)
        return ok.error();
    InsertedRun run;
    run.runId = q.lastInsertId().toLongLong();
    int position = 0;
    for (const ChecklistTemplateItem &item : t.items) {
        QSqlQuery insert(db);
        if (auto ok = sql::exec(insert, QStringLiteral("INSERT INTO checklist_run_item (run_id, template_item_id, position, "
                                                       "text, required, hint) VALUES (?, ?, ?, ?, ?, ?)"),
                                {run.runId, item.id, position++, item.text, item.required ? 1 : 0, sql::text(item.hint)});
            !ok)
            return ok.error();
        run.itemIds << insert.lastInsertId().toLongLong();
    }
    return run;
}

Result<void> setItemChecked(const Connection &connection, qint64 runItemId, std::optional<Timestamp> checkedAt,
                            const QString &checkedBy, const QString &note)
{
    return sql::exec(databaseOf(connection),
                     QStringLiteral("UPDATE checklist_run_item SET checked_at = ?, checked_by = ?, note = ? WHERE id = ?"),
                     {sql::nullable(checkedAt), sql::text(checkedBy), sql::text(note), runItemId});
}

Result<void> linkEventToItem(const Connection &connection, qint64 eventId, qint64 runItemId)
{
    return sql::exec(databaseOf(connection), QStringLiteral("UPDATE event SET checklist_item_id = ? WHERE id = ?"),
                     {runItemId, eventId});
}

Result<void> setOverride(const Connection &connection, qint64 runId, Timestamp at, const QString &reason, const QString &by)
{
    return sql::exec(databaseOf(connection),
                     QStringLiteral("UPDATE checklist_run SET overridden_at = ?, override_reason = ?, override_by = ? WHERE id = ?"),
                     {at, reason, sql::text(by), runId});
}

Result<void> setSkippedAtResolve(const Connection &connection, qint64 runItemId, bool skipped)
{
    return sql::exec(databaseOf(connection), QStringLiteral("UPDATE checklist_run_item SET skipped_at_resolve = ? WHERE id = ?"),
                     {skipped ? 1 : 0, runItemId});
}

Result<void> setChecklistCompliant(const Connection &connection, FollowUpId id, bool compliant)
{
    return sql::exec(databaseOf(connection), QStringLiteral("UPDATE followup SET checklist_compliant = ? WHERE id = ?"),
                     {compliant ? 1 : 0, id});
}

} // namespace ft::checklistruns
