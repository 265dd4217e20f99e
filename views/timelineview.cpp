#include "timelineview.h"

#include "timelinemodel.h"

#include <QHeaderView>

namespace ft {

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TimelineModel::WhenColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TimelineModel::EventColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TimelineModel::ActorColumn, QHeaderView::ResizeToContents);
}

} // namespace ft
