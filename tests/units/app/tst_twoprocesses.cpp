#include "domain/followupservice.h"
#include "followuppanel.h"
#include "followuptablemodel.h"
#include "mainwindow.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

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
    void initTestCase()
    {
        test::useTestSettings(u"tst_twoprocesses"_s);
        QSettings().clear();
    }

    // The window open on a store while the command line imports into it: the window shows the new
    // follow-up within seconds, by itself, and keeps the lead's selection; an edit in the panel that
    // another program overtook is refused with a message that says so, not written over it.
    void shouldShowACommandLineWriteInTheOpenWindowAndRefuseAnOvertakenEdit()
    {
        test::TempStore temp;
        MainWindow window(temp.store());
        window.show();
        FollowUpService &service = window.service();
        const FollowUpId first = service.create(draft(1)).value().id;
        const FollowUpId second = service.create(draft(2)).value().id;
        window.refresh();
        window.showView(MainWindow::View::List);
        window.setCurrent(second);
        FollowUpTableModel *list = window.listModel();
        QCOMPARE(list->rowCount(), 2);
        auto *table = window.findChild<QTableView *>(u"followUpTable"_s);
        QVERIFY(table);
        QCOMPARE(list->idAt(table->currentIndex().row()), second);

        // The command line, another process, adds a follow-up.
        const QString csv = temp.dir() + u"/one.csv"_s;
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("number,short_description,opened\nCLI-1,Written by the command line,2026-03-02 09:00\n");
        }
        QProcess cli;
        cli.start(QStringLiteral(FT_BINARY), {u"--db"_s, temp.path(), u"import"_s, csv, u"--profile"_s, u"generic"_s});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        // No refresh from here: the window notices on its own (it looks every StoreWatchMs).
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 3, 4 * MainWindow::StoreWatchMs);
        QStringList titles;
        for (int row = 0; row < list->rowCount(); ++row)
            titles << list->index(row, FollowUpTableModel::TitleColumn).data().toString();
        QVERIFY2(titles.contains(u"Written by the command line"_s), qPrintable(titles.join(u", "_s)));
        QCOMPARE(window.currentId(), second);
        QCOMPARE(list->idAt(table->currentIndex().row()), second);
        QVERIFY(window.statusBar()->currentMessage().contains(u"another window or program"_s));
        QVERIFY(!window.checkStoreChanges());   // nothing new since

        // The lead starts editing the title in the panel; meanwhile another program renames it.
        auto *panel = window.findChild<FollowUpPanel *>(u"followUpPanel"_s);
        auto *title = window.findChild<QLineEdit *>(u"panelTitle"_s);
        auto *conflict = window.findChild<QLabel *>(u"panelConflict"_s);
        QVERIFY(panel && title && conflict);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, u"Mine"_s);
        QVERIFY(panel->isDirty());
        QVERIFY(conflict->isHidden());
        {
            auto other = Store::open(temp.path());
            QVERIFY(other);
            FollowUpService theirs(*other.value());
            FollowUp renamed = repo::loadFollowUp(other.value()->connection(), second).value();
            renamed.title = u"Theirs"_s;
            QVERIFY(theirs.edit(renamed));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!conflict->isHidden(), 4 * MainWindow::StoreWatchMs);
        QCOMPARE(title->text(), u"Mine"_s);   // the lead's typing is not thrown away

        // Saving says why it refuses, and nothing is written over the other program's title.
        QString message;
        QTimer closer;
        closer.setInterval(20);
        QObject::connect(&closer, &QTimer::timeout, &window, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->informativeText();
                box->accept();
            }
        });
        closer.start();
        auto *save = window.findChild<QPushButton *>(u"panelSave"_s);
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!message.isEmpty());
        closer.stop();
        QVERIFY2(message.contains(u"another window or program"_s), qPrintable(message));
        QCOMPARE(repo::loadFollowUp(temp.store().connection(), second).value().title, u"Theirs"_s);
        QCOMPARE(repo::loadFollowUp(temp.store().connection(), first).value().title, u"window 1"_s);
    }

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

QTEST_MAIN(tst_TwoProcesses)
#include "tst_twoprocesses.moc"
