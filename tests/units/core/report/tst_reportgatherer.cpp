#include "checklist/checklisteffect.h"
#include "store/csirepository.h"
#include "report/reportgatherer.h"
#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "testsupport.h"

#include <QTest>

using namespace ft;

// The review's figures on a store built by hand: callbacks 14 in February, 9 in March, 4 in April
// 2026; an initiative on callbacks started 3 March with target 8; a callbacks target of at most 10.
class TestReportGatherer : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    void resolvedItem(Timestamp opened, Timestamp resolved, int reopenCount)
    {
        test::insertResolved(m_temp->store(), opened, resolved, reopenCount);
    }

    CsiInitiative closureChecklist() const
    {
        CsiInitiative c;
        c.title = QStringLiteral("Closure checklist");
        c.kpiKey = QStringLiteral("callbacks");
        c.target = 8;
        c.status = CsiStatus::InProgress;
        c.startDate = QDate(2026, 3, 3);
        return c;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        resolvedItem(test::at(2026, 2, 2, 9), test::at(2026, 2, 3, 9), 7);
        resolvedItem(test::at(2026, 2, 10, 9), test::at(2026, 2, 12, 9), 7);
        resolvedItem(test::at(2026, 3, 10, 9), test::at(2026, 3, 11, 9), 9);
        resolvedItem(test::at(2026, 4, 7, 9), test::at(2026, 4, 8, 9), 4);
        QVERIFY(CsiRepository(m_temp->store().connection()).add(closureChecklist()).ok());
        QVERIFY(sql::exec(m_temp->store().database(),
                          QStringLiteral("INSERT INTO kpi_target (kpi, value, higher_is_better, valid_from) "
                                         "VALUES ('callbacks', 10, 0, '2026-01-01')"))
                    .ok());
    }

    void shouldCompareThisMonthWithTheLastAndNameTheInitiative()
    {
        ReportOptions options;
        options.to = QDate(2026, 4, 30);
        options.kpiKeys = {QStringLiteral("callbacks"), QStringLiteral("median_resolution_h")};
        options.team = QStringLiteral("Desk A");
        auto data = gatherReport(m_temp->store(), options, QDate(2026, 5, 20));
        QVERIFY2(data.ok(), qPrintable(data ? QString() : data.error().message));
        QCOMPARE(data->periodName, QStringLiteral("April 2026"));
        QCOMPARE(data->previousPeriodName, QStringLiteral("March 2026"));
        QCOMPARE(data->rangeFrom, QDate(2025, 5, 1));   // twelve months up to April
        QCOMPARE(data->kpis.size(), 2);

        const ReportKpi &callbacks = data->kpis.at(0);
        QCOMPARE(callbacks.series.size(), 12);
        QCOMPARE(*callbacks.comparison.current, 4.0);
        QCOMPARE(*callbacks.comparison.previous, 9.0);
        QCOMPARE(*callbacks.target, 10.0);
        QCOMPARE(callbacks.verdict.status, PlainStatus::OnTarget);
        // (4 − 9) / 9 = −55.6\u00a0% → −56\u00a0%
        QVERIFY2(callbacks.verdict.sentence.startsWith(QStringLiteral("Callbacks fell from 9 to 4 (") + QChar(0x2212)
                                                       + QStringLiteral("56\u00a0%) since “Closure checklist” started on 3 March 2026.")),
                 qPrintable(callbacks.verdict.sentence));
        QCOMPARE(callbacks.initiatives.size(), 1);

        // Median resolution: 24 h in April and 24 h in March, each from the one item resolved then:
        // too few to judge, and the sentence says so.
        const ReportKpi &resolution = data->kpis.at(1);
        QCOMPARE(*resolution.comparison.current, 24.0);
        QCOMPARE(resolution.comparison.currentBasis, std::optional<qint64>(1));
        QCOMPARE(resolution.comparison.previousBasis, std::optional<qint64>(1));
        QCOMPARE(resolution.verdict.status, PlainStatus::TooFewItems);
        QVERIFY2(resolution.verdict.sentence.endsWith(QStringLiteral("The figure for April 2026 is based on only 1 item, too few to judge.")),
                 qPrintable(resolution.verdict.sentence));
    }

    void shouldListOnlyStepsSkippedOftenEnoughToTell()
    {
        ChecklistEffect effect;
        effect.withChecklist = 60;
        effect.compliant = 45;
        auto step = [](const char *text, int skipped, int calledBack) {
            ChecklistItemEffect e;
            e.templateName = QStringLiteral("Incident closure");
            e.text = QString::fromLatin1(text);
            e.skipped = skipped;
            e.skippedThenCalledBack = calledBack;
            e.checked = 60 - skipped;
            return e;
        };
        // In the effect's order: one skipped once and called back ("100 %"), two skipped often,
        // one skipped four times, one never skipped.
        effect.items = {step("Once", 1, 1), step("Often", 9, 3), step("Four times", 4, 1), step("Always", 12, 2),
                        step("Never", 0, 0)};
        const ReportChecklists lists = reportChecklists(effect);
        QCOMPARE(lists.withChecklist, 60);
        QCOMPARE(*lists.complianceRate, 0.75);
        QCOMPARE(lists.items.size(), 2);
        QCOMPARE(lists.items.at(0).text, QStringLiteral("Often"));
        QCOMPARE(*lists.items.at(0).callbackRateWhenSkipped, 3.0 / 9.0);
        QCOMPARE(lists.items.at(0).checked, 51);
        QCOMPARE(lists.items.at(1).text, QStringLiteral("Always"));
        QCOMPARE(lists.rarelySkippedSteps, 2);   // "Once" and "Four times"; "Never" was not skipped
    }

    void shouldGiveTheRegisterBeforeAndAfterFigures()
    {
        ReportOptions options;
        options.to = QDate(2026, 4, 30);
        auto data = gatherReport(m_temp->store(), options, QDate(2026, 5, 20));
        QVERIFY(data.ok());
        QCOMPARE(data->initiatives.size(), 1);
        const ReportInitiative &r = data->initiatives.first();
        QCOMPARE(r.kpiName, QStringLiteral("Callbacks"));
        // Before: February (the last whole month before 3 March), 7 + 7. After: April, March being mixed.
        QCOMPARE(r.beforeAfter.before->firstDay, QDate(2026, 2, 1));
        QCOMPARE(*r.beforeAfter.beforeValue(), 14.0);
        QCOMPARE(r.beforeAfter.after->firstDay, QDate(2026, 4, 1));
        QCOMPARE(*r.beforeAfter.afterValue(), 4.0);
        QCOMPARE(r.beforeAfter.reached, TargetReached::Yes);
    }

    void shouldMeasureAnInitiativeForItsBaseline()
    {
        auto measured = measureInitiative(m_temp->store(), closureChecklist(), PeriodKind::Month, QDate(2026, 4, 20));
        QVERIFY(measured.ok());
        QCOMPARE(*measured->beforeValue(), 14.0);
        // On 20 April only March has ended since the start, and it holds the start: nothing after yet.
        QVERIFY(!measured->after);
        QCOMPARE(measured->reached, TargetReached::Unknown);

        CsiInitiative unknown = closureChecklist();
        unknown.kpiKey = QStringLiteral("happiness");
        QCOMPARE(measureInitiative(m_temp->store(), unknown, PeriodKind::Month, QDate(2026, 4, 20)).error().code,
                 Error::Code::BadInput);
    }

    void shouldMeasureManyInitiativesInOnePass()
    {
        CsiInitiative unknown = closureChecklist();
        unknown.kpiKey = QStringLiteral("happiness");
        auto measured = measureInitiatives(m_temp->store(), {closureChecklist(), unknown}, PeriodKind::Month,
                                           QDate(2026, 5, 20));
        QVERIFY(measured.ok());
        QCOMPARE(measured->size(), 2);
        QCOMPARE(*measured->at(0).beforeValue(), 14.0);
        QCOMPARE(*measured->at(0).afterValue(), 4.0);
        QCOMPARE(measured->at(0).reached, TargetReached::Yes);
        QVERIFY(!measured->at(1).before);
    }

    void shouldOrderTheMeasuresOneWayWhoeverChoseThem()
    {
        // The window passes the checked measures in its list's order, the CLI in the --kpis order:
        // the pack orders them the same way either way (the review set's order).
        ReportOptions fromCli;
        fromCli.to = QDate(2026, 4, 30);
        fromCli.kpiKeys = {QStringLiteral("median_resolution_h"), QStringLiteral("backlog"), QStringLiteral("opened"),
                           QStringLiteral("closed"), QStringLiteral("backlog")};
        ReportOptions fromWindow = fromCli;
        fromWindow.kpiKeys = {QStringLiteral("opened"), QStringLiteral("closed"), QStringLiteral("median_resolution_h"),
                              QStringLiteral("backlog")};
        const auto keysOf = [this](const ReportOptions &options) {
            QStringList keys;
            auto data = gatherReport(m_temp->store(), options, QDate(2026, 5, 20));
            for (const ReportKpi &k : data->kpis)
                keys << k.kpi.key;
            return keys;
        };
        const QStringList expected{QStringLiteral("opened"), QStringLiteral("backlog"),
                                   QStringLiteral("median_resolution_h"), QStringLiteral("closed")};
        QCOMPARE(keysOf(fromCli), expected);
        QCOMPARE(keysOf(fromWindow), expected);
        // The default set comes in the order it is listed in.
        ReportOptions defaults;
        defaults.to = QDate(2026, 4, 30);
        QCOMPARE(keysOf(defaults), reportDefaultKpiKeys());
        QCOMPARE(reportKpiOrder().size(), qsizetype(KpiCount));
    }

    void shouldRefuseUnknownKpiAndReversedRange()
    {
        ReportOptions options;
        options.kpiKeys = {QStringLiteral("happiness")};
        QCOMPARE(gatherReport(m_temp->store(), options, QDate(2026, 5, 20)).error().code, Error::Code::BadInput);
        ReportOptions reversed;
        reversed.from = QDate(2026, 5, 1);
        reversed.to = QDate(2026, 4, 1);
        QCOMPARE(gatherReport(m_temp->store(), reversed, QDate(2026, 5, 20)).error().code, Error::Code::BadInput);
    }

    void shouldStopWhenCancelled()
    {
        std::atomic_bool cancel{true};
        QCOMPARE(gatherReport(m_temp->store(), ReportOptions{}, QDate(2026, 5, 20), &cancel).error().code,
                 Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestReportGatherer)
#include "tst_reportgatherer.moc"
