#pragma once

#include "checklist/checklist.h"

#include <QAbstractTableModel>

namespace ft {

class ChecklistTemplateRepository;

// The items of one checklist template, editable in place: text, required / advisory, hint.
// Rows move by drag and drop (one row at a time) or moveItem(); every change is written to the
// store at once through the repository, so the order shown is always the order stored.
class ChecklistTemplateItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, RequiredColumn, HintColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit ChecklistTemplateItemsModel(ChecklistTemplateRepository &repository, QObject *parent = nullptr);

    void setTemplate(ChecklistTemplateId id);   // 0: none
    ChecklistTemplateId templateId() const { return m_templateId; }
    void reload();

    // Each returns false (and emits failed) when the store refused.
    bool addItem(const QString &text, bool required = true);
    bool removeItem(int row);
    bool moveItem(int from, int to);   // to: the row the item ends up at

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

signals:
    void failed(const QString &message);

private:
    ChecklistTemplateRepository &m_repository;
    ChecklistTemplateId m_templateId = 0;
    QList<ChecklistTemplateItem> m_items;
};

} // namespace ft
