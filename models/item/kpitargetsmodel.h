#pragma once

#include "domain/error.h"
#include "kpi/kpitargets.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace ft {

class Store;

// The KPI targets as a table: the KPI, the target value, the direction that is better and the day
// it applies from, by KPI then day. The targets' reads and writes go through here, so the dialog
// holds no store calls. The value and the day are written the way the dialog writes them.
class KpiTargetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KpiColumn, ValueColumn, BetterColumn, FromColumn, ColumnCount };
    using ValueText = std::function<QString(Kpi, double)>;
    using DateText = std::function<QString(QDate)>;

    KpiTargetsModel(Store &store, ValueText valueText, DateText dateText, QObject *parent = nullptr);

    Result<void> reload();
    const QList<KpiTarget> &targets() const { return m_targets; }
    // Adds the target, or replaces the one for its KPI and day; reload() shows it.
    Result<void> set(const KpiTarget &target);
    // Removes the target shown in `row`; reload() shows the list without it.
    Result<void> remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
    ValueText m_valueText;
    DateText m_dateText;
    QList<KpiTarget> m_targets;
};

} // namespace ft
