// The team store (SPEC §6) against a real, throwaway server (fixture pg_cluster): the same schema as a
// store file, judged before a byte is written, a password never shown, and other connections' writes
// seen through LISTEN/NOTIFY. Without a PostgreSQL server installed these tests skip, saying why.
#include "domain/followupservice.h"
#include "schemacatalog.h"
#include "store/schema.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ft;
using namespace Qt::StringLiterals;

class tst_PgStore : public QObject
{
    Q_OBJECT

    // Raw SQL on the server database, outside FollowThrough; each statement is a check of the test.
    static void runOn(const QString &url, const QStringList &statements)
    {
        const QString failed = test::runOnServer(url, statements);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    static FollowUp draft(const QString &title)
    {
        FollowUp f;
        f.title = title;
        f.requester = u"Dana"_s;
        return f;
    }

private slots:
    void initTestCase() { test::useTestSettings(u"tst_pgstore"_s); }

    void shouldEndWithTheSameSchemaAsAStoreFile()
    {
        QTemporaryDir dir;
        auto file = Store::open(dir.filePath(u"store.sqlite"_s));
        QVERIFY(file);
        test::ServerDatabase database;
        auto server = Store::open(database.url());
        QVERIFY2(server, server ? "" : qPrintable(server.error().message));
        QVERIFY(server.value()->isOnServer());
        QCOMPARE(server.value()->schemaVersion(), schema::currentVersion());
        const QStringList onFile = test::schemaCatalog(*file.value());
        const QStringList onServer = test::schemaCatalog(*server.value());
        QVERIFY(onFile.contains(u"search followup_search on followup"_s));
        QVERIFY(onFile.contains(u"column followup.opened_at integer not-null"_s));
        QCOMPARE(onServer, onFile);
        // What a new store starts with is the same too: the stock checklists, the calendar, the settings.
        for (const QString &count : {u"SELECT count(*) FROM checklist_template_item"_s, u"SELECT count(*) FROM calendar_version"_s,
                                     u"SELECT count(*) FROM setting"_s})
            QCOMPARE(test::scalar(*server.value(), count), test::scalar(*file.value(), count));
    }

    void shouldOpenAStoreAgainAndWhenTwoProgramsCreateItAtOnce()
    {
        test::ServerDatabase database;
        auto first = Store::open(database.url());
        auto second = Store::open(database.url());
        QVERIFY2(first && second, qPrintable(first ? (second ? QString() : second.error().message) : first.error().message));
        QCOMPARE(first.value()->id(), second.value()->id());
        QCOMPARE(test::scalar(*second.value(), u"SELECT count(*) FROM calendar_version"_s), 1);
    }

    void shouldRefuseADatabaseOfOtherTablesUntouched()
    {
        test::ServerDatabase database;
        runOn(database.url(), {u"CREATE TABLE invoices (id BIGINT PRIMARY KEY, amount NUMERIC)"_s,
                               u"INSERT INTO invoices VALUES (1, 9.5)"_s});
        auto opened = Store::open(database.url());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Refused);
        QVERIFY2(opened.error().message.contains(u"not a FollowThrough store"_s), qPrintable(opened.error().message));
        // Nothing was written: the one table is still the only one.
        test::ServerDatabase probe;   // a store beside it, to count the other database's tables with
        auto store = Store::open(probe.url());
        QVERIFY(store);
        runOn(database.url(), {u"DO $$ BEGIN IF (SELECT count(*) FROM information_schema.tables "
                               "WHERE table_schema = current_schema()) <> 1 THEN RAISE 'written'; END IF; END $$"_s});
    }

    void shouldRefuseAStoreOfANewerVersionUntouched()
    {
        test::ServerDatabase database;
        {
            auto store = Store::open(database.url());
            QVERIFY(store);
            FollowUpService service(*store.value());
            QVERIFY(service.create(draft(u"Printer jams"_s)));
        }
        runOn(database.url(), {u"UPDATE store_schema SET version = version + 1"_s});
        auto opened = Store::open(database.url());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Refused);
        QVERIFY2(opened.error().message.contains(u"newer FollowThrough"_s), qPrintable(opened.error().message));
        runOn(database.url(), {u"DO $$ BEGIN IF (SELECT count(*) FROM followup) <> 1 OR (SELECT version FROM store_schema) <> %1 "
                               "THEN RAISE 'changed'; END IF; END $$"_s.arg(schema::currentVersion() + 1)});
    }

    void shouldNeverShowThePassword()
    {
        test::ServerDatabase database;
        QUrl url(database.url());
        url.setPassword(u"s3cret-Pa55"_s);
        url.setPath(u"/no_such_database"_s);
        auto opened = Store::open(url.toString());
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"no_such_database"_s), qPrintable(opened.error().message));
        QVERIFY2(!opened.error().message.contains(u"s3cret"_s), qPrintable(opened.error().message));
        // Opened, the store's name for titles and messages leaves the password out as well.
        url.setPath(QUrl(database.url()).path());
        auto store = Store::open(url.toString());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY(!store.value()->path().contains(u"s3cret"_s));
    }

    // The fixture's server asks the role ft_password_user for a password (scripts/pg-cluster): the
    // password comes from ~/.pgpass (PGPASSFILE) or the address, and is never shown either way.
    void shouldTakeThePasswordFromPgpassOrTheAddressAndNeverShowIt()
    {
        test::ServerDatabase database;
        const QString name = QUrl(database.url()).path().mid(1);
        runOn(database.url(), {u"DO $$ BEGIN CREATE ROLE ft_password_user LOGIN PASSWORD 'pw-Secret9'; "
                               "EXCEPTION WHEN duplicate_object THEN NULL; END $$"_s,
                               u"ALTER DATABASE %1 OWNER TO ft_password_user"_s.arg(name)});
        QUrl url(database.url());
        url.setUserName(u"ft_password_user"_s);
        QTemporaryDir home;
        const QString passfile = home.filePath(u"pgpass"_s);
        qputenv("PGPASSFILE", passfile.toUtf8());

        auto refused = Store::open(url.toString());   // no password anywhere
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"password"_s), qPrintable(refused.error().message));

        QFile pgpass(passfile);
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(u"%1:%2:%3:ft_password_user:pw-Secret9\n"_s.arg(url.host()).arg(url.port()).arg(name).toUtf8());
        pgpass.close();
        QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));   // libpq ignores it otherwise
        {
            auto store = Store::open(url.toString());
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            QCOMPARE(store.value()->schemaVersion(), schema::currentVersion());
        }
        QVERIFY(QFile::remove(passfile));

        url.setPassword(u"pw-Secret9"_s);
        auto store = Store::open(url.toString());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY(!store.value()->path().contains(u"Secret9"_s));
        url.setPassword(u"wrong-Secret7"_s);
        auto wrong = Store::open(url.toString());
        QVERIFY(!wrong);
        QVERIFY2(!wrong.error().message.contains(u"Secret7"_s), qPrintable(wrong.error().message));
        qunsetenv("PGPASSFILE");
    }

    // A libpq service (pg_service.conf, here through PGSERVICEFILE) names the server and database.
    void shouldOpenAStoreThroughALibpqService()
    {
        test::ServerDatabase database;
        const QUrl url(database.url());
        QTemporaryDir dir;
        const QString services = dir.filePath(u"pg_service.conf"_s);
        QFile file(services);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"[servicedesk]\nhost=%1\nport=%2\nuser=%3\ndbname=%4\n"_s
                       .arg(url.host()).arg(url.port()).arg(url.userName(), url.path().mid(1)).toUtf8());
        file.close();
        qputenv("PGSERVICEFILE", services.toUtf8());
        auto store = Store::open(u"service=servicedesk"_s);
        qunsetenv("PGSERVICEFILE");
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(store.value()->path(), u"service=servicedesk"_s);
        FollowUpService service(*store.value());
        QVERIFY(service.create(draft(u"Through the service"_s)));
        QCOMPARE(test::scalar(*store.value(), u"SELECT count(*) FROM followup"_s), 1);
    }

    void shouldSeeAnotherConnectionsWritesButNotItsOwn()
    {
        test::ServerDatabase database;
        auto window = Store::open(database.url());
        auto other = Store::open(database.url());
        QVERIFY(window && other);
        const qint64 before = window.value()->dataVersion();
        FollowUpService own(*window.value());
        QVERIFY(own.create(draft(u"Mine"_s)));
        QTest::qWait(300);
        QCOMPARE(window.value()->dataVersion(), before);
        FollowUpService theirs(*other.value());
        QVERIFY(theirs.create(draft(u"Theirs"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(window.value()->dataVersion() != before, 2000);
    }
};

QTEST_GUILESS_MAIN(tst_PgStore)
#include "tst_pgstore.moc"
