#pragma once

#include "checklist/checklist.h"
#include "domain/change.h"
#include "domain/closurecheck.h"
#include "domain/error.h"
#include "domain/followupservice.h"
#include "store/connection.h"

#include <functional>

namespace ft {

class Store;

// The checklist runs on follow-ups: attaching, checking and unchecking items. Each action is one
// transaction with its timeline event and an undo ChangeSet, run by FollowUpService::runAction (one
// way to commit, journal and fail); the closure rule itself lives in the closure gate that
// FollowUpService runs when resolving or closing.
class ChecklistService
{
public:
    explicit ChecklistService(const Store &store);

    void setClock(std::function<Timestamp()> clock) { m_actions.setClock(std::move(clock)); }
    void setActor(const QString &actor) { m_actions.setActor(actor); }
    void setRecordChanges(bool record) { m_actions.setRecordChanges(record); }

    Result<QList<ChecklistRun>> runs(FollowUpId id) const;
    // Asked before resolving or closing, so that the window can explain what will happen.
    Result<ClosureCheck> closureCheck(FollowUpId id) const;
    // Templates with items that are not attached to this follow-up yet (to add one by hand).
    Result<QList<ChecklistTemplate>> attachableTemplates(FollowUpId id) const;

    Result<Change> attach(FollowUpId id, ChecklistTemplateId templateId);
    Result<Change> check(qint64 runItemId, const QString &note = {});
    Result<Change> uncheck(qint64 runItemId);

    Result<void> undo(const ChangeSet &changes);
    Result<void> redo(const ChangeSet &changes);

private:
    Connection m_connection;
    FollowUpService m_actions;   // runs the actions (clock, actor, journal); its calendar is not used
};

} // namespace ft
