#include "checklist/templaterepository.h"
#include "checklists/checklisttemplateeditor.h"
#include "checklisttemplateitemsmodel.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ft;

class tst_ChecklistTemplateEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    QString texts(ChecklistTemplateId id)
    {
        QStringList out;
        const ChecklistTemplate t = ChecklistTemplateRepository(m_temp->store()).load(id).value();
        for (const ChecklistTemplateItem &i : t.items)
            out << i.text;
        return out.join(QLatin1Char(','));
    }

private slots:
    void init() { m_temp = std::make_unique<test::TempStore>(test::Checklists::Stock); }
    void cleanup() { m_temp.reset(); }

    void shouldReorderItemsWithCtrlUpAndDown()
    {
        ChecklistTemplateEditor editor(m_temp->store());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const ChecklistTemplateId id = editor.currentTemplate();
        QVERIFY(id != 0);
        const QString original = texts(id);
        const QStringList items = original.split(QLatin1Char(','));
        auto table = editor.findChild<QTableView *>(QStringLiteral("itemsTable"));
        table->setFocus();
        table->setCurrentIndex(editor.itemsModel()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(texts(id).split(QLatin1Char(',')).mid(0, 2), (QStringList{items.at(1), items.at(0)}));
        QCOMPARE(table->currentIndex().row(), 1);   // the selection follows the item
        QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(texts(id), original);
        QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);   // already first: nothing happens
        QCOMPARE(texts(id), original);
    }

    void shouldSaveApplicabilityAndDuplicate()
    {
        ChecklistTemplateEditor editor(m_temp->store());
        const ChecklistTemplateId id = editor.currentTemplate();
        editor.findChild<QCheckBox *>(QStringLiteral("kind_change"))->setChecked(true);
        auto categories = editor.findChild<QLineEdit *>(QStringLiteral("categoriesEdit"));
        categories->setText(QStringLiteral("Email, VPN"));
        emit categories->editingFinished();
        ChecklistTemplateRepository repo(m_temp->store());
        const ChecklistTemplate t = repo.load(id).value();
        QCOMPARE(t.kindMask, kindBit(Kind::Incident) | kindBit(Kind::Change));
        QCOMPARE(t.categories.join(QLatin1Char('|')), QStringLiteral("Email|VPN"));

        auto list = editor.findChild<QListWidget *>(QStringLiteral("templateList"));
        const int before = list->count();
        editor.findChild<QPushButton *>(QStringLiteral("duplicateTemplateButton"))->click();
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->currentItem()->text(), t.name + QStringLiteral(" (copy)"));
        QCOMPARE(texts(editor.currentTemplate()), texts(id));
    }
};

QTEST_MAIN(tst_ChecklistTemplateEditor)
#include "tst_checklisttemplateeditor.moc"
