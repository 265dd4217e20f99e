#include "checklisteffectmodel.h"

#include "kpi/kpicolumns.h"

#include <QLocale>

namespace ft {

ChecklistEffectModel::ChecklistEffectModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecklistEffectModel::setEffect(const ChecklistEffect &effect)
{
    beginResetModel();
    m_items = effect.items;
    endResetModel();
}

int ChecklistEffectModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int ChecklistEffectModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ChecklistEffectModel::rateText(int part, int whole)
{
    if (whole == 0)
        return QStringLiteral("—");
    const QLocale locale;
    if (whole < KpiFewItems)   // the same small-sample rule as the charts and the review report
        return tr("%1 of %2: too few to judge").arg(locale.toString(part), locale.toString(whole));
    return tr("%1 % (%2 of %3)")
        .arg(locale.toString(100.0 * part / whole, 'f', 0), locale.toString(part), locale.toString(whole));
}

QVariant ChecklistEffectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItemEffect &e = m_items.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case SkippedColumn: return e.skipped;
        case SkippedCallbackColumn: return e.callbackRateWhenSkipped().value_or(-1.0);
        case CheckedColumn: return e.checked;
        case CheckedCallbackColumn: return e.callbackRateWhenChecked().value_or(-1.0);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= SkippedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ItemColumn: return e.text;
    case ChecklistColumn: return e.templateName;
    case KindColumn: return e.required ? tr("Required") : tr("Advisory");
    case SkippedColumn: return locale.toString(e.skipped);
    case SkippedCallbackColumn: return rateText(e.skippedThenCalledBack, e.skipped);
    case CheckedColumn: return locale.toString(e.checked);
    case CheckedCallbackColumn: return rateText(e.checkedThenCalledBack, e.checked);
    default: return {};
    }
}

QVariant ChecklistEffectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Checklist item");
    case ChecklistColumn: return tr("Checklist");
    case KindColumn: return tr("Kind");
    case SkippedColumn: return tr("Times skipped");
    case SkippedCallbackColumn: return tr("Called back after skipping");
    case CheckedColumn: return tr("Times checked");
    case CheckedCallbackColumn: return tr("Called back when checked");
    default: return {};
    }
}

} // namespace ft
