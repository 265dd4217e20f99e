#include "ownerloadview.h"

#include <QHeaderView>
#include <QLocale>

namespace ft {

namespace {
constexpr int OwnerRole = Qt::UserRole + 1;
constexpr int EveryoneRole = Qt::UserRole + 2;
} // namespace

OwnerLoadView::OwnerLoadView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("ownerLoadView"));
    setAccessibleName(tr("Who is drowning"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Owner"), tr("Overdue"), tr("Due today"), tr("Gone quiet")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit ownerChosen(item->data(0, EveryoneRole).toBool() ? QString() : item->data(0, OwnerRole).toString());
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { emit itemActivated(item, 0); });
}

void OwnerLoadView::setLoads(const QList<TodayModel::OwnerLoad> &loads, const QString &current)
{
    const QSignalBlocker blocker(this);
    clear();
    const QLocale locale;
    auto everyone = new QTreeWidgetItem(this, {tr("Everyone")});
    everyone->setData(0, EveryoneRole, true);
    if (current.isEmpty())
        setCurrentItem(everyone);
    for (const TodayModel::OwnerLoad &load : loads) {
        auto item = new QTreeWidgetItem(this, {load.owner.isEmpty() ? tr("Nobody") : load.owner, locale.toString(load.overdue),
                                               locale.toString(load.dueToday), locale.toString(load.goneQuiet)});
        item->setData(0, OwnerRole, load.owner);
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!current.isEmpty() && load.owner == current)
            setCurrentItem(item);
    }
}

} // namespace ft
