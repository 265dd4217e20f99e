#pragma once

#include "domain/followup.h"

#include <QObject>
#include <optional>

class QWidget;

namespace ft {

class ChecklistRunWidget;
class FollowUpCommands;
class FollowUpPanel;
class FollowUpService;
class MainPages;
class Store;
class TimelineModel;

// The follow-up the window's actions apply to: which one it is, as stored now, shown in the panel,
// its timeline and its checklist, and selected in the view in sight. Unsaved panel edits are never
// dropped silently when another one is picked.
class CurrentFollowUp : public QObject
{
    Q_OBJECT
public:
    CurrentFollowUp(const Store &store, FollowUpService &service, FollowUpCommands *commands, MainPages *pages,
                    TimelineModel *timeline, QWidget *window);

    FollowUpId id() const { return m_id; }
    const std::optional<FollowUp> &value() const { return m_current; }
    // "REF “Title”" of the current follow-up; empty without one.
    QString label() const;
    void setChecklist(ChecklistRunWidget *checklist) { m_checklist = checklist; }

    // Makes `id` current, selecting it where it is listed, after asking about unsaved edits.
    void pick(FollowUpId id);
    // Makes `id` current without asking or selecting (an action on it was just done).
    void setId(FollowUpId id) { m_id = id; }
    // Reads it again and shows it everywhere; emits changed.
    void reload();
    // Asks what to do with unsaved panel edits; false when the lead cancels.
    bool settleEdits();
    bool saveEdits(const FollowUp &edited);

signals:
    void changed();

private:
    const Store &m_store;
    FollowUpService &m_service;
    FollowUpCommands *m_commands;
    MainPages *m_pages;
    FollowUpPanel *m_panel;
    TimelineModel *m_timeline;
    QWidget *m_window;
    ChecklistRunWidget *m_checklist = nullptr;
    FollowUpId m_id = 0;
    std::optional<FollowUp> m_current;
};

} // namespace ft
