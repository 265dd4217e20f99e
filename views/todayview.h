#pragma once

#include "domain/types.h"

#include <QWidget>

class QTreeView;
class QLabel;

namespace ft {

class TodayModel;

// The Today review: the sections of TodayModel, all expanded, most urgent first.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    TodayView(TodayModel *model, QWidget *parent = nullptr);

    FollowUpId currentId() const;
    void selectId(FollowUpId id);
    // The most urgent follow-up: the first of the first section that has any.
    void selectFirst();
    // Refreshes the model, keeping the selected follow-up selected when it is still listed.
    void refresh();
    QTreeView *tree() const { return m_tree; }
    QByteArray saveHeader() const;
    void restoreHeader(const QByteArray &state);

signals:
    void currentChanged(FollowUpId id);
    void activated(FollowUpId id);

private:
    void layoutSections();

    TodayModel *m_model;
    QLabel *m_summary;
    QTreeView *m_tree;
};

} // namespace ft
