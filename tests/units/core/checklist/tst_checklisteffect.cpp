#include "checklist/checklisteffect.h"
#include "checklist/checklistservice.h"
#include "checklist/templaterepository.h"
#include "domain/followupservice.h"
#include "testsupport.h"

#include <QTest>

using namespace ft;

// The checklist-effect figures on a small store built by hand, against a calculation by hand.
class tst_ChecklistEffect : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    std::unique_ptr<ChecklistService> m_checklists;
    Timestamp m_now = 0;

    FollowUpId create(const QString &title, Kind kind = Kind::Incident)
    {
        FollowUp f;
        f.title = title;
        f.kind = kind;
        return m_service->create(f).value().id;
    }
    // Checks the items of the follow-up's checklist whose texts are given.
    void check(FollowUpId id, const QStringList &texts)
    {
        const QList<ChecklistRun> runs = m_checklists->runs(id).value();
        for (const ChecklistRunItem &i : runs.at(0).items) {
            if (texts.contains(i.text))
                QVERIFY(m_checklists->check(i.id));
        }
    }
    void at(int month, int day)
    {
        m_now = test::at(2026, month, day, 10, 0);
    }

private slots:
    void init()
    {
        m_checklists.reset();
        m_service.reset();
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_service->setClock([this] { return m_now; });
        m_checklists = std::make_unique<ChecklistService>(m_temp->store());
        m_checklists->setClock([this] { return m_now; });
        ChecklistTemplateRepository templates(m_temp->store());
        const auto t = templates.create(QStringLiteral("Closure")).value();
        QVERIFY(templates.setApplicability(t, kindBit(Kind::Incident), {}));
        QVERIFY(templates.addItem(t, QStringLiteral("Confirmed"), true));
        QVERIFY(templates.addItem(t, QStringLiteral("Root cause"), true));
        QVERIFY(templates.addItem(t, QStringLiteral("KB"), false));
    }

    void cleanup()
    {
        m_checklists.reset();
        m_service.reset();
        m_temp.reset();
    }

    void shouldMatchAHandCalculation()
    {
        const QStringList all{QStringLiteral("Confirmed"), QStringLiteral("Root cause"), QStringLiteral("KB")};
        const QStringList required{QStringLiteral("Confirmed"), QStringLiteral("Root cause")};
        const CloseRequest acknowledged{{}, true};
        const CloseRequest override{QStringLiteral("Told by phone"), false};
        at(2, 20);
        const FollowUpId f1 = create(QStringLiteral("F1")), f2 = create(QStringLiteral("F2")), f3 = create(QStringLiteral("F3")),
                         f4 = create(QStringLiteral("F4")), f5 = create(QStringLiteral("F5")), f6 = create(QStringLiteral("F6")),
                         f7 = create(QStringLiteral("F7"), Kind::Problem), f8 = create(QStringLiteral("F8")),
                         f9 = create(QStringLiteral("F9"));
        for (FollowUpId id : {f1, f2, f3, f8, f9})
            check(id, all);
        check(f4, required);
        check(f5, {QStringLiteral("Confirmed")});

        at(3, 2);
        QVERIFY(m_service->resolve(f1));
        QVERIFY(m_service->resolve(f2));
        QVERIFY(m_service->resolve(f3));
        QVERIFY(m_service->resolve(f4, acknowledged));
        QVERIFY(m_service->resolve(f5, override));
        QVERIFY(m_service->resolve(f6, override));
        QVERIFY(m_service->resolve(f7));
        at(3, 9);   // callbacks
        for (FollowUpId id : {f2, f4, f6, f7})
            QVERIFY(m_service->reopen(id));
        at(3, 16);
        QVERIFY(m_service->resolve(f2));
        QVERIFY(m_service->resolve(f4, acknowledged));
        QVERIFY(m_service->resolve(f6, override));
        QVERIFY(m_service->resolve(f7));
        at(4, 2);   // after the period
        QVERIFY(m_service->resolve(f8));
        QVERIFY(m_service->reopen(f8));
        QVERIFY(m_service->resolve(f8));
        // f9 stays open.

        // By hand, for items resolved in March that have a checklist (f7 has none, f8 is April, f9 open):
        //   complete (every item checked, no override): f1, f2, f3 -> 3 resolved, f2 called back -> 1/3
        //   incomplete: f4 (KB skipped), f5 and f6 (overridden)  -> 3 resolved, f4 and f6 called back -> 2/3
        //   compliance: compliant f1, f2, f3, f4 of 6 with a checklist -> 4/6
        //   per item (skipped / of those called back; checked / of those called back):
        //     Confirmed:  skipped f6         -> 1 / 1 (rate 1);   checked f1-f5    -> 5 / 2 (f2, f4)
        //     KB:         skipped f4, f5, f6 -> 3 / 2 (rate 2/3); checked f1-f3    -> 3 / 1 (f2)
        //     Root cause: skipped f5, f6     -> 2 / 1 (rate 1/2); checked f1-f4    -> 4 / 2 (f2, f4)
        //   sorted by callback rate after skipping: Confirmed, KB, Root cause.
        const auto effect = computeChecklistEffect(m_temp->store(), test::at(2026, 3, 1), test::at(2026, 4, 1));
        QVERIFY2(effect, effect ? "" : qPrintable(effect.error().message));
        QCOMPARE(effect->complete.resolved, 3);
        QCOMPARE(effect->complete.calledBack, 1);
        QCOMPARE(effect->incomplete.resolved, 3);
        QCOMPARE(effect->incomplete.calledBack, 2);
        QCOMPARE(effect->withChecklist, 6);
        QCOMPARE(effect->compliant, 4);
        QCOMPARE(*effect->complianceRate(), 4.0 / 6.0);
        QCOMPARE(*effect->complete.rate(), 1.0 / 3.0);
        QCOMPARE(*effect->incomplete.rate(), 2.0 / 3.0);

        const auto &items = effect->items;
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).text, QStringLiteral("Confirmed"));
        QCOMPARE(items.at(0).templateName, QStringLiteral("Closure"));
        QVERIFY(items.at(0).required);
        QCOMPARE(items.at(0).skipped, 1);
        QCOMPARE(items.at(0).skippedThenCalledBack, 1);
        QCOMPARE(items.at(0).checked, 5);
        QCOMPARE(items.at(0).checkedThenCalledBack, 2);
        QCOMPARE(items.at(1).text, QStringLiteral("KB"));
        QVERIFY(!items.at(1).required);
        QCOMPARE(items.at(1).skipped, 3);
        QCOMPARE(items.at(1).skippedThenCalledBack, 2);
        QCOMPARE(items.at(1).checked, 3);
        QCOMPARE(items.at(1).checkedThenCalledBack, 1);
        QCOMPARE(items.at(2).text, QStringLiteral("Root cause"));
        QCOMPARE(items.at(2).skipped, 2);
        QCOMPARE(items.at(2).skippedThenCalledBack, 1);
        QCOMPARE(items.at(2).checked, 4);
        QCOMPARE(items.at(2).checkedThenCalledBack, 2);
    }

    void shouldBeEmptyForAPeriodWithoutChecklists()
    {
        const auto effect = computeChecklistEffect(m_temp->store(), test::at(2026, 1, 1), test::at(2026, 2, 1));
        QVERIFY(effect);
        QCOMPARE(effect->withChecklist, 0);
        QVERIFY(!effect->complianceRate());
        QVERIFY(!effect->complete.rate());
        QVERIFY(!effect->incomplete.rate());
        QVERIFY(effect->items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ChecklistEffect)
#include "tst_checklisteffect.moc"
