#include "checklist/checklistservice.h"

#include "domain/checklistattach.h"
#include "domain/closuregate.h"
#include "store/changeset.h"
#include "store/checklistruns.h"
#include "store/checklisttemplates.h"
#include "store/followuprepository.h"
#include "store/store.h"

#include <QCoreApplication>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ChecklistService)
};

Result<FollowUp> openFollowUp(const Connection &connection, FollowUpId id)
{
    auto f = repo::loadFollowUp(connection, id);
    if (!f)
        return f;
    if (f->status == Status::Closed)
        return Error::refused(Tr::tr("“%1” is closed; reopen it before changing its checklist.").arg(f->title));
    return f;
}

} // namespace

ChecklistService::ChecklistService(const Store &store)
    : m_connection(store.connection())
    , m_actions(store.connection(), BusinessCalendar())
{
}

Result<QList<ChecklistRun>> ChecklistService::runs(FollowUpId id) const
{
    return checklistruns::load(m_connection, id);
}

Result<ClosureCheck> ChecklistService::closureCheck(FollowUpId id) const
{
    return ft::closureCheck(m_connection, id);
}

Result<QList<ChecklistTemplate>> ChecklistService::attachableTemplates(FollowUpId id) const
{
    auto attached = checklistruns::load(m_connection, id);
    if (!attached)
        return attached.error();
    auto templates = checklisttemplates::read(m_connection);
    if (!templates)
        return templates.error();
    QList<ChecklistTemplate> out;
    for (ChecklistTemplate t : templates.value()) {
        const bool already = std::any_of(attached->cbegin(), attached->cend(),
                                         [&](const ChecklistRun &r) { return r.templateId == t.id; });
        if (already || t.items.isEmpty())
            continue;
        t.position = 0;
        for (qsizetype i = 0; i < t.items.size(); ++i)
            t.items[i].position = int(i);
        out << t;
    }
    return out;
}

Result<Change> ChecklistService::attach(FollowUpId id, ChecklistTemplateId templateId)
{
    auto candidates = attachableTemplates(id);
    if (!candidates)
        return candidates.error();
    const auto t = std::find_if(candidates->cbegin(), candidates->cend(),
                                [&](const ChecklistTemplate &c) { return c.id == templateId; });
    if (t == candidates->cend())
        return Error::refused(Tr::tr("Checklist template %1 is already attached, has no items or does not exist.").arg(templateId));
    const ChecklistTemplate chosen = *t;
    return m_actions.runAction(Tr::tr("Add checklist “%1”").arg(chosen.name),
                               [&](const ActionContext &a) -> Result<FollowUpId> {
                                   auto f = openFollowUp(a.connection, id);
                                   if (!f)
                                       return f.error();
                                   if (!f->isOpen())
                                       return Error::refused(Tr::tr("“%1” is resolved; reopen it before adding a checklist.")
                                                                 .arg(f->title));
                                   auto run = attachChecklist(a.connection, id, chosen, a.now, a.actor, a.journal);
                                   if (!run)
                                       return run.error();
                                   return id;
                               });
}

namespace {

Result<FollowUpId> setChecked(const ActionContext &a, qint64 runItemId, bool checked, const QString &note)
{
    auto item = checklistruns::loadItem(a.connection, runItemId);
    if (!item)
        return item.error();
    auto followUpId = checklistruns::followUpOfRun(a.connection, item->runId);
    if (!followUpId)
        return followUpId;
    auto f = openFollowUp(a.connection, followUpId.value());
    if (!f)
        return f.error();
    if (item->isChecked() == checked)
        return Error::refused(checked ? Tr::tr("“%1” is already checked.").arg(item->text)
                                      : Tr::tr("“%1” is not checked.").arg(item->text));
    if (a.journal)
        a.journal->touch(QStringLiteral("checklist_run_item"), runItemId);
    if (auto ok = checklistruns::setItemChecked(a.connection, runItemId, checked ? std::optional<Timestamp>(a.now) : std::nullopt,
                                                checked ? a.actor : QString(), checked ? note.trimmed() : QString());
        !ok)
        return ok.error();
    TimelineEvent e;
    e.followUpId = followUpId.value();
    e.at = a.now;
    e.actor = a.actor;
    e.type = checked ? EventType::ChecklistItemChecked : EventType::ChecklistItemUnchecked;
    e.summary = checked && !note.trimmed().isEmpty() ? Tr::tr("%1 — %2").arg(item->text, note.trimmed()) : item->text;
    auto event = repo::insertEvent(a.connection, e);
    if (!event)
        return event.error();
    if (auto ok = checklistruns::linkEventToItem(a.connection, event.value(), runItemId); !ok)
        return ok.error();
    if (a.journal)
        a.journal->inserted(QStringLiteral("event"), event.value());
    return followUpId;
}

} // namespace

Result<Change> ChecklistService::check(qint64 runItemId, const QString &note)
{
    auto item = checklistruns::loadItem(m_connection, runItemId);
    const QString description = item ? Tr::tr("Check “%1”").arg(item->text) : Tr::tr("Check item");
    return m_actions.runAction(description, [&](const ActionContext &a) { return setChecked(a, runItemId, true, note); });
}

Result<Change> ChecklistService::uncheck(qint64 runItemId)
{
    auto item = checklistruns::loadItem(m_connection, runItemId);
    const QString description = item ? Tr::tr("Uncheck “%1”").arg(item->text) : Tr::tr("Uncheck item");
    return m_actions.runAction(description, [&](const ActionContext &a) { return setChecked(a, runItemId, false, {}); });
}

Result<void> ChecklistService::undo(const ChangeSet &changes) { return m_actions.undo(changes); }

Result<void> ChecklistService::redo(const ChangeSet &changes) { return m_actions.redo(changes); }

} // namespace ft
