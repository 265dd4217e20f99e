#include "store/schema.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::makeDatabase;

class tst_Store : public QObject
{
    Q_OBJECT

private:

    static void verifyRefusedUntouched(const QString &path, const QString &expectedWords)
    {
        const QByteArray before = test::fileBytes(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        auto store = Store::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, Error::Code::Refused);
        QVERIFY2(store.error().message.contains(expectedWords, Qt::CaseInsensitive), qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(path), "the message names the file");
        QCOMPARE(test::fileBytes(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

private slots:
    void shouldCreateANewStoreAtTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto store = Store::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(store.value()->schemaVersion(), schema::currentVersion());
        QVERIFY(store.value()->migrationBackupPath().isEmpty());
        QCOMPARE(store.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

    // A server address is a server's, never a relative file name: a server that does not answer (port 1
    // of this machine refuses at once) is named without the password, and no folder "postgresql:" appears.
    void shouldNameAServerOutOfReachWithoutItsPasswordOrMakingAFolder()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto opened = Store::open(QStringLiteral("postgresql://lead:s3cret@127.0.0.1:1/register"));
        QDir::setCurrent(previous);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Failed);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(QLatin1String("Cannot reach the team store")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("lead@127.0.0.1:1/register")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("s3cret")), qPrintable(message));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(!Store::open(QStringLiteral("postgresql://lead@127.0.0.1:1/register?sslmode=require")));
    }

    void shouldCreateTheFileReadableByItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.sqlite"));
        auto store = Store::open(path);
        QVERIFY(store);
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                                  | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void shouldUseWalForeignKeysAndDurableCommits()
    {
        test::TempStore temp;
        QSqlQuery q(temp.store().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // FULL (2): a commit is on disk before the edit is acknowledged, even across a power cut.
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void shouldHaveATableForEveryConcept()
    {
        test::TempStore temp;
        QSqlQuery q(temp.store().database());
        for (const char *table : {"followup", "event", "promise", "checklist_template", "checklist_template_item",
                                  "checklist_run", "checklist_run_item", "survey_response", "kpi_target",
                                  "csi_initiative", "calendar_version", "holiday", "setting"}) {
            QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")));
            q.addBindValue(QLatin1String(table));
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
    }

    void shouldReopenAnExistingStoreWithoutMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.sqlite"));
        QVERIFY(Store::open(path));
        auto again = Store::open(path);
        QVERIFY(again);
        QVERIFY(again.value()->migrationBackupPath().isEmpty());
        QCOMPARE(again.value()->schemaVersion(), schema::currentVersion());
    }

    void shouldTurnAnEmptyFileIntoAStoreOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // An empty file may be meant for something else (SPEC §4): refused, left as it was.
        auto refused = Store::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("--create")), qPrintable(refused.error().message));
        QCOMPARE(QFileInfo(path).size(), 0);
        Store::Options asked;
        asked.adoptEmptyFile = true;
        auto store = Store::open(path, asked);
        QVERIFY(store);
        QCOMPARE(store.value()->schemaVersion(), schema::currentVersion());
        QCOMPARE(QFileInfo(path).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                            | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void shouldRefuseAStoreFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeDatabase(path, {QStringLiteral("CREATE TABLE followup (id INTEGER PRIMARY KEY)"),
                            QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId),
                            QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)});
        verifyRefusedUntouched(path, QStringLiteral("newer"));
    }

    void shouldRefuseADatabaseOfAnotherProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        makeDatabase(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                            QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")});
        verifyRefusedUntouched(path, QStringLiteral("another program"));
    }

    void shouldRefuseAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("number,incident_state\nINC1,New\n");
        f.close();
        verifyRefusedUntouched(path, QStringLiteral("not an SQLite database"));
    }

    void shouldRefuseADamagedStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QSqlQuery q(store.value()->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Cut the file in half: the header still says how long it should be.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        verifyRefusedUntouched(path, QStringLiteral("damaged"));
    }

    void shouldRefuseAFileWithAGarbledHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbled.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QSqlQuery q(store.value()->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        f.write(QByteArray(400, '\xff'));   // the schema page's header
        f.close();
        const QByteArray before = test::fileBytes(path);
        auto store = Store::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, Error::Code::Refused);
        QCOMPARE(test::fileBytes(path), before);
    }

    void shouldBackUpAndMigrateAnOlderStore()
    {
        // A version-0 FollowThrough file: marked as ours, no schema yet, some content of its own.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        makeDatabase(path, {QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId)});
        auto store = Store::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(store.value()->schemaVersion(), schema::currentVersion());
    }

    void shouldKeepControlCharactersOutOfTheStore()
    {
        // What the window binds (a pasted title) loses its control characters; tab and line breaks stay.
        test::TempStore temp;
        FollowUp f;
        f.title = QStringLiteral("a\x01" "b\x0b") + QChar(0x85) + QStringLiteral("c\td\ne");
        f.openedAt = 1'700'000'000;
        auto id = repo::insertFollowUp(temp.store().connection(), f);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QSqlQuery q(temp.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT title FROM followup")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("abc\td\ne"));
    }

    void shouldKeepSettings()
    {
        test::TempStore temp;
        QVERIFY(temp.store().setSetting(QStringLiteral("quiet_days"), QStringLiteral("4")));
        QCOMPARE(temp.store().setting(QStringLiteral("quiet_days")), QStringLiteral("4"));
        QCOMPARE(temp.store().setting(QStringLiteral("missing"), QStringLiteral("x")), QStringLiteral("x"));
        QVERIFY(!temp.store().setting(QStringLiteral("time_zone")).isEmpty());
    }

    void shouldWriteAConsistentBackupWhileOpen()
    {
        test::TempStore temp;
        QSqlQuery q(temp.store().database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('marker', 'yes')")));
        const QString copy = temp.dir() + QStringLiteral("/copy.sqlite");
        QVERIFY(temp.store().backupTo(copy));
        QVERIFY(!temp.store().backupTo(copy));   // never overwrites
        auto reopened = Store::open(copy);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->setting(QStringLiteral("marker")), QStringLiteral("yes"));
    }

    void shouldRestoreABackupAfterKeepingACopyOfTheCurrentStore()
    {
        test::TempStore temp;
        Store &store = temp.store();
        QVERIFY(store.setSetting(QStringLiteral("marker"), QStringLiteral("then")));
        const QString backup = temp.dir() + QStringLiteral("/then.sqlite");
        QVERIFY(store.backupTo(backup));
        QVERIFY(store.setSetting(QStringLiteral("marker"), QStringLiteral("now")));
        QVERIFY(store.setSetting(QStringLiteral("only_now"), QStringLiteral("x")));

        const QString safety = temp.dir() + QStringLiteral("/before-restore.sqlite");
        auto restored = store.restoreFrom(backup, safety);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored.value().schemaVersion, schema::currentVersion());
        QCOMPARE(store.setting(QStringLiteral("marker")), QStringLiteral("then"));
        QCOMPARE(store.setting(QStringLiteral("only_now"), QStringLiteral("gone")), QStringLiteral("gone"));
        QCOMPARE(store.integrityCheck().value(), QStringLiteral("ok"));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));

        // The store as it was just before is in the safety copy; the backup itself was not changed.
        auto before = Store::open(safety, Store::Options{false});
        QVERIFY(before);
        QCOMPARE(before.value()->setting(QStringLiteral("marker")), QStringLiteral("now"));
        auto reopened = Store::open(temp.path());
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->setting(QStringLiteral("marker")), QStringLiteral("then"));
    }

    void shouldRefuseToRestoreWhatIsNotASoundBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("text file") << "text" << "not a FollowThrough backup";
        QTest::newRow("another program's database") << "foreign" << "not a FollowThrough backup";
        QTest::newRow("newer schema") << "newer" << "newer";
        QTest::newRow("damaged inside") << "damaged" << "damaged";
        QTest::newRow("missing") << "missing" << "no backup file";
    }

    void shouldRefuseToRestoreWhatIsNotASoundBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedWords);
        test::TempStore temp;
        QVERIFY(temp.store().setSetting(QStringLiteral("marker"), QStringLiteral("precious")));
        const QString bad = temp.dir() + QStringLiteral("/bad.sqlite");
        if (kind == QLatin1String("text")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        } else if (kind == QLatin1String("foreign")) {
            makeDatabase(bad, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")});
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(temp.store().backupTo(bad));
            makeDatabase(bad, {QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)});
        } else if (kind == QLatin1String("damaged")) {
            // Enough rows for several pages, then garbage over a page in the middle: the header stays sound.
            QSqlQuery q(temp.store().database());
            QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                          "INSERT INTO setting (key, value) SELECT 'k' || i, hex(randomblob(40)) FROM n")));
            QVERIFY(temp.store().backupTo(bad));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40 * 4096);
            QVERIFY(f.seek(f.size() - 8 * 4096 + 8));
            f.write(QByteArray(4000, '\x5a'));
        }
        const QByteArray storeBefore = test::fileBytes(temp.path());
        const QByteArray badBefore = test::fileBytes(bad);
        const QString safety = temp.dir() + QStringLiteral("/safety.sqlite");

        auto restored = temp.store().restoreFrom(bad, safety);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(expectedWords, Qt::CaseInsensitive),
                 qPrintable(restored.error().message));
        QVERIFY2(restored.error().message.contains(bad), "the message names the file");
        QCOMPARE(temp.store().setting(QStringLiteral("marker")), QStringLiteral("precious"));
        QCOMPARE(test::fileBytes(temp.path()), storeBefore);
        QCOMPARE(test::fileBytes(bad), badBefore);
        QVERIFY(!QFile::exists(safety));
    }

    void shouldRefuseToRestoreTheStoreOntoItself()
    {
        test::TempStore temp;
        auto restored = temp.store().restoreFrom(temp.path(), temp.dir() + QStringLiteral("/safety.sqlite"));
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(QStringLiteral("store itself")), qPrintable(restored.error().message));
    }

    void shouldNoticeWritesOfOtherConnectionsOnly()
    {
        test::TempStore temp;
        const qint64 start = temp.store().dataVersion();
        QVERIFY(start >= 0);
        QVERIFY(temp.store().setSetting(QStringLiteral("own"), QStringLiteral("write")));
        QCOMPARE(temp.store().dataVersion(), start);
        {
            ScopedConnection other(temp.store());
            QSqlQuery q(other.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('other', 'write')")));
        }
        const qint64 afterOther = temp.store().dataVersion();
        QVERIFY(afterOther != start);
        QCOMPARE(temp.store().dataVersion(), afterOther);   // nothing new since
    }

    void shouldNotCreateAStoreWhenAskedNotTo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        auto store = Store::open(path, Store::Options{false});
        QVERIFY(!store);
        QCOMPARE(store.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
