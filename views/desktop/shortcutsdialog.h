#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace ft {

// Help → Keyboard shortcuts: every action of the menus that has a shortcut, read from the
// actions themselves, so that the list can never disagree with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace ft
