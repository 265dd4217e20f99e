#pragma once

#include "domain/followup.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <functional>

namespace ft {

class Store;

// The timeline of one follow-up, each event in words: "Phone call: …", "Update promised for
// Tue 10:00", "Status: In progress → Resolved", "Reopened (callback)".
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, EventColumn, ActorColumn, ColumnCount };
    enum Role {
        EventTypeRole = Qt::UserRole + 1,   // int(EventType)
        TimestampRole,                      // UTC seconds
        EventIdRole,
    };

    explicit TimelineModel(const Store &store, QObject *parent = nullptr);

    // "Now" decides whether dates carry their year (only when not this year).
    void setClock(std::function<Timestamp()> clock) { m_clock = std::move(clock); }
    // 0 shows nothing.
    void setFollowUp(FollowUpId id);
    FollowUpId followUp() const { return m_id; }
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    void refresh();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The words for one event, in the store's zone (for the window and for reports alike).
    static QString describe(const TimelineEvent &event, const QTimeZone &zone);

signals:
    void failed(const QString &message);

private:
    const TimelineEvent &eventAt(int row) const;

    const Store &m_store;
    FollowUpId m_id = 0;
    bool m_newestFirst = true;
    std::function<Timestamp()> m_clock;
    QList<TimelineEvent> m_events;   // oldest first, as stored
    QString m_lastError;
};

} // namespace ft
