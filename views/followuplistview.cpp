#include "followuplistview.h"

#include "followuptablemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ft {

namespace {

// Status combo data: a status key, or one of these.
const QString anyStatus = QStringLiteral("any");
const QString openStatuses = QStringLiteral("open");

// Due-by choices, as days counted from today.
enum DueChoice { AnyDue, DueToday, DueTomorrow, DueThisWeek, DueWithinWeek };

QDate dueByDate(int choice)
{
    const QDate today = QDate::currentDate();
    switch (choice) {
    case DueToday: return today;
    case DueTomorrow: return today.addDays(1);
    case DueThisWeek: return today.addDays(7 - today.dayOfWeek());
    case DueWithinWeek: return today.addDays(7);
    default: return {};
    }
}

} // namespace

FollowUpListView::FollowUpListView(FollowUpTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_due(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("followUpListView"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search reference, title, requester, owner, category…"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open"), openStatuses);
    m_status->addItem(tr("Any status"), anyStatus);
    for (int s = 0; s < StatusCount; ++s)
        m_status->addItem(statusLabel(Status(s)), statusKey(Status(s)));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setMinimumContentsLength(12);
    setOwners({});
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Any kind"), -1);
    for (int k = 0; k < KindCount; ++k)
        m_kind->addItem(kindLabel(Kind(k)), k);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->addItem(tr("Any priority"), -1);
    for (int p = int(Priority::Critical); p <= int(Priority::Low); ++p)
        m_priority->addItem(priorityLabel(Priority(p)), p);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->addItem(tr("Any due date"), AnyDue);
    m_due->addItem(tr("Due by today"), DueToday);
    m_due->addItem(tr("Due by tomorrow"), DueTomorrow);
    m_due->addItem(tr("Due this week"), DueThisWeek);
    m_due->addItem(tr("Due within 7 days"), DueWithinWeek);
    m_count->setObjectName(QStringLiteral("listCount"));
    // The filters have no labels on screen (their first entry says what they filter): name them for screen readers.
    m_search->setAccessibleName(tr("Search follow-ups"));
    m_status->setAccessibleName(tr("Status filter"));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_priority->setAccessibleName(tr("Priority filter"));
    m_due->setAccessibleName(tr("Due date filter"));
    m_count->setAccessibleName(tr("Number of follow-ups shown"));

    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setAccessibleName(tr("Follow-ups"));
    m_table->setTabKeyNavigation(false);   // Tab leaves the table; arrows move inside it
    m_table->setModel(model);
    // The indicator first: enabling sorting sorts by whatever the indicator shows.
    m_table->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks for every row's size, so pages load only when seen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FollowUpTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    // Widths from typical contents, so that dates and labels are never cut; the title takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    const QString date = QStringLiteral("Wed 30 Sep 10:00");
    const std::pair<int, QString> widths[] = {
        {FollowUpTableModel::ReferenceColumn, QStringLiteral("INC0012345")},
        {FollowUpTableModel::StatusColumn, QStringLiteral("Waiting on vendor")},
        {FollowUpTableModel::PriorityColumn, QStringLiteral("3 Moderate")},
        {FollowUpTableModel::OwnerColumn, QStringLiteral("Margaret Okafor")},
        {FollowUpTableModel::TeamColumn, QStringLiteral("Service desk")},
        {FollowUpTableModel::KindColumn, QStringLiteral("Service request")},
        {FollowUpTableModel::RequesterColumn, QStringLiteral("Margaret Okafor")},
        {FollowUpTableModel::CategoryColumn, QStringLiteral("Network")},
        {FollowUpTableModel::NextUpdateDueColumn, date},
        {FollowUpTableModel::LastContactColumn, date},
        {FollowUpTableModel::OpenedColumn, QStringLiteral("30 Sep 2025 10:00")},
    };
    for (const auto &[column, sample] : widths)
        header->resizeSection(column, fit(sample));
    // Less-used columns start hidden (the saved header state remembers what the lead changes).
    for (int column : {FollowUpTableModel::TeamColumn, FollowUpTableModel::CategoryColumn, FollowUpTableModel::KindColumn,
                       FollowUpTableModel::RequesterColumn, FollowUpTableModel::LastContactColumn})
        header->hideSection(column);
    // Right-click on the header: show or hide any column but the title.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("columnMenu"));
        for (int column = 0; column < FollowUpTableModel::ColumnCount; ++column) {
            if (column == FollowUpTableModel::TitleColumn)
                continue;
            QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            connect(toggle, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(at));
    });

    // The search keeps room for about 24 characters; the filters shrink to their room and, when even
    // that is too little, move to a row of their own under the search (layoutFilters).
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    for (QComboBox *combo : {m_status, m_owner, m_kind, m_priority, m_due}) {
        // Their contents do not set their width (a long owner's name would): the layout does, down to
        // about seven characters.
        combo->setSizePolicy(QSizePolicy::Ignored, combo->sizePolicy().verticalPolicy());
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 7 + 32);
    }
    m_filters = new QGridLayout;
    layoutFilters(false);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_filters);
    layout->addWidget(m_count);
    layout->addWidget(m_table);

    m_debounce->setObjectName(QStringLiteral("searchDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FollowUpListView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_status, m_owner, m_kind, m_priority, m_due})
        connect(combo, &QComboBox::currentIndexChanged, this, &FollowUpListView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(m_model->idAt(current.row())); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const FollowUpId id = m_model->idAt(index.row()))
            emit activated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpListView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FollowUpListView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FollowUpListView::updateCount);
    connect(m_model, &FollowUpTableModel::counted, this, &FollowUpListView::updateCount);
    applyFilter();
}

void FollowUpListView::setOwners(const QStringList &owners)
{
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    for (const QString &owner : owners)
        m_owner->addItem(owner, owner);
    // A chosen owner stays chosen even when the list of owners does not (yet) have it.
    if (!current.isEmpty() && m_owner->findData(current) < 0)
        m_owner->addItem(current, current);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
}

FollowUpFilter FollowUpListView::filter() const
{
    FollowUpFilter f;
    f.text = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    f.openOnly = status == openStatuses;
    if (status != openStatuses && status != anyStatus)
        f.status = statusFromKey(status);
    f.owner = m_owner->currentData().toString();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = Kind(kind);
    if (const int priority = m_priority->currentData().toInt(); priority > 0)
        f.priority = Priority(priority);
    if (const QDate due = dueByDate(m_due->currentData().toInt()); due.isValid())
        f.dueBy = due;
    return f;
}

void FollowUpListView::applyFilter()
{
    m_debounce->stop();
    const FollowUpId id = currentId();
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setFilter(filter());
    }
    updateCount();
    if (id)
        selectId(id);
}

void FollowUpListView::updateCount()
{
    const int n = m_model->rowCount();
    const QString number = QLocale().toString(n);
    // The first page shows before the count of a long list is in; until then the number is a lower bound.
    if (!m_model->isLengthKnown())
        m_count->setText(m_model->filter().isEmpty() ? tr("%1 follow-ups or more (counting…)").arg(number)
                                                     : tr("%1 follow-ups or more match (counting…)").arg(number));
    else if (m_model->filter().isEmpty())
        m_count->setText(n == 1 ? tr("1 follow-up") : tr("%1 follow-ups").arg(number));
    else
        m_count->setText(n == 1 ? tr("1 follow-up matches") : tr("%1 follow-ups match").arg(number));
}

FollowUpId FollowUpListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void FollowUpListView::selectId(FollowUpId id)
{
    const int hint = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    const int row = m_model->rowOfId(id, hint);
    const QSignalBlocker blocker(m_table->selectionModel());
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, FollowUpTableModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void FollowUpListView::refresh()
{
    const QModelIndex current = m_table->currentIndex();
    const FollowUpId id = current.isValid() ? m_model->idAt(current.row()) : 0;
    const int row = current.isValid() ? current.row() : 0;
    {
        // Not a reset: the rows are read again in place, so the scroll position stays where the lead left it.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->reload();
    }
    if (!id)
        return;
    const int found = m_model->rowOfId(id, row);
    if (found >= 0 && found != m_table->currentIndex().row()) {
        const QSignalBlocker blocker(m_table->selectionModel());
        const QModelIndex index = m_model->index(found, FollowUpTableModel::TitleColumn);
        m_table->setCurrentIndex(index);
    }
}

void FollowUpListView::layoutFilters(bool twoRows)
{
    if (m_filters->count() > 0 && twoRows == m_filtersInTwoRows)
        return;
    m_filtersInTwoRows = twoRows;
    const QList<QComboBox *> combos{m_status, m_owner, m_kind, m_priority, m_due};
    m_filters->removeWidget(m_search);
    for (QComboBox *combo : combos)
        m_filters->removeWidget(combo);
    for (int c = 0; c < 6; ++c)
        m_filters->setColumnStretch(c, 0);
    if (twoRows) {
        m_filters->addWidget(m_search, 0, 0, 1, int(combos.size()));
        for (int c = 0; c < combos.size(); ++c) {
            m_filters->addWidget(combos[c], 1, c);
            m_filters->setColumnStretch(c, 1);
        }
    } else {
        m_filters->addWidget(m_search, 0, 0);
        m_filters->setColumnStretch(0, 3);
        for (int c = 0; c < combos.size(); ++c) {
            m_filters->addWidget(combos[c], 0, c + 1);
            m_filters->setColumnStretch(c + 1, 1);
        }
    }
}

void FollowUpListView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // One row while the search has its ~40 characters and each filter its ~14 next to it.
    layoutFilters(width() < fontMetrics().averageCharWidth() * (40 + 5 * 16));
}

void FollowUpListView::saveState(QSettings &settings) const
{
    // Columns and sort order are the lead's layout and are kept. The search and filters are not: they
    // belong to one look at one store, and a restart (or another store) that opened on "0 follow-ups
    // match" would hide the list behind a filter nobody remembers setting.
    for (const char *key : {"list/search", "list/status", "list/owner", "list/kind", "list/priority", "list/due"})
        settings.remove(QLatin1String(key));
    settings.setValue(QStringLiteral("list/header"), m_table->horizontalHeader()->saveState());
}

void FollowUpListView::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("list/header")).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                              m_table->horizontalHeader()->sortIndicatorOrder());
    applyFilter();
}

} // namespace ft
