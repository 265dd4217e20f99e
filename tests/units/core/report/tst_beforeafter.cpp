#include "report/beforeafter.h"

#include <QTest>

using namespace ft;

namespace {
KpiPoint month(int m, std::optional<double> v)
{
    const QDate first(2026, m, 1);
    return {first.toString(QStringLiteral("yyyy-MM")), first, first.addMonths(1), v};
}
QList<KpiPoint> janToJun() { return {month(1, 15), month(2, 14), month(3, 11), month(4, 9), month(5, 8), month(6, 7)}; }

CsiInitiative startingThirdOfMarch()
{
    CsiInitiative c;
    c.title = QStringLiteral("Closure checklist");
    c.kpiKey = QStringLiteral("callbacks");
    c.startDate = QDate(2026, 3, 3);
    c.target = 8;
    return c;
}
} // namespace

class TestBeforeAfter : public QObject
{
    Q_OBJECT

private slots:
    void shouldCompareLastPeriodBeforeStartWithLatestFinishedPeriodAfter()
    {
        // Today is 20 June: June has not ended, so May is the latest whole period after the start.
        const BeforeAfter ba = beforeAfter(janToJun(), startingThirdOfMarch(), false, QDate(2026, 6, 20));
        QCOMPARE(ba.before->label, QStringLiteral("2026-02"));
        QCOMPARE(*ba.beforeValue(), 14.0);
        QCOMPARE(ba.after->label, QStringLiteral("2026-05"));
        QCOMPARE(*ba.afterValue(), 8.0);
        QCOMPARE(ba.reached, TargetReached::Yes);   // 8 ≤ 8, lower is better
    }

    void shouldStopAtReviewDateOnceItHasPassed()
    {
        CsiInitiative c = startingThirdOfMarch();
        c.reviewDate = QDate(2026, 4, 30);
        const BeforeAfter ba = beforeAfter(janToJun(), c, false, QDate(2026, 7, 5));
        QCOMPARE(ba.after->label, QStringLiteral("2026-04"));
        QCOMPARE(ba.reached, TargetReached::No);    // 9 > 8
    }

    void shouldLeaveAfterEmptyWhileNoWholePeriodFollowsTheStart()
    {
        // Started 3 March, today 15 April: March is mixed, April has not ended.
        const BeforeAfter ba = beforeAfter(janToJun(), startingThirdOfMarch(), false, QDate(2026, 4, 15));
        QVERIFY(!ba.after);
        QCOMPARE(ba.reached, TargetReached::Unknown);
        QCOMPARE(*ba.beforeValue(), 14.0);
    }

    void shouldCountAStartOnTheFirstDayAsAfter()
    {
        CsiInitiative c = startingThirdOfMarch();
        c.startDate = QDate(2026, 3, 1);
        const BeforeAfter ba = beforeAfter(janToJun(), c, true, QDate(2026, 4, 1));
        QCOMPARE(ba.before->label, QStringLiteral("2026-02"));
        QCOMPARE(ba.after->label, QStringLiteral("2026-03"));
        QCOMPARE(ba.reached, TargetReached::Yes);   // 11 ≥ 8, higher is better
    }

    void shouldNotTakeAnUnfinishedPeriodAsBeforeForAFutureStart()
    {
        CsiInitiative c = startingThirdOfMarch();
        c.startDate = QDate(2026, 7, 20);
        // Today is 22 June: June has not ended, so May is the last whole period before the start.
        const BeforeAfter ba = beforeAfter(janToJun(), c, false, QDate(2026, 6, 22));
        QCOMPARE(ba.before->label, QStringLiteral("2026-05"));
        QVERIFY(!ba.after);
    }

    void shouldKeepAnEmptyPeriodEmpty()
    {
        QList<KpiPoint> series = janToJun();
        series[1].value.reset();   // no data in February
        const BeforeAfter ba = beforeAfter(series, startingThirdOfMarch(), false, QDate(2026, 6, 20));
        QVERIFY(ba.before);
        QVERIFY(!ba.beforeValue());
    }
};

QTEST_GUILESS_MAIN(TestBeforeAfter)
#include "tst_beforeafter.moc"
