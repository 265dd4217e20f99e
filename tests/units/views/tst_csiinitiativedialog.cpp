#include "csi/csiinitiativedialog.h"
#include "kpi/kpicolumns.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTest>

using namespace ft;

// Baseline and target are typed in the measure's own unit: 6 for a rate means 6 %.
class tst_CsiInitiativeDialog : public QObject
{
    Q_OBJECT

    static QString keyOf(KpiUnit unit)
    {
        for (const KpiInfo &info : kpiInfos())
            if (info.unit == unit)
                return QLatin1String(info.key);
        return {};
    }

private slots:
    void shouldTakeARateAsAPercentage()
    {
        test::TempStore temp;
        CsiInitiative initiative;
        initiative.title = QStringLiteral("Call back within the hour");
        initiative.kpiKey = keyOf(KpiUnit::Rate);
        initiative.target = 0.9;
        CsiInitiativeDialog dialog(temp.store(), initiative);
        auto baseline = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("csiBaseline"));
        auto target = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("csiTarget"));
        QCOMPARE(target->value(), 90.0);
        QVERIFY(target->suffix().contains(QLatin1Char('%')));
        dialog.findChild<QCheckBox *>(QStringLiteral("csiHasBaseline"))->setChecked(true);
        baseline->setValue(6);
        QCOMPARE(*dialog.initiative().baseline, 0.06);
        QCOMPARE(*dialog.initiative().target, 0.9);
        // 600 % cannot be typed any more.
        baseline->setValue(600);
        QVERIFY(*dialog.initiative().baseline <= 1.0);
    }

    void shouldKeepTheValueWhenTheMeasureChangesUnit()
    {
        test::TempStore temp;
        CsiInitiative initiative;
        initiative.title = QStringLiteral("Fewer reopenings");
        initiative.kpiKey = keyOf(KpiUnit::Rate);
        initiative.target = 0.25;
        CsiInitiativeDialog dialog(temp.store(), initiative);
        auto kpi = dialog.findChild<QComboBox *>(QStringLiteral("csiKpi"));
        kpi->setCurrentIndex(kpi->findData(keyOf(KpiUnit::Hours)));
        auto target = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("csiTarget"));
        QCOMPARE(target->value(), 0.25);
        QVERIFY(!target->suffix().contains(QLatin1Char('%')));
        QCOMPARE(*dialog.initiative().target, 0.25);
    }
};

QTEST_MAIN(tst_CsiInitiativeDialog)
#include "tst_csiinitiativedialog.moc"
