#include "checklists/checklistactions.h"

#include "checklists/checklisteffectdialog.h"
#include "checklists/checklistrunwidget.h"
#include "checklists/checklisttemplateeditor.h"
#include "followupcommands.h"
#include "store/store.h"

#include <QWidget>

namespace ft {

ChecklistActions::ChecklistActions(Store &store, ChecklistService &service, FollowUpCommands *commands,
                                   std::function<QString()> label, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_run(new ChecklistRunWidget(service, store.timeZone()))
{
    setObjectName(QStringLiteral("checklistActions"));
    connect(m_run, &ChecklistRunWidget::changed, commands,
            [commands, label](const Change &change) { commands->apply(change, label()); });
    connect(m_run, &ChecklistRunWidget::failed, commands,
            [commands, label](const Error &error) { commands->showError(label(), error); });
}

void ChecklistActions::editTemplates()
{
    ChecklistTemplateEditor editor(m_store, m_window);
    editor.exec();
    emit templatesEdited();
}

void ChecklistActions::showEffect()
{
    ChecklistEffectDialog dialog(m_store, m_window);
    dialog.exec();
}

} // namespace ft
