#include "mainwindow.h"

#include "backupactions.h"
#include "csi/csiregisterview.h"
#include "desktop/aboutdialog.h"
#include "desktop/accessibility.h"
#include "desktop/actionfactory.h"
#include "desktop/actionicons.h"
#include "desktop/identityaction.h"
#include "desktop/panelplacement.h"
#include "desktop/windowactions.h"
#include "desktop/remindertray.h"
#include "desktop/shortcutsdialog.h"
#include "desktop/windowgeometry.h"
#include "domain/followupservice.h"
#include "duewatcher.h"
#include "followuplistview.h"
#include "followuplookups.h"
#include "followuppanel.h"
#include "followuptablemodel.h"
#include "followupundocommand.h"
#include "exportactions.h"
#include "importwizard/importwizard.h"
#include "logcontactdialog.h"
#include "newfollowupdialog.h"
#include "promisedialog.h"
#include "reopendialog.h"
#include "report/reportcontroller.h"
#include "sampledataloader.h"
#include "store/store.h"
#include "timelinemodel.h"
#include "todaymodel.h"
#include "todayview.h"
#include "welcomepage.h"
#include "charts/kpichartsview.h"
#include "checklist/checklistservice.h"
#include "checklists/checklisteffectdialog.h"
#include "checklists/checklistrunwidget.h"
#include "checklists/checklisttemplateeditor.h"
#include "checklists/closureprompt.h"

#include <QAction>
#include <QScreen>
#include <QScrollArea>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QWindow>

namespace ft {

using actions::makeAction;
using actions::setToolTipWithShortcut;

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_service(std::make_unique<FollowUpService>(store))
    , m_todayModel(new TodayModel(store, this))
    , m_listModel(new FollowUpTableModel(store, this))
    , m_timelineModel(new TimelineModel(store, this))
    , m_undoStack(new QUndoStack(this))
    , m_dueWatcher(new DueWatcher(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — FollowThrough").arg(QFileInfo(store.path()).fileName()));
    setWindowIcon(icons::application());
    m_todayModel->setObjectName(QStringLiteral("todayModel"));
    m_listModel->setObjectName(QStringLiteral("listModel"));
    m_timelineModel->setObjectName(QStringLiteral("timelineModel"));
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_dueWatcher->setObjectName(QStringLiteral("dueWatcher"));
    createActions();
    createCentral();
    createMenus();
    createChecklists();

    windowactions::reportUndoRedo(m_undoStack, statusBar());
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_counts);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setObjectName(QStringLiteral("refreshTimer"));
    m_refreshTimer->setInterval(RefreshIntervalMs);
    // Time passes: what is overdue, due today or quiet changes without any write.
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        reloadChoices();
        refresh();
    });
    m_refreshTimer->start();
    // Another window or a command-line run writes to the store: show it within seconds.
    m_dataVersion = m_store.dataVersion();
    m_storeWatch = new QTimer(this);
    m_storeWatch->setObjectName(QStringLiteral("storeWatchTimer"));
    m_storeWatch->setInterval(StoreWatchMs);
    connect(m_storeWatch, &QTimer::timeout, this, &MainWindow::checkStoreChanges);
    m_storeWatch->start();

    const auto failed = [this](const QString &message) { statusBar()->showMessage(message); };
    connect(m_todayModel, &TodayModel::failed, this, failed);
    connect(m_listModel, &FollowUpTableModel::failed, this, failed);
    connect(m_timelineModel, &TimelineModel::failed, this, failed);

    createReminders();
    reloadChoices();
    m_placement = std::make_unique<PanelPlacement>(m_splitter, this);
    restoreSettings();
    refresh();
    // Open on the most urgent item, so that the panel has something to say from the start.
    if (currentView() == View::Today)
        m_todayView->selectFirst();
}

void MainWindow::createReminders()
{
    m_reminders = new ReminderTray(m_dueWatcher, m_store.timeZone(), this);
    connect(m_reminders, &ReminderTray::openRequested, this, &MainWindow::openFollowUp);
    connect(m_reminders, &ReminderTray::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_reminders, &ReminderTray::showOverdueRequested, this, [this] {
        bringToFront();
        refresh();
        showView(View::Today);
        m_todayView->tree()->setFocus();
    });
    connect(m_reminders, &ReminderTray::quitRequested, this, &QWidget::close);
    connect(m_reminders, &ReminderTray::notified, this, [this](FollowUpId, const QString &title, const QString &) {
        // Without a tray the notification has nowhere to go: say it in the window and ask for attention.
        if (!m_reminders->trayIcon()->isVisible()) {
            statusBar()->showMessage(title, ReminderTray::MessageMs);
            QApplication::alert(this);
        }
        refresh();
    });
    connect(m_dueWatcher, &DueWatcher::failed, this, [this](const QString &message) { statusBar()->showMessage(message); });
    m_reminders->showIfAvailable();
    m_dueWatcher->start();
}

MainWindow::~MainWindow()
{
    delete m_choicesTask;   // a load in flight ends before the views it fills go
}

void MainWindow::createActions()
{
    m_newAction = makeAction(this, "actionNewFollowUp", tr("&New follow-up…"), QKeySequence::New,
                             tr("Record a new piece of work someone is waiting on"), "document-new");
    m_importAction = makeAction(this, "actionImport", tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), tr("Read follow-ups from a CSV file"),
                                "document-import");
    m_exportCsvAction = makeAction(this, "actionExportCsv", tr("Export follow-ups as &CSV…"), {},
                                   tr("Write the follow-ups of the list (its current filter) to a CSV file"),
                                   "document-export");
    m_exportCalendarAction = makeAction(this, "actionExportCalendar", tr("Export promised updates as i&Calendar…"), {},
                                        tr("Write the open promised updates to a calendar file (.ics)"), "x-office-calendar");
    m_report = new ReportController(m_store, this);
    m_report->printPreviewAction()->setIcon(icons::action(QStringLiteral("document-preview")));
    m_report->printAction()->setIcon(icons::action(QStringLiteral("document-print")));
    m_report->exportPdfAction()->setIcon(icons::action(QStringLiteral("document-export")));
    // Ctrl+P is Promise update (used daily); two actions on one key would make both ambiguous.
    m_report->printAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_report->exportPdfAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // Export PDF runs on a worker and ends without a dialog: say where the file went.
    connect(m_report, &ReportController::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    for (QAction *action : {m_report->printPreviewAction(), m_report->printAction(), m_report->exportPdfAction()})
        setToolTipWithShortcut(action);
    m_quitAction = makeAction(this, "actionQuit", tr("&Quit"), QKeySequence::Quit, tr("Save the window layout and quit"),
                              "application-exit");
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undoAction->setIcon(icons::action(QStringLiteral("edit-undo")));
    m_undoAction->setStatusTip(tr("Take back the last change"));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setIcon(icons::action(QStringLiteral("edit-redo")));
    m_redoAction->setStatusTip(tr("Make the change taken back again"));
    // The undo stack renames these actions after every change ("Undo Log contact"): keep the key in the tooltip.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        setToolTipWithShortcut(action);
        // Setting the same tooltip again emits nothing, so this does not loop.
        connect(action, &QAction::changed, this, [action] { setToolTipWithShortcut(action); });
    }

    m_logContactAction = makeAction(this, "actionLogContact", tr("&Log contact…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                    tr("Record a call, email or visit, and promise the next update"), "call-start");
    m_promiseAction = makeAction(this, "actionPromiseUpdate", tr("&Promise update…"), QKeySequence(Qt::CTRL | Qt::Key_P),
                                 tr("Set when the requester will next hear from us"), "appointment-new");
    m_resolveAction = makeAction(this, "actionResolve", tr("&Resolve"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                 tr("The work is done; waiting for the requester to confirm"), "task-complete");
    m_closeAction = makeAction(this, "actionClose", tr("&Close"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                               tr("Close the follow-up for good"), "task-close");
    m_reopenAction = makeAction(this, "actionReopen", tr("Re&open"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                tr("The requester called back: the work is not done (counts as a callback)"), "task-reopen");

    m_todayAction = makeAction(this, "actionShowToday", tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_1),
                               tr("Overdue, due today, gone quiet, waiting to close"), "view-calendar-day");
    m_listAction = makeAction(this, "actionShowAll", tr("&All follow-ups"), QKeySequence(Qt::CTRL | Qt::Key_2),
                              tr("The full list with search and filters"), "view-list-details");
    m_kpiChartsAction = makeAction(this, "actionShowKpiCharts", tr("&KPI charts"), QKeySequence(Qt::CTRL | Qt::Key_3),
                                   tr("Each KPI over weeks, months or quarters, against its target"), "view-statistics");
    m_findAction = makeAction(this, "actionFind", tr("&Find…"), QKeySequence::Find,
                              tr("Search the full list by reference, title, requester, owner or category"), "edit-find");
    m_refreshAction = makeAction(this, "actionRefresh", tr("&Refresh"), QKeySequence::Refresh,
                                 tr("Read the store again (also happens every minute)"), "view-refresh");
    m_aboutAction = makeAction(this, "actionAbout", tr("&About FollowThrough"), {},
                               tr("Version, store, what it holds, and the licence"), "help-about");
    m_shortcutsAction = makeAction(this, "actionShortcuts", tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
                                   tr("Every key the menus answer to"), "help-keyboard-shortcuts");
    m_switchPaneAction = makeAction(this, "actionSwitchPane", tr("&Switch between list and details"),
                                    QKeySequence(Qt::Key_F6), tr("Move the keyboard focus between the list and the follow-up"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_backups = new BackupActions(m_store, this);
    m_backups->setObjectName(QStringLiteral("backupActions"));
    m_backups->backUpNowAction()->setIcon(icons::action(QStringLiteral("document-save")));
    m_backups->restoreAction()->setIcon(icons::action(QStringLiteral("document-revert")));
    connect(m_backups, &BackupActions::finished, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    // Every row may have changed, and the undo history refers to rows of the content before.
    connect(m_backups, &BackupActions::restored, this, [this] {
        m_undoStack->clear();
        reloadChoices();
        refresh();
    });

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFollowUp);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);
    auto exports = new ExportActions(m_store, m_listModel, this);
    connect(m_exportCsvAction, &QAction::triggered, exports, &ExportActions::exportCsv);
    connect(m_exportCalendarAction, &QAction::triggered, exports, &ExportActions::exportCalendar);
    connect(exports, &ExportActions::wrote, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(exports, &ExportActions::failed, this, &MainWindow::showError);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_logContactAction, &QAction::triggered, this, &MainWindow::logContact);
    connect(m_promiseAction, &QAction::triggered, this, &MainWindow::promiseUpdate);
    connect(m_resolveAction, &QAction::triggered, this, &MainWindow::resolveCurrent);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCurrent);
    connect(m_reopenAction, &QAction::triggered, this, &MainWindow::reopenCurrent);
    connect(m_todayAction, &QAction::triggered, this, [this] { showView(View::Today); });
    connect(m_listAction, &QAction::triggered, this, [this] { showView(View::List); });
    connect(m_kpiChartsAction, &QAction::triggered, this, &MainWindow::showKpiCharts);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        reloadChoices();
        refresh();
        if (m_kpiCharts && m_pages->currentWidget() == m_kpiCharts)
            m_kpiCharts->refresh();
    });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_switchPaneAction, &QAction::triggered, this, &MainWindow::switchPane);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newAction);
    file->addAction(m_importAction);
    file->addAction(m_exportCsvAction);
    file->addAction(m_exportCalendarAction);
    file->addSeparator();
    file->addAction(m_backups->backUpNowAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    file->addAction(m_report->printPreviewAction());
    file->addAction(m_report->printAction());
    file->addAction(m_report->exportPdfAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *followUp = menuBar()->addMenu(tr("F&ollow-up"));
    followUp->setObjectName(QStringLiteral("menuFollowUp"));
    followUp->addAction(m_newAction);
    followUp->addSeparator();
    followUp->addAction(m_logContactAction);
    followUp->addAction(m_promiseAction);
    followUp->addSeparator();
    followUp->addAction(m_resolveAction);
    followUp->addAction(m_closeAction);
    followUp->addAction(m_reopenAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_todayAction);
    view->addAction(m_listAction);
    view->addAction(m_kpiChartsAction);
    auto registerAction = makeAction(this, "actionShowRegister", tr("Improvement &register"), QKeySequence(Qt::CTRL | Qt::Key_4),
                                     tr("The improvement initiatives and what came of them"), "view-list-text");
    connect(registerAction, &QAction::triggered, this, [this] {
        showView(View::Today);   // back from the KPI charts, if there
        m_tabs->setCurrentWidget(m_register);
    });
    view->addAction(registerAction);
    view->addAction(m_switchPaneAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (QAction *action : {m_newAction, m_logContactAction, m_promiseAction, m_resolveAction, m_closeAction,
                            m_reopenAction})
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_todayAction);
    bar->addAction(m_listAction);
    bar->addAction(m_kpiChartsAction);
    bar->addAction(m_refreshAction);
    // Undo, redo and refresh are known by their icons everywhere: without their words the bar fits
    // a 1024-pixel-wide window (the tooltips still name them and their keys).
    for (QAction *action : {m_undoAction, m_redoAction, m_refreshAction})
        if (auto button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MainWindow::createCentral()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome = new WelcomePage(m_importAction, m_pages);
    connect(m_welcome, &WelcomePage::sampleDataRequested, this, &MainWindow::loadSampleData);
    connect(m_welcome, &WelcomePage::startEmptyRequested, this, [this] {
        m_startedEmpty = true;
        updatePage();
    });

    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_todayView = new TodayView(m_todayModel, m_tabs);
    m_listView = new FollowUpListView(m_listModel, m_tabs);
    m_tabs->addTab(m_todayView, tr("Today"));
    m_tabs->addTab(m_listView, tr("All follow-ups"));
    m_register = new CsiRegisterView(m_store, m_tabs);
    m_tabs->addTab(m_register, tr("Improvement register"));
    // The register has the window's whole width (the panel hides for it): its row of buttons must not
    // set the width of the Today review and the list next to the panel.
    m_register->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The register is about initiatives, not the selected follow-up: it gets the whole width.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_panel->setVisible(m_tabs->currentWidget() != m_register); });
    m_panel = new FollowUpPanel(m_timelineModel, m_store.timeZone(), m_splitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    connect(m_todayView, &TodayView::summaryCopied, this,
            [this] { statusBar()->showMessage(tr("Today's review is on the clipboard, as text and as HTML."), 5000); });
    connect(m_todayView, &TodayView::currentChanged, this, [this](FollowUpId id) {
        if (id)
            setCurrent(id);
    });
    connect(m_listView, &FollowUpListView::currentChanged, this, [this](FollowUpId id) {
        if (id)
            setCurrent(id);
    });
    // Enter or a double click on a row: log a contact, the most common next step.
    connect(m_todayView, &TodayView::activated, this, [this](FollowUpId id) {
        setCurrent(id);
        logContact();
    });
    connect(m_listView, &FollowUpListView::activated, this, [this](FollowUpId id) {
        setCurrent(id);
        logContact();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const FollowUpId id = currentView() == View::Today ? m_todayView->currentId() : m_listView->currentId();
        if (id)
            setCurrent(id);
    });
    const QList<QAction *> rowActions{m_logContactAction, m_promiseAction, m_resolveAction, m_closeAction, m_reopenAction};
    windowactions::giveRowsAContextMenu(m_todayView->tree(), rowActions);
    windowactions::giveRowsAContextMenu(m_listView->table(), rowActions);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showView(View::List);
        m_listView->searchField()->setFocus();
        m_listView->searchField()->selectAll();
    });
    connect(m_panel, &FollowUpPanel::saveRequested, this, [this](const FollowUp &edited) { saveEdits(edited); });
}

void MainWindow::showKpiCharts()
{
    if (!m_kpiCharts) {
        m_kpiCharts = new KpiChartsView(m_store, m_pages);
        m_pages->addWidget(m_kpiCharts);
    } else {
        m_kpiCharts->refresh();
    }
    m_pages->setCurrentWidget(m_kpiCharts);
}

void MainWindow::showView(View view)
{
    if (m_pages->currentWidget() == m_kpiCharts)
        m_pages->setCurrentWidget(m_splitter);
    m_tabs->setCurrentWidget(view == View::Today ? static_cast<QWidget *>(m_todayView) : m_listView);
}

MainWindow::View MainWindow::currentView() const
{
    return m_tabs->currentWidget() == m_listView ? View::List : View::Today;
}

bool MainWindow::settlePanelEdits()
{
    if (!m_panel->isDirty() || !m_current)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save your changes to %1?").arg(currentLabel()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveEdits(m_panel->edited());
    m_panel->discardEdits();
    return true;
}

bool MainWindow::saveEdits(const FollowUp &edited)
{
    const QString label = labelOf(edited);
    const Result<Change> result = m_service->edit(edited, m_panel->editBase());
    if (result)
        m_panel->discardEdits();   // saved: the refresh shows the stored values
    return applied(result, label);
}

void MainWindow::setCurrent(FollowUpId id)
{
    if (id != m_currentId) {
        // Picking another follow-up must not silently drop what was typed into the panel.
        if (!settlePanelEdits()) {
            if (currentView() == View::Today)
                m_todayView->selectId(m_currentId);
            else
                m_listView->selectId(m_currentId);
            return;
        }
        m_currentId = id;
        if (currentView() == View::Today && m_todayView->currentId() != id)
            m_todayView->selectId(id);
        if (currentView() == View::List && m_listView->currentId() != id)
            m_listView->selectId(id);
    }
    reloadCurrent();
}

void MainWindow::reloadCurrent()
{
    m_current.reset();
    if (m_currentId) {
        auto loaded = followUpById(m_store, m_currentId);
        if (loaded)
            m_current = loaded.value();
        else
            m_currentId = 0;   // gone, e.g. its creation was undone
    }
    const bool another = !m_current || m_panel->shownId() != m_current->id;
    m_panel->showFollowUp(m_current);
    if (m_checklistWidget)
        m_checklistWidget->showFollowUp(m_current);
    if (another)
        m_panel->fitChecklist();
    if (m_timelineModel->followUp() != m_currentId)
        m_timelineModel->setFollowUp(m_currentId);
    else
        m_timelineModel->refresh();
    updateActions();
}

void MainWindow::reloadChoices()
{
    // A newer load overtakes one in flight; only the newest list reaches the combos.
    const Store *store = &m_store;
    m_choicesTask->start([store](TaskControl &) { return loadChoices(*store); },
                         [this](const Result<FollowUpChoices> &choices) {
                             // Without suggestions the combos still take typed values; the models report store errors.
                             if (choices)
                                 applyChoices(choices->owners, choices->teams, choices->categories);
                         });
}

void MainWindow::applyChoices(const QStringList &owners, const QStringList &teams, const QStringList &categories)
{
    m_owners = owners;
    m_teams = teams;
    m_categories = categories;
    m_listView->setOwners(owners);
    m_todayView->setChoices(owners, teams);
    m_panel->setChoices(owners, teams, categories);
}

void MainWindow::refresh()
{
    // Everything written before this point is read below: the store watch need not refresh again for it.
    m_dataVersion = m_store.dataVersion();
    m_todayView->refresh();
    m_listView->refresh();
    reloadCurrent();
    updateStatusBar();
    updatePage();
    // The tray badge follows own changes at once, not at the next tick.
    if (m_reminders && !m_checkingReminders) {
        m_checkingReminders = true;
        m_dueWatcher->check();
        m_checkingReminders = false;
    }
}

bool MainWindow::checkStoreChanges()
{
    const qint64 version = m_store.dataVersion();
    if (version == m_dataVersion)
        return false;
    // The list and Today keep their selection and the list its scroll position (refresh() re-reads in
    // place); unsaved edits in the panel stay, and the panel says when the change touched them.
    reloadChoices();
    refresh();
    statusBar()->showMessage(tr("Showing changes saved by another window or program."), 5000);
    return true;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::openFollowUp(FollowUpId id)
{
    bringToFront();
    refresh();
    if (m_todayModel->indexOfId(id).isValid())
        showView(View::Today);
    setCurrent(id);
    if (currentView() == View::Today)
        m_todayView->tree()->setFocus();
    else
        m_listView->table()->setFocus();
}

void MainWindow::switchPane()
{
    if (m_pages->currentWidget() != m_splitter)
        return;
    if (m_panel->isAncestorOf(focusWidget())) {
        if (currentView() == View::Today)
            m_todayView->tree()->setFocus(Qt::ShortcutFocusReason);
        else
            m_listView->table()->setFocus(Qt::ShortcutFocusReason);
    } else if (m_panel->isEnabled()) {
        m_panel->focusFirstField();
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_store, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::updatePage()
{
    auto count = followUpCount(m_store);
    const bool empty = count && count.value() == 0;
    if (m_kpiCharts && m_pages->currentWidget() == m_kpiCharts && !empty)
        return;
    m_pages->setCurrentWidget(empty && !m_startedEmpty ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

void MainWindow::updateActions()
{
    const bool has = m_current.has_value();
    const Status status = has ? m_current->status : Status::New;
    m_logContactAction->setEnabled(has && status != Status::Closed);
    m_promiseAction->setEnabled(has && status != Status::Closed);
    m_resolveAction->setEnabled(has && isOpenStatus(status));
    m_closeAction->setEnabled(has && status != Status::Closed);
    m_reopenAction->setEnabled(has && !isOpenStatus(status));
}

void MainWindow::updateStatusBar()
{
    const QLocale locale;
    m_counts->setText(tr("Open: %1 · Overdue: %2 · Due today: %3")
                          .arg(locale.toString(m_todayModel->openCount()),
                               locale.toString(m_todayModel->count(TodayModel::Overdue)),
                               locale.toString(m_todayModel->count(TodayModel::DueToday))));
}

QString MainWindow::labelOf(const FollowUp &f) const
{
    return f.reference.isEmpty() ? f.title : tr("%1 “%2”").arg(f.reference, f.title);
}

QString MainWindow::currentLabel() const { return m_current ? labelOf(*m_current) : QString(); }

bool MainWindow::applied(const Result<Change> &result, const QString &label)
{
    if (!result) {
        showError(label, result.error());
        return false;
    }
    const Change &change = result.value();
    if (!change.changes.isEmpty()) {
        const QString text = tr("%1: %2").arg(change.changes.description, label);
        m_undoStack->push(new FollowUpUndoCommand(
            *m_service, change.changes, text, [this] { refresh(); },
            [this, label](const Error &error) {
                // Reported once the undo stack has finished with the command.
                QMetaObject::invokeMethod(this, [this, label, error] { showError(label, error); }, Qt::QueuedConnection);
            }));
    }
    m_currentId = change.id;
    refresh();
    if (currentView() == View::Today)
        m_todayView->selectIdOrNext(change.id);   // done with it: on to the next one
    else
        m_listView->selectId(change.id);
    statusBar()->showMessage(tr("%1: done.").arg(change.changes.description.isEmpty() ? label : change.changes.description), 4000);
    return true;
}

void MainWindow::showError(const QString &label, const Error &error)
{
    const QString title = label.isEmpty() ? tr("The change was not made") : tr("%1 was not changed").arg(label);
    QMessageBox box(QMessageBox::Warning, tr("FollowThrough"), title, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(error.message);
    box.exec();
}

void MainWindow::newFollowUp()
{
    NewFollowUpDialog::Choices choices;
    choices.owners = m_owners;
    choices.teams = m_teams;
    choices.categories = m_categories;
    choices.defaultPromise = m_service->defaultNextUpdate();
    choices.zone = m_store.timeZone();
    NewFollowUpDialog dialog(choices, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FollowUp draft = dialog.draft();
    m_startedEmpty = true;
    applied(m_service->create(draft), labelOf(draft));
}

void MainWindow::logContact()
{
    if (!m_current || !m_logContactAction->isEnabled())
        return;
    const FollowUpId id = m_currentId;
    const QString label = currentLabel();
    LogContactDialog dialog(label, m_service->defaultNextUpdate(), m_store.timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applied(m_service->logContact(id, dialog.channel(), dialog.summary(), dialog.nextUpdate()), label);
}

void MainWindow::promiseUpdate()
{
    if (!m_current || !m_promiseAction->isEnabled())
        return;
    const FollowUpId id = m_currentId;
    const QString label = currentLabel();
    PromiseDialog dialog(label, m_current->nextUpdateDue, m_service->calendar(), [this] { return m_service->now(); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applied(m_service->promiseUpdate(id, dialog.due()), label);
}

void MainWindow::resolveCurrent()
{
    if (m_current)
        requestClosure(m_currentId, Status::Resolved);
}

void MainWindow::closeCurrent()
{
    if (m_current)
        requestClosure(m_currentId, Status::Closed);
}

void MainWindow::requestClosure(FollowUpId id, Status to)
{
    const QString label = m_current && m_current->id == id ? currentLabel() : QString();
    // The checklist rule lives in the domain; asking first only lets the lead see the items
    // and give an override reason or acknowledge advisories before the service decides.
    CloseRequest request;
    if (auto check = m_checklists->closureCheck(id); check) {
        auto asked = askCloseRequest(this, check.value(), label.isEmpty() ? tr("This follow-up") : label, to == Status::Closed);
        if (!asked)
            return;
        request = *asked;
    }
    applied(m_service->changeStatus(id, to, request), label);
}

void MainWindow::createChecklists()
{
    m_checklists = std::make_unique<ChecklistService>(m_store);
    m_checklistWidget = new ChecklistRunWidget(*m_checklists, m_store.timeZone());
    m_panel->setChecklist(m_checklistWidget);
    connect(m_checklistWidget, &ChecklistRunWidget::changed, this,
            [this](const Change &change) { applied(change, currentLabel()); });
    connect(m_checklistWidget, &ChecklistRunWidget::failed, this,
            [this](const Error &error) { showError(currentLabel(), error); });

    m_checklistTemplatesAction = makeAction(this, "actionChecklistTemplates", tr("&Checklist templates…"), {},
                                            tr("Write the checks that must be done before work is closed"), "view-checklist");
    m_checklistEffectAction = makeAction(this, "actionChecklistEffect", tr("Checklist &effect"), QKeySequence(Qt::CTRL | Qt::Key_5),
                                         tr("Callbacks after complete checklists against skipped ones"), "view-statistics");
    connect(m_checklistTemplatesAction, &QAction::triggered, this, &MainWindow::editChecklistTemplates);
    connect(m_checklistEffectAction, &QAction::triggered, this, &MainWindow::showChecklistEffect);
    QMenu *tools = new QMenu(tr("&Tools"), menuBar());
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(m_checklistTemplatesAction);
    // Actions are recorded under the name the lead gave, not the login name.
    auto identity = new IdentityAction(this);
    tools->addAction(identity->action());
    const auto useName = [this](const QString &name) {
        if (!name.isEmpty()) {
            m_service->setActor(name);
            m_checklists->setActor(name);
        }
    };
    useName(IdentityAction::storedName());
    connect(identity, &IdentityAction::changed, this, useName);
    QMenu *help = menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp"));
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, tools);
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("menuView"))) {
        QAction *before = nullptr;
        for (QAction *a : view->actions()) {
            if (a->isSeparator()) {
                before = a;
                break;
            }
        }
        view->insertAction(before, m_checklistEffectAction);
    }
}

void MainWindow::editChecklistTemplates()
{
    ChecklistTemplateEditor editor(m_store, this);
    editor.exec();
    reloadCurrent();   // "Add checklist" offers the templates as they are now
}

void MainWindow::showChecklistEffect()
{
    ChecklistEffectDialog dialog(m_store, this);
    dialog.exec();
}

void MainWindow::reopenCurrent()
{
    if (!m_current || !m_reopenAction->isEnabled())
        return;
    const FollowUpId id = m_currentId;
    const QString label = currentLabel();
    ReopenDialog dialog(label, m_service->calendar(), [this] { return m_service->now(); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applied(m_service->reopen(id, dialog.reason(), dialog.nextUpdate()), label);
}

void MainWindow::loadSampleData()
{
    auto loader = new SampleDataLoader(m_store.path(), m_sampleItems, this);
    loader->setObjectName(QStringLiteral("sampleDataLoader"));
    m_welcome->setEnabled(false);
    connect(loader, &SampleDataLoader::finished, this, [this, loader](bool ok, const QString &message) {
        loader->deleteLater();
        m_welcome->setEnabled(true);
        if (!ok)
            QMessageBox::information(this, tr("Load sample data"), message);
        reloadChoices();
        refresh();
        showView(View::Today);
    });
    loader->start();
}

void MainWindow::importFile()
{
    auto wizard = new ImportWizard(m_store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::imported, this, [this](const importing::ImportReport &report) {
        reloadChoices();
        refresh();
        statusBar()->showMessage(tr("Imported %1: %2 added, %3 updated.")
                                     .arg(QFileInfo(report.file).fileName())
                                     .arg(report.added)
                                     .arg(report.updated));
    });
    wizard->show();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    geometry::save(settings, this);
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/panelSplitter"), m_panel->splitter()->saveState());
    settings.remove(QStringLiteral("window/view"));   // the window opens on Today, whatever was shown last
    settings.setValue(QStringLiteral("window/todayHeader"), m_todayView->saveHeader());
    m_listView->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    m_placement->update();   // beside the list, or below it on a narrow screen
    if (!geometry::restore(settings, this))
        geometry::fitToScreen(this, screen() ? screen()->availableGeometry().size() * 0.9 : QSize(1360, 840));
    else
        geometry::fitToScreen(this);   // saved on a larger screen of the same name, or the panels moved
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({940, 460});
    if (!m_panel->splitter()->restoreState(settings.value(QStringLiteral("window/panelSplitter")).toByteArray()))
        m_panel->splitter()->setSizes({300, 220, 320});
    const QByteArray todayHeader = settings.value(QStringLiteral("window/todayHeader")).toByteArray();
    if (!todayHeader.isEmpty())
        m_todayView->restoreHeader(todayHeader);
    m_listView->restoreState(settings);
    // Monday morning starts with the review, not with the tab that was open on Friday.
    showView(View::Today);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_screenWatched && windowHandle()) {
        m_screenWatched = true;
        // Moved to another screen (or the laptop undocked): the panel's place and the size are decided again.
        connect(windowHandle(), &QWindow::screenChanged, this, [this] {
            m_placement->update();
            geometry::fitToScreen(this);
        });
    }
    m_placement->update();
    geometry::fitToScreen(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settlePanelEdits()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace ft
