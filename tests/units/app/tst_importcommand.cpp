#include "processsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// `followthrough import` (SPEC §3) through the real binary: value maps, un-mapping, encodings,
// time zones, data problems and the usage mistakes of the new options.
class tst_ImportCommand : public QObject
{
    Q_OBJECT

    test::InputFiles m_files;

    using Run = test::Run;

    QString write(const QByteArray &bytes) { return m_files.write(bytes); }

    Run run(const QString &db, const QStringList &arguments)
    {
        return test::runFollowThrough(QStringList{u"--db"_s, db} + arguments, {.timeoutMs = 60000});
    }

    static QByteArray eventLog()
    {
        return "SR Number,Change Date+Time,Status,Sub Status,Owner First Name\n"
               "A,2026-03-02 09:00,Accepted,In Progress,Anna\n"
               "A,2026-03-02 10:00,Accepted,Wait - User,Anna\n"
               "A,2026-03-02 12:00,Completed,Closed,Anna\n"
               "B,2026-03-03 08:00,Queued,Awaiting Assignment,\n";
    }

private slots:
    void shouldImportAnEventLogWithValueMapsAndListEveryUnmappedValueWithout()
    {
        const QString db = m_files.path(u"events.sqlite"_s);
        const QString log = write(eventLog());
        const Run refused = run(db, {u"import"_s, log});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"line 2, column “Status”: “Accepted/In Progress”"_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"4 distinct values"_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"status “Queued/Awaiting Assignment” ×1"_s), qPrintable(refused.err));

        const Run r = run(db, {u"import"_s, log, u"--value"_s, u"status:Accepted/Wait - User=waiting_requester"_s,
                               u"--value"_s, u"status:Accepted*=in_progress"_s, u"--value"_s, u"status:Completed*=closed"_s,
                               u"--value"_s, u"status:queued*=new"_s, u"--map"_s, u"owner=Owner First Name"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Profile: events"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Encoding: UTF-8 (detected)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Added: 2"_s), qPrintable(r.out));
    }

    void shouldSayTheEncodingItWasGivenAndTheDataProblemsItFound()
    {
        const QString db = m_files.path(u"enc.sqlite"_s);
        const Run latin = run(db, {u"import"_s, write("reference,title\nR1,M\xfcller\n"), u"--encoding"_s, u"latin1"_s,
                                   u"--time-zone"_s, u"America/New_York"_s});
        QCOMPARE(latin.exitCode, 0);
        QVERIFY2(latin.out.contains(u"Encoding: ISO-8859-1 (as asked)"_s), qPrintable(latin.out));
        QVERIFY2(latin.out.contains(u"Times without a zone read in: America/New_York"_s), qPrintable(latin.out));

        const Run problems = run(db, {u"import"_s,
                                      write("number,short_description,incident_state,priority,opened_at,resolved_at,"
                                            "closed_at,sys_id\n"
                                            "INC1,Late close,7,3,2024-01-03 08:00:00,2024-01-05 12:00:00,"
                                            "2024-01-04 09:00:00,x1\n")});
        QCOMPARE(problems.exitCode, 0);
        QVERIFY2(problems.out.contains(u"Data problems in the source: 1"_s), qPrintable(problems.out));
        QVERIFY2(problems.out.contains(u"INC1"_s), qPrintable(problems.out));
    }

    void shouldRefuseMistakesInTheNewOptionsWithStatusTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("value without field") << QStringList{u"--value"_s, u"status=new"_s};
        QTest::newRow("value of another field") << QStringList{u"--value"_s, u"owner:x=y"_s};
        QTest::newRow("value not ours") << QStringList{u"--value"_s, u"status:Accepted=maybe"_s};
        QTest::newRow("encoding") << QStringList{u"--encoding"_s, u"ebcdic"_s};
        QTest::newRow("time zone") << QStringList{u"--time-zone"_s, u"Mars/Olympus"_s};
        QTest::newRow("profile") << QStringList{u"--profile"_s, u"remedy"_s};
        QTest::newRow("map field") << QStringList{u"--map"_s, u"colour=Status"_s};
        QTest::newRow("map on servicenow") << QStringList{u"--profile"_s, u"servicenow"_s, u"--map"_s, u"title=x"_s};
    }

    void shouldRefuseMistakesInTheNewOptionsWithStatusTwo()
    {
        QFETCH(QStringList, options);
        const Run r = run(m_files.path(u"usage.sqlite"_s), QStringList{u"import"_s, write(eventLog())} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Usage: followthrough [--db FILE] import"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
