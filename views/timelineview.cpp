#include "timelineview.h"

#include "timelinemodel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace ft {

namespace {

// Wrapped descriptions need the height of the text at the column's current width, which the
// stock delegate does not know inside a tree view.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QHeaderView *header, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_header(header)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != TimelineModel::EventColumn)
            return size;
        const int width = std::max(40, m_header->sectionSize(index.column()) - 8);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap,
                                                           index.data().toString());
        size.setHeight(std::max(size.height(), text.height() + 4));
        return size;
    }

private:
    QHeaderView *m_header;
};

} // namespace

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setModel(model);
    setRootIsDecorated(false);
    // Descriptions wrap rather than hide what was said; a timeline has few rows, so varying heights cost little.
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TimelineModel::WhenColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TimelineModel::EventColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TimelineModel::ActorColumn, QHeaderView::ResizeToContents);
    setItemDelegate(new WrappingDelegate(header(), this));
    // Row heights depend on the width the text wraps in: lay the rows out again when it changes.
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
}

} // namespace ft
