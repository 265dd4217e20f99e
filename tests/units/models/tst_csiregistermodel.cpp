#include "csiregistermodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ft;

// The register's table model on a store with two initiatives: what each column says before and
// after the figures are measured, the tooltips, and the writes that go through it.
class tst_CsiRegisterModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    CsiInitiative initiative(const QString &title, const QString &kpi, QDate start) const
    {
        CsiInitiative c;
        c.title = title;
        c.kpiKey = kpi;
        c.startDate = start;
        return c;
    }

private slots:
    void init() { m_temp = std::make_unique<test::TempStore>(); }
    void cleanup() { m_temp.reset(); }

    void shouldListTheRegisterAndSayMeasuringUntilTheFiguresArrive()
    {
        CsiRegisterModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        CsiInitiative first = initiative(QStringLiteral("Closure checklist"), QStringLiteral("callbacks"), QDate(2026, 3, 3));
        first.target = 8;
        first.owner = QStringLiteral("Dana");
        first.outcome = QStringLiteral("Fewer callbacks");
        const auto id = model.add(first);
        QVERIFY(id.ok());
        QVERIFY(model.add(initiative(QStringLiteral("Second look"), QStringLiteral("no_such_kpi"), QDate(2026, 4, 1))).ok());
        QCOMPARE(model.rowCount(), 0);   // written, not yet read
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CsiRegisterModel::ColumnCount));
        const int row = model.rowOf(*id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, CsiRegisterModel::Title).data(CsiRegisterModel::IdRole).toLongLong(), *id);
        QCOMPARE(model.index(row, CsiRegisterModel::Title).data().toString(), QStringLiteral("Closure checklist"));
        QCOMPARE(model.index(row, CsiRegisterModel::Title).data(Qt::ToolTipRole).toString(), QStringLiteral("Outcome: Fewer callbacks"));
        QCOMPARE(model.index(row, CsiRegisterModel::Measure).data().toString(), QStringLiteral("Callbacks"));
        QCOMPARE(model.index(row, CsiRegisterModel::Target).data().toString(), QStringLiteral("8"));
        QCOMPARE(model.index(row, CsiRegisterModel::Baseline).data().toString(), QString(QChar(0x2014)));
        QCOMPARE(model.index(row, CsiRegisterModel::Owner).data().toString(), QStringLiteral("Dana"));
        QCOMPARE(model.index(row, CsiRegisterModel::Before).data().toString(), QStringLiteral("measuring…"));
        QCOMPARE(model.index(row, CsiRegisterModel::Since).data().toString(), QStringLiteral("measuring…"));
        QCOMPARE(model.index(row, CsiRegisterModel::Reached).data().toString(), QString());
        // An unknown measure is named by its key rather than hidden.
        QCOMPARE(model.index(1 - row, CsiRegisterModel::Measure).data().toString(), QStringLiteral("no_such_kpi"));
        QCOMPARE(model.headerData(CsiRegisterModel::Verdict, Qt::Horizontal).toString(), QStringLiteral("Signal or noise"));
        QCOMPARE(model.rowOf(*id + 1000), -1);
    }

    void shouldFillTheFiguresInPlaceWhenMeasured()
    {
        CsiRegisterModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CsiInitiative c = initiative(QStringLiteral("Closure checklist"), QStringLiteral("callbacks"), QDate(2026, 3, 3));
        c.target = 8;
        QVERIFY(model.add(c).ok());
        QVERIFY(model.reload().ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        BeforeAfter ba;
        ba.before = KpiPoint{QStringLiteral("Feb 2026"), QDate(2026, 2, 1), QDate(2026, 3, 1), 14, 2};
        ba.after = KpiPoint{QStringLiteral("Mar 2026"), QDate(2026, 3, 1), QDate(2026, 4, 1), 9, 1};
        ba.reached = TargetReached::No;
        model.setMeasured({ba});
        QCOMPARE(reset.count(), 0);   // the selection stays where the lead put it
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, CsiRegisterModel::Before).data().toString(), QStringLiteral("14 (Feb 2026)"));
        QCOMPARE(model.index(0, CsiRegisterModel::Since).data().toString(), QStringLiteral("9 (Mar 2026)"));
        QCOMPARE(model.index(0, CsiRegisterModel::Reached).data().toString(), QStringLiteral("not yet"));   // still running
        QCOMPARE(model.index(0, CsiRegisterModel::Verdict).data().toString(), QString());
        QVERIFY(model.index(0, CsiRegisterModel::Verdict).data(Qt::ToolTipRole).isNull());

        // With a verdict: the averages replace the single months, and the whole sentence is the tooltip.
        InitiativeVerdict verdict;
        verdict.start = QDate(2026, 3, 3);
        verdict.baselinePeriods = 1;
        verdict.periodsSinceStart = 1;
        verdict.averageBefore = 14;
        ba.verdict = verdict;
        ba.reached = TargetReached::Yes;
        model.setMeasured({ba});
        QCOMPARE(model.index(0, CsiRegisterModel::Before).data().toString(), QStringLiteral("14 (average of 1 month)"));
        QCOMPARE(model.index(0, CsiRegisterModel::Since).data().toString(), QStringLiteral("9 (Mar 2026)"));
        QCOMPARE(model.index(0, CsiRegisterModel::Verdict).data().toString(), QStringLiteral("too few to judge"));
        QVERIFY(model.index(0, CsiRegisterModel::Verdict).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Too few to judge")));
        QCOMPARE(model.index(0, CsiRegisterModel::Reached).data().toString(), QStringLiteral("yes"));

        // A new read drops the figures of the list before.
        QVERIFY(model.reload().ok());
        QCOMPARE(model.index(0, CsiRegisterModel::Before).data().toString(), QStringLiteral("measuring…"));
    }

    void shouldWriteThroughTheRegister()
    {
        CsiRegisterModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto id = model.add(initiative(QStringLiteral("Closure checklist"), QStringLiteral("callbacks"), QDate(2026, 3, 3)));
        QVERIFY(id.ok());
        QVERIFY(model.setBaseline(*id, 14.0).ok());
        QVERIFY(model.setStatus(*id, CsiStatus::Done, QStringLiteral("Worked")).ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.index(0, CsiRegisterModel::Baseline).data().toString(), QStringLiteral("14"));
        QCOMPARE(model.initiatives().first().status, CsiStatus::Done);
        QCOMPARE(model.index(0, CsiRegisterModel::Title).data(Qt::ToolTipRole).toString(), QStringLiteral("Outcome: Worked"));
        CsiInitiative renamed = model.initiatives().first();
        renamed.title = QStringLiteral("Closure checklist, all teams");
        QVERIFY(model.update(renamed).ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.index(0, CsiRegisterModel::Title).data().toString(), QStringLiteral("Closure checklist, all teams"));
        QVERIFY(model.remove(*id).ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CsiRegisterModel)
#include "tst_csiregistermodel.moc"
