#include "store/csirepository.h"
#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "processsupport.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ft;

// `followthrough report` (SPEC §3) through the real binary, its PDF read back with pdftotext.
class TestReportCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    using Run = test::Run;

    Run run(const QStringList &arguments, const QString &db = {})
    {
        // As a scheduled job would run it: no display at all.
        return test::runFollowThrough(QStringList{QStringLiteral("--db"), db.isEmpty() ? m_temp->path() : db} + arguments,
                                      {.environment = test::withoutDisplay()});
    }

    void resolvedItem(Timestamp opened, Timestamp resolved, int reopenCount)
    {
        test::insertResolved(m_temp->store(), opened, resolved, reopenCount);
    }

    // The PDF's text with every run of white space made one space, since pdftotext breaks lines
    // wherever the layout wrapped them.
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        resolvedItem(test::at(2026, 2, 2, 9), test::at(2026, 2, 3, 9), 7);
        resolvedItem(test::at(2026, 2, 10, 9), test::at(2026, 2, 12, 9), 7);
        resolvedItem(test::at(2026, 3, 10, 9), test::at(2026, 3, 11, 9), 9);
        resolvedItem(test::at(2026, 4, 7, 9), test::at(2026, 4, 8, 9), 4);
        CsiInitiative c;
        c.title = QStringLiteral("Closure checklist");
        c.kpiKey = QStringLiteral("callbacks");
        c.target = 8;
        c.owner = QStringLiteral("Dana");
        c.status = CsiStatus::InProgress;
        c.startDate = QDate(2026, 3, 3);
        QVERIFY(CsiRepository(m_temp->store().connection()).add(c).ok());
        QVERIFY(sql::exec(m_temp->store().database(),
                          QStringLiteral("INSERT INTO setting (key, value) VALUES ('team', 'Desk Berlin')"))
                    .ok());
    }

    void shouldWriteAPdfWithTheHeadingsAndNumbers_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::newRow("a4") << QStringLiteral("a4");
        QTest::newRow("letter") << QStringLiteral("letter");
    }

    void shouldWriteAPdfWithTheHeadingsAndNumbers()
    {
        QFETCH(QString, paper);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: scripts/deps installs it");
        const QString pdf = m_temp->dir() + QStringLiteral("/review.pdf");
        const Run r = run({QStringLiteral("report"), QStringLiteral("--out"), pdf, QStringLiteral("--to"),
                           QStringLiteral("2026-04-30"), QStringLiteral("--paper"), paper});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Wrote")));
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const char *expected : {"Continual Service Improvement review", "Desk Berlin", "Period: April 2026",
                                     "Summary for April 2026", "What changed, in plain words", "The measures over time",
                                     "Improvement register", "Closure checklists", "Page 1 of"}) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
        const QString sentence = QStringLiteral("Callbacks fell from 9 to 4 (") + QChar(0x2212)
                                 + QStringLiteral("56 %) since “Closure checklist” started on 3 March 2026.");
        QVERIFY2(text.contains(sentence), qPrintable(text.left(3000)));
        // The register: February before (14), April since (4), against the target of 8. The cells
        // come out of pdftotext in an order that depends on how the paper size wrapped them.
        const QString registerText = text.mid(text.lastIndexOf(QLatin1String("Improvement register")));
        for (const QString &expected : {QStringLiteral("Closure checklist"), QStringLiteral("Owner: Dana"),
                                        QStringLiteral("3 Mar 2026"), QStringLiteral(" 14 "), QStringLiteral("Feb ’26"),
                                        // The verdict under the row (SPEC §2b): the data start in February, one
                                        // month before the start, too few for limits.
                                        QStringLiteral("Signal or noise: Too few to judge: 1 month with data before"),
                                        QStringLiteral(" 4 "), QStringLiteral("Apr ’26"), QStringLiteral(" yes ")}) {
            QVERIFY2(registerText.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + registerText));
        }
    }

    void shouldRefuseBadUsageWithTwo()
    {
        const QString pdf = m_temp->dir() + QStringLiteral("/x.pdf");
        QCOMPARE(run({QStringLiteral("report")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("a5")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--out"), pdf, QStringLiteral("--by"), QStringLiteral("year")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--out"), pdf, QStringLiteral("--from"), QStringLiteral("March")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--out"), pdf, QStringLiteral("--kpis"), QStringLiteral("happiness")}).exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
    }

    void shouldFailWithOneOnMissingStoreOrUnwritableFile()
    {
        const Run missing = run({QStringLiteral("report"), QStringLiteral("--out"), m_temp->dir() + QStringLiteral("/x.pdf")},
                                m_temp->dir() + QStringLiteral("/nothing-here.sqlite"));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
        const Run unwritable = run({QStringLiteral("report"), QStringLiteral("--out"),
                                    m_temp->dir() + QStringLiteral("/no/such/folder/x.pdf")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QLatin1String("no/such/folder/x.pdf")), qPrintable(unwritable.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
