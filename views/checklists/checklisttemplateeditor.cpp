#include "checklisttemplateeditor.h"

#include "checklist/templaterepository.h"
#include "checklisttemplateitemsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ft {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

ChecklistTemplateEditor::ChecklistTemplateEditor(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_repository(std::make_unique<ChecklistTemplateRepository>(store))
    , m_itemsModel(new ChecklistTemplateItemsModel(*m_repository, this))
{
    setObjectName(QStringLiteral("checklistTemplateEditor"));
    setWindowTitle(tr("Checklist templates"));
    m_itemsModel->setObjectName(QStringLiteral("checklistTemplateItemsModel"));

    auto splitter = new QSplitter(this);
    auto left = new QWidget(splitter);
    auto leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_templates = new QListWidget(left);
    m_templates->setObjectName(QStringLiteral("templateList"));
    auto newButton = button(tr("New…"), "newTemplateButton", left);
    m_rename = button(tr("Rename…"), "renameTemplateButton", left);
    m_duplicate = button(tr("Duplicate"), "duplicateTemplateButton", left);
    m_delete = button(tr("Delete…"), "deleteTemplateButton", left);
    auto leftButtons = new QGridLayout;
    leftButtons->addWidget(newButton, 0, 0);
    leftButtons->addWidget(m_rename, 0, 1);
    leftButtons->addWidget(m_duplicate, 1, 0);
    leftButtons->addWidget(m_delete, 1, 1);
    leftLayout->addWidget(new QLabel(tr("Templates"), left));
    leftLayout->addWidget(m_templates);
    leftLayout->addLayout(leftButtons);

    m_right = new QWidget(splitter);
    auto rightLayout = new QVBoxLayout(m_right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto applies = new QGroupBox(tr("Attach automatically to"), m_right);
    auto appliesLayout = new QFormLayout(applies);
    auto kinds = new QHBoxLayout;
    for (int k = 0; k < KindCount; ++k) {
        auto box = new QCheckBox(kindLabel(static_cast<Kind>(k)), applies);
        box->setObjectName(QStringLiteral("kind_%1").arg(kindKey(static_cast<Kind>(k))));
        kinds->addWidget(box);
        m_kinds << box;
        connect(box, &QCheckBox::toggled, this, &ChecklistTemplateEditor::saveApplicability);
    }
    kinds->addStretch();
    m_categories = new QLineEdit(applies);
    m_categories->setObjectName(QStringLiteral("categoriesEdit"));
    m_categories->setPlaceholderText(tr("Any category (or a list: Email, Printing)"));
    connect(m_categories, &QLineEdit::editingFinished, this, &ChecklistTemplateEditor::saveApplicability);
    appliesLayout->addRow(tr("Kinds:"), kinds);
    appliesLayout->addRow(tr("Categories:"), m_categories);
    auto kindsNote = new QLabel(tr("No kind ticked means every kind."), applies);
    kindsNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    appliesLayout->addRow(QString(), kindsNote);

    m_items = new QTableView(m_right);
    m_items->setObjectName(QStringLiteral("itemsTable"));
    m_items->setModel(m_itemsModel);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setDragEnabled(true);
    m_items->setAcceptDrops(true);
    m_items->setDropIndicatorShown(true);
    m_items->setDragDropMode(QAbstractItemView::InternalMove);
    m_items->setDragDropOverwriteMode(false);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setWordWrap(true);
    m_items->horizontalHeader()->setSectionResizeMode(ChecklistTemplateItemsModel::TextColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(ChecklistTemplateItemsModel::RequiredColumn, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(ChecklistTemplateItemsModel::HintColumn, QHeaderView::Stretch);
    auto up = new QAction(tr("Move up"), m_items);
    up->setObjectName(QStringLiteral("actionMoveItemUp"));
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetShortcut);
    auto down = new QAction(tr("Move down"), m_items);
    down->setObjectName(QStringLiteral("actionMoveItemDown"));
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    m_items->addAction(up);
    m_items->addAction(down);
    connect(up, &QAction::triggered, this, [this] { moveCurrentItem(-1); });
    connect(down, &QAction::triggered, this, [this] { moveCurrentItem(+1); });

    m_addItem = button(tr("Add item…"), "addItemButton", m_right);
    m_removeItem = button(tr("Remove item"), "removeItemButton", m_right);
    m_up = button(tr("Move up"), "moveItemUpButton", m_right);
    m_up->setToolTip(tr("Ctrl+Up; or drag the row"));
    m_down = button(tr("Move down"), "moveItemDownButton", m_right);
    m_down->setToolTip(tr("Ctrl+Down; or drag the row"));
    auto itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItem);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch();
    itemButtons->addWidget(m_up);
    itemButtons->addWidget(m_down);
    auto itemsNote = new QLabel(tr("Tick “Blocks closing” for required items; the others only warn. Double-click text "
                                   "or hint to edit it."),
                                m_right);
    itemsNote->setWordWrap(true);
    itemsNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    rightLayout->addWidget(applies);
    rightLayout->addWidget(m_items, 1);
    rightLayout->addWidget(itemsNote);
    rightLayout->addLayout(itemButtons);

    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({240, 660});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(newButton, &QPushButton::clicked, this, &ChecklistTemplateEditor::newTemplate);
    connect(m_rename, &QPushButton::clicked, this, &ChecklistTemplateEditor::renameTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &ChecklistTemplateEditor::duplicateTemplate);
    connect(m_delete, &QPushButton::clicked, this, &ChecklistTemplateEditor::deleteTemplate);
    connect(m_addItem, &QPushButton::clicked, this, &ChecklistTemplateEditor::addItem);
    connect(m_removeItem, &QPushButton::clicked, this, &ChecklistTemplateEditor::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentItem(+1); });
    connect(m_templates, &QListWidget::currentRowChanged, this, &ChecklistTemplateEditor::showTemplate);
    connect(m_itemsModel, &ChecklistTemplateItemsModel::failed, this, &ChecklistTemplateEditor::report);

    reloadTemplates();
    resize(960, 560);
}

ChecklistTemplateEditor::~ChecklistTemplateEditor() = default;

void ChecklistTemplateEditor::report(const QString &message) { m_message->setText(message); }

ChecklistTemplateId ChecklistTemplateEditor::currentTemplate() const
{
    const QListWidgetItem *item = m_templates->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ChecklistTemplateEditor::selectTemplate(ChecklistTemplateId id)
{
    for (int row = 0; row < m_templates->count(); ++row) {
        if (m_templates->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_templates->setCurrentRow(row);
            return;
        }
    }
}

void ChecklistTemplateEditor::reloadTemplates(ChecklistTemplateId select)
{
    const ChecklistTemplateId keep = select ? select : currentTemplate();
    auto all = m_repository->templates();
    {
        const QSignalBlocker blocker(m_templates);
        m_templates->clear();
        if (!all)
            report(all.error().message);
        else
            for (const ChecklistTemplate &t : all.value()) {
                auto item = new QListWidgetItem(t.name, m_templates);
                item->setData(Qt::UserRole, t.id);
            }
    }
    if (keep)
        selectTemplate(keep);
    if (!m_templates->currentItem() && m_templates->count() > 0)
        m_templates->setCurrentRow(0);
    showTemplate();
}

void ChecklistTemplateEditor::showTemplate()
{
    const ChecklistTemplateId id = currentTemplate();
    const bool has = id != 0;
    for (QWidget *w : {static_cast<QWidget *>(m_rename), static_cast<QWidget *>(m_duplicate), static_cast<QWidget *>(m_delete),
                       m_right})
        w->setEnabled(has);
    if (m_itemsModel->templateId() != id)
        m_itemsModel->setTemplate(id);
    m_filling = true;
    auto t = has ? m_repository->load(id) : Result<ChecklistTemplate>(ChecklistTemplate{});
    if (t) {
        for (int k = 0; k < KindCount; ++k)
            m_kinds.at(k)->setChecked((t->kindMask & kindBit(static_cast<Kind>(k))) != 0);
        m_categories->setText(formatCategories(t->categories));
    }
    m_filling = false;
}

void ChecklistTemplateEditor::saveApplicability()
{
    const ChecklistTemplateId id = currentTemplate();
    if (m_filling || !id)
        return;
    int mask = 0;
    for (int k = 0; k < KindCount; ++k) {
        if (m_kinds.at(k)->isChecked())
            mask |= kindBit(static_cast<Kind>(k));
    }
    if (auto saved = m_repository->setApplicability(id, mask, parseCategories(m_categories->text())); !saved)
        report(saved.error().message);
    else
        report({});
}

void ChecklistTemplateEditor::newTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New checklist template"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto created = m_repository->create(name);
    if (!created)
        return report(created.error().message);
    report({});
    reloadTemplates(created.value());
}

void ChecklistTemplateEditor::renameTemplate()
{
    const ChecklistTemplateId id = currentTemplate();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename checklist template"), tr("Name:"), QLineEdit::Normal,
                                               m_templates->currentItem()->text(), &ok);
    if (!ok)
        return;
    if (auto renamed = m_repository->rename(id, name); !renamed)
        return report(renamed.error().message);
    report({});
    reloadTemplates(id);
}

void ChecklistTemplateEditor::duplicateTemplate()
{
    const ChecklistTemplateId id = currentTemplate();
    if (!id)
        return;
    auto copy = m_repository->duplicate(id);
    if (!copy)
        return report(copy.error().message);
    report({});
    reloadTemplates(copy.value());
}

void ChecklistTemplateEditor::deleteTemplate()
{
    const ChecklistTemplateId id = currentTemplate();
    if (!id)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete checklist template"),
                    tr("Delete “%1”?").arg(m_templates->currentItem()->text()), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteTemplate"));
    box.setInformativeText(tr("It no longer attaches to new follow-ups. Checklists already attached keep their items."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (auto removed = m_repository->remove(id); !removed)
        return report(removed.error().message);
    report({});
    reloadTemplates();
}

void ChecklistTemplateEditor::addItem()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add checklist item"), tr("What must be done before closing:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (m_itemsModel->addItem(text)) {
        report({});
        m_items->setCurrentIndex(m_itemsModel->index(m_itemsModel->rowCount() - 1, 0));
    }
}

void ChecklistTemplateEditor::removeItem()
{
    const QModelIndex current = m_items->currentIndex();
    if (current.isValid() && m_itemsModel->removeItem(current.row()))
        report({});
}

void ChecklistTemplateEditor::moveCurrentItem(int delta)
{
    const QModelIndex current = m_items->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_itemsModel->rowCount())
        return;
    if (m_itemsModel->moveItem(current.row(), to)) {
        report({});
        m_items->setCurrentIndex(m_itemsModel->index(to, current.column()));
    }
}

} // namespace ft
