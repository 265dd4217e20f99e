// The window's watch on a team store (SPEC §6, issue 16): another program's write is seen through
// LISTEN/NOTIFY within the watch's few seconds; a connection the server dropped is opened again and
// listens again; a server out of reach is said once, and its return too. Runs against the throwaway
// server of the fixture pg_cluster; skips, saying why, without one.
#include "backupactions.h"
#include "domain/followupservice.h"
#include "storewatch.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QAction>
#include <QTest>
#include <QUrl>

using namespace ft;
using namespace Qt::StringLiterals;

class tst_TeamStoreWatch : public QObject
{
    Q_OBJECT

    // Raw SQL on the server's maintenance database, outside FollowThrough.
    static bool admin(const QString &url, const QString &statement)
    {
        return test::runOnServer(url, {statement}, u"postgres"_s).isEmpty();
    }

    static FollowUp draft(const QString &title)
    {
        FollowUp f;
        f.title = title;
        f.requester = u"Dana"_s;
        return f;
    }

private slots:
    void initTestCase() { test::useTestSettings(u"tst_teamstorewatch"_s); }

    void shouldSeeAnotherProgramsWriteAndListenAgainAfterAReconnect()
    {
        test::ServerDatabase database;
        auto window = Store::open(database.url());
        auto other = Store::open(database.url());
        QVERIFY(window && other);
        StoreWatch watch(*window.value(), nullptr);
        QSignalSpy changed(&watch, &StoreWatch::changedElsewhere);
        QSignalSpy lost(&watch, &StoreWatch::connectionLost);
        FollowUpService theirs(*other.value());
        QVERIFY(theirs.create(draft(u"Theirs"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, StoreWatch::StoreWatchMs * 3);

        // The server ends the window's session (a restart, an idle timeout, an administrator).
        const qint64 pid = test::scalar(*window.value(), u"SELECT pg_backend_pid()"_s);
        QVERIFY(admin(database.url(), u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
        watch.markSeen();
        QVERIFY(watch.check());   // opened again; what others wrote meanwhile counts as a change
        QVERIFY(lost.isEmpty());
        QVERIFY(test::scalar(*window.value(), u"SELECT pg_backend_pid()"_s) != pid);
        watch.markSeen();
        changed.clear();
        QVERIFY(theirs.create(draft(u"Theirs again"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, StoreWatch::StoreWatchMs * 3);
    }

    // File backups are a store file's: on a server the window offers neither, and says why.
    void shouldOfferNoFileBackupsOfAStoreOnAServer()
    {
        test::ServerDatabase database;
        auto store = Store::open(database.url());
        QVERIFY(store);
        BackupActions actions(*store.value(), nullptr);
        QVERIFY(!actions.backUpNowAction()->isEnabled());
        QVERIFY(!actions.restoreAction()->isEnabled());
        QVERIFY(actions.backUpNowAction()->statusTip().contains(u"server"_s));
        test::TempStore file;
        BackupActions onFile(file.store(), nullptr);
        QVERIFY(onFile.backUpNowAction()->isEnabled());
    }

    void shouldSayOnceThatTheServerIsOutOfReachAndWhenItIsBack()
    {
        test::ServerDatabase database;
        auto window = Store::open(database.url());
        QVERIFY(window);
        StoreWatch watch(*window.value(), nullptr);
        QSignalSpy lost(&watch, &StoreWatch::connectionLost);
        QSignalSpy restored(&watch, &StoreWatch::connectionRestored);
        const QString name = QUrl(database.url()).path().mid(1);
        // Out of reach: the database is gone (and with it every session on it).
        QVERIFY(admin(database.url(), u"ALTER DATABASE %1 RENAME TO %1_away"_s.arg(name))
                || (admin(database.url(), u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(name))
                    && admin(database.url(), u"ALTER DATABASE %1 RENAME TO %1_away"_s.arg(name))));
        QVERIFY(admin(database.url(), u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1_away'"_s.arg(name)));
        QVERIFY(!watch.check());
        QVERIFY(!watch.check());
        QCOMPARE(lost.size(), 1);
        QVERIFY2(lost.at(0).at(0).toString().contains(name), qPrintable(lost.at(0).at(0).toString()));
        QVERIFY(restored.isEmpty());
        QVERIFY(admin(database.url(), u"ALTER DATABASE %1_away RENAME TO %1"_s.arg(name)));
        // While lost, every fifth look tries again (a host that drops packets costs each try 2 s).
        for (int look = 2; look < 5; ++look)   // the second look was the one above
            watch.check();
        QVERIFY(restored.isEmpty());
        watch.check();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(test::scalar(*window.value(), u"SELECT count(*) FROM calendar_version"_s), 1);
    }
};

QTEST_MAIN(tst_TeamStoreWatch)
#include "tst_teamstorewatch.moc"
