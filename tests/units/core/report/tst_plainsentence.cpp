#include "report/plainsentence.h"

#include <QTest>

using namespace ft;

namespace {
const QString minus = QString(QChar(0x2212));

PlainKpi callbacks() { return {QStringLiteral("callbacks"), QStringLiteral("Callbacks"), PlainUnit::Count, false}; }
PlainKpi slaRate() { return {QStringLiteral("sla_met_rate"), QStringLiteral("SLA met"), PlainUnit::Rate, true}; }

PlainComparison march(PlainKpi kpi, std::optional<double> previous, std::optional<double> current)
{
    PlainComparison c;
    c.kpi = std::move(kpi);
    c.periodName = QStringLiteral("March 2026");
    c.previousPeriodName = QStringLiteral("February 2026");
    c.previous = previous;
    c.current = current;
    return c;
}
} // namespace

class TestPlainSentence : public QObject
{
    Q_OBJECT

private slots:
    void shouldSayFallSinceInitiativeStartedWithPercentOfChange()
    {
        PlainComparison c = march(callbacks(), 14, 9);
        c.initiative = PlainInitiative{QStringLiteral("Closure checklist"), QDate(2026, 3, 3)};
        const PlainVerdict v = plainVerdict(c);
        // (9 − 14) / 14 = −35.7\u00a0% → −36\u00a0%
        QCOMPARE(v.change, minus + QStringLiteral("36\u00a0%"));
        QCOMPARE(v.sentence, QStringLiteral("Callbacks fell from 14 to 9 (") + minus
                                 + QStringLiteral("36\u00a0%) since “Closure checklist” started on 3 March 2026. "
                                                  "That is an improvement."));
        // Lower is better and no target: a fall is an improvement.
        QCOMPARE(v.status, PlainStatus::Improving);
    }

    void shouldSayRiseBetweenNamedPeriodsWithoutInitiative()
    {
        const PlainVerdict v = plainVerdict(march(callbacks(), 8, 10));
        QCOMPARE(v.change, QStringLiteral("+25\u00a0%"));
        QCOMPARE(v.sentence, QStringLiteral("Callbacks rose from 8 in February 2026 to 10 in March 2026 (+25\u00a0%). "
                                            "That is a step in the wrong direction."));
        QCOMPARE(v.status, PlainStatus::NeedsAttention);
    }

    void shouldSayStayedWhenRoundedValuesAreEqual()
    {
        // 0.9121 and 0.9118 both read "91.2\u00a0%": the reader must not see "rose from 91.2\u00a0% to 91.2\u00a0%".
        PlainComparison c = march(slaRate(), 0.9118, 0.9121);
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.sentence, QStringLiteral("SLA met stayed at 91.2\u00a0% in March 2026, the same as in February 2026."));
        QVERIFY(v.change.isEmpty());
        QCOMPARE(v.status, PlainStatus::Steady);
    }

    void shouldGiveRateChangesInPointsAndJudgeAgainstTarget()
    {
        PlainComparison c = march(slaRate(), 0.80, 0.85);
        c.target = 0.95;
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.change, QStringLiteral("+5\u00a0points"));
        QCOMPARE(v.sentence, QStringLiteral("SLA met rose from 80\u00a0% in February 2026 to 85\u00a0% in March 2026 (+5\u00a0points). "
                                            "That is an improvement. The target of at least 95\u00a0% is not met yet."));
        QCOMPARE(v.status, PlainStatus::Improving);

        c.current = 0.96;
        QCOMPARE(plainVerdict(c).status, PlainStatus::OnTarget);
        QVERIFY(plainVerdict(c).sentence.endsWith(QStringLiteral("That meets the target of at least 95\u00a0%.")));

        c.current = 0.75;   // fell and misses the target
        QCOMPARE(plainVerdict(c).status, PlainStatus::NeedsAttention);
    }

    void shouldCallLowerIsBetterTargetMetAtOrBelow()
    {
        PlainComparison c = march(callbacks(), 9, 9);
        c.target = 9;
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::OnTarget);
        QCOMPARE(v.sentence, QStringLiteral("Callbacks stayed at 9 in March 2026, the same as in February 2026. "
                                            "That meets the target of at most 9."));
        c.target = 8;
        QCOMPARE(plainVerdict(c).status, PlainStatus::NeedsAttention);
    }

    void shouldNeitherPraiseNorFlagChangesUnderFivePercent()
    {
        const PlainVerdict v = plainVerdict(march(callbacks(), 100, 103));
        QCOMPARE(v.sentence, QStringLiteral("Callbacks rose from 100 in February 2026 to 103 in March 2026 (+3\u00a0%). "
                                            "That is little change."));
        QCOMPARE(v.status, PlainStatus::Steady);
        // A rate moving 0.5 points is as small; with a target missed it still needs attention.
        PlainComparison c = march(slaRate(), 0.800, 0.805);
        c.target = 0.95;
        QCOMPARE(plainVerdict(c).status, PlainStatus::NeedsAttention);
        QVERIFY(plainVerdict(c).sentence.contains(QLatin1String("That is little change.")));
    }

    void shouldSayNoDataThisPeriod()
    {
        PlainComparison c = march(callbacks(), 14, std::nullopt);
        c.target = 5;
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::NoData);
        QCOMPARE(v.sentence, QStringLiteral("Callbacks cannot be given for March 2026: there is no data."));
        QCOMPARE(plainStatusLabel(v.status), QStringLiteral("no data"));
    }

    void shouldSayNothingToCompareWhenPreviousIsMissing()
    {
        PlainComparison c = march(callbacks(), std::nullopt, 9);
        c.target = 10;
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.sentence, QStringLiteral("Callbacks came to 9 in March 2026; there is no figure for February 2026 "
                                            "to compare with. That meets the target of at most 10."));
        QCOMPARE(v.status, PlainStatus::OnTarget);
        QVERIFY(v.change.isEmpty());
    }

    void shouldLeaveOutPercentWhenRisingFromZero()
    {
        const PlainVerdict v = plainVerdict(march(callbacks(), 0, 3));
        QVERIFY(v.change.isEmpty());
        QCOMPARE(v.sentence, QStringLiteral("Callbacks rose from 0 in February 2026 to 3 in March 2026. "
                                            "That is a step in the wrong direction."));
    }

    void shouldStateVolumesWithoutJudgingThemUnlessTheyHaveATarget()
    {
        PlainKpi opened{QStringLiteral("opened"), QStringLiteral("New work opened"), PlainUnit::Count, false, false};
        PlainComparison c = march(opened, 1000, 1200);
        PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::ForInformation);
        QCOMPARE(v.sentence, QStringLiteral("New work opened rose from 1,000 in February 2026 to 1,200 in March 2026 (+20\u00a0%)."));
        c.target = 1100;
        v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::NeedsAttention);
        QVERIFY(v.sentence.endsWith(QLatin1String("That is a step in the wrong direction. The target of at most 1,100 is not met yet.")));
    }

    void shouldSayHoursAndDaysInPlainWords()
    {
        QCOMPARE(plainValue(2.5, PlainUnit::Hours), QStringLiteral("2.5\u00a0hours"));
        QCOMPARE(plainValue(1.02, PlainUnit::Hours), QStringLiteral("1\u00a0hour"));
        QCOMPARE(plainValue(0.75, PlainUnit::Hours), QStringLiteral("45\u00a0minutes"));
        QCOMPARE(plainValue(72, PlainUnit::Hours), QStringLiteral("3\u00a0days"));
        QCOMPARE(plainValue(84, PlainUnit::Hours), QStringLiteral("3.5\u00a0days"));
        // Business hours are never 24-hour days.
        QCOMPARE(plainValue(72, PlainUnit::BusinessHours), QStringLiteral("72\u00a0hours"));
        QCOMPARE(plainValue(0.125, PlainUnit::Rate), QStringLiteral("12.5\u00a0%"));
        QCOMPARE(plainValue(4.237, PlainUnit::Score), QStringLiteral("4.2\u00a0out of\u00a05"));
        QCOMPARE(plainValue(13.6, PlainUnit::Count), QStringLiteral("14"));
        QCOMPARE(plainValueOrDash(std::nullopt, PlainUnit::Count), QString(QChar(0x2014)));
    }

    void shouldSayHoursChangeAsPercentAndSmallChangesWithADecimal()
    {
        PlainComparison c = march({QStringLiteral("median_resolution_h"), QStringLiteral("Typical time to resolve"),
                                   PlainUnit::Hours, false},
                                  80, 60);
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.change, minus + QStringLiteral("25\u00a0%"));
        QCOMPARE(v.sentence, QStringLiteral("Typical time to resolve fell from 3.3\u00a0days in February 2026 to 2.5\u00a0days in "
                                            "March 2026 (") + minus + QStringLiteral("25\u00a0%). That is an improvement."));
        QCOMPARE(plainChange(1000, 1004, PlainUnit::Count), QStringLiteral("+0.4\u00a0%"));
    }
    void shouldStateARateOnOneItemWithoutJudgingIt()
    {
        // One callback among the one item resolved reads "100 %": leadership must see it rests on one item.
        PlainKpi rate{QStringLiteral("callback_rate"), QStringLiteral("The share called back"), PlainUnit::Rate, false};
        PlainComparison c = march(rate, 0.05, 1.0);
        c.previousBasis = 200;
        c.currentBasis = 1;
        c.target = 0.06;
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::TooFewItems);
        QCOMPARE(plainStatusLabel(v.status), QStringLiteral("too few to judge"));
        QCOMPARE(v.sentence, QStringLiteral("The share called back rose from 5\u00a0% in February 2026 to 100\u00a0% in March 2026 "
                                            "(+95\u00a0points). The figure for March 2026 is based on only 1 item, too few to judge."));
        QVERIFY(!v.sentence.contains(QLatin1String("wrong direction")));
        QVERIFY(!v.sentence.contains(QLatin1String("target")));
    }

    void shouldSayHowFewItemsUpToFourAndJudgeFromFiveOn()
    {
        PlainKpi hours{QStringLiteral("median_resolution_h"), QStringLiteral("The typical time to resolve"), PlainUnit::Hours, false};
        PlainComparison c = march(hours, 10, 5);
        c.previousBasis = 50;
        c.currentBasis = 4;
        PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::TooFewItems);
        QVERIFY2(v.sentence.endsWith(QLatin1String("The figure for March 2026 is based on only 4 items, too few to judge.")),
                 qPrintable(v.sentence));
        c.currentBasis = plainFewItems;   // 5 items: enough
        v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::Improving);
        QVERIFY(v.sentence.endsWith(QLatin1String("That is an improvement.")));
    }

    void shouldNotCallAChangeFromAFewItemPeriodAnImprovement()
    {
        PlainComparison c = march(slaRate(), 0.0, 0.9);
        c.previousBasis = 2;
        c.currentBasis = 300;
        PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::TooFewItems);
        QCOMPARE(v.sentence, QStringLiteral("SLA met rose from 0\u00a0% in February 2026 to 90\u00a0% in March 2026 (+90\u00a0points). "
                                            "The figure for February 2026 is based on only 2 items, so the change says little."));
        // This period's figure rests on enough items to hold it against a target.
        c.target = 0.95;
        v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::NeedsAttention);
        QVERIFY(v.sentence.endsWith(QStringLiteral("so the change says little. The target of at least 95\u00a0% is not met yet.")));
        QVERIFY(!v.sentence.contains(QLatin1String("improvement")));
    }

    void shouldNeverCountACountAsTooFewItems()
    {
        // Two callbacks is an exact count, not a sample of two.
        PlainComparison c = march(callbacks(), 8, 2);
        c.previousBasis = 8;
        c.currentBasis = 2;
        const PlainVerdict v = plainVerdict(c);
        QCOMPARE(v.status, PlainStatus::Improving);
        QVERIFY(!restsOnFewItems(PlainUnit::Count, 1));
        QVERIFY(restsOnFewItems(PlainUnit::Score, 4));
        QVERIFY(!restsOnFewItems(PlainUnit::Score, 5));
        QVERIFY(!restsOnFewItems(PlainUnit::Rate, std::nullopt));
    }

    void shouldPutHowFewItemsUnderAFigureInATable()
    {
        QCOMPARE(plainFigure(1.0, PlainUnit::Rate, 1), QStringLiteral("100\u00a0%\nonly 1 item"));
        QCOMPARE(plainFigure(0.5, PlainUnit::Rate, 4), QStringLiteral("50\u00a0%\nonly 4 items"));
        QCOMPARE(plainFigure(0.5, PlainUnit::Rate, 5), QStringLiteral("50\u00a0%"));
        QCOMPARE(plainFigure(3, PlainUnit::Count, 3), QStringLiteral("3"));
        QCOMPARE(plainFigure(std::nullopt, PlainUnit::Rate, 0), QString(QChar(0x2014)));
        QCOMPARE(basedOnOnly(1), QStringLiteral("based on only 1 item"));
        QCOMPARE(basedOnOnly(3), QStringLiteral("based on only 3 items"));
    }
};

QTEST_GUILESS_MAIN(TestPlainSentence)
#include "tst_plainsentence.moc"
