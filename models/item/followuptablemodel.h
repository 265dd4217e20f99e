#pragma once

#include "domain/followup.h"
#include "followupfilter.h"

#include <QAbstractTableModel>
#include <QCache>
#include <functional>
#include <optional>

namespace ft {

class Store;

// The full list of follow-ups, for any size of store: the row count comes from COUNT(*), rows
// are read a page at a time as the view asks for them and kept in a bounded LRU cache of pages,
// sorting and filtering happen in SQL. Nothing ever loads the whole table.
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ReferenceColumn,
        TitleColumn,
        StatusColumn,
        PriorityColumn,
        OwnerColumn,
        TeamColumn,
        KindColumn,
        RequesterColumn,
        CategoryColumn,
        NextUpdateDueColumn,
        LastContactColumn,
        OpenedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,  // FollowUpId
        StatusRole,                 // int(Status)
        OverdueRole,                // bool: open and its promised update is past
        SortRole,                   // the raw value the column sorts by
    };
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 40;

    explicit FollowUpTableModel(const Store &store, QObject *parent = nullptr);

    void setClock(std::function<Timestamp()> clock) { m_clock = std::move(clock); }
    void setFilter(const FollowUpFilter &filter);
    const FollowUpFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    std::optional<FollowUp> followUpAt(int row) const;
    FollowUpId idAt(int row) const;
    // The row showing `id`, looked for in the pages around `hintRow`; -1 when not found there.
    int rowOfId(FollowUpId id, int hintRow = 0) const;
    // The last SQL failure, empty when none (the view shows it; the model never shows dialogs).
    QString lastError() const { return m_lastError; }

    // Re-reads the count and drops the cache: call after the store changed.
    void refresh();

signals:
    void failed(const QString &message);

private:
    const QList<FollowUp> *page(int pageIndex) const;
    qint64 countRows();
    QString orderBy() const;
    void fail(const QString &message) const;

    const Store &m_store;
    FollowUpFilter m_filter;
    int m_sortColumn = OpenedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_rowCount = 0;
    std::function<Timestamp()> m_clock;
    mutable QCache<int, QList<FollowUp>> m_pages;
    mutable QString m_lastError;
};

} // namespace ft
