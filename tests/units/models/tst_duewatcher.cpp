// The reminders' clockwork: which promises are reported as falling due, and how often.
#include "domain/followupservice.h"
#include "duewatcher.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ft;

class tst_DueWatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    Timestamp m_now = 0;

    FollowUpId add(const QString &title, std::optional<Timestamp> due)
    {
        FollowUp f;
        f.title = title;
        f.nextUpdateDue = due;
        auto created = m_service->create(f);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created.value().id;
    }

    static QList<FollowUpId> ids(const QList<FollowUp> &items)
    {
        QList<FollowUpId> result;
        for (const FollowUp &f : items)
            result << f.id;
        return result;
    }

    std::unique_ptr<DueWatcher> watcher()
    {
        auto w = std::make_unique<DueWatcher>(m_temp->store());
        w->setClock([this] { return m_now; });
        return w;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_now = test::at(2026, 3, 10, 9, 0);   // a Tuesday morning
        m_service->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void shouldReportAPromiseExactlyOnceWhenItFallsDue()
    {
        const FollowUpId printer = add(QStringLiteral("Printer jams"), test::at(2026, 3, 10, 9, 30));
        add(QStringLiteral("VPN drops"), test::at(2026, 3, 10, 11, 0));
        auto w = watcher();
        QSignalSpy spy(w.get(), &DueWatcher::fellDue);
        w->start();
        QCOMPARE(spy.count(), 0);

        m_now = test::at(2026, 3, 10, 9, 29);
        w->check();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(w->overdueCount(), 0);

        m_now = test::at(2026, 3, 10, 9, 30);   // due at 9:30 exactly: falls due now
        w->check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ids(spy.at(0).at(0).value<QList<FollowUp>>()), QList<FollowUpId>{printer});

        // Later checks, and a clock that jumps back and forth, never report it again.
        m_now = test::at(2026, 3, 10, 9, 45);
        w->check();
        m_now = test::at(2026, 3, 10, 9, 0);
        w->check();
        m_now = test::at(2026, 3, 10, 9, 50);
        w->check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w->overdueCount(), 1);   // 9:30 has passed; 11:00 has not
    }

    void shouldCountButNotReportWhatWasOverdueBeforeWatching()
    {
        add(QStringLiteral("Old promise"), test::at(2026, 3, 9, 10, 0));
        add(QStringLiteral("Older promise"), test::at(2026, 3, 6, 10, 0));
        auto w = watcher();
        QSignalSpy spy(w.get(), &DueWatcher::fellDue);
        QSignalSpy updated(w.get(), &DueWatcher::updated);
        w->start();
        m_now += 3600;
        w->check();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(w->overdueCount(), 2);
        QCOMPARE(updated.count(), 2);
    }

    void shouldReportTheNextPromiseOfTheSameFollowUpAsANewOne()
    {
        const FollowUpId id = add(QStringLiteral("Laptop swap"), test::at(2026, 3, 10, 9, 10));
        auto w = watcher();
        QSignalSpy spy(w.get(), &DueWatcher::fellDue);
        w->start();
        m_now = test::at(2026, 3, 10, 9, 15);
        w->check();
        QCOMPARE(spy.count(), 1);
        // The lead promises again for 10:00; that promise falls due in its turn.
        QVERIFY(m_service->promiseUpdate(id, test::at(2026, 3, 10, 10, 0)));
        m_now = test::at(2026, 3, 10, 9, 59);
        w->check();
        QCOMPARE(spy.count(), 1);
        m_now = test::at(2026, 3, 10, 10, 1);
        w->check();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(ids(spy.at(1).at(0).value<QList<FollowUp>>()), QList<FollowUpId>{id});
    }

    void shouldNotReportWorkResolvedBeforeItsPromiseFellDue()
    {
        const FollowUpId id = add(QStringLiteral("Mailbox full"), test::at(2026, 3, 10, 9, 20));
        auto w = watcher();
        QSignalSpy spy(w.get(), &DueWatcher::fellDue);
        w->start();
        QVERIFY(m_service->resolve(id));
        m_now = test::at(2026, 3, 10, 9, 30);
        w->check();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(w->overdueCount(), 0);
    }

    void shouldReportSeveralFallingDueTogetherSoonestFirst()
    {
        const FollowUpId late = add(QStringLiteral("B"), test::at(2026, 3, 10, 9, 40));
        const FollowUpId early = add(QStringLiteral("A"), test::at(2026, 3, 10, 9, 20));
        auto w = watcher();
        QSignalSpy spy(w.get(), &DueWatcher::fellDue);
        w->start();
        m_now = test::at(2026, 3, 10, 10, 0);   // e.g. the laptop slept through both
        w->check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ids(spy.at(0).at(0).value<QList<FollowUp>>()), (QList<FollowUpId>{early, late}));
    }

    void shouldListTheNextFewDueSoonestFirst()
    {
        QList<FollowUpId> expected;
        for (int i = 7; i >= 1; --i) {
            const FollowUpId id = add(QStringLiteral("Item %1").arg(i), test::at(2026, 3, 10, 9 + i, 0));
            expected.prepend(id);
        }
        add(QStringLiteral("No promise"), std::nullopt);
        auto w = watcher();
        w->start();
        QCOMPARE(ids(w->upcoming()), expected.mid(0, DueWatcher::UpcomingLimit));
    }
};

QTEST_GUILESS_MAIN(tst_DueWatcher)
#include "tst_duewatcher.moc"
