#include "store/schema.h"
#include "store/store.h"
#include "processsupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <csignal>
#include <limits>
#include <sys/resource.h>
#include <unistd.h>

using namespace ft;
using test::makeDatabase;
using namespace Qt::StringLiterals;

// What the child process may do: run as `nobody`, write files only up to a size.
using ft::test::Limits;

// The command line on stores that cannot be used (SPEC §4, issue 7): each refusal or failure says
// what is wrong with which file, exits 1, and leaves what was stored as it was.
//
// Read-only files and folders: root ignores permissions, and the suite runs as root in CI. There the
// binary is run as the unprivileged user `nobody` (setuid in the child before exec), on files owned
// by root, which is exactly "a file you may read but not write".
class tst_BadStores : public QObject
{
    Q_OBJECT

    using Run = test::Run;

    static constexpr uid_t nobody = test::nobodyId;
    static bool isRoot() { return geteuid() == 0; }

    static Run run(const QString &db, const QStringList &arguments, Limits limits = {})
    {
        return runProgram(QStringLiteral(FT_BINARY), QStringList{u"--db"_s, db} + arguments, limits);
    }

    static Run runProgram(const QString &program, const QStringList &arguments, Limits limits)
    {
        return test::runProgram(program, arguments, {.limits = limits});
    }


    // A closed store with `items` demo follow-ups, checkpointed into the main file.
    static void makeStore(const QString &path, int items)
    {
        const Run made = run(path, {u"demo"_s, u"--items"_s, QString::number(items)});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    // A fingerprint of every follow-up and event, read on a read-only connection.
    static QByteArray contentHash(const QString &path, qint64 upToFollowUp = std::numeric_limits<qint64>::max())
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hash"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                for (const QString &statement : {u"SELECT * FROM followup WHERE id <= ? ORDER BY id"_s,
                                                 u"SELECT * FROM event WHERE followup_id <= ? ORDER BY id"_s}) {
                    q.prepare(statement);
                    q.addBindValue(upToFollowUp);
                    q.exec();
                    while (q.next()) {
                        for (int c = 0; c < q.record().count(); ++c)
                            hash.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"hash"_s);
        return hash.result();
    }

    void verifyRefused(const QString &path, const QString &expectedWords, Limits limits = {})
    {
        const QByteArray before = test::fileBytes(path);
        for (const QStringList &command : {QStringList{u"check"_s}, QStringList{u"demo"_s, u"--items"_s, u"5"_s},
                                           QStringList{u"backup"_s, u"--out"_s, path + u".copy.sqlite"_s}}) {
            const Run r = run(path, command, limits);
            if (r.exitCode == 125)
                QSKIP("running as root, and the test could not switch to the user nobody to drop the right "
                      "to ignore file permissions");
            QVERIFY2(r.exitCode == 1, qPrintable(command.join(u' ') + u": "_s + QString::number(r.exitCode) + r.err));
            QVERIFY2(r.err.contains(expectedWords, Qt::CaseInsensitive), qPrintable(r.err));
            QVERIFY2(r.err.contains(path), qPrintable(u"the message names the file: "_s + r.err));
            QVERIFY2(r.err.count(u'\n') <= 2, qPrintable(u"a message, not a dump: "_s + r.err));
            QCOMPARE(test::fileBytes(path), before);
            QVERIFY(!QFile::exists(path + u".copy.sqlite"_s));
        }
    }

private slots:
    void shouldRefuseADamagedStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.sqlite"_s);
        makeStore(path, 50);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        verifyRefused(path, u"damaged"_s);
    }

    void shouldRefuseAStoreOfANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        makeStore(path, 5);
        makeDatabase(path, {u"PRAGMA user_version = %1"_s.arg(schema::currentVersion() + 1)});
        verifyRefused(path, u"newer FollowThrough"_s);
    }

    void shouldRefuseAFileThatIsNotAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("number,incident_state,active\nINC0000045,New,true\n");
        f.close();
        verifyRefused(path, u"not a FollowThrough store"_s);
    }

    void shouldRefuseADatabaseOfAnotherProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"places.sqlite"_s);
        makeDatabase(path, {u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s});
        verifyRefused(path, u"another program"_s);
    }

    void shouldRefuseAReadOnlyStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"readonly.sqlite"_s);
        makeStore(path, 20);
        if (isRoot()) {
            // Root's file, readable by all; the folder lets anyone create the journal files.
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
            QVERIFY(QFile::setPermissions(dir.path(), QFile::Permissions(0x7777)));
        } else {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        }
        const QByteArray hash = contentHash(path);
        verifyRefused(path, u"read-only"_s, Limits{.unprivileged = true});
        QCOMPARE(contentHash(path), hash);
    }

    void shouldRefuseAStoreInAReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"infolder.sqlite"_s);
        makeStore(path, 20);
        if (isRoot()) {
            // Anyone may write the file, but only root may add files to the folder.
            QVERIFY(QFile::setPermissions(path, QFile::Permissions(0x6666)));
            QVERIFY(QFile::setPermissions(dir.path(), QFile::Permissions(0x7755)));
        } else {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        }
        verifyRefused(path, u"folder"_s, Limits{.unprivileged = true});
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void shouldSayTheDiskIsFullWhenTheDemoDoesNotFit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"full.sqlite"_s);
        // Room for the new store's schema, not for 3000 follow-ups and their timelines.
        const Run r = run(path, {u"demo"_s, u"--items"_s, u"3000"_s}, Limits{.maxFileBytes = 600 * 1024});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"disk"_s) && r.err.contains(u"not saved"_s), qPrintable(r.err));
        QVERIFY2(r.err.count(u'\n') <= 2, qPrintable(r.err));

        const Run checked = run(path, {u"check"_s});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QVERIFY2(checked.out.contains(u"Integrity: ok"_s), qPrintable(checked.out));
        QVERIFY2(checked.out.contains(QRegularExpression(u"followup:\\s+0\\b"_s)), qPrintable(checked.out));
    }

    void shouldKeepEverythingStoredWhenTheDiskFillsUpDuringEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"full.sqlite"_s);
        makeStore(path, 30);
        const QByteArray hash = contentHash(path);
        const qint64 size = QFileInfo(path).size();

        // Edits as the window makes them, until the files may grow no more (64 KiB of room).
        const Run r = runProgram(QStringLiteral(FT_STOREWORKER), {path, u"edits"_s, u"100000"_s, u"5"_s},
                                 Limits{.maxFileBytes = size + 64 * 1024});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"disk"_s), qPrintable(r.err));
        const int acknowledged = int(r.out.count(u" create "_s));
        QVERIFY2(acknowledged > 0, "some edits fit before the disk was full");

        const Run checked = run(path, {u"check"_s});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QVERIFY2(checked.out.contains(u"Integrity: ok"_s), qPrintable(checked.out));
        QCOMPARE(contentHash(path, 30), hash);
        QVERIFY2(checked.out.contains(QRegularExpression(u"followup:\\s+%1\\b"_s.arg(30 + acknowledged))),
                 qPrintable(checked.out));
    }

    void shouldOpenAStoreWhoseLastCheckpointRanOutOfDisk()
    {
        // A real full disk: a 1 MiB tmpfs. The write-ahead log takes the space, so the checkpoint on
        // closing cannot grow the main file, which stays shorter than its header says; the pages are
        // in the log, and the store must open, not be called damaged.
        if (!isRoot())
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1m"_s, u"tmpfs"_s, mountPoint}) != 0)
            QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN); the RLIMIT_FSIZE cases cover a full disk");
        const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint}); });
        const QString path = mountPoint + u"/s.sqlite"_s;

        const Run filled = run(path, {u"demo"_s, u"--items"_s, u"3000"_s});
        QCOMPARE(filled.exitCode, 1);
        QVERIFY2(filled.err.contains(u"disk is full"_s) || filled.err.contains(u"disk"_s), qPrintable(filled.err));

        const Run checked = run(path, {u"check"_s});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QVERIFY2(checked.out.contains(u"Integrity: ok"_s), qPrintable(checked.out));
    }
};

QTEST_GUILESS_MAIN(tst_BadStores)
#include "tst_badstores.moc"
