#include "mainactions.h"

#include "backupactions.h"
#include "desktop/aboutdialog.h"
#include "desktop/actionfactory.h"
#include "desktop/shortcutsdialog.h"
#include "desktop/actionicons.h"
#include "movetoserverdialog.h"
#include "report/reportcontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace ft {

namespace {
// The window's words keep their translations where they were made before this class existed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::MainWindow)
};

using actions::makeAction;
using actions::setToolTipWithShortcut;
} // namespace

MainActions::MainActions(Store &store, QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("mainActions"));
    QObject *p = window;   // tests and the shortcuts dialog find the actions as the window's children
    newFollowUp = makeAction(p, "actionNewFollowUp", Tr::tr("&New follow-up…"), QKeySequence::New,
                             Tr::tr("Record a new piece of work someone is waiting on"), "document-new");
    import = makeAction(p, "actionImport", Tr::tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                        Tr::tr("Read follow-ups from a CSV file"), "document-import");
    exportCsv = makeAction(p, "actionExportCsv", Tr::tr("Export follow-ups as &CSV…"), {},
                           Tr::tr("Write the follow-ups of the list (its current filter) to a CSV file"),
                           "document-export");
    exportCalendar = makeAction(p, "actionExportCalendar", Tr::tr("Export promised updates as i&Calendar…"), {},
                                Tr::tr("Write the open promised updates to a calendar file (.ics)"), "x-office-calendar");
    report = new ReportController(store, window);
    report->printPreviewAction()->setIcon(icons::action(QStringLiteral("document-preview")));
    report->printAction()->setIcon(icons::action(QStringLiteral("document-print")));
    report->exportPdfAction()->setIcon(icons::action(QStringLiteral("document-export")));
    // Ctrl+P is Promise update (used daily); two actions on one key would make both ambiguous.
    report->printAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    report->exportPdfAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (QAction *action : {report->printPreviewAction(), report->printAction(), report->exportPdfAction()})
        setToolTipWithShortcut(action);
    quit = makeAction(p, "actionQuit", Tr::tr("&Quit"), QKeySequence::Quit, Tr::tr("Save the window layout and quit"),
                      "application-exit");
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(p, Tr::tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(icons::action(QStringLiteral("edit-undo")));
    undo->setStatusTip(Tr::tr("Take back the last change"));
    redo = undoStack->createRedoAction(p, Tr::tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setIcon(icons::action(QStringLiteral("edit-redo")));
    redo->setStatusTip(Tr::tr("Make the change taken back again"));
    // The undo stack renames these actions after every change ("Undo Log contact"): keep the key in the tooltip.
    for (QAction *action : {undo, redo}) {
        setToolTipWithShortcut(action);
        // Setting the same tooltip again emits nothing, so this does not loop.
        connect(action, &QAction::changed, this, [action] { setToolTipWithShortcut(action); });
    }

    logContact = makeAction(p, "actionLogContact", Tr::tr("&Log contact…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                            Tr::tr("Record a call, email or visit, and promise the next update"), "call-start");
    promise = makeAction(p, "actionPromiseUpdate", Tr::tr("&Promise update…"), QKeySequence(Qt::CTRL | Qt::Key_P),
                         Tr::tr("Set when the requester will next hear from us"), "appointment-new");
    resolve = makeAction(p, "actionResolve", Tr::tr("&Resolve"), QKeySequence(Qt::CTRL | Qt::Key_R),
                         Tr::tr("The work is done; waiting for the requester to confirm"), "task-complete");
    close = makeAction(p, "actionClose", Tr::tr("&Close"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                       Tr::tr("Close the follow-up for good"), "task-close");
    reopen = makeAction(p, "actionReopen", Tr::tr("Re&open"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                        Tr::tr("The requester called back: the work is not done (counts as a callback)"), "task-reopen");

    today = makeAction(p, "actionShowToday", Tr::tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_1),
                       Tr::tr("Overdue, due today, gone quiet, waiting to close"), "view-calendar-day");
    list = makeAction(p, "actionShowAll", Tr::tr("&All follow-ups"), QKeySequence(Qt::CTRL | Qt::Key_2),
                      Tr::tr("The full list with search and filters"), "view-list-details");
    kpiCharts = makeAction(p, "actionShowKpiCharts", Tr::tr("&KPI charts"), QKeySequence(Qt::CTRL | Qt::Key_3),
                           Tr::tr("Each KPI over weeks, months or quarters, against its target"), "view-statistics");
    improvementRegister = makeAction(p, "actionShowRegister", Tr::tr("Improvement &register"), QKeySequence(Qt::CTRL | Qt::Key_4),
                                     Tr::tr("The improvement initiatives and what came of them"), "view-list-text");
    find = makeAction(p, "actionFind", Tr::tr("&Find…"), QKeySequence::Find,
                      Tr::tr("Search the full list by reference, title, requester, owner or category"), "edit-find");
    refresh = makeAction(p, "actionRefresh", Tr::tr("&Refresh"), QKeySequence::Refresh,
                         Tr::tr("Read the store again (also happens every minute)"), "view-refresh");
    switchPane = makeAction(p, "actionSwitchPane", Tr::tr("&Switch between list and details"), QKeySequence(Qt::Key_F6),
                            Tr::tr("Move the keyboard focus between the list and the follow-up"));
    checklistTemplates = makeAction(p, "actionChecklistTemplates", Tr::tr("&Checklist templates…"), {},
                                    Tr::tr("Write the checks that must be done before work is closed"), "view-checklist");
    checklistEffect = makeAction(p, "actionChecklistEffect", Tr::tr("Checklist &effect"), QKeySequence(Qt::CTRL | Qt::Key_5),
                                 Tr::tr("Callbacks after complete checklists against skipped ones"), "view-statistics");
    about = makeAction(p, "actionAbout", Tr::tr("&About FollowThrough"), {},
                       Tr::tr("Version, store, what it holds, and the licence"), "help-about");
    about->setMenuRole(QAction::AboutRole);
    shortcuts = makeAction(p, "actionShortcuts", Tr::tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
                           Tr::tr("Every key the menus answer to"), "help-keyboard-shortcuts");

    moveToServer = makeAction(p, "actionMoveToServer", Tr::tr("&Move this register to a server…"), {},
                              Tr::tr("Copy the whole register into an empty team store on a PostgreSQL server; "
                                     "this file stays as it is"), "network-server");
    connect(moveToServer, &QAction::triggered, this, [this, &store, window] {
        MoveToServerDialog dialog(store, window);
        if (dialog.exec() == QDialog::Accepted && !dialog.openAddress().isEmpty())
            emit openStoreRequested(dialog.openAddress());
    });

    connect(about, &QAction::triggered, this, [&store, window] {
        AboutDialog dialog(store, window);
        dialog.exec();
    });
    connect(shortcuts, &QAction::triggered, this, [window] {
        ShortcutsDialog dialog(window->menuBar(), window);
        dialog.exec();
    });

    backups = new BackupActions(store, window);
    backups->setObjectName(QStringLiteral("backupActions"));
    backups->backUpNowAction()->setIcon(icons::action(QStringLiteral("document-save")));
    backups->restoreAction()->setIcon(icons::action(QStringLiteral("document-revert")));
}

void MainActions::enableFor(const std::optional<FollowUp> &current)
{
    const bool has = current.has_value();
    const Status status = has ? current->status : Status::New;
    logContact->setEnabled(has && status != Status::Closed);
    promise->setEnabled(has && status != Status::Closed);
    resolve->setEnabled(has && isOpenStatus(status));
    close->setEnabled(has && status != Status::Closed);
    reopen->setEnabled(has && !isOpenStatus(status));
}

void MainActions::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));
    QMenu *file = bar->addMenu(Tr::tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addActions({newFollowUp, import, exportCsv, exportCalendar});
    file->addSeparator();
    file->addActions({backups->backUpNowAction(), backups->restoreAction(), moveToServer});
    file->addSeparator();
    file->addActions({report->printPreviewAction(), report->printAction(), report->exportPdfAction()});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(Tr::tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(find);

    QMenu *followUp = bar->addMenu(Tr::tr("F&ollow-up"));
    followUp->setObjectName(QStringLiteral("menuFollowUp"));
    followUp->addAction(newFollowUp);
    followUp->addSeparator();
    followUp->addActions({logContact, promise});
    followUp->addSeparator();
    followUp->addActions({resolve, close, reopen});

    QMenu *view = bar->addMenu(Tr::tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addActions({today, list, kpiCharts, improvementRegister, switchPane});
    view->addSeparator();
    view->addAction(refresh);

    QMenu *help = bar->addMenu(Tr::tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);

    QToolBar *tools = m_window->addToolBar(Tr::tr("Actions"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addActions({newFollowUp, logContact, promise, resolve, close, reopen});
    tools->addSeparator();
    tools->addActions({undo, redo});
    tools->addSeparator();
    tools->addActions({today, list, kpiCharts, refresh});
    // Undo, redo and refresh are known by their icons everywhere: without their words the bar fits
    // a 1024-pixel-wide window (the tooltips still name them and their keys).
    for (QAction *action : {undo, redo, refresh})
        if (auto button = qobject_cast<QToolButton *>(tools->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MainActions::addToolsMenu(QAction *identity)
{
    QMenuBar *bar = m_window->menuBar();
    auto *tools = new QMenu(Tr::tr("&Tools"), bar);
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(checklistTemplates);
    tools->addAction(identity);
    QMenu *help = bar->findChild<QMenu *>(QStringLiteral("menuHelp"));
    bar->insertMenu(help ? help->menuAction() : nullptr, tools);
    if (QMenu *view = bar->findChild<QMenu *>(QStringLiteral("menuView"))) {
        QAction *before = nullptr;
        for (QAction *a : view->actions()) {
            if (a->isSeparator()) {
                before = a;
                break;
            }
        }
        view->insertAction(before, checklistEffect);
    }
}

} // namespace ft
