#pragma once

#include "domain/types.h"
#include "todaymodel.h"

#include <QWidget>
#include <array>

class QComboBox;
class QToolButton;
class QTreeView;
class QLabel;

namespace ft {

class OwnerLoadView;



// The Today review: the sections of TodayModel, all expanded, most urgent first.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    TodayView(TodayModel *model, QWidget *parent = nullptr);

    FollowUpId currentId() const;
    void selectId(FollowUpId id);
    // After an action: `id` where it is still listed, else the row that took its place (the next one
    // of its section, or the first of the sections after), so that the lead works down the list by
    // keyboard. Keeps the selection as it is when nothing is listed there; returns the id selected.
    FollowUpId selectIdOrNext(FollowUpId id);
    // The most urgent follow-up: the first of the first section that has any.
    void selectFirst();
    // Refreshes the model, keeping the selected follow-up selected when it is still listed.
    void refresh();
    QTreeView *tree() const { return m_tree; }
    // The owners and teams the review can be narrowed to.
    void setChoices(const QStringList &owners, const QStringList &teams);
    // Puts today's review on the clipboard, as plain text and as HTML.
    void copySummary();
    OwnerLoadView *ownerLoadView() const { return m_loads; }
    QByteArray saveHeader();
    // The title column's least width: below it, the other columns narrow instead.
    int titleMinimumWidth() const;
    void restoreHeader(const QByteArray &state);

signals:
    void currentChanged(FollowUpId id);
    void activated(FollowUpId id);
    void summaryCopied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layoutSections();
    void narrow();
    void chooseOwner(const QString &owner);
    void fitColumns();

    TodayModel *m_model;
    QLabel *m_summary;
    QComboBox *m_owner;
    QComboBox *m_team;
    QToolButton *m_showLoads;
    QToolButton *m_copy;
    OwnerLoadView *m_loads;
    QTreeView *m_tree;
    // Widens the columns the user did not size to their contents (dates, "resolved 1 d 23 h ago").
    void fitContents();

    std::array<int, TodayModel::ColumnCount> m_preferred{}; // per column: the width it would like
    std::array<bool, TodayModel::ColumnCount> m_userSized{}; // widened or narrowed by hand
    std::array<bool, TodayModel::ColumnCount> m_fitHidden{}; // hidden by fitColumns for want of room
    bool m_fitting = false;
    QPair<int, int> m_position{-1, -1};   // section and row of the last current follow-up
};

} // namespace ft
