#include "report/plainchecklist.h"

#include <QTest>

using namespace ft;

namespace {
ReportChecklists checklists(int complete, int completeCalledBack, int incomplete, int incompleteCalledBack)
{
    ReportChecklists c;
    c.withChecklist = complete + incomplete;
    c.complianceRate = double(complete) / c.withChecklist;
    c.completeResolved = complete;
    c.completeCallbackRate = complete ? std::optional<double>(double(completeCalledBack) / complete) : std::nullopt;
    c.incompleteResolved = incomplete;
    c.incompleteCallbackRate = incomplete ? std::optional<double>(double(incompleteCalledBack) / incomplete) : std::nullopt;
    return c;
}
} // namespace

class TestPlainChecklist : public QObject
{
    Q_OBJECT

private slots:
    void shouldStateComplianceAndCallbacksWhenThereAreEnoughItems()
    {
        // 180 complete (9 called back = 5 %), 20 incomplete (3 called back = 15 %): 180 / 200 = 90 % compliant.
        const QStringList s = plainChecklistSentences(checklists(180, 9, 20, 3), QStringLiteral("March 2026"));
        QCOMPARE(s, (QStringList{QStringLiteral("Of the 200 items resolved in March 2026 with a closure checklist, 90\u00a0% were "
                                                "resolved with every required step checked."),
                                 QStringLiteral("Items whose checklist was completed in full were called back 5\u00a0% of the time "
                                                "(180 items); items where a step was skipped or the checklist overridden were "
                                                "called back 15\u00a0% of the time (20 items).")}));
    }

    void shouldSayWhichCallbackFigureRestsOnTooFewItems()
    {
        // One skipped item, called back: "100 %" must not read as a finding.
        const QStringList s = plainChecklistSentences(checklists(40, 2, 1, 1), QStringLiteral("March 2026"));
        QCOMPARE(s.size(), 2);
        QVERIFY2(s.at(1).endsWith(QStringLiteral("called back 100\u00a0% of the time (1 item). The figure for skipped steps or "
                                                 "overrides is based on only 1 item, too few to judge.")),
                 qPrintable(s.at(1)));
        QVERIFY(!s.at(1).contains(QLatin1String("checklists completed in full is")));
        QVERIFY(!s.at(0).contains(QLatin1String("too few")));
    }

    void shouldSayWhenTheComplianceShareRestsOnFewItems()
    {
        const QStringList s = plainChecklistSentences(checklists(2, 0, 1, 0), QStringLiteral("March 2026"));
        QVERIFY2(s.at(0).endsWith(QLatin1String("That share is based on only 3 items, too few to judge.")), qPrintable(s.at(0)));
        QVERIFY(s.at(1).contains(QLatin1String("The figure for checklists completed in full is based on only 2 items")));
        QVERIFY(s.at(1).contains(QLatin1String("The figure for skipped steps or overrides is based on only 1 item")));
    }

    void shouldSayHowManySkippedStepsAreLeftOutForTooFewItems()
    {
        ReportChecklists c = checklists(180, 9, 20, 3);
        QVERIFY(plainRarelySkippedSentence(c).isEmpty());
        c.rarelySkippedSteps = 1;
        QCOMPARE(plainRarelySkippedSentence(c), QStringLiteral("One more step was skipped fewer than 5 times: too few to tell "
                                                               "whether skipping it leads to callbacks, so it is not listed."));
        c.rarelySkippedSteps = 7;
        QCOMPARE(plainRarelySkippedSentence(c), QStringLiteral("7 more steps were skipped fewer than 5 times each: too few to "
                                                               "tell whether skipping them leads to callbacks, so they are not listed."));
    }

    void shouldNotGiveARateForAnEmptyGroup()
    {
        // One item, complete and not called back: "the 1 item", and no "— of the time (0 items)".
        const QStringList s = plainChecklistSentences(checklists(1, 0, 0, 0), QStringLiteral("March 2026"));
        QCOMPARE(s, (QStringList{QStringLiteral("Of the 1 item resolved in March 2026 with a closure checklist, 100\u00a0% were "
                                                "resolved with every required step checked. That share is based on only 1 item, "
                                                "too few to judge."),
                                 QStringLiteral("Items whose checklist was completed in full were called back 0\u00a0% of the time "
                                                "(1 item); none had a step skipped or the checklist overridden. The figure for "
                                                "checklists completed in full is based on only 1 item, too few to judge.")}));
        const QStringList t = plainChecklistSentences(checklists(0, 0, 8, 2), QStringLiteral("March 2026"));
        QCOMPARE(t.at(1), QStringLiteral("Items where a step was skipped or the checklist overridden were called back 25\u00a0% of "
                                         "the time (8 items); none had its checklist completed in full."));
    }

    void shouldSayWhenNoItemHadAChecklist()
    {
        QCOMPARE(plainChecklistSentences(ReportChecklists{}, QStringLiteral("March 2026")),
                 QStringList{QStringLiteral("No item resolved in March 2026 had a closure checklist.")});
    }
};

QTEST_GUILESS_MAIN(TestPlainChecklist)
#include "tst_plainchecklist.moc"
