#include "mainwindow.h"

#include "backupactions.h"
#include "charts/kpichartsview.h"
#include "checklist/checklistservice.h"
#include "checklists/checklistactions.h"
#include "checklists/checklistrunwidget.h"
#include "currentfollowup.h"
#include "desktop/actionicons.h"
#include "desktop/identityaction.h"
#include "desktop/panelplacement.h"
#include "desktop/remindertray.h"
#include "desktop/windowactions.h"
#include "desktop/windowgeometry.h"
#include "desktop/windowreminders.h"
#include "domain/followupservice.h"
#include "duewatcher.h"
#include "exportactions.h"
#include "followupcommands.h"
#include "followuplistview.h"
#include "followuplookups.h"
#include "followuppanel.h"
#include "followuptablemodel.h"
#include "importactions.h"
#include "mainactions.h"
#include "mainpages.h"
#include "report/reportcontroller.h"
#include "store/store.h"
#include "storewatch.h"
#include "timelinemodel.h"
#include "todaymodel.h"
#include "todayview.h"
#include "welcomepage.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QWindow>

namespace ft {

static_assert(MainWindow::RefreshIntervalMs == StoreWatch::RefreshIntervalMs && MainWindow::StoreWatchMs == StoreWatch::StoreWatchMs);

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_service(std::make_unique<FollowUpService>(store))
    , m_checklists(std::make_unique<ChecklistService>(store))
    , m_todayModel(new TodayModel(store, this))
    , m_listModel(new FollowUpTableModel(store, this))
    , m_timelineModel(new TimelineModel(store, this))
    , m_undoStack(new QUndoStack(this))
    , m_dueWatcher(new DueWatcher(store, this))
    , m_actions(new MainActions(store, this, m_undoStack))
    , m_commands(new FollowUpCommands(store, *m_service, *m_checklists, m_undoStack, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — FollowThrough").arg(QFileInfo(store.path()).fileName()));
    setWindowIcon(icons::application());
    m_todayModel->setObjectName(QStringLiteral("todayModel"));
    m_listModel->setObjectName(QStringLiteral("listModel"));
    m_timelineModel->setObjectName(QStringLiteral("timelineModel"));
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_dueWatcher->setObjectName(QStringLiteral("dueWatcher"));
    createCentral();
    connectActions();
    m_actions->buildMenus();
    createChecklists();

    windowactions::reportUndoRedo(m_undoStack, statusBar());
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_counts);

    // Time passes: what is overdue, due today or quiet changes without any write. And another
    // window or a command-line run writes to the store: show it within seconds.
    m_watch = new StoreWatch(m_store, this);
    connect(m_watch, &StoreWatch::minutePassed, this, &MainWindow::reloadAll);
    connect(m_watch, &StoreWatch::changedElsewhere, this, [this] {
        // The list and Today keep their selection and the list its scroll position (refresh() re-reads in
        // place); unsaved edits in the panel stay, and the panel says when the change touched them.
        reloadAll();
        statusBar()->showMessage(tr("Showing changes saved by another window or program."), 5000);
    });
    connect(m_watch, &StoreWatch::connectionLost, this, [this](const QString &message) {
        statusBar()->showMessage(tr("%1 Trying again every 10 seconds; what you change meanwhile is not saved.").arg(message));
    });
    connect(m_watch, &StoreWatch::connectionRestored, this, [this] {
        statusBar()->showMessage(tr("Connected to the team store again."), 5000);
    });

    const auto failed = [this](const QString &message) { statusBar()->showMessage(message); };
    connect(m_todayModel, &TodayModel::failed, this, failed);
    connect(m_listModel, &FollowUpTableModel::failed, this, failed);
    connect(m_timelineModel, &TimelineModel::failed, this, failed);
    connect(m_commands, &FollowUpCommands::done, this, &MainWindow::followUpDone);
    connect(m_commands, &FollowUpCommands::replayed, this, &MainWindow::refresh);
    connect(m_commands, &FollowUpCommands::reloadRequested, this, [this] {
        m_panel->discardEdits();
        refresh();
    });

    m_reminders = new ReminderTray(m_dueWatcher, m_store.timeZone(), this);
    connectReminders(this, m_reminders, m_dueWatcher);
    reloadChoices();
    m_placement = std::make_unique<PanelPlacement>(m_pages->splitter, this);
    restoreSettings();
    refresh();
    // Open on the most urgent item, so that the panel has something to say from the start.
    if (currentView() == View::Today)
        m_todayView->selectFirst();
}

MainWindow::~MainWindow()
{
    delete m_choicesTask;   // a load in flight ends before the views it fills go
}

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    // Export PDF runs on a worker and ends without a dialog: say where the file went.
    connect(a.report, &ReportController::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(a.backups, &BackupActions::finished, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    // Reopened on the copy: this window closes (saving its layout and settling edits) and main opens the next.
    connect(&a, &MainActions::openStoreRequested, this, [this](const QString &address) {
        if (close())
            emit storeChangeRequested(address);
    });
    // Every row may have changed, and the undo history refers to rows of the content before.
    connect(a.backups, &BackupActions::restored, this, [this] {
        m_undoStack->clear();
        reloadAll();
    });

    auto exports = new ExportActions(m_store, m_listModel, this);
    connect(a.exportCsv, &QAction::triggered, exports, &ExportActions::exportCsv);
    connect(a.exportCalendar, &QAction::triggered, exports, &ExportActions::exportCalendar);
    connect(exports, &ExportActions::wrote, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(exports, &ExportActions::failed, m_commands, &FollowUpCommands::showError);
    m_imports = new ImportActions(m_store, this);
    connect(a.import, &QAction::triggered, m_imports, &ImportActions::importFile);
    connect(m_imports, &ImportActions::loaded, this, [this](const QString &message) {
        reloadAll();
        statusBar()->showMessage(message);
    });
    connect(m_imports, &ImportActions::sampleDataLoaded, this, [this] {
        reloadAll();
        showView(View::Today);
    });

    connect(a.newFollowUp, &QAction::triggered, this, &MainWindow::newFollowUp);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.logContact, &QAction::triggered, this, &MainWindow::logContact);
    connect(a.promise, &QAction::triggered, this, &MainWindow::promiseUpdate);
    connect(a.resolve, &QAction::triggered, this, &MainWindow::resolveCurrent);
    connect(a.close, &QAction::triggered, this, &MainWindow::closeCurrent);
    connect(a.reopen, &QAction::triggered, this, &MainWindow::reopenCurrent);
    connect(a.today, &QAction::triggered, this, [this] { showView(View::Today); });
    connect(a.list, &QAction::triggered, this, [this] { showView(View::List); });
    connect(a.kpiCharts, &QAction::triggered, this, &MainWindow::showKpiCharts);
    connect(a.improvementRegister, &QAction::triggered, m_pages, &MainPages::showRegister);
    connect(a.refresh, &QAction::triggered, this, [this] {
        reloadAll();
        if (m_pages->kpiChartsShown())
            m_pages->kpiCharts->refresh();
    });
    connect(a.switchPane, &QAction::triggered, this, &MainWindow::switchPane);
}

void MainWindow::createCentral()
{
    m_pages = new MainPages(m_store, m_todayModel, m_listModel, m_timelineModel, m_actions->import, this);
    m_todayView = m_pages->today;
    m_listView = m_pages->list;
    m_panel = m_pages->panel;
    setCentralWidget(m_pages);
    m_current = new CurrentFollowUp(m_store, *m_service, m_commands, m_pages, m_timelineModel, this);
    connect(m_current, &CurrentFollowUp::changed, this, [this] { m_actions->enableFor(m_current->value()); });
    connect(m_pages->welcome, &WelcomePage::sampleDataRequested, this, &MainWindow::loadSampleData);
    connect(m_pages->welcome, &WelcomePage::startEmptyRequested, this, [this] {
        m_startedEmpty = true;
        updatePage();
    });
    connectViews();
}

void MainWindow::connectViews()
{
    connect(m_todayView, &TodayView::summaryCopied, this,
            [this] { statusBar()->showMessage(tr("Today's review is on the clipboard, as text and as HTML."), 5000); });
    const auto pick = [this](FollowUpId id) {
        if (id)
            setCurrent(id);
    };
    connect(m_todayView, &TodayView::currentChanged, this, pick);
    connect(m_listView, &FollowUpListView::currentChanged, this, pick);
    // Enter or a double click on a row: log a contact, the most common next step.
    const auto activate = [this](FollowUpId id) {
        setCurrent(id);
        logContact();
    };
    connect(m_todayView, &TodayView::activated, this, activate);
    connect(m_listView, &FollowUpListView::activated, this, activate);
    connect(m_pages->tabs, &QTabWidget::currentChanged, this, [this, pick] { pick(m_pages->currentId()); });
    windowactions::giveRowsAContextMenu(m_todayView->tree(), m_actions->rowActions());
    windowactions::giveRowsAContextMenu(m_listView->table(), m_actions->rowActions());
    connect(m_actions->find, &QAction::triggered, m_pages, &MainPages::findInList);
    connect(m_panel, &FollowUpPanel::saveRequested, m_current, &CurrentFollowUp::saveEdits);
}

void MainWindow::showKpiCharts() { m_pages->showKpiCharts(); }

KpiChartsView *MainWindow::kpiChartsView() const { return m_pages->kpiCharts; }

void MainWindow::showView(View view) { m_pages->showView(view); }

MainWindow::View MainWindow::currentView() const { return m_pages->currentView(); }

void MainWindow::setCurrent(FollowUpId id) { m_current->pick(id); }

FollowUpId MainWindow::currentId() const { return m_current->id(); }

std::optional<FollowUp> MainWindow::currentFollowUp() const { return m_current->value(); }

void MainWindow::reloadChoices()
{
    // A newer load overtakes one in flight; only the newest list reaches the combos.
    const Store *store = &m_store;
    m_choicesTask->start([store](TaskControl &) { return loadChoices(*store); },
                         [this](const Result<FollowUpChoices> &choices) {
                             // Without suggestions the combos still take typed values; the models report store errors.
                             if (!choices)
                                 return;
                             m_commands->setChoices(choices->owners, choices->teams, choices->categories);
                             m_listView->setOwners(choices->owners);
                             m_todayView->setChoices(choices->owners, choices->teams);
                             m_panel->setChoices(choices->owners, choices->teams, choices->categories);
                         });
}

void MainWindow::reloadAll()
{
    reloadChoices();
    refresh();
}

void MainWindow::refresh()
{
    // Everything written before this point is read below: the store watch need not refresh again for it.
    if (m_watch)
        m_watch->markSeen();
    m_todayView->refresh();
    m_listView->refresh();
    m_current->reload();
    updateStatusBar();
    updatePage();
    // The tray badge follows own changes at once, not at the next tick.
    if (m_reminders && !m_checkingReminders) {
        m_checkingReminders = true;
        m_dueWatcher->check();
        m_checkingReminders = false;
    }
}

bool MainWindow::checkStoreChanges() { return m_watch->check(); }

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
    focusView();
}

void MainWindow::focusView() { m_pages->focusView(); }

void MainWindow::switchPane() { m_pages->switchPane(focusWidget()); }

void MainWindow::updatePage()
{
    auto count = followUpCount(m_store);
    m_pages->updatePage(count && count.value() == 0, m_startedEmpty);
}



void MainWindow::updateStatusBar()
{
    const QLocale locale;
    m_counts->setText(tr("Open: %1 · Overdue: %2 · Due today: %3")
                          .arg(locale.toString(m_todayModel->openCount()),
                               locale.toString(m_todayModel->count(TodayModel::Overdue)),
                               locale.toString(m_todayModel->count(TodayModel::DueToday))));
}


void MainWindow::followUpDone(FollowUpId id, const QString &message)
{
    m_current->setId(id);
    refresh();
    m_pages->selectDone(id);
    statusBar()->showMessage(message, 4000);
}

void MainWindow::newFollowUp()
{
    if (const auto draft = m_commands->askNewFollowUp()) {
        m_startedEmpty = true;
        m_commands->create(*draft);
    }
}

void MainWindow::logContact()
{
    if (currentFollowUp() && m_actions->logContact->isEnabled())
        m_commands->logContact(*currentFollowUp());
}

void MainWindow::promiseUpdate()
{
    if (currentFollowUp() && m_actions->promise->isEnabled())
        m_commands->promiseUpdate(*currentFollowUp());
}

void MainWindow::reopenCurrent()
{
    if (currentFollowUp() && m_actions->reopen->isEnabled())
        m_commands->reopen(*currentFollowUp());
}

void MainWindow::resolveCurrent()
{
    if (currentFollowUp())
        requestClosure(currentId(), Status::Resolved);
}

void MainWindow::closeCurrent()
{
    if (currentFollowUp())
        requestClosure(currentId(), Status::Closed);
}

void MainWindow::requestClosure(FollowUpId id, Status to)
{
    const auto &shown = m_current->value();
    const bool current = currentId() == id && shown;
    m_commands->requestClosure(id, to, current ? m_current->label() : QString(),
                               current ? std::optional<SeenState>(SeenState{shown->rowVersion, shown->status}) : std::nullopt);
}

void MainWindow::createChecklists()
{
    m_checklistActions = new ChecklistActions(m_store, *m_checklists, m_commands, [this] { return m_current->label(); }, this);
    m_checklistWidget = m_checklistActions->runWidget();
    m_panel->setChecklist(m_checklistWidget);
    m_current->setChecklist(m_checklistWidget);
    // "Add checklist" offers the templates as they are now.
    connect(m_checklistActions, &ChecklistActions::templatesEdited, m_current, &CurrentFollowUp::reload);
    connect(m_actions->checklistTemplates, &QAction::triggered, m_checklistActions, &ChecklistActions::editTemplates);
    connect(m_actions->checklistEffect, &QAction::triggered, m_checklistActions, &ChecklistActions::showEffect);
    // Actions are recorded under the name the lead gave, not the login name.
    auto identity = new IdentityAction(this);
    m_actions->addToolsMenu(identity->action());
    m_commands->setActor(IdentityAction::storedName());
    connect(identity, &IdentityAction::changed, m_commands, &FollowUpCommands::setActor);
}

void MainWindow::editChecklistTemplates() { m_checklistActions->editTemplates(); }

void MainWindow::showChecklistEffect() { m_checklistActions->showEffect(); }

void MainWindow::loadSampleData() { m_imports->loadSampleData(m_sampleItems, m_pages->welcome); }

windowsettings::Layout MainWindow::settingsLayout() const
{
    return {const_cast<MainWindow *>(this), m_pages->splitter, m_panel->splitter(), m_todayView, m_listView};
}

void MainWindow::saveSettings() const { windowsettings::save(settingsLayout()); }

void MainWindow::restoreSettings()
{
    m_placement->update();   // beside the list, or below it on a narrow screen
    windowsettings::restore(settingsLayout());
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
    if (!m_current->settleEdits()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace ft
