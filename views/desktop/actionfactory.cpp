#include "desktop/actionfactory.h"

#include "desktop/actionicons.h"

#include <QAction>

namespace ft::actions {

void setToolTipWithShortcut(QAction *action)
{
    const QString text = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    const QKeySequence shortcut = action->shortcut();
    action->setToolTip(shortcut.isEmpty() ? text
                                          : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
}

QAction *makeAction(QObject *parent, const char *name, const QString &text, const QKeySequence &shortcut,
                    const QString &tip, const char *icon)
{
    auto action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!tip.isEmpty())
        action->setStatusTip(tip);
    if (icon)
        action->setIcon(icons::action(QLatin1String(icon)));
    setToolTipWithShortcut(action);
    return action;
}

} // namespace ft::actions
