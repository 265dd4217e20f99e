#include "followuptablemodel.h"

#include "displayformat.h"
#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <limits>

namespace ft {

namespace {

// The SQL expression each column sorts by; NULL times sort after every real time.
QString sortExpression(int column)
{
    switch (column) {
    case FollowUpTableModel::ReferenceColumn: return QStringLiteral("reference");
    case FollowUpTableModel::TitleColumn: return QStringLiteral("title COLLATE NOCASE");
    case FollowUpTableModel::StatusColumn: return QStringLiteral("status");
    case FollowUpTableModel::PriorityColumn: return QStringLiteral("priority");
    case FollowUpTableModel::OwnerColumn: return QStringLiteral("owner COLLATE NOCASE");
    case FollowUpTableModel::TeamColumn: return QStringLiteral("team COLLATE NOCASE");
    case FollowUpTableModel::KindColumn: return QStringLiteral("kind");
    case FollowUpTableModel::RequesterColumn: return QStringLiteral("requester COLLATE NOCASE");
    case FollowUpTableModel::CategoryColumn: return QStringLiteral("category COLLATE NOCASE");
    case FollowUpTableModel::NextUpdateDueColumn: return QStringLiteral("coalesce(next_update_due, 9223372036854775807)");
    case FollowUpTableModel::LastContactColumn: return QStringLiteral("coalesce(last_contact_at, 0)");
    case FollowUpTableModel::OpenedColumn: return QStringLiteral("opened_at");
    }
    return QStringLiteral("id");
}

QVariant optionalTime(const std::optional<Timestamp> &t) { return t ? QVariant(*t) : QVariant(); }

} // namespace

FollowUpTableModel::FollowUpTableModel(const Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_pages(CachedPages)
{
    m_rowCount = int(countRows());
}

void FollowUpTableModel::setFilter(const FollowUpFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
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
    m_pages.clear();
    m_lastError.clear();
    m_rowCount = int(countRows());
    endResetModel();
}

qint64 FollowUpTableModel::countRows()
{
    const SqlCondition c = sqlCondition(m_filter, m_store.timeZone());
    QSqlQuery q(m_store.database());
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup") + c.where, c.values); !ok) {
        fail(ok.error().message);
        return 0;
    }
    if (!q.next())
        return 0;
    return std::min<qint64>(q.value(0).toLongLong(), std::numeric_limits<int>::max());
}

QString FollowUpTableModel::orderBy() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Built with arg(): GCC 12 misreads the string-builder chain here as an out-of-bounds copy.
    return QStringLiteral(" ORDER BY %1%2, id%2").arg(sortExpression(m_sortColumn), direction);
}

const QList<FollowUp> *FollowUpTableModel::page(int pageIndex) const
{
    if (const QList<FollowUp> *cached = m_pages.object(pageIndex))
        return cached;
    const SqlCondition c = sqlCondition(m_filter, m_store.timeZone());
    QVariantList values = c.values;
    values << PageSize << qint64(pageIndex) * PageSize;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + repo::followUpColumns + QStringLiteral(" FROM followup") + c.where
                                   + orderBy() + QStringLiteral(" LIMIT ? OFFSET ?"),
                            values);
        !ok) {
        fail(ok.error().message);
        return nullptr;
    }
    auto rows = new QList<FollowUp>;
    rows->reserve(PageSize);
    while (q.next())
        rows->append(repo::followUpFromQuery(q));
    m_pages.insert(pageIndex, rows);
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
    const QList<FollowUp> *rows = page(row / PageSize);
    const int offset = row % PageSize;
    if (!rows || offset >= rows->size())
        return std::nullopt;   // the store shrank since the count: refresh() will catch up
    return rows->at(offset);
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
        if (const QList<FollowUp> *rows = page(p)) {
            for (int i = 0; i < rows->size(); ++i)
                if (rows->at(i).id == id)
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
