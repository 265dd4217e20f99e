#include "todaymodel.h"

#include "store/calendarrepository.h"
#include "displayformat.h"
#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ft {

namespace {

// Internal ids: 0 for a section row, section + 1 for the rows under it.
constexpr quintptr sectionRowId = 0;

ReviewSection reviewSection(TodayModel::Section section)
{
    switch (section) {
    case TodayModel::Overdue: return ReviewSection::Overdue;
    case TodayModel::DueToday: return ReviewSection::DueToday;
    case TodayModel::GoneQuiet: return ReviewSection::GoneQuiet;
    case TodayModel::WaitingToClose:
    case TodayModel::SectionCount: break;
    }
    return ReviewSection::WaitingToClose;
}

} // namespace

TodayModel::TodayModel(const Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    refresh();
}

bool TodayModel::load(Section section, const ReviewTimes &times)
{
    const Connection connection = m_store.connection();
    m_byOwner.at(std::size_t(section)).clear();
    // "Who is drowning" counts what needs the lead now, whatever the owner / team narrowing.
    if (section != WaitingToClose) {
        auto byOwner = reviewSectionByOwner(connection, reviewSection(section), times);
        if (!byOwner) {
            m_lastError = byOwner.error().message;
            return false;
        }
        m_byOwner.at(std::size_t(section)) = byOwner.value();
    }
    SectionRows &s = m_sections.at(std::size_t(section));
    s = {};
    auto read = readReviewSection(connection, reviewSection(section), times, m_narrow, m_store.timeZone(), m_rowCap);
    if (!read) {
        m_lastError = read.error().message;
        return false;
    }
    s.count = read.value().count;
    s.rows = read.value().rows;
    return true;
}

void TodayModel::refresh()
{
    beginResetModel();
    m_lastError.clear();
    const Timestamp now = m_clock();
    m_loadedAt = now;
    bool ok = true;
    m_quietDays = m_store.setting(quietDaysKey, QString::number(DefaultQuietDays)).toInt(&ok);
    if (!ok || m_quietDays < 1)
        m_quietDays = DefaultQuietDays;
    auto calendar = loadCalendar(m_store);
    const BusinessCalendar cal = calendar ? calendar.value() : BusinessCalendar();
    const QTimeZone zone = m_store.timeZone();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    ReviewTimes times;
    times.now = now;
    times.endOfToday = QDateTime(today.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    // Quiet for N business days: nothing since the start of the working day N working days back.
    times.quietSince = QDateTime(cal.workingDaysBefore(today, m_quietDays), QTime(0, 0), zone).toSecsSinceEpoch();

    bool loaded = true;
    for (Section section : {Overdue, DueToday, GoneQuiet, WaitingToClose})
        loaded = loaded && load(section, times);
    m_openCount = 0;
    if (loaded) {
        if (auto counted = openFollowUpCount(m_store.connection()); !counted)
            m_lastError = counted.error().message;
        else
            m_openCount = counted.value();
    }
    if (!loaded)
        m_sections = {};
    if (!loaded)
        m_byOwner = {};
    sortRows();
    endResetModel();
    if (!m_lastError.isEmpty())
        emit failed(m_lastError);
}

QList<TodayModel::OwnerLoad> TodayModel::ownerLoads() const
{
    QHash<QString, OwnerLoad> loads;
    const auto add = [&loads](const QHash<QString, qint64> &counts, qint64 OwnerLoad::*field) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            OwnerLoad &load = loads[it.key()];
            load.owner = it.key();
            load.*field += it.value();
        }
    };
    add(m_byOwner[Overdue], &OwnerLoad::overdue);
    add(m_byOwner[DueToday], &OwnerLoad::dueToday);
    add(m_byOwner[GoneQuiet], &OwnerLoad::goneQuiet);
    QList<OwnerLoad> list = loads.values();
    std::sort(list.begin(), list.end(), [](const OwnerLoad &a, const OwnerLoad &b) {
        return std::tie(b.overdue, b.dueToday, b.goneQuiet, a.owner) < std::tie(a.overdue, a.dueToday, a.goneQuiet, b.owner);
    });
    return list;
}

void TodayModel::setOwnerAndTeam(const QString &owner, const QString &team)
{
    if (m_narrow.owner == owner && m_narrow.team == team)
        return;
    m_narrow.owner = owner;
    m_narrow.team = team;
    refresh();
}

void TodayModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column == WaitingColumn ? -1 : column;
    m_sortOrder = order;
    // Re-read: the review's own order comes from the store, and the rows may be stale.
    refresh();
}

void TodayModel::sortRows()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    const int column = m_sortColumn;
    const auto key = [column](const FollowUp &f) -> QVariant {
        switch (column) {
        case TitleColumn: return f.title;
        case ReferenceColumn: return f.reference;
        case OwnerColumn: return f.owner;
        case PriorityColumn: return int(f.priority);
        case StatusColumn: return int(f.status);
        case NextUpdateDueColumn: return f.nextUpdateDue ? QVariant(*f.nextUpdateDue) : QVariant();
        case LastContactColumn: return f.lastContactAt ? QVariant(*f.lastContactAt) : QVariant();
        default: return {};
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    for (SectionRows &section : m_sections) {
        std::stable_sort(section.rows.begin(), section.rows.end(), [&](const FollowUp &a, const FollowUp &b) {
            const QVariant ka = key(a), kb = key(b);
            // Without a value (no promise, no contact) last, whichever the direction.
            if (ka.isNull() != kb.isNull())
                return kb.isNull();
            if (ka.isNull())
                return false;
            int c = 0;
            if (ka.typeId() == QMetaType::QString)
                c = QString::localeAwareCompare(ka.toString().toCaseFolded(), kb.toString().toCaseFolded());
            else
                c = ka.toLongLong() < kb.toLongLong() ? -1 : (ka.toLongLong() > kb.toLongLong() ? 1 : 0);
            return ascending ? c < 0 : c > 0;
        });
    }
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionRowId);
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.internalId() != sectionRowId || parent.column() != 0)
        return 0;
    return int(m_sections.at(std::size_t(parent.row())).rows.size());
}

int TodayModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QString TodayModel::sectionTitle(Section section) const
{
    const qint64 count = m_sections.at(std::size_t(section)).count;
    const QString number = QLocale().toString(count);
    QString title;
    switch (section) {
    case Overdue: title = tr("Overdue: %1").arg(number); break;
    case DueToday: title = tr("Due today: %1").arg(number); break;
    case GoneQuiet: title = tr("Gone quiet (no contact for %1 business days): %2").arg(m_quietDays).arg(number); break;
    case WaitingToClose: title = tr("Waiting to close: %1").arg(number); break;
    case SectionCount: break;
    }
    if (count > m_rowCap)
        title += tr(" (first %1 shown)").arg(QLocale().toString(m_rowCap));
    return title;
}

QString TodayModel::waitingText(Section section, const FollowUp &f, Timestamp now) const
{
    switch (section) {
    case Overdue: return tr("%1 overdue").arg(display::duration(now - f.nextUpdateDue.value_or(now)));
    case DueToday: return tr("in %1").arg(display::duration(f.nextUpdateDue.value_or(now) - now));
    case GoneQuiet: return tr("quiet %1").arg(display::duration(now - f.lastContactAt.value_or(f.openedAt)));
    case WaitingToClose: return tr("resolved %1 ago").arg(display::duration(now - f.resolvedAt.value_or(now)));
    case SectionCount: break;
    }
    return {};
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == sectionRowId) {
        const auto section = Section(index.row());
        switch (role) {
        case Qt::DisplayRole: return index.column() == 0 ? QVariant(sectionTitle(section)) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ForegroundRole:
            return section == Overdue && count(Overdue) > 0 ? QVariant(QBrush(display::alertColor())) : QVariant();
        case IsSectionRole: return true;
        case SectionRole: return int(section);
        case CountRole: return count(section);
        case IdRole: return FollowUpId(0);
        default: return {};
        }
    }
    const auto section = Section(index.internalId() - 1);
    const FollowUp &f = m_sections.at(std::size_t(section)).rows.at(index.row());
    const Timestamp now = m_loadedAt;
    const QTimeZone zone = m_store.timeZone();
    const auto time = [&](const std::optional<Timestamp> &t) { return t ? display::dateTime(*t, zone, now) : QString(); };
    switch (role) {
    case IdRole: return f.id;
    case StatusRole: return int(f.status);
    case OverdueRole: return section == Overdue;
    case SectionRole: return int(section);
    case IsSectionRole: return false;
    case Qt::ToolTipRole: return index.column() == TitleColumn ? QVariant(f.title) : QVariant();
    case Qt::ForegroundRole:
        return section == Overdue && (index.column() == WaitingColumn || index.column() == NextUpdateDueColumn)
            ? QVariant(QBrush(display::alertColor()))
            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return f.title;
        case ReferenceColumn: return f.reference;
        case OwnerColumn: return f.owner;
        case PriorityColumn: return priorityLabel(f.priority);
        case StatusColumn: return statusLabel(f.status);
        case NextUpdateDueColumn: return time(f.nextUpdateDue);
        case LastContactColumn: return time(f.lastContactAt);
        case WaitingColumn: return waitingText(section, f, now);
        }
        return {};
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Follow-up");
    case ReferenceColumn: return tr("Reference");
    case OwnerColumn: return tr("Owner");
    case PriorityColumn: return tr("Priority");
    case StatusColumn: return tr("Status");
    case NextUpdateDueColumn: return tr("Update due");
    case LastContactColumn: return tr("Last contact");
    case WaitingColumn: return tr("Waiting");
    }
    return {};
}

QModelIndex TodayModel::indexOfId(FollowUpId id) const
{
    for (int s = 0; s < SectionCount; ++s) {
        const QList<FollowUp> &rows = m_sections.at(std::size_t(s)).rows;
        for (int r = 0; r < rows.size(); ++r)
            if (rows.at(r).id == id)
                return index(r, 0, sectionIndex(Section(s)));
    }
    return {};
}

FollowUpId TodayModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? data(index, IdRole).toLongLong() : 0;
}

} // namespace ft
