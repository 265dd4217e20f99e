#include "todayview.h"

#include "todaymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace ft {

TodayView::TodayView(TodayModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("todayTree"));
    m_tree->setAccessibleName(tr("Today review"));
    m_summary->setAccessibleName(tr("Today summary"));
    m_tree->setModel(model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TodayModel::TitleColumn, QHeaderView::Stretch);
    // Widths from typical contents, so that dates and labels are never cut; the title takes the rest.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const auto fit = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    header->resizeSection(TodayModel::ReferenceColumn, fit(QStringLiteral("INC0012345")));
    header->resizeSection(TodayModel::OwnerColumn, fit(QStringLiteral("Margaret Okafor")));
    header->resizeSection(TodayModel::PriorityColumn, fit(QStringLiteral("3 Moderate")));
    header->resizeSection(TodayModel::StatusColumn, fit(QStringLiteral("Waiting on vendor")));
    header->resizeSection(TodayModel::NextUpdateDueColumn, fit(QStringLiteral("Wed 30 Sep 10:00")));
    header->resizeSection(TodayModel::LastContactColumn, fit(QStringLiteral("Wed 30 Sep 10:00")));
    header->resizeSection(TodayModel::WaitingColumn, fit(QStringLiteral("12 d 23 h overdue")));
    header->setMinimumSectionSize(40);
    // The review answers "who is owed what": the last contact is in the panel and the Waiting column.
    header->hideSection(TodayModel::LastContactColumn);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayView::layoutSections);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(m_model->idAt(current)); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const FollowUpId id = m_model->idAt(index))
            emit activated(id);
    });
    layoutSections();
}

void TodayView::layoutSections()
{
    for (int s = 0; s < TodayModel::SectionCount; ++s) {
        // Section titles carry their count and need the whole width.
        m_tree->setFirstColumnSpanned(s, {}, true);
        m_tree->expand(m_model->sectionIndex(TodayModel::Section(s)));
    }
    const auto n = [this](TodayModel::Section s) { return QLocale().toString(m_model->count(s)); };
    m_summary->setText(tr("<b>%1</b> overdue · <b>%2</b> due today · <b>%3</b> gone quiet · <b>%4</b> waiting to close · "
                          "%5 open in all")
                           .arg(n(TodayModel::Overdue), n(TodayModel::DueToday), n(TodayModel::GoneQuiet),
                                n(TodayModel::WaitingToClose), QLocale().toString(m_model->openCount())));
}

void TodayView::selectFirst()
{
    for (int s = 0; s < TodayModel::SectionCount; ++s) {
        const QModelIndex section = m_model->sectionIndex(TodayModel::Section(s));
        if (m_model->rowCount(section) > 0) {
            m_tree->setCurrentIndex(m_model->index(0, 0, section));
            return;
        }
    }
}

FollowUpId TodayView::currentId() const { return m_model->idAt(m_tree->currentIndex()); }

void TodayView::selectId(FollowUpId id)
{
    const QModelIndex index = m_model->indexOfId(id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clearCurrentIndex();
        m_tree->clearSelection();
    }
}

void TodayView::refresh()
{
    const FollowUpId id = currentId();
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_model->refresh();
    // Still listed: selected again. Gone from the review (e.g. contacted): the window keeps showing
    // it in the panel all the same, so no currentChanged here.
    if (id)
        selectId(id);
}

QByteArray TodayView::saveHeader() const { return m_tree->header()->saveState(); }
void TodayView::restoreHeader(const QByteArray &state) { m_tree->header()->restoreState(state); }

} // namespace ft
