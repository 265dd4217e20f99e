#include "store/backuprotation.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;

class tst_BackupRotation : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    QDateTime m_now;

    BackupRotation rotation(int keep = 7)
    {
        BackupRotation r(m_temp->path(), keep);
        r.setClock([this] { return m_now; });
        return r;
    }

    void setMarker(const QString &value) { QVERIFY(m_temp->store().setSetting(QStringLiteral("marker"), value)); }

    // Reads the marker from a copy of the backup, so that the backup itself is never opened for writing.
    static QString markerIn(const QString &backup)
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        if (!QFile::copy(backup, copy))
            return QStringLiteral("<cannot copy>");
        auto store = Store::open(copy, Store::Options{false});
        return store ? store.value()->setting(QStringLiteral("marker")) : store.error().message;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15));
    }
    void cleanup() { m_temp.reset(); }

    void shouldTakeTheFirstBackupIntoABackupsFolderNamedByDate()
    {
        setMarker(QStringLiteral("first"));
        BackupRotation r = rotation();
        QVERIFY(r.isDue());
        auto taken = r.backUpIfDue();
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
        QCOMPARE(taken.value(), m_temp->dir() + QStringLiteral("/backups/store-2026-03-02-093015.sqlite"));
        QCOMPARE(r.backups(), QStringList{taken.value()});
        QCOMPARE(markerIn(taken.value()), QStringLiteral("first"));
    }

    void shouldWriteASingleSoundFileReadableByItsOwnerOnly()
    {
        auto taken = rotation().backUpNow();
        QVERIFY(taken);
        const QString path = taken.value();
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto facts = Store::checkBackup(path);
        QVERIFY2(facts, facts ? "" : qPrintable(facts.error().message));
        // The copy is a rollback-journal file: byte 18 of the header is 1 (2 would be WAL).
        QCOMPARE(int(test::fileBytes(path).at(18)), 1);
    }

    void shouldTakeAtMostOneBackupADay()
    {
        BackupRotation r = rotation();
        QVERIFY(r.backUpIfDue());
        m_now = m_now.addSecs(3600 * 8);   // 17:30 the same day
        QVERIFY(!r.isDue());
        auto again = r.backUpIfDue();
        QVERIFY(again);
        QVERIFY(again.value().isEmpty());
        QCOMPARE(r.backups().size(), 1);
        m_now = QDateTime(QDate(2026, 3, 3), QTime(0, 5));
        QVERIFY(r.isDue());
        auto nextDay = r.backUpIfDue();
        QVERIFY(nextDay);
        QVERIFY(nextDay.value().endsWith(QStringLiteral("store-2026-03-03-000500.sqlite")));
        QCOMPARE(r.backups().size(), 2);
    }

    void shouldKeepTheNewestSevenAndTouchNothingElse()
    {
        BackupRotation r = rotation(7);
        QVERIFY(QDir().mkpath(r.folder()));
        const QString foreign = r.folder() + QStringLiteral("/notes.txt");
        const QString other = r.folder() + QStringLiteral("/otherstore-2026-01-01-000000.sqlite");
        for (const QString &f : {foreign, other}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        const QString safety = r.safetyCopyPath();
        QVERIFY(m_temp->store().backupTo(safety));

        QStringList taken;
        for (int day = 0; day < 10; ++day) {
            setMarker(QString::number(day));
            m_now = QDateTime(QDate(2026, 3, 2).addDays(day), QTime(8, 0));
            auto t = r.backUpIfDue();
            QVERIFY(t);
            taken.prepend(t.value());
        }
        QCOMPARE(r.backups(), taken.mid(0, 7));   // newest first, days 9 … 3
        for (const QString &gone : taken.mid(7))
            QVERIFY2(!QFile::exists(gone), qPrintable(gone));
        for (const QString &kept : {foreign, other, safety})
            QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QCOMPARE(markerIn(r.backups().constFirst()), QStringLiteral("9"));
        QCOMPARE(markerIn(r.backups().constLast()), QStringLiteral("3"));
    }

    void shouldNameTwoBackupsInTheSameSecondApart()
    {
        BackupRotation r = rotation();
        auto a = r.backUpNow();
        auto b = r.backUpNow();
        QVERIFY(a && b);
        QVERIFY(a.value() != b.value());
        QCOMPARE(r.backups().size(), 2);
    }

    void shouldCopyOnlyCommittedDataWhileAnotherConnectionWrites()
    {
        setMarker(QStringLiteral("committed"));
        ScopedConnection other(m_temp->store());
        QVERIFY(other.isOpen());
        QSqlQuery q(other.database());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE setting SET value = 'uncommitted' WHERE key = 'marker'")));
        auto taken = rotation().backUpNow();   // a writer holds the lock: the backup must not wait for it
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
        QCOMPARE(markerIn(taken.value()), QStringLiteral("committed"));
    }

    // A register on a server (SPEC §6) has no folder beside it: the window's daily backup finds nothing
    // due, and nothing named "postgresql:" is ever made beside the current folder.
    void shouldTakeNoBackupOfAStoreOnAServer()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        BackupRotation server(QStringLiteral("postgresql://lead:s3cret@127.0.0.1:1/desk"));
        QVERIFY(server.folder().isEmpty());
        QVERIFY(server.backups().isEmpty());
        QVERIFY(!server.isDue());
        const auto ifDue = server.backUpIfDue();
        QVERIFY(ifDue.ok());
        QVERIFY(ifDue.value().isEmpty());
        const auto now = server.backUpNow();
        QDir::setCurrent(previous);
        QVERIFY(!now.ok());
        QCOMPARE(now.error().code, Error::Code::Refused);
        QVERIFY2(now.error().message.contains(QStringLiteral("postgresql://lead@127.0.0.1:1/desk")), qPrintable(now.error().message));
        QVERIFY(!now.error().message.contains(QStringLiteral("s3cret")));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void shouldSayWhyWhenTheFolderCannotBeMade()
    {
        // A file where the folder should be.
        QFile blocker(m_temp->dir() + QStringLiteral("/backups"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto taken = rotation().backUpNow();
        QVERIFY(!taken);
        QVERIFY2(taken.error().message.contains(QStringLiteral("backups")), qPrintable(taken.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_BackupRotation)
#include "tst_backuprotation.moc"
