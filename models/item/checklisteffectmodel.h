#pragma once

#include "checklist/checklisteffect.h"

#include <QAbstractTableModel>

namespace ft {

// Per checklist item: how often it was skipped at resolving, and how often the user then came back,
// against the same item when it was checked. Rows in the order computeChecklistEffect gives
// (callback rate after skipping, highest first).
class ChecklistEffectModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, ChecklistColumn, KindColumn, SkippedColumn, SkippedCallbackColumn, CheckedColumn,
                  CheckedCallbackColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ChecklistEffectModel(QObject *parent = nullptr);
    void setEffect(const ChecklistEffect &effect);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "40 % (2 of 5)", or an em dash when there is nothing to divide.
    static QString rateText(int part, int whole);

private:
    QList<ChecklistItemEffect> m_items;
};

} // namespace ft
