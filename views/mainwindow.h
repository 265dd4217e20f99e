#pragma once

#include "threading/backgroundtask.h"

#include "domain/error.h"
#include "domain/followup.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace ft {

class BackupActions;
class PanelPlacement;
class CsiRegisterView;
class FollowUpListView;
class KpiChartsView;
class ChecklistRunWidget;
class ChecklistService;
class FollowUpPanel;
class FollowUpService;
class FollowUpTableModel;
class ReportController;
class Store;
class TimelineModel;
class TodayModel;
class TodayView;
class WelcomePage;
class DueWatcher;
class ReminderTray;
struct Change;

// The lead's daily window: the Today review, the full list, the follow-up panel, and the
// one-step actions on the selected follow-up, each undoable.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { Today, List };
    static constexpr int RefreshIntervalMs = 60 * 1000;
    // How often the window asks whether another process wrote to the store (PRAGMA data_version:
    // a read of the shared header, no query of the data).
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
    FollowUpId currentId() const { return m_currentId; }
    std::optional<FollowUp> currentFollowUp() const { return m_current; }

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
    KpiChartsView *kpiChartsView() const { return m_kpiCharts; }
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
    // F6: between the list in view and the follow-up panel.
    void switchPane();
    void showAbout();
    void showShortcuts();
    // Resolving and closing both go through here, so that checks before closure have one place.
    void requestClosure(FollowUpId id, Status to);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentral();
    void createChecklists();
    void createReminders();
    // Pushes a successful action on the undo stack, or reports why it failed.
    bool applied(const Result<Change> &result, const QString &label);
    void showError(const QString &label, const Error &error);
    void reloadCurrent();
    // Asks what to do with unsaved panel edits; false when the lead cancels.
    bool settlePanelEdits();
    bool saveEdits(const FollowUp &edited);
    // Reloads the owner / team / category suggestions on a worker thread.
    void reloadChoices();
    void applyChoices(const QStringList &owners, const QStringList &teams, const QStringList &categories);
    void updateActions();
    void updateStatusBar();
    void updatePage();
    void loadSampleData();
    void importFile();
    void saveSettings() const;
    void restoreSettings();
    QString labelOf(const FollowUp &f) const;
    QString currentLabel() const;

    Store &m_store;
    std::unique_ptr<FollowUpService> m_service;
    TodayModel *m_todayModel;
    FollowUpTableModel *m_listModel;
    TimelineModel *m_timelineModel;
    QUndoStack *m_undoStack;
    DueWatcher *m_dueWatcher;
    ReminderTray *m_reminders = nullptr;
    FollowUpId m_currentId = 0;
    std::optional<FollowUp> m_current;
    bool m_startedEmpty = false;
    QStringList m_owners, m_teams, m_categories;
    BackgroundTask *m_choicesTask = new BackgroundTask(this);
    int m_sampleItems = 2000;   // enough history to try everything, small enough to appear in seconds
    bool m_checkingReminders = false;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    TodayView *m_todayView = nullptr;
    FollowUpListView *m_listView = nullptr;
    FollowUpPanel *m_panel = nullptr;
    KpiChartsView *m_kpiCharts = nullptr;
    std::unique_ptr<ChecklistService> m_checklists;
    ChecklistRunWidget *m_checklistWidget = nullptr;
    QAction *m_checklistTemplatesAction = nullptr;
    QAction *m_checklistEffectAction = nullptr;
    QLabel *m_counts = nullptr;
    CsiRegisterView *m_register = nullptr;
    ReportController *m_report = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_storeWatch = nullptr;
    qint64 m_dataVersion = -1;
    std::unique_ptr<PanelPlacement> m_placement;
    bool m_screenWatched = false;

    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_logContactAction = nullptr;
    QAction *m_promiseAction = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_kpiChartsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    BackupActions *m_backups = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_switchPaneAction = nullptr;
};

} // namespace ft
