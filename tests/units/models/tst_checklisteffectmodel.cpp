#include "checklisteffectmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ft;

class tst_ChecklistEffectModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowEachItemWithItsRates()
    {
        ChecklistEffectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChecklistEffect effect;
        ChecklistItemEffect a;
        a.templateName = QStringLiteral("Incident closure");
        a.text = QStringLiteral("Root cause noted");
        a.required = true;
        a.skipped = 8;
        a.skippedThenCalledBack = 2;
        a.checked = 40;
        a.checkedThenCalledBack = 2;
        ChecklistItemEffect b;
        b.templateName = QStringLiteral("Incident closure");
        b.text = QStringLiteral("Knowledge article linked");
        b.checked = 3;
        effect.items = {a, b};
        model.setEffect(effect);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ChecklistEffectModel::ItemColumn).data().toString(), QStringLiteral("Root cause noted"));
        QCOMPARE(model.index(0, ChecklistEffectModel::KindColumn).data().toString(), QStringLiteral("Required"));
        QCOMPARE(model.index(0, ChecklistEffectModel::SkippedCallbackColumn).data().toString(), QStringLiteral("25 % (2 of 8)"));
        QCOMPARE(model.index(0, ChecklistEffectModel::CheckedCallbackColumn).data().toString(), QStringLiteral("5 % (2 of 40)"));
        QCOMPARE(model.index(0, ChecklistEffectModel::SkippedCallbackColumn).data(ChecklistEffectModel::SortRole).toDouble(), 0.25);
        QCOMPARE(model.index(1, ChecklistEffectModel::KindColumn).data().toString(), QStringLiteral("Advisory"));
        QCOMPARE(model.index(1, ChecklistEffectModel::SkippedCallbackColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, ChecklistEffectModel::SkippedCallbackColumn).data(ChecklistEffectModel::SortRole).toDouble(), -1.0);
        // Fewer than 5 behind a rate: the same small-sample rule as the charts and the report.
        QCOMPARE(model.index(1, ChecklistEffectModel::CheckedCallbackColumn).data().toString(),
                 QStringLiteral("0 of 3: too few to judge"));
        model.setEffect({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ChecklistEffectModel)
#include "tst_checklisteffectmodel.moc"
