#include "domain/checklistattach.h"

#include "store/changeset.h"
#include "store/checklistruns.h"
#include "store/checklisttemplates.h"
#include "store/followuprepository.h"

namespace ft {

Result<qint64> attachChecklist(const Connection &connection, FollowUpId id, const ChecklistTemplate &t, Timestamp now,
                               const QString &actor, ChangeJournal *journal)
{
    auto run = checklistruns::insertRun(connection, id, t, now);
    if (!run)
        return run.error();
    if (journal) {
        journal->inserted(QStringLiteral("checklist_run"), run->runId);
        for (const qint64 itemId : run->itemIds)
            journal->inserted(QStringLiteral("checklist_run_item"), itemId);
    }
    TimelineEvent e;
    e.followUpId = id;
    e.at = now;
    e.actor = actor;
    e.type = EventType::ChecklistAttached;
    e.summary = t.name;
    auto event = repo::insertEvent(connection, e);
    if (!event)
        return event.error();
    if (journal)
        journal->inserted(QStringLiteral("event"), event.value());
    return run->runId;
}

Result<void> attachApplicableChecklists(const Connection &connection, const FollowUp &f, Timestamp now, const QString &actor,
                                        ChangeJournal *journal)
{
    auto templates = checklisttemplates::read(connection);
    if (!templates)
        return templates.error();
    for (const ChecklistTemplate &t : templates.value()) {
        if (t.items.isEmpty() || !t.appliesTo(f.kind, f.category))
            continue;
        if (auto run = attachChecklist(connection, f.id, t, now, actor, journal); !run)
            return run.error();
    }
    return {};
}

} // namespace ft
