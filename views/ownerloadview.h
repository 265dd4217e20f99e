#pragma once

#include "todaymodel.h"

#include <QTreeWidget>

namespace ft {

// "Who is drowning": per owner, how much of today's review is theirs (overdue, due today, gone
// quiet), the most overdue first. Clicking an owner narrows the review to them; "Everyone" widens it.
class OwnerLoadView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OwnerLoadView(QWidget *parent = nullptr);
    void setLoads(const QList<TodayModel::OwnerLoad> &loads, const QString &current);

signals:
    void ownerChosen(const QString &owner);   // empty: everyone
};

} // namespace ft
