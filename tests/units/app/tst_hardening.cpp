#include "hardeningfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ft;
using namespace Qt::StringLiterals;

// The break-it round of issue 13, one case a test (SPEC §3 "Files written", §4): nothing written
// over, nothing half-written, input bounded, usage errors as usage, crashes recovered, damage named.
// Each runs the real binary, as a script would.
class tst_Hardening : public QObject, protected HardeningFixture
{
    Q_OBJECT

private slots:
    // --- Files written ---------------------------------------------------------------------------

    void shouldNeverWriteTheReportOverTheStore()
    {
        // The store has the report's extension: only the store check can stop it.
        const QString db = demoStore(u"team.pdf"_s);
        const QByteArray before = test::fileBytes(db);
        const Run r = runOn(db, {u"report"_s, u"--out"_s, db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"store"_s) && r.err.contains(u"team.pdf"_s), qPrintable(r.err));
        QCOMPARE(test::fileBytes(db), before);
        QCOMPARE(runOn(db, {u"check"_s}).exitCode, 0);
    }

    void shouldNeverWriteOverAnySqliteFile()
    {
        const QString db = demoStore(u"s1.sqlite"_s);
        const QString other = path(u"other.csv"_s);
        QVERIFY(QFile::copy(demoStore(u"s2.sqlite"_s), other));
        const QByteArray before = test::fileBytes(other);
        const Run r = runOn(db, {u"export"_s, u"--out"_s, other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"SQLite"_s) && r.err.contains(other), qPrintable(r.err));
        QCOMPARE(test::fileBytes(other), before);
        // …nor through a link to the store, nor into its journal files.
        const QString link = path(u"link.ics"_s);
        QVERIFY(QFile::link(db, link));
        QCOMPARE(runOn(db, {u"export"_s, u"--out"_s, link}).exitCode, 1);
        QCOMPARE(runOn(db, {u"backup"_s, u"--out"_s, db}).exitCode, 1);
        QCOMPARE(runOn(db, {u"export"_s, u"--out"_s, db + u"-wal"_s}).exitCode, 2);
        QCOMPARE(runOn(db, {u"check"_s}).exitCode, 0);
    }

    void shouldRefuseAnOutputWhoseExtensionDoesNotMatch()
    {
        const QString db = demoStore(u"s1.sqlite"_s);
        for (const QStringList &command : {QStringList{u"report"_s, u"--out"_s, path(u"r.txt"_s)},
                                           QStringList{u"export"_s, u"--out"_s, path(u"r.pdf"_s)},
                                           QStringList{u"backup"_s, u"--out"_s, path(u"b.csv"_s)}}) {
            const Run r = runOn(db, command);
            QVERIFY2(r.exitCode == 2, qPrintable(command.join(u' ') + r.err));
            QVERIFY(!QFile::exists(command.last()));
        }
    }

    void shouldLeaveTheEarlierFileWhenTheDiskFillsUp_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("limit");
        // A demo history has few open promises: the calendar is small, so is its limit.
        QTest::newRow("ics") << QStringList{u"export"_s, u"--out"_s} << u"x.ics"_s << 300;
        QTest::newRow("csv") << QStringList{u"export"_s, u"--out"_s} << u"x.csv"_s << 2048;
        QTest::newRow("pdf") << QStringList{u"report"_s, u"--out"_s} << u"x.pdf"_s << 2048;
    }
    void shouldLeaveTheEarlierFileWhenTheDiskFillsUp()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, file);
        QFETCH(int, limit);
        const QString db = demoStore(u"big.sqlite"_s, 400);
        const QString out = path(file);
        QCOMPARE(runOn(db, command + QStringList{out}).exitCode, 0);
        const QByteArray good = test::fileBytes(out);
        QVERIFY2(good.size() > limit, qPrintable(QString::number(good.size())));
        // Held open here, the store's -wal and -shm exist already: the limit falls on the output only.
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(db);
        QVERIFY(holder.open());
        QSqlQuery(holder).exec(u"SELECT count(*) FROM followup"_s);
        const Run r = runOn(db, command + QStringList{out}, Limits{limit, false});
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(out) && r.err.contains(u"File too large"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"Unknown error"_s), qPrintable(r.err));
        QCOMPARE(test::fileBytes(out), good);
        QCOMPARE(QDir(m_dir.path()).entryList({u".x.*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    void shouldWriteOutputsForTheOwnerOnlyWhateverTheUmask()
    {
        const QString db = path(u"private.sqlite"_s);
        QCOMPARE(runOn(db, {u"demo"_s, u"--items"_s, u"30"_s}, Limits{0, true}).exitCode, 0);
        QCOMPARE(mode(db), 0600);
        for (const QString &name : {u"o.csv"_s, u"o.ics"_s, u"o.pdf"_s, u"o.sqlite"_s}) {
            const QString command = name.endsWith(u".pdf"_s) ? u"report"_s : name.endsWith(u".sqlite"_s) ? u"backup"_s : u"export"_s;
            const Run r = runOn(db, {command, u"--out"_s, path(name)}, Limits{0, true});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(mode(path(name)), 0600);
        }
    }

    void shouldGiveICalendarUidsThatDifferBetweenStores()
    {
        QSet<QString> uids[2];
        for (int i = 0; i < 2; ++i) {
            const QString db = demoStore(u"twin%1.sqlite"_s.arg(i), 100);
            const QString ics = path(u"twin%1.ics"_s.arg(i));
            QCOMPARE(runOn(db, {u"export"_s, u"--out"_s, ics}).exitCode, 0);
            const QRegularExpression uid(u"^UID:(.*)\\r$"_s, QRegularExpression::MultilineOption);
            for (auto it = uid.globalMatch(QString::fromUtf8(test::fileBytes(ics))); it.hasNext();)
                uids[i].insert(it.next().captured(1));
        }
        QVERIFY(!uids[0].isEmpty());
        QCOMPARE(uids[0].size(), uids[1].size());   // same seed, same promises
        QVERIFY(!uids[0].intersects(uids[1]));
    }

    // --- Store opening ---------------------------------------------------------------------------

    void shouldRecoverAStoreLeftWithAHotJournal()
    {
        const QString db = demoStore(u"crashed.sqlite"_s, 40);
        const qint64 followUps = count(db, u"SELECT count(*) FROM followup"_s);
        // A writer in rollback-journal mode (as the bulk demo is) dies mid-transaction, after spilling
        // pages into the file…
        const pid_t child = fork();
        if (child == 0) {
            sqlite3 *h = nullptr;
            sqlite3_open(QFile::encodeName(db).constData(), &h);
            sqlite3_exec(h, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 4; BEGIN;"
                            "CREATE TABLE junk (x); INSERT INTO junk SELECT randomblob(3000) FROM "
                            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) SELECT i FROM n);",
                         nullptr, nullptr, nullptr);
            _exit(0);
        }
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY(QFileInfo(db + u"-journal"_s).size() > 0);
        // …and in the middle of its commit: page 1, with the grown page count, is written first, so
        // the file is shorter than its header says until the last page is written.
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const quint32 pages = quint32(f.size() / 4096) * 2;
            const char count[4] = {char(pages >> 24), char(pages >> 16), char(pages >> 8), char(pages)};
            QVERIFY(f.seek(28));
            f.write(count, 4);
        }
        const Run r = runOn(db, {u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(u"Integrity: ok"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM followup"_s), followUps);
        QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'junk'"_s), 0);
    }

    void shouldNameADamagedPageBeforeImportOrBackupSucceeds()
    {
        const QString db = demoStore(u"damaged.sqlite"_s, 600);
        damagePageInTheMiddle(db);
        const QString csv = path(u"one.csv"_s);
        writeFile(csv, "reference,title,opened_at\nNEW-1,A new one,2026-01-05 10:00\n");
        const QByteArray before = test::fileBytes(db);
        Run r = runOn(db, {u"import"_s, csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"damaged"_s) && r.err.contains(db), qPrintable(r.err));
        QCOMPARE(test::fileBytes(db), before);
        r = runOn(db, {u"backup"_s, u"--out"_s, path(u"copy.sqlite"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"damaged"_s) && r.err.contains(db), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(u"copy.sqlite"_s)));
        QCOMPARE(QDir(m_dir.path()).entryList({u".copy.sqlite*"_s}, QDir::Files | QDir::Hidden), QStringList());
        r = runOn(db, {u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(db), qPrintable(r.err));
    }

    void shouldNotLeaveAReadOnlyShmThatKeepsRefusingTheStore()
    {
        // The owner makes the store read-only, runs a command, makes it writable again.
        const bool root = geteuid() == 0;
        const QString folder = path(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0711);   // nobody may pass through
        ::chmod(QFile::encodeName(folder).constData(), 0777);
        const QString db = folder + u"/ro.sqlite"_s;
        QVERIFY(QFile::copy(demoStore(u"ro-source.sqlite"_s, 10), db));
        const auto own = [&](const QString &file) {
            if (root)
                QVERIFY(::chown(QFile::encodeName(file).constData(), nobody, nobody) == 0);
        };
        own(db);
        ::chmod(QFile::encodeName(db).constData(), 0444);
        const Limits asOwner{0, false, true};
        Run r = runOn(db, {u"check"_s}, asOwner);
        if (r.exitCode == 125)
            QSKIP("running as root, and could not switch to the user nobody");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(r.err));
        // Writable again: a write goes through (the refusal left no read-only -shm or -wal behind).
        ::chmod(QFile::encodeName(db).constData(), 0600);
        const QString csv = folder + u"/one.csv"_s;
        writeFile(csv, "reference,title\nRO-1,x\n");
        ::chmod(QFile::encodeName(csv).constData(), 0644);
        r = runOn(db, {u"import"_s, csv}, asOwner);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Read-only -shm and -wal that an older version left behind get the store's mode back.
        for (const QString &companion : {u"-shm"_s, u"-wal"_s}) {
            if (!QFile::exists(db + companion))
                writeFile(db + companion, {});
            own(db + companion);
            ::chmod(QFile::encodeName(db + companion).constData(), 0444);
        }
        writeFile(csv, "reference,title\nRO-2,y\n");
        r = runOn(db, {u"import"_s, csv}, asOwner);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // --- Usage -----------------------------------------------------------------------------------

    void shouldCallAnEmptyDbBadUsage()
    {
        const Run r = run({u"--db"_s, QString(), u"check"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--db"_s), qPrintable(r.err));
    }

    void shouldCallADayOutsideTheStoredYearsBadUsage()
    {
        const QString db = demoStore(u"s1.sqlite"_s);
        for (const QStringList &command : {QStringList{u"kpi"_s, u"--by"_s, u"week"_s, u"--to"_s, u"9999-12-31"_s},
                                           QStringList{u"report"_s, u"--out"_s, path(u"far.pdf"_s), u"--from"_s, u"0001-01-01"_s}}) {
            const Run r = runOn(db, command);
            QVERIFY2(r.exitCode == 2, qPrintable(command.join(u' ') + r.err));
            QVERIFY2(r.err.contains(u"1970"_s), qPrintable(r.err));
            QVERIFY2(r.out.size() < 10000, "no table of centuries");
        }
    }

    void shouldAskForCreateBeforeMakingFolders()
    {
        const QString db = path(u"missing/folder/new.sqlite"_s);
        for (const QString &command : {u"import"_s, u"demo"_s}) {
            const QStringList arguments = command == u"demo"_s ? QStringList{command} : QStringList{command, path(u"none.csv"_s)};
            writeFile(path(u"none.csv"_s), "reference,title\nA-1,x\n");
            const Run r = runOn(db, arguments);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"--create"_s), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(path(u"missing"_s)));
        }
        const Run r = run({u"--db"_s, db, u"--create"_s, u"demo"_s, u"--items"_s, u"5"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(mode(db), 0600);
    }

    void shouldMakeAnEmptyFileAStoreOnlyWithCreate()
    {
        const QString db = path(u"empty.sqlite"_s);
        writeFile(db, {});
        ::chmod(QFile::encodeName(db).constData(), 0644);
        Run r = runOn(db, {u"demo"_s, u"--items"_s, u"5"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"empty"_s) && r.err.contains(u"--create"_s), qPrintable(r.err));
        QCOMPARE(QFileInfo(db).size(), 0);
        r = run({u"--db"_s, db, u"--create"_s, u"demo"_s, u"--items"_s, u"5"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(mode(db), 0600);
    }

    // --- Bounded input ---------------------------------------------------------------------------

    void shouldRefuseADevice()
    {
        const QString db = demoStore(u"in.sqlite"_s, 10);
        QElapsedTimer timer;
        timer.start();
        const Run r = runIn(binary(), {u"--db"_s, db, u"import"_s, u"/dev/zero"_s}, {}, 20000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"/dev/zero"_s) && r.err.contains(u"device"_s), qPrintable(r.err));
        QVERIFY(timer.elapsed() < 10000);
    }

    void shouldReadAPipeOnce()
    {
        const QString db = demoStore(u"in.sqlite"_s, 10);
        const QString csv = path(u"piped.csv"_s);
        writeFile(csv, "reference,title,opened_at\nPIPE-1,Piped in,2026-01-05 10:00\n");
        const QString script = u"\"$0\" --db \"$1\" import <(cat \"$2\")"_s;
        const Run r = runIn(u"bash"_s, {u"-c"_s, script, binary(), db, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(count(db, u"SELECT count(*) FROM followup WHERE reference = 'PIPE-1'"_s), 1);
        // A FIFO: opened once, read once; no hang.
        const QString fifo = path(u"fifo.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        writeFile(csv, "reference,title,opened_at\nFIFO-1,Through a FIFO,2026-01-05 10:00\n");
        QProcess feeder;
        feeder.start(u"sh"_s, {u"-c"_s, u"cat \"$0\" > \"$1\""_s, csv, fifo});
        const Run f = runIn(binary(), {u"--db"_s, db, u"import"_s, fifo}, {}, 30000);
        feeder.waitForFinished();
        QVERIFY2(f.exitCode == 0, qPrintable(f.err + f.out));
        QCOMPARE(count(db, u"SELECT count(*) FROM followup WHERE reference = 'FIFO-1'"_s), 1);
    }

    void shouldRefuseBadCellsNamingLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("NUL") << QByteArray("reference,title\nA-1,fine\nA-2,bad\0here\n", 38)
                             << QStringList{u"line 3"_s, u"“title”"_s, u"U+0000"_s} << QStringList{};
        QTest::newRow("escape") << QByteArray("reference,title\nA-1,x\x1b[31m\n")
                                << QStringList{u"line 2"_s, u"“title”"_s, u"character 2"_s} << QStringList{};
        QTest::newRow("huge field") << QByteArray("reference,notes\nA-1,") + QByteArray(2 << 20, 'x') + "\n"
                                    << QStringList{u"line 2"_s, u"“notes”"_s, u"KiB"_s} << QStringList{};
        QTest::newRow("year 9999") << QByteArray("reference,title,opened_at\nA-1,x,2026-01-01\nA-2,y,9999-01-01\n")
                                   << QStringList{u"line 3"_s, u"“opened_at”"_s, u"1970"_s} << QStringList{};
        QTest::newRow("year 1900") << QByteArray("reference,title,opened_at\nA-1,x,1900-01-01\n")
                                   << QStringList{u"line 2"_s, u"2100"_s} << QStringList{};
        QTest::newRow("not UTF-8") << QByteArray("reference,title,notes\nA-1,ok,caf\xe9\n")
                                   << QStringList{u"line 2"_s, u"“notes”"_s, u"UTF-8"_s}
                                   // Bytes that are not UTF-8 read as Windows-1252 unless UTF-8 is asked for.
                                   << QStringList{u"--encoding"_s, u"utf-8"_s};
        QTest::newRow("open quote") << QByteArray("reference,title,notes\nA-1,\"never closed,x\n")
                                    << QStringList{u"line 2"_s, u"“title”"_s, u"never closed"_s} << QStringList{};
        QTest::newRow("two titles") << QByteArray("reference,title,Title\nA-1,x,y\n")
                                    << QStringList{u"line 1"_s, u"twice"_s, u"columns 2 and 3"_s} << QStringList{};
        QTest::newRow("conflicting duplicate") << QByteArray("reference,title\nD-1,first\nD-2,other\nD-1,second\n")
                                               << QStringList{u"line 4"_s, u"line 2"_s, u"D-1"_s} << QStringList{};
    }
    void shouldRefuseBadCellsNamingLineAndColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, words);
        QFETCH(QStringList, options);
        const QString db = demoStore(u"cells.sqlite"_s, 10);
        const QString csv = path(u"cells.csv"_s);
        writeFile(csv, content);
        const QByteArray before = test::fileBytes(db);
        const Run r = runOn(db, QStringList{u"import"_s, csv} + options);
        QCOMPARE(r.exitCode, 1);
        for (const QString &word : words)
            QVERIFY2(r.err.contains(word), qPrintable(word + u" in: "_s + r.err));
        QVERIFY2(r.err.contains(u"cells.csv"_s), qPrintable(r.err));
        QCOMPARE(count(db, u"SELECT count(*) FROM followup WHERE reference LIKE 'A-%' OR reference LIKE 'D-%'"_s), 0);
        Q_UNUSED(before);
    }

    void shouldChangeNothingWhenTheSameFileIsImportedAgain()
    {
        const QString db = demoStore(u"again.sqlite"_s, 10);
        const QString csv = path(u"again.csv"_s);
        // A row repeated word for word is the same follow-up, not a conflict.
        writeFile(csv, "reference,title,status,opened_at\nR-1,One,open,2026-01-05 10:00\nR-2,Two,resolved,2026-01-06 10:00\n"
                       "R-1,One,open,2026-01-05 10:00\n");
        Run r = runOn(db, {u"import"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 events = count(db, u"SELECT count(*) FROM event"_s);
        const qint64 followUps = count(db, u"SELECT count(*) FROM followup"_s);
        r = runOn(db, {u"import"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count(db, u"SELECT count(*) FROM event"_s), events);
        QCOMPARE(count(db, u"SELECT count(*) FROM followup"_s), followUps);
    }
};

QTEST_GUILESS_MAIN(tst_Hardening)
#include "tst_hardening.moc"
