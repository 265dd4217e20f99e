#pragma once

#include <QList>

class QAbstractItemView;
class QAction;
class QStatusBar;
class QUndoStack;

// Small pieces of the main window's behaviour, kept out of MainWindow.
namespace ft::windowactions {

// "Undone: Log contact: INC0001 …" / "Redone: …" in the status bar after each undo and redo.
void reportUndoRedo(QUndoStack *stack, QStatusBar *bar);
// Right-click on a row: the row becomes current and `actions` (the follow-up actions) pop up.
void giveRowsAContextMenu(QAbstractItemView *view, const QList<QAction *> &actions);

} // namespace ft::windowactions
