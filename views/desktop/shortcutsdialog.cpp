#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ft {

namespace {

QString plain(QString text) { return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed(); }

void addMenu(QTreeWidget *list, const QMenu *menu, QSet<const QAction *> &seen)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(list, action->menu(), seen);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        if (!group) {
            group = new QTreeWidgetItem(list, {plain(menu->title())});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        auto item = new QTreeWidgetItem(group, {plain(action->text()), keys.join(QStringLiteral(", "))});
        item->setToolTip(0, action->statusTip());
        item->setData(0, Qt::UserRole, action->objectName());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAlternatingRowColors(true);
    QSet<const QAction *> seen;
    for (QAction *top : menus->actions())
        if (top->menu())
            addMenu(m_list, top->menu(), seen);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto hint = new QLabel(tr("Everywhere: Tab and Shift+Tab move between fields, Alt with an underlined letter "
                              "jumps to that field or menu, F6 switches between the list and the details."),
                           this);
    hint->setObjectName(QStringLiteral("shortcutsHint"));
    hint->setWordWrap(true);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(480, 520);
}

} // namespace ft
