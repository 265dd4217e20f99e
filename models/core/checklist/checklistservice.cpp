#include "checklist/checklistservice.h"

#include "checklist/checklistruns.h"
#include "checklist/templaterepository.h"
#include "domain/closuregate.h"
#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ChecklistService)
};

QString systemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? Tr::tr("me") : user;
}

// One action: a transaction, a journal of the rows it touched, and the Change it gives back.
Result<Change> runAction(const QSqlDatabase &db, bool record, const QString &description,
                         const std::function<Result<FollowUpId>(ChangeJournal *)> &body)
{
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    std::optional<ChangeJournal> journal;
    if (record)
        journal.emplace(db);
    auto id = body(journal ? &*journal : nullptr);
    if (!id)
        return id.error();
    Change change{id.value(), {}};
    if (journal) {
        auto changes = journal->finish(description);
        if (!changes)
            return changes.error();
        change.changes = changes.value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return change;
}

Result<FollowUp> openFollowUp(const QSqlDatabase &db, FollowUpId id)
{
    auto f = repo::loadFollowUp(db, id);
    if (!f)
        return f;
    if (f->status == Status::Closed)
        return Error::refused(Tr::tr("“%1” is closed; reopen it before changing its checklist.").arg(f->title));
    return f;
}

} // namespace

ChecklistService::ChecklistService(const Store &store)
    : m_connection(store.connectionName())
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_actor(systemUser())
{
}

Result<QList<ChecklistRun>> ChecklistService::runs(FollowUpId id) const
{
    return checklistruns::load(QSqlDatabase::database(m_connection, false), id);
}

Result<ClosureCheck> ChecklistService::closureCheck(FollowUpId id) const
{
    return ft::closureCheck(QSqlDatabase::database(m_connection, false), id);
}

Result<QList<ChecklistTemplate>> ChecklistService::attachableTemplates(FollowUpId id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto attached = checklistruns::load(db, id);
    if (!attached)
        return attached.error();
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT id FROM checklist_template ORDER BY position, name")); !ok)
        return ok.error();
    QList<ChecklistTemplate> out;
    while (q.next()) {
        const ChecklistTemplateId templateId = q.value(0).toLongLong();
        const bool already = std::any_of(attached->cbegin(), attached->cend(),
                                         [&](const ChecklistRun &r) { return r.templateId == templateId; });
        if (already)
            continue;
        QSqlQuery one(db);
        if (auto ok = sql::exec(one, QStringLiteral("SELECT id, name, kind_mask, categories FROM checklist_template "
                                                    "WHERE id = ?"), {templateId});
            !ok || !one.next())
            continue;
        ChecklistTemplate t;
        t.id = templateId;
        t.name = one.value(1).toString();
        t.kindMask = one.value(2).toInt();
        t.categories = parseCategories(one.value(3).toString());
        QSqlQuery items(db);
        if (auto ok = sql::exec(items, QStringLiteral("SELECT id, text, required, hint FROM checklist_template_item "
                                                      "WHERE template_id = ? ORDER BY position, id"), {templateId});
            !ok)
            return ok.error();
        while (items.next())
            t.items.append({items.value(0).toLongLong(), templateId, int(t.items.size()), items.value(1).toString(),
                            items.value(2).toInt() != 0, items.value(3).toString()});
        if (!t.items.isEmpty())
            out << t;
    }
    return out;
}

Result<Change> ChecklistService::attach(FollowUpId id, ChecklistTemplateId templateId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto candidates = attachableTemplates(id);
    if (!candidates)
        return candidates.error();
    const auto t = std::find_if(candidates->cbegin(), candidates->cend(),
                                [&](const ChecklistTemplate &c) { return c.id == templateId; });
    if (t == candidates->cend())
        return Error::refused(Tr::tr("Checklist template %1 is already attached, has no items or does not exist.").arg(templateId));
    const ChecklistTemplate chosen = *t;
    return runAction(db, m_recordChanges, Tr::tr("Add checklist “%1”").arg(chosen.name),
                     [&](ChangeJournal *journal) -> Result<FollowUpId> {
                         auto f = openFollowUp(db, id);
                         if (!f)
                             return f.error();
                         if (!f->isOpen())
                             return Error::refused(Tr::tr("“%1” is resolved; reopen it before adding a checklist.").arg(f->title));
                         auto run = checklistruns::attach(db, id, chosen, m_clock(), m_actor, journal);
                         if (!run)
                             return run.error();
                         return id;
                     });
}

namespace {

Result<FollowUpId> setChecked(const QSqlDatabase &db, qint64 runItemId, bool checked, const QString &note, Timestamp now,
                              const QString &actor, ChangeJournal *journal)
{
    auto item = checklistruns::loadItem(db, runItemId);
    if (!item)
        return item.error();
    auto followUpId = checklistruns::followUpOfRun(db, item->runId);
    if (!followUpId)
        return followUpId;
    auto f = openFollowUp(db, followUpId.value());
    if (!f)
        return f.error();
    if (item->isChecked() == checked)
        return Error::refused(checked ? Tr::tr("“%1” is already checked.").arg(item->text)
                                      : Tr::tr("“%1” is not checked.").arg(item->text));
    if (journal)
        journal->touch(QStringLiteral("checklist_run_item"), runItemId);
    const QVariant when = checked ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong));
    if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_run_item SET checked_at = ?, checked_by = ?, note = ? "
                                               "WHERE id = ?"),
                            {when, sql::text(checked ? actor : QString()), sql::text(checked ? note.trimmed() : QString()),
                             runItemId});
        !ok)
        return ok.error();
    TimelineEvent e;
    e.followUpId = followUpId.value();
    e.at = now;
    e.actor = actor;
    e.type = checked ? EventType::ChecklistItemChecked : EventType::ChecklistItemUnchecked;
    e.summary = checked && !note.trimmed().isEmpty() ? Tr::tr("%1 — %2").arg(item->text, note.trimmed()) : item->text;
    auto event = repo::insertEvent(db, e);
    if (!event)
        return event.error();
    if (auto ok = sql::exec(db, QStringLiteral("UPDATE event SET checklist_item_id = ? WHERE id = ?"), {runItemId, event.value()});
        !ok)
        return ok.error();
    if (journal)
        journal->inserted(QStringLiteral("event"), event.value());
    return followUpId;
}

} // namespace

Result<Change> ChecklistService::check(qint64 runItemId, const QString &note)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto item = checklistruns::loadItem(db, runItemId);
    const QString description = item ? Tr::tr("Check “%1”").arg(item->text) : Tr::tr("Check item");
    return runAction(db, m_recordChanges, description, [&](ChangeJournal *journal) {
        return setChecked(db, runItemId, true, note, m_clock(), m_actor, journal);
    });
}

Result<Change> ChecklistService::uncheck(qint64 runItemId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto item = checklistruns::loadItem(db, runItemId);
    const QString description = item ? Tr::tr("Uncheck “%1”").arg(item->text) : Tr::tr("Uncheck item");
    return runAction(db, m_recordChanges, description, [&](ChangeJournal *journal) {
        return setChecked(db, runItemId, false, {}, m_clock(), m_actor, journal);
    });
}

Result<void> ChecklistService::undo(const ChangeSet &changes)
{
    return replay(QSqlDatabase::database(m_connection, false), changes, Replay::Undo);
}

Result<void> ChecklistService::redo(const ChangeSet &changes)
{
    return replay(QSqlDatabase::database(m_connection, false), changes, Replay::Redo);
}

} // namespace ft
