#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace ft::actions {

// The tooltip names the shortcut, so that hovering a toolbar button teaches the key.
void setToolTipWithShortcut(QAction *action);
// An action with an object name (tests reach it by name), key, status tip and themed icon.
QAction *makeAction(QObject *parent, const char *name, const QString &text, const QKeySequence &shortcut = {},
                    const QString &tip = {}, const char *icon = nullptr);

} // namespace ft::actions
