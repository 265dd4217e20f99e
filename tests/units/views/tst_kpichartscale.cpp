#include "charts/kpichartscale.h"

#include <QTest>

using namespace ft;

// Where the KPI charts start by default, and the percent axis chosen from the data.
class tst_KpiChartScale : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTwelveCompleteMonthsAndTheCurrentOne()
    {
        // In December this is not "the year to date".
        QCOMPARE(defaultKpiRangeStart(QDate(2026, 12, 3), QDate(2020, 1, 1), {}, Kpi::CallbackRate), QDate(2025, 12, 1));
        QCOMPARE(defaultKpiRangeStart(QDate(2026, 3, 31), QDate(2020, 1, 1), {}, Kpi::CallbackRate), QDate(2025, 3, 1));
    }

    void shouldReachBackBeforeTheEarliestInitiativeOfTheKpiInView()
    {
        const QList<KpiMarker> markers{{Kpi::CallbackRate, QDate(2025, 2, 10), QStringLiteral("Callback script")},
                                       {Kpi::Opened, QDate(2023, 1, 1), QStringLiteral("Other KPI")},
                                       {Kpi::MedianResolutionH, QDate(2024, 8, 20), QStringLiteral("Checklist")}};
        QCOMPARE(defaultKpiRangeStart(QDate(2026, 12, 3), QDate(2020, 1, 1), markers, Kpi::CallbackRate), QDate(2024, 11, 1));
        // The business-hours twin shows the calendar-hours KPI's initiatives.
        QCOMPARE(defaultKpiRangeStart(QDate(2026, 12, 3), QDate(2020, 1, 1), markers, Kpi::MedianResolutionBh),
                 QDate(2024, 5, 1));
        // Not before the first data, yet never fewer than the twelve months.
        QCOMPARE(defaultKpiRangeStart(QDate(2026, 12, 3), QDate(2024, 9, 15), markers, Kpi::MedianResolutionH),
                 QDate(2024, 9, 1));
        QCOMPARE(defaultKpiRangeStart(QDate(2026, 12, 3), QDate(2026, 9, 15), markers, Kpi::MedianResolutionH),
                 QDate(2025, 12, 1));
    }

    void shouldChooseAPercentAxisFromTheData_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::newRow("85 to 95") << 85.0 << 95.0 << 84.0 << 96.0;
        QTest::newRow("near 100") << 91.0 << 99.5 << 90.0 << 100.0;
        QTest::newRow("near 0") << 1.0 << 6.0 << 0.0 << 7.0;
        QTest::newRow("wide") << 12.0 << 90.0 << 0.0 << 100.0;
        QTest::newRow("flat") << 50.0 << 50.0 << 49.0 << 51.0;
        QTest::newRow("50 to 100") << 50.0 << 100.0 << 40.0 << 100.0;
    }

    void shouldChooseAPercentAxisFromTheData()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(double, min);
        QFETCH(double, max);
        const AxisRange range = percentAxisRange(lo, hi);
        QCOMPARE(range.min, min);
        QCOMPARE(range.max, max);
        QVERIFY(range.min <= lo && range.max >= hi);
        QVERIFY(range.ticks >= 2 && range.ticks <= 9);
        // Ticks fall on whole, even steps.
        const double step = (range.max - range.min) / (range.ticks - 1);
        QVERIFY2(QList<double>({1, 2, 5, 10, 20, 25}).contains(step), qPrintable(QString::number(step)));
    }
};

QTEST_MAIN(tst_KpiChartScale)
#include "tst_kpichartscale.moc"
