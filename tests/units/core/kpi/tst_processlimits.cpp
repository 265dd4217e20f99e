#include "kpi/initiativeverdict.h"
#include "kpi/kpisignals.h"

#include <QTest>
#include <QTimeZone>

using namespace ft;

// SPEC §2b's arithmetic: limits against published worked examples, the three detection rules on
// hand-built series, the baseline choice and the initiative verdicts.
class tst_ProcessLimits : public QObject
{
    Q_OBJECT

    static std::vector<SeriesPoint> values(std::initializer_list<double> vs)
    {
        std::vector<SeriesPoint> out;
        for (double v : vs)
            out.push_back({v, 1, true});
        return out;
    }

    static IndexRange all(const std::vector<SeriesPoint> &points) { return {0, int(points.size()) - 1}; }

    // A monthly table from 2025-01 with the given values of `opened`; the last `partial` months still running.
    static KpiTable monthly(const QList<double> &vs, int partial = 0)
    {
        KpiTable t;
        t.by = PeriodKind::Month;
        const QTimeZone zone("Europe/Berlin");
        for (int i = 0; i < vs.size(); ++i) {
            KpiRow row;
            row.period = periodStartingOn(QDate(2025, 1, 1).addMonths(i), PeriodKind::Month, zone);
            row.values[size_t(Kpi::Opened)] = vs.at(i);
            row.basis[size_t(Kpi::Opened)] = qint64(vs.at(i));
            row.partial = i >= vs.size() - partial;
            t.rows << row;
        }
        return t;
    }

private slots:
    void individualsLimitsMatchTheNistHandbookExample()
    {
        // NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.2.2 "Individuals Control Charts"
        // (https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm): ten batches, mean 50.81,
        // average moving range 1.8778, UCL 55.8041, LCL 45.8159. The handbook scales by 3/1.128 = 2.6596,
        // SPEC §2b by Wheeler's rounded 2.66: the limits agree to within 0.001.
        const auto points = values({49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1});
        const ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, all(points));
        QVERIFY(l.valid);
        QCOMPARE(l.baselineValues, 10);
        QVERIFY(qAbs(l.centre - 50.81) < 1e-9);
        QVERIFY(qAbs(l.averageMovingRange - 1.8778) < 1e-4);
        QVERIFY(qAbs(*l.limits[0].upper - 55.8041) < 1e-3);
        QVERIFY(qAbs(*l.limits[0].lower - 45.8159) < 1e-3);
        // And exactly the SPEC's formula: centre ± 2.66 · mR̄ = 50.81 ± 2.66 · 16.9 / 9.
        QCOMPARE(*l.limits[9].upper, 50.81 + 2.66 * (16.9 / 9));
        const auto judged = judgeSignals(points, l, all(points));
        for (const PointSignals &s : judged)
            QCOMPARE(s.rules & BeyondLimits, 0u);   // the handbook finds the process in control
    }

    void pChartLimitsMatchTheNistHandbookExample()
    {
        // NIST/SEMATECH e-Handbook §6.3.3.2 "Proportions Control Charts"
        // (https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc332.htm): 30 wafers of 50 chips,
        // misregistrations per wafer; p̄ = .2313, UCL = .4102, LCL = .0524.
        const int defective[] = {12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22,
                                 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6};
        std::vector<SeriesPoint> points;
        for (int d : defective)
            points.push_back({d / 50.0, 50, true});
        const ProcessLimits l = computeProcessLimits(ChartKind::PChart, points, all(points));
        QVERIFY(l.valid);
        QCOMPARE(l.centre, 347.0 / 1500.0);
        QCOMPARE(QString::number(l.centre, 'f', 4), QStringLiteral("0.2313"));
        QCOMPARE(QString::number(*l.limits[0].upper, 'f', 4), QStringLiteral("0.4102"));
        QCOMPARE(QString::number(*l.limits[0].lower, 'f', 4), QStringLiteral("0.0524"));
        // Wafers 15 (22/50 = .44) and 23 (24/50 = .48) lie above the upper limit; no other is beyond.
        const auto judged = judgeSignals(points, l, all(points));
        for (int i = 0; i < 30; ++i)
            QCOMPARE(bool(judged[size_t(i)].rules & BeyondLimits), i == 14 || i == 22);
    }

    void pChartLimitsWidenForSmallPeriods()
    {
        // p̄ = 24/120 = 0.2; n = 4: 0.2 ± 3·√(0.04) = 0.2 ± 0.6 -> [0, 0.8]; n = 100: 0.2 ± 0.12.
        std::vector<SeriesPoint> points;
        for (int i = 0; i < 5; ++i)
            points.push_back({0.2, 20, true});
        points.push_back({0.2, 0, true});        // no items: skipped, no limits
        points.push_back({0.2, 20, true});       // the sixth value
        points.push_back({1.0, 4, true});
        points.push_back({0.5, 100, true});
        const ProcessLimits l = computeProcessLimits(ChartKind::PChart, points, {0, 6});
        QVERIFY(l.valid);
        QCOMPARE(l.baselineValues, 6);
        QCOMPARE(l.centre, 0.2);
        QVERIFY(!l.limits[5].lower && !l.limits[5].upper);
        QCOMPARE(*l.limits[7].lower, 0.0);
        QVERIFY(qAbs(*l.limits[7].upper - 0.8) < 1e-12);
        QVERIFY(qAbs(*l.limits[8].upper - 0.32) < 1e-12);
        const auto judged = judgeSignals(points, l, {7, 8});
        QVERIFY(judged[7].rules & BeyondLimits);   // 1.0 > 0.8
        QVERIFY(judged[8].rules & BeyondLimits);   // 0.5 > 0.32
    }

    void fewerThanSixBaselineValuesGiveNoLimits()
    {
        auto points = values({5, 6, 7, 8, 9});
        points.insert(points.begin() + 2, SeriesPoint{std::nullopt, 0, true});   // an empty period does not count
        const ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, all(points));
        QVERIFY(!l.valid);
        QCOMPARE(l.baselineValues, 5);
        QVERIFY(!l.limits[0].upper);
        const auto judged = judgeSignals(points, l, all(points));
        QCOMPARE(judged[5].rules, 0u);
        const KpiSignalSeries s = analyseKpi(monthly({5, 6, 7, 8, 9}), Kpi::Opened, {0, 4});
        QVERIFY(s.noLimitsReason.contains(QStringLiteral("opened")));
        QVERIFY(s.noLimitsReason.contains(QStringLiteral("5")));
        QVERIFY(analyseKpi(monthly({5, 6, 7, 8, 9, 10}), Kpi::Opened, {0, 5}).limits.valid);
    }

    void xmrLowerLimitStopsAtZero()
    {
        const auto points = values({0, 10, 0, 10, 0, 10});
        const ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, all(points));
        QCOMPARE(l.centre, 5.0);
        QCOMPARE(l.averageMovingRange, 10.0);
        QCOMPARE(*l.limits[0].lower, 0.0);
        QCOMPARE(*l.limits[0].upper, 5.0 + 26.6);
    }

    void aValueExactlyOnALimitIsNotBeyondIt()
    {
        auto points = values({10, 12, 10, 12, 10, 12});
        ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, all(points));
        const double upper = *l.limits[0].upper;
        const double lower = *l.limits[0].lower;
        points.push_back({upper, 1, true});
        points.push_back({lower, 1, true});
        points.push_back({std::nextafter(upper, 1e9), 1, true});
        l = computeProcessLimits(ChartKind::XmR, points, {0, 5});
        const auto judged = judgeSignals(points, l, {6, 8});
        QCOMPARE(judged[6].rules & BeyondLimits, 0u);
        QCOMPARE(judged[7].rules & BeyondLimits, 0u);
        QVERIFY(judged[8].rules & BeyondLimits);
        // A zero on a lower limit clipped to 0 is on the limit, not beyond it.
        auto zeros = values({0, 10, 0, 10, 0, 10, 0});
        const ProcessLimits z = computeProcessLimits(ChartKind::XmR, zeros, {0, 5});
        QCOMPARE(judgeSignals(zeros, z, {6, 6})[6].rules & BeyondLimits, 0u);
    }

    void theEighthValueOnOneSideFiresNotTheSeventh()
    {
        // Baseline 10/12 alternating: centre 11, mR̄ 2, limits 5.68 … 16.32.
        auto points = values({10, 12, 10, 12, 10, 12, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5});
        ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, {0, 5});
        auto judged = judgeSignals(points, l, {6, 12});
        for (int i = 6; i <= 12; ++i)
            QCOMPARE(judged[size_t(i)].rules, 0u);   // seven in a row below: nothing yet
        QCOMPARE(judged[12].run, 7);
        points.push_back({10.5, 1, true});
        points.push_back({10.9, 1, true});
        l = computeProcessLimits(ChartKind::XmR, points, {0, 5});
        judged = judgeSignals(points, l, {6, 14});
        QCOMPARE(judged[13].rules, unsigned(RunOfEight));
        QCOMPARE(judged[13].side, Side::Below);
        QCOMPARE(judged[14].rules, unsigned(RunOfEight));   // and every further one
        QCOMPARE(judged[14].run, 9);
    }

    void aValueOnTheCentreLineBreaksTheRun()
    {
        auto points = values({10, 12, 10, 12, 10, 12, 12, 12, 12, 12, 11, 12, 12, 12, 12});
        const ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, {0, 5});
        QCOMPARE(l.centre, 11.0);
        const auto judged = judgeSignals(points, l, {6, 14});
        QCOMPARE(judged[10].side, Side::On);
        QCOMPARE(judged[10].run, 0);
        for (int i = 6; i <= 14; ++i)
            QCOMPARE(judged[size_t(i)].rules & RunOfEight, 0u);   // 4 + 4 with the centre between
        QCOMPARE(judged[14].run, 4);
    }

    void runsCountFromTheFirstPeriodAfterTheBaseline()
    {
        // The baseline's own last values are below the centre; they do not start the run.
        auto points = values({12, 12, 12, 10, 10, 10, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5});
        const ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, {0, 5});
        const auto judged = judgeSignals(points, l, {6, 12});
        QCOMPARE(judged[12].run, 7);
        QCOMPARE(judged[12].rules, 0u);
    }

    void threeOfFourNearALimitFire()
    {
        // Baseline 0/50 alternating: centre 25, mR̄ 50, limits 0 (clipped) and 25 + 133 = 158, all exact in
        // binary. Closer to the upper limit than to the centre above 91.5, to the lower one below 12.5.
        auto points = values({0, 50, 0, 50, 0, 50, 100, 30, 100, 30, 100, 100, 91.5, 5, 5, 12.5, 5});
        const ProcessLimits l = computeProcessLimits(ChartKind::XmR, points, {0, 5});
        QCOMPARE(l.centre, 25.0);
        QCOMPARE(*l.limits[0].upper, 158.0);
        QCOMPARE(*l.limits[0].lower, 0.0);
        const auto judged = judgeSignals(points, l, {6, 16});
        QCOMPARE(judged[8].rules, 0u);                       // 2 of 3
        QCOMPARE(judged[10].rules, 0u);                      // 30, 100, 30, 100: 2 of 4
        QCOMPARE(judged[11].rules, unsigned(ThreeOfFour));   // 100, 30, 100, 100: 3 of 4
        QCOMPARE(judged[11].nearLimitOfLastFour, 3);
        QCOMPARE(judged[11].side, Side::Above);
        QCOMPARE(judged[12].rules, 0u);                      // exactly half-way is closer to neither
        QCOMPARE(judged[15].rules, 0u);                      // 12.5: half-way to the lower limit
        QCOMPARE(judged[16].rules, unsigned(ThreeOfFour));   // 5, 5, 12.5, 5: 3 of 4 near the lower limit
        QCOMPARE(judged[16].side, Side::Below);
    }

    void signalKeysFollowTheSpecOrder()
    {
        QCOMPARE(signalKeys(ThreeOfFour | BeyondLimits | RunOfEight),
                 QStringLiteral("beyond_limits;run_of_8;three_of_four"));
        QCOMPARE(signalKeys(NoSignal), QString());
    }

    void defaultBaselineEndsBeforeTheFirstInitiativeWithPeriodsBeforeIt()
    {
        const KpiTable t = monthly({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 1);
        // No initiative: every complete period (the last month is still running).
        IndexRange b = defaultBaseline(t, {});
        QCOMPARE(b.first, 0);
        QCOMPARE(b.last, 10);
        // Started 2025-08-15: the complete months ending on or before it, January … July.
        b = defaultBaseline(t, {QDate(2025, 8, 15)});
        QCOMPARE(b.last, 6);
        // Started on 1 August: July ends that day and belongs to the baseline.
        QCOMPARE(defaultBaseline(t, {QDate(2025, 8, 1)}).last, 6);
        // One that started before any data is passed over for the next; the earliest of the rest wins.
        QCOMPARE(defaultBaseline(t, {QDate(2025, 10, 2), QDate(2024, 6, 1), QDate(2025, 5, 20)}).last, 3);
        // Explicit: the complete periods touching the days.
        b = baselineBetween(t, QDate(2025, 2, 10), QDate(2025, 7, 1));
        QCOMPARE(b.first, 1);
        QCOMPARE(b.last, 6);
        QCOMPARE(judgedAfter(t, b).first, 7);
        QCOMPARE(judgedAfter(t, b).last, 10);
    }

    void partialPeriodsAreNeverJudged()
    {
        QList<double> vs{10, 12, 10, 12, 10, 12, 50};
        const KpiSignalSeries s = analyseKpi(monthly(vs, 1), Kpi::Opened, {0, 5});
        QVERIFY(s.limits.valid);
        QCOMPARE(s.fired[6].rules, 0u);
        const KpiSignalSeries complete = analyseKpi(monthly(vs, 0), Kpi::Opened, {0, 5});
        QCOMPARE(complete.fired[6].rules, unsigned(BeyondLimits));
    }

    void initiativeVerdictsSayWhatHappened()
    {
        // Six months around 11, an initiative on 1 July, then eight months lower: opened, lower is better.
        const KpiTable t = monthly({10, 12, 10, 12, 10, 12, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 3}, 1);
        InitiativeVerdict v = judgeInitiative(t, Kpi::Opened, QDate(2025, 7, 1), false);
        QCOMPARE(v.kind, InitiativeVerdict::Kind::RealImprovement);
        QCOMPARE(v.periodsSinceStart, 8);
        QCOMPARE(*v.averageBefore, 11.0);
        QCOMPARE(*v.averageSince, 10.5);
        QCOMPARE(v.signalPeriodLabel, QStringLiteral("February 2026"));
        QCOMPARE(verdictSentence(v), QStringLiteral("real improvement since 1 July 2025: 8 months in a row below the old average"));
        v = judgeInitiative(t, Kpi::Opened, QDate(2025, 7, 1), true);
        QCOMPARE(v.kind, InitiativeVerdict::Kind::RealDeterioration);
        // Judged on seven months only, nothing yet.
        v = judgeInitiative(monthly({10, 12, 10, 12, 10, 12, 10.5, 10.5, 10.5, 10.5}), Kpi::Opened, QDate(2025, 7, 1), false);
        QCOMPARE(v.kind, InitiativeVerdict::Kind::NoChangeYet);
        QCOMPARE(verdictSentence(v), QStringLiteral("no change beyond normal variation yet (4 months since the start)"));
        // Five months before the start: too few to judge.
        v = judgeInitiative(t, Kpi::Opened, QDate(2025, 6, 1), false);
        QCOMPARE(v.kind, InitiativeVerdict::Kind::TooFewBefore);
        QVERIFY(verdictSentence(v).startsWith(QStringLiteral("too few to judge")));
        // Starting after today: nothing to judge yet, and it says so.
        v = judgeInitiative(t, Kpi::Opened, QDate::currentDate().addMonths(2), false);
        QCOMPARE(v.kind, InitiativeVerdict::Kind::NoChangeYet);
        QCOMPARE(verdictSentence(v), QStringLiteral("not started yet"));
    }
};

QTEST_GUILESS_MAIN(tst_ProcessLimits)
#include "tst_processlimits.moc"
