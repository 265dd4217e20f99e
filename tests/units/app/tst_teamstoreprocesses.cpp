// Several programs on one team store at once (SPEC §6, issue 16), as a service desk runs them: two
// imports started together both land with nothing lost or doubled, the same file imported twice at
// once adds its rows once, and a scheduled report runs while an import writes. Real processes of the
// followthrough binary against the throwaway server of the fixture pg_cluster; skipped without one.
#include "processsupport.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

class tst_TeamStoreProcesses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A ServiceNow incident log of `count` incidents numbered from `first`, each opened, then resolved
    // a day later (two audit rows each).
    QString log(const QString &name, int first, int count)
    {
        QByteArray csv = "number,incident_state,active,reopen_count,sys_mod_count,made_sla,caller_id,opened_at,"
                         "sys_updated_by,sys_updated_at,contact_type,category,subcategory,u_symptom,priority,"
                         "assignment_group,assigned_to,resolved_at,closed_at\n";
        for (int i = first; i < first + count; ++i) {
            const int day = 1 + i % 27, month = 1 + i % 12;
            const QByteArray opened = QByteArray::number(day) + '/' + QByteArray::number(month) + "/2016 9:00";
            const QByteArray resolved = QByteArray::number(day + 1) + '/' + QByteArray::number(month) + "/2016 15:00";
            const QByteArray common = ",true,0,%1,true,Caller " + QByteArray::number(i % 40) + ',' + opened
                                    + ",Agent,%2,Phone,Category 5,Sub 7,Symptom 9,3 - Moderate,Group 1,Resolver 4,";
            csv += "INC" + QByteArray::number(i) + ",New" + QByteArray(common).replace("%1", "0").replace("%2", opened) + "?,?\n";
            csv += "INC" + QByteArray::number(i) + ",Resolved"
                 + QByteArray(common).replace("%1", "1").replace("%2", resolved) + resolved + ",?\n";
        }
        return test::writeFile(m_dir.filePath(name), csv);
    }

    static QProcess *start(const QStringList &arguments)
    {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QStringLiteral(FT_BINARY), arguments);
        return p;
    }

    static void finish(QProcess *p)
    {
        QVERIFY2(p->waitForFinished(120000), "a followthrough process did not finish");
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 qPrintable(QString::fromUtf8(p->readAllStandardError())));
        delete p;
    }

private slots:
    void initTestCase() { test::useTestSettings(u"tst_teamstoreprocesses"_s); }

    void shouldLandTwoImportsStartedTogether()
    {
        test::TempStore store;   // on the server: made and migrated once, as a desk's store is
        const QString a = log(u"a.csv"_s, 1000, 1500), b = log(u"b.csv"_s, 5000, 1500);
        QProcess *first = start({u"--db"_s, store.path(), u"import"_s, a, u"--profile"_s, u"servicenow"_s});
        QProcess *second = start({u"--db"_s, store.path(), u"import"_s, b, u"--profile"_s, u"servicenow"_s});
        finish(first);
        finish(second);
        QCOMPARE(test::scalar(store.store(), u"SELECT count(*) FROM followup"_s), 3000);
        QCOMPARE(test::scalar(store.store(), u"SELECT count(DISTINCT reference) FROM followup"_s), 3000);
        QCOMPARE(test::scalar(store.store(), u"SELECT count(*) FROM import_run"_s), 2);
        // A follow-up the window adds afterwards gets an id of its own.
        const auto added = test::runFollowThrough({u"--db"_s, store.path(), u"import"_s, log(u"c.csv"_s, 9000, 1)});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(test::scalar(store.store(), u"SELECT count(*) FROM followup"_s), 3001);
    }

    void shouldAddTheRowsOnceWhenTheSameFileIsImportedTwiceAtOnce()
    {
        test::TempStore store;
        const QString a = log(u"same.csv"_s, 1000, 400);
        QProcess *first = start({u"--db"_s, store.path(), u"import"_s, a});
        QProcess *second = start({u"--db"_s, store.path(), u"import"_s, a});
        finish(first);
        finish(second);
        QCOMPARE(test::scalar(store.store(), u"SELECT count(*) FROM followup"_s), 400);
        const qint64 events = test::scalar(store.store(), u"SELECT count(*) FROM event"_s);
        const auto again = test::runFollowThrough({u"--db"_s, store.path(), u"import"_s, a});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(test::scalar(store.store(), u"SELECT count(*) FROM event"_s), events);
    }

    void shouldWriteAReportWhileAnImportWrites()
    {
        test::TempStore store;
        const auto seeded = test::runFollowThrough({u"--db"_s, store.path(), u"demo"_s, u"--items"_s, u"300"_s});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        const QString pdf = m_dir.filePath(u"review.pdf"_s);
        QProcess *import = start({u"--db"_s, store.path(), u"import"_s, log(u"big.csv"_s, 20000, 1500)});
        QProcess *report = start({u"--db"_s, store.path(), u"report"_s, u"--out"_s, pdf});
        finish(report);
        finish(import);
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        QCOMPARE(test::scalar(store.store(), u"SELECT count(*) FROM followup"_s), 1800);
    }
};

QTEST_GUILESS_MAIN(tst_TeamStoreProcesses)
#include "tst_teamstoreprocesses.moc"
