#pragma once

#include "domain/followup.h"

#include <QObject>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace ft {

class BackupActions;
class ReportController;
class Store;

// The main window's actions, its menus and its toolbar: names, keys, tips and icons in one place.
// What an action does is wired by the window; this class only makes them and puts them in place.
class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(Store &store, QMainWindow *window, QUndoStack *undoStack);

    // File, Edit, Follow-up, View and Help, and the toolbar.
    void buildMenus();
    // Tools (before Help) with the checklist templates and `identity`; the checklist effect joins View.
    void addToolsMenu(QAction *identity);

    QAction *newFollowUp, *import, *exportCsv, *exportCalendar, *quit;
    QAction *undo, *redo;
    QAction *logContact, *promise, *resolve, *close, *reopen;
    QAction *today, *list, *kpiCharts, *improvementRegister, *find, *refresh, *switchPane;
    QAction *checklistTemplates, *checklistEffect;
    QAction *moveToServer;   // File → Move this register to a server…
    QAction *about, *shortcuts;
    // File → Print preview / Print / Export PDF, and Back up now / Restore: actions with work behind them.
    ReportController *report;
    BackupActions *backups;

    // The actions on one follow-up enabled as its status allows (none without a follow-up).
    void enableFor(const std::optional<FollowUp> &current);
    // The actions on one follow-up, for the rows' context menus.
    QList<QAction *> rowActions() const { return {logContact, promise, resolve, close, reopen}; }

signals:
    // The lead chose to open the register where it was just copied (a server address or a file).
    void openStoreRequested(const QString &address);

private:
    QMainWindow *m_window;
};

} // namespace ft
