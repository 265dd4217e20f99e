#include "checklist/checklistruns.h"

#include "store/changeset.h"
#include "store/followuprepository.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>

namespace ft::checklistruns {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ChecklistRuns)
};

const QString runTable = QStringLiteral("checklist_run");
const QString runItemTable = QStringLiteral("checklist_run_item");
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

// Every template, with items, in order. The table is small (a lead's dozen templates).
Result<QList<ChecklistTemplate>> allTemplates(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT t.id, t.name, t.kind_mask, t.categories, i.id, i.text, i.required, "
                                              "i.hint FROM checklist_template t LEFT JOIN checklist_template_item i ON "
                                              "i.template_id = t.id ORDER BY t.position, t.name, t.id, i.position, i.id"));
        !ok)
        return ok.error();
    QList<ChecklistTemplate> all;
    while (q.next()) {
        const ChecklistTemplateId id = q.value(0).toLongLong();
        if (all.isEmpty() || all.constLast().id != id) {
            ChecklistTemplate t;
            t.id = id;
            t.name = q.value(1).toString();
            t.kindMask = q.value(2).toInt();
            t.categories = parseCategories(q.value(3).toString());
            all.append(t);
        }
        if (q.value(4).isNull())
            continue;
        ChecklistTemplateItem item;
        item.id = q.value(4).toLongLong();
        item.templateId = id;
        item.position = int(all.constLast().items.size());
        item.text = q.value(5).toString();
        item.required = q.value(6).toInt() != 0;
        item.hint = q.value(7).toString();
        all.last().items.append(item);
    }
    return all;
}

} // namespace

Result<QList<ChecklistRun>> load(const QSqlDatabase &db, FollowUpId id)
{
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

Result<ChecklistRunItem> loadItem(const QSqlDatabase &db, qint64 runItemId)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + runItemColumns + QStringLiteral(" FROM checklist_run_item WHERE id = ?"),
                            {runItemId});
        !ok)
        return ok.error();
    if (!q.next())
        return Error::notFound(Tr::tr("Checklist item %1 does not exist.").arg(runItemId));
    return runItemFromQuery(q);
}

Result<FollowUpId> followUpOfRun(const QSqlDatabase &db, qint64 runId)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT followup_id FROM checklist_run WHERE id = ?"), {runId}); !ok)
        return ok.error();
    if (!q.next())
        return Error::notFound(Tr::tr("Checklist %1 does not exist.").arg(runId));
    return q.value(0).toLongLong();
}

Result<qint64> attach(const QSqlDatabase &db, FollowUpId id, const ChecklistTemplate &t, Timestamp now,
                      const QString &actor, ChangeJournal *journal)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO checklist_run (followup_id, template_id, template_name, attached_at) "
                                              "VALUES (?, ?, ?, ?)"),
                            {id, t.id, t.name, now});
        !ok)
        return ok.error();
    const qint64 runId = q.lastInsertId().toLongLong();
    if (journal)
        journal->inserted(runTable, runId);
    int position = 0;
    for (const ChecklistTemplateItem &item : t.items) {
        QSqlQuery insert(db);
        if (auto ok = sql::exec(insert, QStringLiteral("INSERT INTO checklist_run_item (run_id, template_item_id, position, "
                                                       "text, required, hint) VALUES (?, ?, ?, ?, ?, ?)"),
                                {runId, item.id, position++, item.text, item.required ? 1 : 0, sql::text(item.hint)});
            !ok)
            return ok.error();
        if (journal)
            journal->inserted(runItemTable, insert.lastInsertId().toLongLong());
    }
    TimelineEvent e;
    e.followUpId = id;
    e.at = now;
    e.actor = actor;
    e.type = EventType::ChecklistAttached;
    e.summary = t.name;
    auto event = repo::insertEvent(db, e);
    if (!event)
        return event.error();
    if (journal)
        journal->inserted(QStringLiteral("event"), event.value());
    return runId;
}

Result<void> attachApplicable(const QSqlDatabase &db, const FollowUp &f, Timestamp now, const QString &actor,
                              ChangeJournal *journal)
{
    auto templates = allTemplates(db);
    if (!templates)
        return templates.error();
    for (const ChecklistTemplate &t : templates.value()) {
        if (t.items.isEmpty() || !t.appliesTo(f.kind, f.category))
            continue;
        if (auto run = attach(db, f.id, t, now, actor, journal); !run)
            return run.error();
    }
    return {};
}

} // namespace ft::checklistruns
