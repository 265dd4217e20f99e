#pragma once

#include "domain/followupfilter.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

namespace ft {

class FollowUpTableModel;

// The full list: a search field and filter combos over the paged table. Typing narrows the
// list after a short pause (150 ms), so that a fast typist does not wait for every letter.
class FollowUpListView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    FollowUpListView(FollowUpTableModel *model, QWidget *parent = nullptr);

    void setOwners(const QStringList &owners);
    FollowUpFilter filter() const;
    FollowUpId currentId() const;
    void selectId(FollowUpId id);
    // Refreshes the model, keeping the selected follow-up selected when it is still in view.
    void refresh();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

signals:
    void currentChanged(FollowUpId id);
    void activated(FollowUpId id);

private:
    void applyFilter();
    void layoutFilters(bool twoRows);
    void resizeEvent(QResizeEvent *event) override;
    void updateCount();

    FollowUpTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_owner;
    QComboBox *m_kind;
    QComboBox *m_priority;
    QComboBox *m_due;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_debounce;
    QGridLayout *m_filters = nullptr;
    bool m_filtersInTwoRows = false;
};

} // namespace ft
