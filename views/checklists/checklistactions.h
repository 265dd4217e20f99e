#pragma once

#include "domain/error.h"

#include <QObject>
#include <functional>

class QWidget;

namespace ft {

class ChecklistRunWidget;
class ChecklistService;
class FollowUpCommands;
class Store;
struct Change;

// The checklists in the window: the run of the follow-up shown (its ticks go through the follow-up
// commands, so they are undoable), Tools → Checklist templates… and View → Checklist effect.
class ChecklistActions : public QObject
{
    Q_OBJECT
public:
    // `label` names the follow-up shown, for the undo text and the error messages.
    ChecklistActions(Store &store, ChecklistService &service, FollowUpCommands *commands,
                     std::function<QString()> label, QWidget *window);

    ChecklistRunWidget *runWidget() const { return m_run; }
    void editTemplates();
    void showEffect();

signals:
    void templatesEdited();

private:
    Store &m_store;
    QWidget *m_window;
    ChecklistRunWidget *m_run;
};

} // namespace ft
