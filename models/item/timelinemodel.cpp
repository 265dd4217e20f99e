#include "timelinemodel.h"
#include "domain/dateformats.h"

#include "displayformat.h"
#include "store/followupqueries.h"
#include "store/store.h"

#include <QDateTime>
#include <QLocale>

namespace ft {

namespace {

QString contactLabel(Channel channel)
{
    switch (channel) {
    case Channel::Phone: return TimelineModel::tr("Phone call");
    case Channel::Email: return TimelineModel::tr("Email");
    case Channel::Chat: return TimelineModel::tr("Chat");
    case Channel::InPerson: return TimelineModel::tr("Met in person");
    case Channel::Note: return TimelineModel::tr("Note");
    }
    return {};
}

QString withSummary(const QString &label, const QString &summary)
{
    return summary.isEmpty() ? label : TimelineModel::tr("%1: %2").arg(label, summary);
}

} // namespace

TimelineModel::TimelineModel(const Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

QString TimelineModel::describe(const TimelineEvent &e, const QTimeZone &zone)
{
    const QLocale locale;
    switch (e.type) {
    case EventType::Created: return withSummary(tr("Opened"), e.summary);
    case EventType::ContactLogged: return withSummary(contactLabel(e.channel.value_or(Channel::Note)), e.summary);
    case EventType::UpdatePromised:
        if (!e.dueAt)
            return tr("Update promised");
        return tr("Update promised for %1")
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(*e.dueAt, zone), dateformat::weekdayDayMonthTime()));
    case EventType::StatusChanged:
        if (e.fromStatus && e.toStatus)
            return tr("Status: %1 → %2").arg(statusLabel(*e.fromStatus), statusLabel(*e.toStatus));
        return withSummary(eventTypeLabel(e.type), e.summary);
    case EventType::Reopened:
        if (e.fromStatus && e.toStatus)
            return withSummary(tr("Reopened (callback): %1 → %2").arg(statusLabel(*e.fromStatus), statusLabel(*e.toStatus)),
                               e.summary);
        return withSummary(tr("Reopened (callback)"), e.summary);
    case EventType::FieldChanged: return withSummary(tr("Edited"), e.summary);
    case EventType::ChecklistItemChecked:
    case EventType::ChecklistItemUnchecked:
    case EventType::ChecklistOverridden:
    case EventType::ChecklistAttached:
    case EventType::SurveyReceived:
    case EventType::Imported:
        return withSummary(eventTypeLabel(e.type), e.summary);
    }
    return e.summary;
}

void TimelineModel::setFollowUp(FollowUpId id)
{
    m_id = id;
    refresh();
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    beginResetModel();
    m_newestFirst = newestFirst;
    endResetModel();
}

void TimelineModel::refresh()
{
    beginResetModel();
    m_events.clear();
    m_lastError.clear();
    if (m_id != 0) {
        auto events = timelineOf(m_store.connection(), m_id);
        if (events)
            m_events = events.value();
        else
            m_lastError = events.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit failed(m_lastError);
}

const TimelineEvent &TimelineModel::eventAt(int row) const
{
    return m_events.at(m_newestFirst ? m_events.size() - 1 - row : row);
}

int TimelineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_events.size()); }
int TimelineModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = eventAt(index.row());
    switch (role) {
    case EventTypeRole: return int(e.type);
    case TimestampRole: return e.at;
    case EventIdRole: return e.id;
    case Qt::ToolTipRole:
        return index.column() == EventColumn ? QVariant(describe(e, m_store.timeZone())) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: return display::dateTime(e.at, m_store.timeZone(), m_clock());
        case EventColumn: return describe(e, m_store.timeZone());
        case ActorColumn: return e.actor;
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case EventColumn: return tr("What happened");
    case ActorColumn: return tr("By");
    }
    return {};
}

} // namespace ft
