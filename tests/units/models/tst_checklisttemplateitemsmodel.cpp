#include "checklist/templaterepository.h"
#include "checklisttemplateitemsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace ft;

class tst_ChecklistTemplateItemsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<ChecklistTemplateRepository> m_repo;
    ChecklistTemplateId m_template = 0;

    // What the store holds, in order, as "text:R|A" joined with commas.
    QString stored()
    {
        QStringList out;
        const ChecklistTemplate t = m_repo->load(m_template).value();
        for (const ChecklistTemplateItem &i : t.items)
            out << i.text + (i.required ? QStringLiteral(":R") : QStringLiteral(":A"));
        return out.join(QLatin1Char(','));
    }
    static QString shown(const ChecklistTemplateItemsModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, ChecklistTemplateItemsModel::TextColumn).data().toString()
                       + (model.index(r, ChecklistTemplateItemsModel::RequiredColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked
                              ? QStringLiteral(":R") : QStringLiteral(":A"));
        return out.join(QLatin1Char(','));
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_repo = std::make_unique<ChecklistTemplateRepository>(m_temp->store());
        m_template = m_repo->create(QStringLiteral("Letters")).value();
        for (const char *t : {"A", "B", "C"})
            QVERIFY(m_repo->addItem(m_template, QString::fromLatin1(t)));
    }

    void shouldShowEditAndToggleItemsWritingThroughToTheStore()
    {
        ChecklistTemplateItemsModel model(*m_repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setTemplate(m_template);
        QCOMPARE(shown(model), QStringLiteral("A:R,B:R,C:R"));
        QVERIFY(model.setData(model.index(1, ChecklistTemplateItemsModel::RequiredColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2, ChecklistTemplateItemsModel::TextColumn), QStringLiteral(" C2 ")));
        QVERIFY(model.setData(model.index(2, ChecklistTemplateItemsModel::HintColumn), QStringLiteral("ask twice")));
        QCOMPARE(stored(), QStringLiteral("A:R,B:A,C2:R"));
        QCOMPARE(m_repo->load(m_template).value().items.at(2).hint, QStringLiteral("ask twice"));
        QSignalSpy failed(&model, &ChecklistTemplateItemsModel::failed);
        QVERIFY(!model.setData(model.index(0, ChecklistTemplateItemsModel::TextColumn), QStringLiteral("  ")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(shown(model), QStringLiteral("A:R,B:A,C2:R"));
    }

    void shouldAddRemoveAndMoveRows()
    {
        ChecklistTemplateItemsModel model(*m_repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplate(m_template);
        QVERIFY(model.addItem(QStringLiteral("D"), false));
        QCOMPARE(shown(model), QStringLiteral("A:R,B:R,C:R,D:A"));
        QVERIFY(model.moveItem(0, 2));
        QCOMPARE(shown(model), QStringLiteral("B:R,C:R,A:R,D:A"));
        QVERIFY(model.moveItem(3, 0));
        QCOMPARE(shown(model), QStringLiteral("D:A,B:R,C:R,A:R"));
        QCOMPARE(stored(), shown(model));
        QVERIFY(!model.moveItem(0, 4));
        QVERIFY(model.removeItem(1));
        QCOMPARE(shown(model), QStringLiteral("D:A,C:R,A:R"));
        QCOMPARE(stored(), shown(model));
    }

    void shouldMoveARowDroppedBetweenOthers()
    {
        ChecklistTemplateItemsModel model(*m_repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplate(m_template);
        std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(0, 0)}));
        QVERIFY(model.canDropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
        // A dropped after the last row (row 3 = the end).
        model.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {});
        QCOMPARE(shown(model), QStringLiteral("B:R,C:R,A:R"));
        // C dropped onto the first row: it goes before it.
        dragged.reset(model.mimeData({model.index(1, 0)}));
        model.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model.index(0, 0));
        QCOMPARE(shown(model), QStringLiteral("C:R,B:R,A:R"));
        QCOMPARE(stored(), shown(model));
        QVERIFY(!model.canDropMimeData(dragged.get(), Qt::CopyAction, 0, 0, {}));
    }
};

QTEST_GUILESS_MAIN(tst_ChecklistTemplateItemsModel)
#include "tst_checklisttemplateitemsmodel.moc"
