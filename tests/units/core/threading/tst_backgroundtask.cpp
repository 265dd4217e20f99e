#include "threading/backgroundtask.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ft;

class tst_BackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void shouldDeliverTheResultOnTheOwnersThread()
    {
        BackgroundTask task;
        QThread *workThread = nullptr;
        QThread *deliveredOn = nullptr;
        int result = 0;
        task.start([&](TaskControl &) { workThread = QThread::currentThread(); return 42; },
                   [&](int value) { result = value; deliveredOn = QThread::currentThread(); });
        QTRY_COMPARE(result, 42);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QTRY_VERIFY(!task.isRunning());
    }

    void shouldDeliverOnlyTheNewestResult()
    {
        BackgroundTask task;
        std::atomic<bool> release{false};
        QList<int> delivered;
        task.start([&](TaskControl &) { while (!release) QThread::msleep(1); return 1; },
                   [&](int value) { delivered << value; });
        task.start([](TaskControl &) { return 2; }, [&](int value) { delivered << value; });
        QTRY_COMPARE(delivered, QList<int>{2});
        release = true;
        QTRY_VERIFY(!task.isRunning());
        QTest::qWait(20);
        QCOMPARE(delivered, QList<int>{2});   // the overtaken job's result never arrives
    }

    void shouldStopAJobThatChecksTheCancelFlagAndDeliverNothing()
    {
        BackgroundTask task;
        std::atomic<bool> sawCancel{false};
        bool delivered = false;
        task.start([&](TaskControl &control) {
            while (!control.isCancelled()) QThread::msleep(1);
            sawCancel = true;
            return 0;
        }, [&](int) { delivered = true; });
        QVERIFY(task.isRunning());
        task.cancel();
        QTRY_VERIFY(sawCancel.load());
        QTRY_VERIFY(!task.isRunning());
        QTest::qWait(20);
        QVERIFY(!delivered);
    }

    void shouldDeliverWhatAJobEndsWithWhenOnlyAskedToStop()
    {
        BackgroundTask task;
        QString delivered;
        task.start([](TaskControl &control) {
            while (!control.isCancelled()) QThread::msleep(1);
            return QStringLiteral("stopped part way");
        }, [&](const QString &value) { delivered = value; });
        task.requestStop();
        QTRY_COMPARE(delivered, QStringLiteral("stopped part way"));
    }

    void shouldCancelAndWaitWhenDestroyed()
    {
        std::atomic<bool> ended{false};
        bool delivered = false;
        {
            BackgroundTask task;
            task.start([&](TaskControl &control) {
                while (!control.isCancelled()) QThread::msleep(1);
                QThread::msleep(20);   // still working when the destructor starts waiting
                ended = true;
                return 0;
            }, [&](int) { delivered = true; });
        }
        QVERIFY(ended.load());   // the destructor waited for the job to end
        QTest::qWait(20);
        QVERIFY(!delivered);
    }

    void shouldReportProgressOnlyWhenTheThousandthChanges()
    {
        BackgroundTask task;
        QSignalSpy progressed(&task, &BackgroundTask::progressed);
        bool done = false;
        task.start([](TaskControl &control) {
            for (int i = 0; i <= 100000; ++i)
                control.progress(i, 100000);
            return true;
        }, [&](bool) { done = true; });
        QTRY_VERIFY(done);
        QCoreApplication::processEvents();
        QVERIFY(progressed.size() <= 1001);
        QVERIFY(progressed.size() >= 2);
        QCOMPARE(progressed.last().at(0).toInt(), 1000);
        for (qsizetype i = 1; i < progressed.size(); ++i)
            QVERIFY(progressed.at(i).at(0).toInt() > progressed.at(i - 1).at(0).toInt());
    }

    void shouldSayWhenItStartsAndStopsRunning()
    {
        BackgroundTask task;
        QSignalSpy running(&task, &BackgroundTask::runningChanged);
        task.start([](TaskControl &) { return 1; }, [](int) {});
        QTRY_COMPARE(running.size(), 2);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(tst_BackgroundTask)
#include "tst_backgroundtask.moc"
