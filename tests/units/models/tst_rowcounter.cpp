// The list's counter: counts on a worker, one at a time, and delivers only the newest request's count.
#include "rowcounter.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ft;

class tst_RowCounter : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountOffTheGuiThreadOnAConnectionOfItsOwn()
    {
        test::TempStore temp;
        RowCounter counter(temp.store());
        QSignalSpy counted(&counter, &RowCounter::counted);
        QThread *countedOn = nullptr;
        Connection usedConnection;
        counter.request(1, [&](const Connection &connection) -> Result<qint64> {
            countedOn = QThread::currentThread();
            usedConnection = connection;
            return qint64(7);
        });
        QVERIFY(counted.wait(5000));
        QCOMPARE(counted.at(0).at(0).toInt(), 1);
        QCOMPARE(counted.at(0).at(1).toLongLong(), 7);
        QVERIFY(countedOn != nullptr && countedOn != QThread::currentThread());
        QVERIFY(usedConnection.isValid());
        QVERIFY(usedConnection != temp.store().connection());
    }

    void shouldDeliverOnlyTheNewestRequestAndRunOneCountAtATime()
    {
        test::TempStore temp;
        RowCounter counter(temp.store());
        QSignalSpy counted(&counter, &RowCounter::counted);
        std::atomic<int> running{0};
        std::atomic<int> mostAtOnce{0};
        std::atomic<int> runs{0};
        const auto slowCount = [&](qint64 rows) {
            return [&, rows](const Connection &) -> Result<qint64> {
                mostAtOnce = std::max(mostAtOnce.load(), ++running);
                QThread::msleep(150);
                --running;
                ++runs;
                return rows;
            };
        };
        counter.request(1, slowCount(10));
        QTest::qWait(30);   // the first count is under way
        counter.request(2, slowCount(20));
        counter.request(3, slowCount(30));   // replaces 2 before it started
        QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toInt(), 3);
        QCOMPARE(counted.at(0).at(1).toLongLong(), 30);
        QCOMPARE(runs.load(), 2);         // 1 (dropped) and 3; 2 never ran
        QCOMPARE(mostAtOnce.load(), 1);
    }

    void shouldReportAFailedCountWithItsMessage()
    {
        test::TempStore temp;
        RowCounter counter(temp.store());
        QSignalSpy failed(&counter, &RowCounter::failed);
        counter.request(4, [](const Connection &) -> Result<qint64> { return Error::failed(QStringLiteral("no such table")); });
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toInt(), 4);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("no such table"));
    }
};

QTEST_GUILESS_MAIN(tst_RowCounter)
#include "tst_rowcounter.moc"
