#include "checklisttemplateitemsmodel.h"

#include "checklist/templaterepository.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace ft {

namespace {
const QString itemMimeType = QStringLiteral("application/x-followthrough-checklist-item");
}

ChecklistTemplateItemsModel::ChecklistTemplateItemsModel(ChecklistTemplateRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

void ChecklistTemplateItemsModel::setTemplate(ChecklistTemplateId id)
{
    m_templateId = id;
    reload();
}

void ChecklistTemplateItemsModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_templateId) {
        auto t = m_repository.load(m_templateId);
        if (t)
            m_items = t->items;
        else
            emit failed(t.error().message);
    }
    endResetModel();
}

bool ChecklistTemplateItemsModel::addItem(const QString &text, bool required)
{
    if (!m_templateId)
        return false;
    auto added = m_repository.addItem(m_templateId, text, required);
    if (!added) {
        emit failed(added.error().message);
        return false;
    }
    auto t = m_repository.load(m_templateId);
    if (!t) {
        emit failed(t.error().message);
        return false;
    }
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items = t->items;
    endInsertRows();
    return true;
}

bool ChecklistTemplateItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    if (auto removed = m_repository.removeItem(m_items.at(row).id); !removed) {
        emit failed(removed.error().message);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    for (int i = row; i < m_items.size(); ++i)
        m_items[i].position = i;
    endRemoveRows();
    return true;
}

bool ChecklistTemplateItemsModel::moveItem(int from, int to)
{
    if (from < 0 || from >= m_items.size() || to < 0 || to >= m_items.size() || from == to)
        return false;
    if (auto moved = m_repository.moveItem(m_items.at(from).id, to); !moved) {
        emit failed(moved.error().message);
        return false;
    }
    // beginMoveRows names the row the item is inserted before, in the old numbering.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_items.move(from, to);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].position = i;
    endMoveRows();
    return true;
}

int ChecklistTemplateItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistTemplateItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistTemplateItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistTemplateItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return item.text;
        if (role == Qt::ToolTipRole && !item.hint.isEmpty())
            return item.hint;
        break;
    case RequiredColumn:
        if (role == Qt::CheckStateRole)
            return item.required ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return item.required ? tr("Required") : tr("Advisory");
        if (role == Qt::ToolTipRole)
            return item.required ? tr("Required: closing is refused while it is unchecked")
                                 : tr("Advisory: closing warns while it is unchecked");
        break;
    case HintColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return item.hint;
        break;
    default:
        break;
    }
    return {};
}

QVariant ChecklistTemplateItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TextColumn: return tr("Item");
    case RequiredColumn: return tr("Blocks closing");
    case HintColumn: return tr("Hint");
    default: return {};
    }
}

Qt::ItemFlags ChecklistTemplateItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_templateId ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == RequiredColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistTemplateItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ChecklistTemplateItem item = m_items.at(index.row());
    if (index.column() == RequiredColumn && role == Qt::CheckStateRole)
        item.required = value.toInt() == Qt::Checked;
    else if (index.column() == TextColumn && role == Qt::EditRole)
        item.text = value.toString().trimmed();
    else if (index.column() == HintColumn && role == Qt::EditRole)
        item.hint = value.toString().trimmed();
    else
        return false;
    if (auto edited = m_repository.editItem(item.id, item.text, item.required, item.hint); !edited) {
        emit failed(edited.error().message);
        return false;
    }
    m_items[index.row()] = item;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QStringList ChecklistTemplateItemsModel::mimeTypes() const { return {itemMimeType}; }

QMimeData *ChecklistTemplateItemsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto data = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << indexes.constFirst().row();
    data->setData(itemMimeType, bytes);
    return data;
}

bool ChecklistTemplateItemsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                                  const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(itemMimeType);
}

bool ChecklistTemplateItemsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    QDataStream stream(data->data(itemMimeType));
    int from = -1;
    stream >> from;
    // Dropped between rows (row) or onto a row (parent): the item goes before that row.
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_items.size()));
    int to = before > from ? before - 1 : before;
    to = std::clamp(to, 0, int(m_items.size()) - 1);
    moveItem(from, to);
    // The move is done here; returning false keeps the view from removing the dragged row.
    return false;
}

} // namespace ft
