#include "kpitargetsmodel.h"

#include "kpi/kpicolumns.h"

#include <QCoreApplication>

namespace ft {

namespace {
// The targets' words keep the translations they had in the dialog.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiSettingsDialog)
};
} // namespace

KpiTargetsModel::KpiTargetsModel(Store &store, ValueText valueText, DateText dateText, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_valueText(std::move(valueText))
    , m_dateText(std::move(dateText))
{
}

Result<void> KpiTargetsModel::reload()
{
    auto targets = listTargets(m_store);
    beginResetModel();
    m_targets = targets ? targets.value() : QList<KpiTarget>{};
    endResetModel();
    if (!targets)
        return targets.error();
    return {};
}

Result<void> KpiTargetsModel::set(const KpiTarget &target) { return setTarget(m_store, target); }

Result<void> KpiTargetsModel::remove(int row)
{
    if (row < 0 || row >= m_targets.size())
        return {};
    const KpiTarget &target = m_targets.at(row);
    return removeTarget(m_store, target.kpi, target.validFrom);
}

int KpiTargetsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_targets.size()); }

int KpiTargetsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KpiTargetsModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiTarget &t = m_targets.at(index.row());
    switch (Column(index.column())) {
    case KpiColumn: return kpiLabel(t.kpi);
    case ValueColumn: return m_valueText(t.kpi, t.value);
    case BetterColumn: return t.higherIsBetter ? Tr::tr("higher") : Tr::tr("lower");
    case FromColumn: return m_dateText(t.validFrom);
    case ColumnCount: break;
    }
    return {};
}

QVariant KpiTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KpiColumn: return Tr::tr("KPI");
    case ValueColumn: return Tr::tr("Target");
    case BetterColumn: return Tr::tr("Better");
    case FromColumn: return Tr::tr("From");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ft
