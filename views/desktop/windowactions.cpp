#include "desktop/windowactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QStatusBar>
#include <QUndoStack>

namespace ft::windowactions {

void reportUndoRedo(QUndoStack *stack, QStatusBar *bar)
{
    // The index moves down by one on an undo and up by one on a redo (a push moves it up too, but a
    // push also grows the count, and then the action says so itself).
    auto last = std::make_shared<std::pair<int, int>>(stack->index(), stack->count());
    QObject::connect(stack, &QUndoStack::indexChanged, bar, [stack, bar, last](int index) {
        const auto [before, count] = *last;
        *last = {index, stack->count()};
        if (stack->count() != count)
            return;
        if (index < before)
            bar->showMessage(QCoreApplication::translate("ft::windowactions", "Undone: %1").arg(stack->text(index)), 5000);
        else if (index > before)
            bar->showMessage(QCoreApplication::translate("ft::windowactions", "Redone: %1").arg(stack->text(index - 1)), 5000);
    });
}

void giveRowsAContextMenu(QAbstractItemView *view, const QList<QAction *> &actions)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions(actions);
}

} // namespace ft::windowactions
