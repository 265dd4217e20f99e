#pragma once

#include "domain/error.h"
#include "store/changeset.h"

#include <QUndoCommand>
#include <functional>

namespace ft {

class FollowUpService;

// One action of the lead on the undo stack. The action has already run when it is pushed, so
// the first redo() does nothing; later undo()/redo() replay its row images through the service.
// When the service refuses (the rows changed since, e.g. in another window), the command makes
// itself obsolete so that the stack drops it, and the refusal is reported.
class FollowUpUndoCommand : public QUndoCommand
{
public:
    using Changed = std::function<void()>;
    using Failed = std::function<void(const Error &)>;

    FollowUpUndoCommand(FollowUpService &service, ChangeSet changes, const QString &text, Changed changed, Failed failed);

    void undo() override;
    void redo() override;

private:
    void replayed(const Result<void> &result);

    FollowUpService &m_service;
    ChangeSet m_changes;
    Changed m_changed;
    Failed m_failed;
    bool m_firstRedo = true;
};

} // namespace ft
