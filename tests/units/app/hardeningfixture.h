#pragma once

#include "processsupport.h"
#include "store/schema.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

// What the break-it round's tests share (tst_hardening, tst_hardeningconcurrency): a folder of their
// own, the real binary run as a script would run it, and raw looks into the files it leaves.
class HardeningFixture
{
protected:
    using Limits = ft::test::Limits;
    static constexpr uid_t nobody = ft::test::nobodyId;

    using Run = ft::test::Run;

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run runIn(const QString &program, const QStringList &arguments, Limits limits = {}, int timeoutMs = 180000)
    {
        return ft::test::runProgram(program, arguments, {.timeoutMs = timeoutMs, .limits = limits, .stopOnHang = false});
    }
    // FT_TEST_BINARY runs the cases against another build (e.g. the one before the fixes, to see them fail).
    static QString binary() { return qEnvironmentVariable("FT_TEST_BINARY", QStringLiteral(FT_BINARY)); }
    static Run run(const QStringList &arguments, Limits limits = {})
    {
        return runIn(binary(), arguments, limits);
    }
    Run runOn(const QString &db, const QStringList &arguments, Limits limits = {})
    {
        return run(QStringList{u"--db"_s, db} + arguments, limits);
    }
    QString demoStore(const QString &name, int items = 60)
    {
        const QString db = path(name);
        if (!QFile::exists(db)) {
            const Run r = runOn(db, {u"demo"_s, u"--items"_s, QString::number(items)});
            if (r.exitCode != 0)
                qFatal("demo failed: %s", qPrintable(r.err));
        }
        return db;
    }
    static int mode(const QString &file)
    {
        struct stat st = {};
        ::stat(QFile::encodeName(file).constData(), &st);
        return int(st.st_mode & 0777);
    }
    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    static qint64 count(const QString &db, const QString &statement)
    {
        qint64 n = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
            c.setDatabaseName(db);
            c.open();
            QSqlQuery q(c);
            if (q.exec(statement) && q.next())
                n = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(u"count"_s);
        return n;
    }
    // A store of schema version 1, as the first release wrote it.
    static void makeVersionOneStore(const QString &db)
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QSqlQuery q(c);
        for (const QString &statement : ft::schema::migrations().constFirst().statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(ft::schema::ApplicationId)));
        q = QSqlQuery();
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"old"_s);
    }

    // Overwrites one page in the middle of the file, as a bad disk or a stray write would.
    static void damagePageInTheMiddle(const QString &db)
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        QVERIFY(pages > 6);
        QVERIFY(f.seek((pages / 2) * 4096));
        f.write(QByteArray(4096, '\x5a'));
    }
};
