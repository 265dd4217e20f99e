#pragma once

#include "checklist/checklist.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace ft {

class ChecklistTemplateItemsModel;
class ChecklistTemplateRepository;
class Store;

// Tools → Checklist templates…: the lead's templates on the left (new, rename, duplicate,
// delete), the chosen template's items on the right (add, edit in place, required or advisory,
// hint, reorder by drag and drop or Ctrl+Up / Ctrl+Down) and which follow-ups it applies to.
// Every change is saved at once; runs already attached keep the items they were attached with.
class ChecklistTemplateEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ChecklistTemplateEditor(Store &store, QWidget *parent = nullptr);
    ~ChecklistTemplateEditor() override;

    ChecklistTemplateItemsModel *itemsModel() const { return m_itemsModel; }
    void selectTemplate(ChecklistTemplateId id);
    ChecklistTemplateId currentTemplate() const;

    void newTemplate();
    void renameTemplate();
    void duplicateTemplate();
    void deleteTemplate();
    void addItem();
    void removeItem();
    void moveCurrentItem(int delta);

private:
    void reloadTemplates(ChecklistTemplateId select = 0);
    void showTemplate();
    void saveApplicability();
    void report(const QString &message);

    std::unique_ptr<ChecklistTemplateRepository> m_repository;
    ChecklistTemplateItemsModel *m_itemsModel;
    QListWidget *m_templates;
    QTableView *m_items;
    QList<QCheckBox *> m_kinds;
    QLineEdit *m_categories;
    QLabel *m_message;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_addItem;
    QPushButton *m_removeItem;
    QPushButton *m_up;
    QPushButton *m_down;
    QWidget *m_right;
    bool m_filling = false;
};

} // namespace ft
