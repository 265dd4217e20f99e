#include "hardeningfixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace ft;
using namespace Qt::StringLiterals;

// The break-it round of issue 13, its concurrency cases: two programs upgrading or creating one store
// at once, and a bulk demo that holds the store while another command asks for it.
class tst_HardeningConcurrency : public QObject, protected HardeningFixture
{
    Q_OBJECT

private slots:
    void shouldLetTwoProgramsUpgradeOneStoreAtOnce()
    {
        for (int round = 0; round < 3; ++round) {
            const QString db = path(u"old%1.sqlite"_s.arg(round));
            makeVersionOneStore(db);
            QProcess a, b;
            a.start(binary(), {u"--db"_s, db, u"check"_s});
            b.start(binary(), {u"--db"_s, db, u"check"_s});
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
            QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, qPrintable(errors));
            QCOMPARE(count(db, u"PRAGMA user_version"_s), qint64(schema::currentVersion()));
            // Each program that found version 1 took its own backup copy first, under a name of its own
            // (a program that starts after the other has finished finds nothing to upgrade).
            const QStringList pattern{u"old%1.sqlite.v1-"_s.arg(round) + u"*.bak"_s};
            const qsizetype backups = QDir(m_dir.path()).entryList(pattern, QDir::Files).size();
            QVERIFY2(backups == 1 || backups == 2, qPrintable(QString::number(backups)));
        }
    }

    void shouldLetTwoDemosCreateOneStoreWithoutATableError()
    {
        for (int round = 0; round < 4; ++round) {
            const QString db = path(u"race%1.sqlite"_s.arg(round));
            QProcess a, b;
            a.start(binary(), {u"--db"_s, db, u"demo"_s, u"--items"_s, u"50"_s});
            b.start(binary(), {u"--db"_s, db, u"demo"_s, u"--items"_s, u"50"_s});
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
            QVERIFY2(!errors.contains(u"already exists"_s), qPrintable(errors));
            QVERIFY2(a.exitCode() == 0 || b.exitCode() == 0, qPrintable(errors));
            QCOMPARE(count(db, u"SELECT count(*) FROM followup"_s), 50);
        }
    }

    void shouldSayWhatRunsDuringABulkDemo()
    {
        const QString db = path(u"bulk.sqlite"_s);
        QProcess demo;
        demo.start(binary(), {u"--db"_s, db, u"demo"_s, u"--items"_s, u"150000"_s});
        // Well into the load (the store exists; the load holds it for many seconds more).
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(db).size() > 0 || demo.state() == QProcess::NotRunning, 60000);
        QTest::qWait(2500);
        if (demo.state() == QProcess::NotRunning)
            QSKIP("the demo finished before another command could be started");
        const Run r = runOn(db, {u"check"_s});
        const bool stillRunning = demo.state() == QProcess::Running;
        demo.waitForFinished(300000);
        if (!stillRunning && r.exitCode == 0)
            QSKIP("the demo finished while the check ran");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QRegularExpression(u"busy: demo --items 150000 \\(process \\d+, since [\\d:]+\\) is running"_s)),
                 qPrintable(r.err));
        QCOMPARE(demo.exitCode(), 0);
        QCOMPARE(runOn(db, {u"check"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_HardeningConcurrency)
#include "tst_hardeningconcurrency.moc"
