#include "currentfollowup.h"

#include "checklists/checklistrunwidget.h"
#include "domain/followupservice.h"
#include "followupcommands.h"
#include "followuplookups.h"
#include "followuppanel.h"
#include "mainpages.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace ft {

namespace {
// The window's words keep their translations where they were made before this class existed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::MainWindow)
};
} // namespace

CurrentFollowUp::CurrentFollowUp(const Store &store, FollowUpService &service, FollowUpCommands *commands,
                                 MainPages *pages, TimelineModel *timeline, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_service(service)
    , m_commands(commands)
    , m_pages(pages)
    , m_panel(pages->panel)
    , m_timeline(timeline)
    , m_window(window)
{
    setObjectName(QStringLiteral("currentFollowUp"));
}

QString CurrentFollowUp::label() const { return m_current ? FollowUpCommands::labelOf(*m_current) : QString(); }

void CurrentFollowUp::pick(FollowUpId id)
{
    if (id != m_id) {
        // Picking another follow-up must not silently drop what was typed into the panel.
        if (!settleEdits()) {
            m_pages->select(m_id);
            return;
        }
        m_id = id;
        m_pages->select(id);
    }
    reload();
}

void CurrentFollowUp::reload()
{
    m_current.reset();
    if (m_id) {
        auto loaded = followUpById(m_store, m_id);
        if (loaded)
            m_current = loaded.value();
        else
            m_id = 0;   // gone, e.g. its creation was undone
    }
    const bool another = !m_current || m_panel->shownId() != m_current->id;
    m_panel->showFollowUp(m_current);
    if (m_checklist)
        m_checklist->showFollowUp(m_current);
    if (another)
        m_panel->fitChecklist();
    if (m_timeline->followUp() != m_id)
        m_timeline->setFollowUp(m_id);
    else
        m_timeline->refresh();
    emit changed();
}

bool CurrentFollowUp::settleEdits()
{
    if (!m_panel->isDirty() || !m_current)
        return true;
    const auto answer = QMessageBox::question(m_window, Tr::tr("Unsaved changes"), Tr::tr("Save your changes to %1?").arg(label()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveEdits(m_panel->edited());
    m_panel->discardEdits();
    return true;
}

bool CurrentFollowUp::saveEdits(const FollowUp &edited)
{
    const Result<Change> result = m_service.edit(edited, m_panel->editBase());
    if (result)
        m_panel->discardEdits();   // saved: the refresh shows the stored values
    return m_commands->apply(result, FollowUpCommands::labelOf(edited));
}

} // namespace ft
