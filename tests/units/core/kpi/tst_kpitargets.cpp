#include "kpi/kpitargets.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ft;

class tst_KpiTargets : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

private slots:
    void init() { m_temp = std::make_unique<test::TempStore>(); }
    void cleanup() { m_temp.reset(); }

    void shouldApplyTheLatestTargetFromItsDayOn()
    {
        Store &s = m_temp->store();
        QVERIFY(setTarget(s, {Kpi::CallbackRate, 0.10, false, QDate(2026, 1, 1)}));
        QVERIFY(setTarget(s, {Kpi::CallbackRate, 0.05, false, QDate(2026, 7, 1)}));
        QVERIFY(setTarget(s, {Kpi::CsatAvg, 4.2, true, QDate(2026, 3, 1)}));

        QVERIFY(!targetOn(s, Kpi::CallbackRate, QDate(2025, 12, 31)).value());
        QCOMPARE(targetOn(s, Kpi::CallbackRate, QDate(2026, 6, 30)).value()->value, 0.10);
        QCOMPARE(targetOn(s, Kpi::CallbackRate, QDate(2026, 7, 1)).value()->value, 0.05);
        QCOMPARE(targetOn(s, Kpi::CsatAvg, QDate(2027, 1, 1)).value()->higherIsBetter, true);
        QVERIFY(!targetOn(s, Kpi::Backlog, QDate(2027, 1, 1)).value());
        QCOMPARE(listTargets(s).value().size(), 3);
    }

    void shouldReplaceTheTargetOfTheSameDayAndRemoveIt()
    {
        Store &s = m_temp->store();
        QVERIFY(setTarget(s, {Kpi::Backlog, 40, false, QDate(2026, 1, 1)}));
        QVERIFY(setTarget(s, {Kpi::Backlog, 30, false, QDate(2026, 1, 1)}));
        QCOMPARE(listTargets(s).value(), (QList<KpiTarget>{{Kpi::Backlog, 30, false, QDate(2026, 1, 1)}}));
        QVERIFY(removeTarget(s, Kpi::Backlog, QDate(2026, 1, 1)));
        QVERIFY(listTargets(s).value().isEmpty());
    }

    void shouldReadTheSameTargetsOnAWorkersConnectionAndSkipUnknownKpis()
    {
        Store &s = m_temp->store();
        QVERIFY(setTarget(s, {Kpi::CsatAvg, 4.2, true, QDate(2026, 3, 1)}));
        QVERIFY(setTarget(s, {Kpi::Backlog, 30, false, QDate(2026, 1, 1)}));
        // A KPI a later version knows, and a day that is not one: kept in the store, not listed.
        QSqlQuery q(s.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO kpi_target (kpi, value, higher_is_better, valid_from) "
                                      "VALUES ('future_kpi', 1, 1, '2026-01-01'), ('backlog', 5, 0, 'someday')")));
        const QList<KpiTarget> expected{{Kpi::Backlog, 30, false, QDate(2026, 1, 1)}, {Kpi::CsatAvg, 4.2, true, QDate(2026, 3, 1)}};
        QCOMPARE(listTargets(s).value(), expected);
        ScopedConnection worker(s);
        QVERIFY(worker.isOpen());
        QCOMPARE(listTargets(worker.connection()).value(), expected);
    }

    void shouldRefuseTargetsThatCannotBeMet()
    {
        Store &s = m_temp->store();
        QCOMPARE(setTarget(s, {Kpi::SlaMetRate, 95, true, QDate(2026, 1, 1)}).error().code, Error::Code::BadInput);
        QCOMPARE(setTarget(s, {Kpi::Backlog, -1, false, QDate(2026, 1, 1)}).error().code, Error::Code::BadInput);
        QCOMPARE(setTarget(s, {Kpi::Backlog, 1, false, QDate()}).error().code, Error::Code::BadInput);
        QVERIFY(listTargets(s).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KpiTargets)
#include "tst_kpitargets.moc"
