#include "followuptablemodel.h"

#include "displayformat.h"
#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace ft {

namespace {

FollowUpOrder orderOf(int column)
{
    switch (column) {
    case FollowUpTableModel::ReferenceColumn: return FollowUpOrder::Reference;
    case FollowUpTableModel::TitleColumn: return FollowUpOrder::Title;
    case FollowUpTableModel::StatusColumn: return FollowUpOrder::Status;
    case FollowUpTableModel::PriorityColumn: return FollowUpOrder::Priority;
    case FollowUpTableModel::OwnerColumn: return FollowUpOrder::Owner;
    case FollowUpTableModel::TeamColumn: return FollowUpOrder::Team;
    case FollowUpTableModel::KindColumn: return FollowUpOrder::Kind;
    case FollowUpTableModel::RequesterColumn: return FollowUpOrder::Requester;
    case FollowUpTableModel::CategoryColumn: return FollowUpOrder::Category;
    case FollowUpTableModel::NextUpdateDueColumn: return FollowUpOrder::NextUpdateDue;
    case FollowUpTableModel::LastContactColumn: return FollowUpOrder::LastContact;
    }
    return FollowUpOrder::Opened;
}

QVariant optionalTime(const std::optional<Timestamp> &t) { return t ? QVariant(*t) : QVariant(); }

} // namespace

FollowUpTableModel::FollowUpTableModel(const Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_listing(FollowUpFilter(), store.timeZone())
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_counter(new RowCounter(store, this))
    , m_pages(CachedPages)
{
    m_counter->setObjectName(QStringLiteral("listRowCounter"));
    connect(m_counter, &RowCounter::counted, this, &FollowUpTableModel::takeCount);
    connect(m_counter, &RowCounter::failed, this, [this](int generation, const QString &message) {
        if (generation != m_generation)
            return;
        m_counting = false;
        fail(message);
    });
    startOver();
}

void FollowUpTableModel::setFilter(const FollowUpFilter &filter)
{
    if (filter == m_listing.filter())
        return;
    m_listing = FollowUpListing(filter, m_store.timeZone());
    refresh();
}

void FollowUpTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    // Rows keep their count but not their places; persistent indexes cannot follow them
    // without reading every row, so they are dropped.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FollowUpTableModel::refresh()
{
    beginResetModel();
    startOver();
    // Listeners of modelReset (QAbstractItemModelTester among them) may call fetchMore() from within it,
    // and inserting rows there would nest a change inside the reset: they get their rows on the next call.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void FollowUpTableModel::startOver()
{
    ++m_generation;
    m_pages.clear();
    m_lastError.clear();
    // How broad the words are, asked again with every start: the store may have grown.
    m_listing = FollowUpListing::of(m_store.connection(), m_listing.filter(), m_store.timeZone());
    const Page *first = page(0);
    m_rowCount = first ? int(first->rows.size()) : 0;
    m_lengthKnown = m_rowCount < PageSize;
    m_counting = false;
    if (!m_lengthKnown)
        startCount();
}

void FollowUpTableModel::reload()
{
    ++m_generation;
    m_pages.clear();
    m_lastError.clear();
    const Page *first = page(0);
    const int firstRows = first ? int(first->rows.size()) : 0;
    if (firstRows < PageSize) {
        // The whole list fits in that page: its length is known now.
        m_counting = false;
        m_lengthKnown = true;
        resizeTo(firstRows);
    } else {
        if (m_rowCount < PageSize) {
            resizeTo(PageSize);
            m_lengthKnown = false;
        }
        startCount();
    }
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

void FollowUpTableModel::startCount()
{
    m_counting = true;
    m_counter->request(m_generation, [listing = m_listing](const Connection &connection) { return listing.count(connection); });
}

void FollowUpTableModel::takeCount(int generation, qint64 rows)
{
    if (generation != m_generation)
        return;   // for a filter or store state that has been replaced since
    const bool wasEstimate = !m_lengthKnown;
    const int count = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    m_counting = false;
    m_lengthKnown = true;
    if (count == m_rowCount)
        return emit counted();
    resizeTo(count);
    if (!wasEstimate && count > 0) {
        // After a reload the pages read while counting may have gone by the old length: read them again.
        m_pages.clear();
        emit dataChanged(index(0, 0), index(count - 1, ColumnCount - 1));
    }
    emit counted();
}

void FollowUpTableModel::resizeTo(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

bool FollowUpTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_lengthKnown;
}

void FollowUpTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_resetting)
        return;
    // While the count is under way, rowCount() is a whole number of pages read so far.
    const Page *next = page(m_rowCount / PageSize);
    const int rows = next ? int(next->rows.size()) : 0;
    if (rows < PageSize)
        m_lengthKnown = true;
    if (rows > 0)
        resizeTo(m_rowCount + rows);
}

bool FollowUpTableModel::keysetUsable() const
{
    return FollowUpListing::readsByKey(orderOf(m_sortColumn));
}

std::optional<FollowUpTableModel::Page> FollowUpTableModel::query(Direction direction, const std::optional<Key> &anchor,
                                                                  qint64 skip, int limit) const
{
    FollowUpRange range;
    range.order = orderOf(m_sortColumn);
    range.sortOrder = m_sortOrder;
    range.direction = direction;
    range.anchor = anchor;
    range.skip = skip;
    range.limit = limit;
    auto read = m_listing.read(m_store.connection(), range);
    if (!read) {
        fail(read.error().message);
        return std::nullopt;
    }
    Page page;
    page.rows = std::move(read.value().rows);
    if (!page.rows.isEmpty()) {
        page.first = read.value().keys.constFirst();
        page.last = read.value().keys.constLast();
    }
    return page;
}

const FollowUpTableModel::Page *FollowUpTableModel::page(int pageIndex) const
{
    if (const Page *cached = m_pages.object(pageIndex))
        return cached;
    return readPage(pageIndex);
}

const FollowUpTableModel::Page *FollowUpTableModel::readPage(int pageIndex) const
{
    // Every way of reaching the page costs the rows it skips; the cheapest one is taken.
    struct Plan
    {
        Direction direction;
        std::optional<Key> anchor;
        qint64 skip;
        int limit;
    };
    const qint64 start = qint64(pageIndex) * PageSize;
    Plan best{Direction::Forward, std::nullopt, start, PageSize};
    // From the end only by an exact length (not while a reload's count is under way).
    if (m_lengthKnown && !m_counting && start < m_rowCount) {
        const qint64 end = std::min<qint64>(start + PageSize, m_rowCount);
        if (m_rowCount - end < best.skip)
            best = {Direction::Backward, std::nullopt, m_rowCount - end, int(end - start)};
    }
    if (keysetUsable()) {
        const QList<int> cachedPages = m_pages.keys();
        for (int other : cachedPages) {
            const Page *near = m_pages.object(other);
            if (!near || near->rows.size() != PageSize)
                continue;
            if (other < pageIndex && !near->last.value.isNull()) {
                const qint64 skip = qint64(pageIndex - other - 1) * PageSize;
                if (skip < best.skip || (skip == best.skip && best.anchor == std::nullopt))
                    best = {Direction::Forward, near->last, skip, PageSize};
            } else if (other > pageIndex && !near->first.value.isNull()) {
                const qint64 skip = qint64(other - pageIndex - 1) * PageSize;
                if (skip < best.skip)
                    best = {Direction::Backward, near->first, skip, PageSize};
            }
        }
    }
    auto read = query(best.direction, best.anchor, best.skip, best.limit);
    if (!read)
        return nullptr;
    m_pages.insert(pageIndex, new Page(std::move(*read)));
    return m_pages.object(pageIndex);
}

void FollowUpTableModel::fail(const QString &message) const
{
    m_lastError = message;
    emit const_cast<FollowUpTableModel *>(this)->failed(message);
}

std::optional<FollowUp> FollowUpTableModel::followUpAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const Page *rows = page(row / PageSize);
    const int offset = row % PageSize;
    if (!rows || offset >= rows->rows.size())
        return std::nullopt;   // the store shrank since the count: the next count will catch up
    return rows->rows.at(offset);
}

FollowUpId FollowUpTableModel::idAt(int row) const
{
    const auto f = followUpAt(row);
    return f ? f->id : 0;
}

int FollowUpTableModel::rowOfId(FollowUpId id, int hintRow) const
{
    if (id == 0 || m_rowCount == 0)
        return -1;
    const int hintPage = std::clamp(hintRow, 0, m_rowCount - 1) / PageSize;
    const int lastPage = (m_rowCount - 1) / PageSize;
    for (int p : {hintPage, hintPage - 1, hintPage + 1}) {
        if (p < 0 || p > lastPage)
            continue;
        if (const Page *rows = page(p)) {
            for (int i = 0; i < rows->rows.size(); ++i)
                if (rows->rows.at(i).id == id)
                    return p * PageSize + i;
        }
    }
    return -1;
}

int FollowUpTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rowCount; }
int FollowUpTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FollowUpTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto f = followUpAt(index.row());
    if (!f)
        return {};
    const Timestamp now = m_clock();
    const bool overdue = f->isOpen() && f->nextUpdateDue && *f->nextUpdateDue < now;
    switch (role) {
    case IdRole: return f->id;
    case StatusRole: return int(f->status);
    case OverdueRole: return overdue;
    case Qt::ForegroundRole:
        if (index.column() == NextUpdateDueColumn && overdue)
            return QBrush(display::alertColor());
        if (!f->isOpen())
            return QBrush(display::mutedColor());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return f->title;
        return {};
    case Qt::DisplayRole:
        break;
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return int(f->status);
        case PriorityColumn: return int(f->priority);
        case KindColumn: return int(f->kind);
        case NextUpdateDueColumn: return optionalTime(f->nextUpdateDue);
        case LastContactColumn: return optionalTime(f->lastContactAt);
        case OpenedColumn: return f->openedAt;
        default: break;
        }
        break;
    default:
        return {};
    }
    const QTimeZone zone = m_store.timeZone();
    const auto time = [&](const std::optional<Timestamp> &t) { return t ? display::dateTime(*t, zone, now) : QString(); };
    switch (index.column()) {
    case ReferenceColumn: return f->reference;
    case TitleColumn: return f->title;
    case StatusColumn: return statusLabel(f->status);
    case PriorityColumn: return priorityLabel(f->priority);
    case OwnerColumn: return f->owner;
    case TeamColumn: return f->team;
    case KindColumn: return kindLabel(f->kind);
    case RequesterColumn: return f->requester;
    case CategoryColumn: return f->category;
    case NextUpdateDueColumn: return time(f->nextUpdateDue);
    case LastContactColumn: return time(f->lastContactAt);
    case OpenedColumn: return time(f->openedAt);
    }
    return {};
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn: return tr("Reference");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    case OwnerColumn: return tr("Owner");
    case TeamColumn: return tr("Team");
    case KindColumn: return tr("Kind");
    case RequesterColumn: return tr("Requester");
    case CategoryColumn: return tr("Category");
    case NextUpdateDueColumn: return tr("Next update due");
    case LastContactColumn: return tr("Last contact");
    case OpenedColumn: return tr("Opened");
    }
    return {};
}

} // namespace ft
