#pragma once

#include "calendar/businesscalendar.h"
#include "domain/followup.h"
#include "domain/followupfilter.h"
#include "store/todayqueries.h"

#include <QAbstractItemModel>
#include <QHash>
#include <array>
#include <functional>

namespace ft {

class Store;

// The morning review: open work grouped into what needs the lead now. Sections are the top-level
// rows (their display text carries the exact count), follow-ups their children. Each follow-up
// appears in one section at most, the first that applies in this order:
//   Overdue          open, promised update time passed (most overdue first)
//   Due today        open, promised update due later today (soonest first)
//   Gone quiet       open, no contact (or opened) for quietDays business days (quietest first)
//   Waiting to close resolved, not yet closed (longest waiting first)
class TodayModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // "Who is drowning": one owner's share of the review (not narrowed by the owner / team filter).
    struct OwnerLoad
    {
        QString owner;   // empty: nobody
        qint64 overdue = 0;
        qint64 dueToday = 0;
        qint64 goneQuiet = 0;
    };
    enum Section { Overdue, DueToday, GoneQuiet, WaitingToClose, SectionCount };
    enum Column {
        TitleColumn,
        ReferenceColumn,
        OwnerColumn,
        PriorityColumn,
        StatusColumn,
        NextUpdateDueColumn,
        LastContactColumn,
        WaitingColumn,      // how long overdue / until due / quiet / resolved
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,  // FollowUpId; 0 on section rows
        StatusRole,
        OverdueRole,
        SectionRole,                // int(Section), on section rows and their children
        IsSectionRole,
        CountRole,                  // on section rows: the exact count, capped rows or not
    };
    static constexpr int DefaultRowCap = 500;
    static constexpr int DefaultQuietDays = 3;
    static inline const QString quietDaysKey = QStringLiteral("quiet_days");

    explicit TodayModel(const Store &store, QObject *parent = nullptr);

    void setClock(std::function<Timestamp()> clock) { m_clock = std::move(clock); }
    void setRowCap(int cap) { m_rowCap = cap; }
    int quietDays() const { return m_quietDays; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 count(Section section) const { return m_sections.at(std::size_t(section)).count; }
    qint64 openCount() const { return m_openCount; }
    QModelIndex sectionIndex(Section section) const { return index(int(section), 0); }
    QModelIndex indexOfId(FollowUpId id) const;
    FollowUpId idAt(const QModelIndex &index) const;
    QString lastError() const { return m_lastError; }

    // Owners with anything overdue, due today or gone quiet: most overdue first, then most due today.
    QList<OwnerLoad> ownerLoads() const;
    // Re-reads every section (the clock, the calendar and quiet_days too): call after changes.
    void refresh();
    // Only the follow-ups of one owner and/or team (empty: everyone); counts follow. Refreshes.
    void setOwnerAndTeam(const QString &owner, const QString &team);
    QString ownerFilter() const { return m_narrow.owner; }
    QString teamFilter() const { return m_narrow.team; }
    // Orders the rows within each section by `column`; the Waiting column (and column -1) is the
    // review's own order, most urgent first. Kept across refreshes.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void failed(const QString &message);

private:
    struct SectionRows
    {
        qint64 count = 0;
        QList<FollowUp> rows;
    };
    bool load(Section section, const ReviewTimes &times);
    void sortRows();
    QString sectionTitle(Section section) const;
    QString waitingText(Section section, const FollowUp &f, Timestamp now) const;

    const Store &m_store;
    std::function<Timestamp()> m_clock;
    int m_rowCap = DefaultRowCap;
    int m_quietDays = DefaultQuietDays;
    Timestamp m_loadedAt = 0;
    qint64 m_openCount = 0;
    std::array<SectionRows, SectionCount> m_sections;
    QString m_lastError;
    std::array<QHash<QString, qint64>, SectionCount> m_byOwner;
    FollowUpFilter m_narrow;                 // owner and team only
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ft
