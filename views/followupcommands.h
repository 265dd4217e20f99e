#pragma once

#include "domain/change.h"
#include "domain/error.h"
#include "domain/followup.h"

#include <QObject>
#include <QStringList>
#include <optional>

class QUndoStack;
class QWidget;

namespace ft {

class ChecklistService;
class FollowUpService;
class Store;
struct Change;

// The lead's one-step actions on a follow-up: asks in its dialog, has the service do it, and puts
// what was done on the undo stack; a refusal is shown with its reason. The window says which
// follow-up is meant and follows up on `done` (select it, refresh, say so).
class FollowUpCommands : public QObject
{
    Q_OBJECT
public:
    FollowUpCommands(const Store &store, FollowUpService &service, ChecklistService &checklists,
                     QUndoStack *undoStack, QWidget *window);

    // The name the actions are recorded under (the follow-ups' and the checklists'); empty: unchanged.
    void setActor(const QString &name);
    // Suggestions for the new follow-up's owner, team and category.
    void setChoices(const QStringList &owners, const QStringList &teams, const QStringList &categories);

    // The new follow-up as the lead wrote it in the dialog; nothing if cancelled.
    std::optional<FollowUp> askNewFollowUp();
    bool create(const FollowUp &draft);
    void logContact(const FollowUp &current);
    void promiseUpdate(const FollowUp &current);
    void reopen(const FollowUp &current);
    // Resolving and closing both go through here, so that checks before closure have one place.
    // `seen`: the follow-up as the window showed it (refused if another changed its status since).
    void requestClosure(FollowUpId id, Status to, const QString &label, std::optional<SeenState> seen = std::nullopt);

    // Pushes a successful action on the undo stack and emits done, or reports why it failed; a
    // conflict (someone else saved the follow-up since it was shown) offers to reload it.
    bool apply(const Result<Change> &result, const QString &label);
    void showError(const QString &label, const Error &error);
    // Says why and offers Reload (emits reloadRequested) or Cancel (nothing: edits stay in the form).
    void offerReload(const QString &label, const Error &error);

    // "REF “Title”", or the title alone.
    static QString labelOf(const FollowUp &f);

signals:
    // An action was done (and is on the undo stack): `id` is the follow-up it touched.
    void done(ft::FollowUpId id, const QString &message);
    // An undo or redo replayed rows: everything shown may be different.
    void replayed();
    // After a conflict the lead chose to see the follow-up as saved now, dropping unsaved edits of it.
    void reloadRequested();

private:
    const Store &m_store;
    FollowUpService &m_service;
    ChecklistService &m_checklists;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QStringList m_owners, m_teams, m_categories;
};

} // namespace ft
