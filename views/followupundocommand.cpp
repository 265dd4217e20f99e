#include "followupundocommand.h"

#include "domain/followupservice.h"

namespace ft {

FollowUpUndoCommand::FollowUpUndoCommand(FollowUpService &service, ChangeSet changes, const QString &text, Changed changed,
                                         Failed failed)
    : m_service(service)
    , m_changes(std::move(changes))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
    setText(text);
}

void FollowUpUndoCommand::undo() { replayed(m_service.undo(m_changes)); }

void FollowUpUndoCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    replayed(m_service.redo(m_changes));
}

void FollowUpUndoCommand::replayed(const Result<void> &result)
{
    if (!result) {
        setObsolete(true);
        if (m_failed)
            m_failed(result.error());
    }
    if (m_changed)
        m_changed();
}

} // namespace ft
