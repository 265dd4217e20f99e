#include "processsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using ft::test::Run;
using namespace Qt::StringLiterals;

// `followthrough copy --to TARGET` as a script runs it (SPEC §3): the copy gives the same KPI figures to
// the byte, and every refusal exits 1 naming the target (a server's never with its password).
class tst_CopyCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QStringList &arguments)
    {
        QProcessEnvironment env = ft::test::withoutDisplay();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        return ft::test::runFollowThrough(arguments, {.environment = env});
    }

    Run kpi(const QString &store) { return run({u"--db"_s, store, u"kpi"_s, u"--by"_s, u"month"_s}); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path(u"source.sqlite"_s);
        const Run demo = run({u"--db"_s, m_source, u"demo"_s, u"--items"_s, u"600"_s, u"--seed"_s, u"11"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void shouldCopyAStoreWhoseKpisAreByteIdentical()
    {
        const QString target = path(u"new/folder/target.sqlite"_s);
        const Run copied = run({u"--db"_s, m_source, u"copy"_s, u"--to"_s, target});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        for (const QString &table : {u"followup"_s, u"event"_s, u"checklist_run_item"_s, u"setting"_s})
            QVERIFY2(copied.out.contains(QRegularExpression(u"^%1 +[0-9]+$"_s.arg(table), QRegularExpression::MultilineOption)),
                     qPrintable(copied.out));
        QVERIFY2(copied.out.contains(u"to "_s + target), qPrintable(copied.out));

        const Run before = kpi(m_source);
        const Run after = kpi(target);
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(after.exitCode, 0);
        QVERIFY(before.out.count(u'\n') > 6);
        QCOMPARE(after.out.toUtf8(), before.out.toUtf8());
        QCOMPARE(after.err, before.err);

        // A second copy onto the same target is refused, naming it and what it holds; it stays as it was.
        const Run again = run({u"--db"_s, m_source, u"copy"_s, u"--to"_s, target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(target) && again.err.contains(u"not empty"_s), qPrintable(again.err));
        QVERIFY2(again.err.contains(u"follow-ups (600)"_s), qPrintable(again.err));
        QCOMPARE(kpi(target).out, before.out);
    }

    void shouldRefuseAServerAddressWithoutShowingItsPassword()
    {
        // Port 1 of this machine refuses at once: a server out of reach, named without the password.
        const Run r = run({u"--db"_s, m_source, u"copy"_s, u"--to"_s, u"postgresql://ann:s3cret@127.0.0.1:1/desk"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"postgresql://ann@127.0.0.1:1/desk"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"s3cret"_s) && !r.out.contains(u"s3cret"_s), qPrintable(r.err));
    }

    void shouldRefuseTheStoreItself()
    {
        const Run r = run({u"--db"_s, m_source, u"copy"_s, u"--to"_s, m_source});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"itself"_s), qPrintable(r.err));
    }

    void shouldExitTwoWithoutATarget()
    {
        const Run r = run({u"--db"_s, m_source, u"copy"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--to"_s), qPrintable(r.err));
    }

    // A target file the command made for a copy that then failed goes again: nothing half-written.
    void shouldLeaveNoNewFileBehindWhenTheCopyFails()
    {
        const QString grown = path(u"grown.sqlite"_s);
        QVERIFY(QFile::copy(m_source, grown));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"grow"_s);
            db.setDatabaseName(grown);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE team_rota (id INTEGER PRIMARY KEY, who TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"grow"_s);
        const QString target = path(u"never.sqlite"_s);
        const Run r = run({u"--db"_s, grown, u"copy"_s, u"--to"_s, target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"team_rota"_s) && r.err.contains(target), qPrintable(r.err));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + u"-wal"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CopyCommand)
#include "tst_copycommand.moc"
