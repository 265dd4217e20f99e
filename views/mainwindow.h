#pragma once

#include "threading/backgroundtask.h"

#include "domain/error.h"
#include "domain/followup.h"
#include "mainpages.h"
#include "windowsettings.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace ft {

class BackupActions;
class PanelPlacement;
class CsiRegisterView;
class FollowUpListView;
class KpiChartsView;
class ChecklistActions;
class ChecklistRunWidget;
class ChecklistService;
class FollowUpPanel;
class FollowUpService;
class CurrentFollowUp;
class FollowUpCommands;
class FollowUpTableModel;
class ImportActions;
class MainActions;
class ReportController;
class StoreWatch;
class Store;
class TimelineModel;
class TodayModel;
class TodayView;
class WelcomePage;
class DueWatcher;
class ReminderTray;
struct Change;

// The lead's daily window: the Today review, the full list, the follow-up panel, and the
// one-step actions on the selected follow-up, each undoable. It holds the views and the current
// follow-up; its parts do the rest: MainActions (actions, menus, toolbar), FollowUpCommands (the
// dialogs and the undo stack), ExportActions and ImportActions, StoreWatch (the two timers).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using View = MainPages::View;
    static constexpr int RefreshIntervalMs = 60 * 1000;
    // How often the window asks whether another process wrote to the store (StoreWatch).
    static constexpr int StoreWatchMs = 2000;

    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    FollowUpService &service() { return *m_service; }
    // How many follow-ups "Load sample data" creates (tests use a few).
    void setSampleSize(int items) { m_sampleItems = items; }
    TodayModel *todayModel() const { return m_todayModel; }
    FollowUpTableModel *listModel() const { return m_listModel; }
    QUndoStack *undoStack() const { return m_undoStack; }
    DueWatcher *dueWatcher() const { return m_dueWatcher; }
    ReminderTray *reminders() const { return m_reminders; }
    FollowUpId currentId() const;
    std::optional<FollowUp> currentFollowUp() const;

    // Makes `id` the follow-up the actions apply to, selecting it where it is listed.
    void setCurrent(FollowUpId id);
    void showView(View view);
    View currentView() const;
    // The KPI charts page, created the first time it is shown (its first computation runs then).
    void showKpiCharts();
    // Tools → Checklist templates…, View → Checklist effect (both modal).
    void editChecklistTemplates();
    void showChecklistEffect();
    ChecklistRunWidget *checklistWidget() const { return m_checklistWidget; }
    KpiChartsView *kpiChartsView() const;
    // Re-reads the store into every view: after own changes, undo, F5 and every minute.
    void refresh();
    // Refreshes when another window, program or worker wrote to the store since the last look; true if so.
    bool checkStoreChanges();

    // The actions, each on the current follow-up; the dialogs are modal.
    void newFollowUp();
    void logContact();
    void promiseUpdate();
    void resolveCurrent();
    void closeCurrent();
    void reopenCurrent();
    // From a reminder: brings the window up and shows `id` (in the Today review when it is listed there).
    void openFollowUp(FollowUpId id);
    void bringToFront();
    // The keyboard focus to the Today review or the list, whichever is shown.
    void focusView();
    // F6: between the list in view and the follow-up panel.
    void switchPane();
    // Resolving and closing both go through here, so that checks before closure have one place.
    void requestClosure(FollowUpId id, Status to);

signals:
    // The window closed to be opened again on another store (File → Move this register to a server…).
    void storeChangeRequested(const QString &address);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectActions();
    void createCentral();
    void connectViews();
    void createChecklists();
    // After an action was done: on to `id` (or the next one in Today), with everything read again.
    void followUpDone(FollowUpId id, const QString &message);
    // Reloads the owner / team / category suggestions on a worker thread.
    void reloadChoices();
    // Choices again and every view: after an import, a restore, or a write by another program.
    void reloadAll();
    void updateStatusBar();
    void updatePage();
    void loadSampleData();
    windowsettings::Layout settingsLayout() const;
    void saveSettings() const;
    void restoreSettings();

    Store &m_store;
    std::unique_ptr<FollowUpService> m_service;
    std::unique_ptr<ChecklistService> m_checklists;
    TodayModel *m_todayModel;
    FollowUpTableModel *m_listModel;
    TimelineModel *m_timelineModel;
    QUndoStack *m_undoStack;
    DueWatcher *m_dueWatcher;
    MainActions *m_actions;
    FollowUpCommands *m_commands;
    ReminderTray *m_reminders = nullptr;
    CurrentFollowUp *m_current = nullptr;
    bool m_startedEmpty = false;
    BackgroundTask *m_choicesTask = new BackgroundTask(this);
    int m_sampleItems = 2000;   // enough history to try everything, small enough to appear in seconds
    bool m_checkingReminders = false;

    MainPages *m_pages = nullptr;
    TodayView *m_todayView = nullptr;
    FollowUpListView *m_listView = nullptr;
    FollowUpPanel *m_panel = nullptr;
    ChecklistActions *m_checklistActions = nullptr;
    ChecklistRunWidget *m_checklistWidget = nullptr;
    QLabel *m_counts = nullptr;
    ImportActions *m_imports = nullptr;
    StoreWatch *m_watch = nullptr;
    std::unique_ptr<PanelPlacement> m_placement;
    bool m_screenWatched = false;
};

} // namespace ft
