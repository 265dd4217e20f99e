#pragma once

#include "domain/followup.h"
#include "domain/followupfilter.h"
#include "rowcounter.h"
#include "store/followupqueries.h"

#include <QAbstractTableModel>
#include <QCache>
#include <functional>
#include <optional>

namespace ft {

class Store;

// The full list of follow-ups, for any size of store. Rows are read a page at a time as the view asks
// for them and kept in a bounded LRU cache of pages; sorting and filtering happen in the store (a
// FollowUpListing of the filter, store/followupqueries.h); nothing ever loads the whole table.
//
// The first page is read at once and shown: when it is full, the list starts that long (growing by
// fetchMore() as the view scrolls) while a RowCounter counts the matching rows on its own thread, and
// the rows are inserted when the count arrives. A page next to a cached one is read by keyset (the rows
// after that page's last sort key), so scrolling costs the same at any depth; a jump reads from the
// nearest cached page or end with an OFFSET of the distance only.
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
    const FollowUpFilter &filter() const { return m_listing.filter(); }
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
    // The last read failure, empty when none (the view shows it; the model never shows dialogs).
    QString lastError() const { return m_lastError; }

    // Starts over (a model reset): the first page now, the count later. For a new filter.
    void refresh();
    // After the store changed: the rows are read again but stay where they are (no reset: the view keeps
    // its scroll position and selection); the count is taken again and rows are added or removed at the
    // end when it differs.
    void reload();
    // Whether a count of the rows is under way (after refresh() or reload()).
    bool isCounting() const { return m_counting; }
    // False while rowCount() is only the rows read so far and the count is not in yet.
    bool isLengthKnown() const { return m_lengthKnown; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);
    // The count arrived and rowCount() is now exact.
    void counted();

private:
    using Key = FollowUpKey;
    struct Page
    {
        QList<FollowUp> rows;
        Key first;
        Key last;
    };
    using Direction = FollowUpRange::Direction;

    const Page *page(int pageIndex) const;
    const Page *readPage(int pageIndex) const;
    // Reads up to `limit` rows after `skip` rows, from `anchor` (exclusive) on in `direction`,
    // or from the start (Forward) or the end (Backward) without one.
    std::optional<Page> query(Direction direction, const std::optional<Key> &anchor, qint64 skip, int limit) const;
    bool keysetUsable() const;
    void startOver();
    void startCount();
    void takeCount(int generation, qint64 rows);
    void resizeTo(int rows);
    void fail(const QString &message) const;

    const Store &m_store;
    FollowUpListing m_listing;      // the filter, as the store reads it
    int m_sortColumn = OpenedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_rowCount = 0;
    bool m_counting = false;
    bool m_resetting = false;       // a count is on its way
    bool m_lengthKnown = true;     // false: rowCount() is the rows read so far and there may be more
    int m_generation = 0;          // which filter and store state a count belongs to
    std::function<Timestamp()> m_clock;
    RowCounter *m_counter;
    mutable QCache<int, Page> m_pages;
    mutable QString m_lastError;
};

} // namespace ft
