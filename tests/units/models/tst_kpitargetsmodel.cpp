#include "kpitargetsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ft;

class tst_KpiTargetsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    KpiTargetsModel *newModel(QObject *parent)
    {
        // The dialog writes values and days in the user's locale; the model takes its way of writing.
        return new KpiTargetsModel(
            m_temp->store(), [](Kpi, double value) { return QStringLiteral("v=%1").arg(value); },
            [](QDate day) { return day.toString(QStringLiteral("d/M/yyyy")); }, parent);
    }

private slots:
    void init() { m_temp = std::make_unique<test::TempStore>(); }
    void cleanup() { m_temp.reset(); }

    void shouldListTheTargetsByKpiThenDay()
    {
        QObject owner;
        KpiTargetsModel *model = newModel(&owner);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->reload().ok());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->set({Kpi::CallbackRate, 0.06, false, QDate(2026, 7, 1)}).ok());
        QVERIFY(model->set({Kpi::CallbackRate, 0.08, false, QDate(2026, 1, 1)}).ok());
        QCOMPARE(model->rowCount(), 0);   // written; shown after the next read
        QVERIFY(model->reload().ok());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), int(KpiTargetsModel::ColumnCount));
        QCOMPARE(model->index(0, KpiTargetsModel::KpiColumn).data().toString(), kpiLabel(Kpi::CallbackRate));
        QCOMPARE(model->index(0, KpiTargetsModel::ValueColumn).data().toString(), QStringLiteral("v=0.08"));
        QCOMPARE(model->index(0, KpiTargetsModel::BetterColumn).data().toString(), QStringLiteral("lower"));
        QCOMPARE(model->index(0, KpiTargetsModel::FromColumn).data().toString(), QStringLiteral("1/1/2026"));
        QCOMPARE(model->index(1, KpiTargetsModel::FromColumn).data().toString(), QStringLiteral("1/7/2026"));
        QCOMPARE(model->headerData(KpiTargetsModel::BetterColumn, Qt::Horizontal).toString(), QStringLiteral("Better"));
        QVERIFY(!model->index(0, KpiTargetsModel::ValueColumn).data(Qt::EditRole).isValid());
    }

    void shouldReplaceATargetOfTheSameDayAndRemoveTheOneInARow()
    {
        QObject owner;
        KpiTargetsModel *model = newModel(&owner);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->set({Kpi::CallbackRate, 0.06, false, QDate(2026, 1, 1)}).ok());
        QVERIFY(model->set({Kpi::CallbackRate, 0.05, false, QDate(2026, 1, 1)}).ok());
        QVERIFY(model->set({Kpi::Opened, 120, true, QDate(2026, 1, 1)}).ok());
        QVERIFY(model->reload().ok());
        QCOMPARE(model->rowCount(), 2);
        int rate = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->targets().at(row).kpi == Kpi::CallbackRate)
                rate = row;
        QVERIFY(rate >= 0);
        QCOMPARE(model->index(rate, KpiTargetsModel::ValueColumn).data().toString(), QStringLiteral("v=0.05"));
        QVERIFY(model->remove(rate).ok());
        QVERIFY(model->reload().ok());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->targets().first().kpi, Kpi::Opened);
        QCOMPARE(model->index(0, KpiTargetsModel::BetterColumn).data().toString(), QStringLiteral("higher"));
        QVERIFY(model->remove(7).ok());   // no such row: nothing to remove
        QCOMPARE(listTargets(m_temp->store()).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_KpiTargetsModel)
#include "tst_kpitargetsmodel.moc"
