#include "domain/followupservice.h"
#include "store/store.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// Two processes on one store (issue 7): this test process holds the store open and writes, like the
// window, while another process writes too. Neither corrupts the store nor loses the other's writes
// without saying so, and this side can tell that the other one wrote (Store::dataVersion).
class tst_TwoProcesses : public QObject
{
    Q_OBJECT

    static qint64 followUps(const Store &store)
    {
        QSqlQuery q(store.database());
        if (!q.exec(u"SELECT count(*) FROM followup"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static FollowUp draft(int n)
    {
        FollowUp f;
        f.title = u"window %1"_s.arg(n);
        f.requester = u"lead"_s;
        return f;
    }

private slots:
    void shouldKeepTheWritesOfBothProcesses()
    {
        test::TempStore temp;
        Store &store = temp.store();
        FollowUpService service(store);
        const qint64 before = followUps(store);
        const qint64 version = store.dataVersion();

        // The other process: a second window's worth of edits (creates, contacts, promises, status changes),
        // one transaction each, as fast as it can.
        QProcess other;
        other.start(QStringLiteral(FT_STOREWORKER), {temp.path(), u"edits"_s, u"400"_s, u"7"_s});
        QVERIFY(other.waitForStarted());
        int written = 0;
        QStringList refusals;
        for (int n = 0; other.state() != QProcess::NotRunning || n < 20; ++n) {
            auto made = service.create(draft(n));
            if (made)
                ++written;
            else
                refusals << made.error().message;
            QTest::qWait(5);   // the pace of a person, quick as one: the other gets its turn
        }
        QVERIFY(other.state() == QProcess::NotRunning || other.waitForFinished(120000));
        QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
        const qint64 theirs = other.readAllStandardOutput().count(" create ");
        // A write of ours that waited longer than the busy timeout fails, and says so; none vanish.
        for (const QString &why : std::as_const(refusals))
            QVERIFY2(why.contains(u"busy"_s), qPrintable(why));
        QVERIFY(written >= 20);
        QVERIFY(theirs > 0);
        QCOMPARE(followUps(store), before + theirs + written);
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
        QVERIFY(store.dataVersion() != version);
        qInfo("%d writes of this process, %lld refused as busy, next to the other's %lld", written,
              qint64(refusals.size()), theirs);
    }

    void shouldSayBusyAndKeepEverythingWhenTheOtherHoldsTheStoreTooLong()
    {
        test::TempStore temp;
        Store &store = temp.store();
        FollowUpService service(store);
        QVERIFY(service.create(draft(1)));

        // Longer than the store's busy timeout of 5 s.
        QProcess other;
        other.start(QStringLiteral(FT_STOREWORKER), {temp.path(), u"hold"_s, u"6500"_s});
        QVERIFY(other.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (!other.readAllStandardOutput().contains("locked")) {
            QVERIFY2(other.state() == QProcess::Running, other.readAllStandardError().constData());
            QVERIFY(clock.elapsed() < 30000);
            other.waitForReadyRead(100);
        }
        // Reading never waits for a writer (write-ahead log).
        QElapsedTimer reading;
        reading.start();
        QCOMPARE(followUps(store), 1);
        QVERIFY2(reading.elapsed() < 1000, "a read waited for the other process's write");

        auto refused = service.create(draft(2));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"busy"_s), qPrintable(refused.error().message));

        QVERIFY(other.state() == QProcess::NotRunning || other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(service.create(draft(3)));   // trying again once the other is done succeeds
        QCOMPARE(followUps(store), 2);
        QCOMPARE(store.setting(u"held_by_worker"_s), u"6500"_s);
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(tst_TwoProcesses)
#include "tst_twoprocesses.moc"
