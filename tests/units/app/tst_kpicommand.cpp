#include "store/followuprepository.h"
#include "processsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// `followthrough kpi` (SPEC §3) on a store the test builds, through the real binary.
class tst_KpiCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    using Run = test::Run;

    Run run(const QStringList &arguments, const QString &db = {})
    {
        return test::runFollowThrough(QStringList{u"--db"_s, db.isEmpty() ? m_temp->path() : db} + arguments,
                                      {.timeoutMs = 60000});
    }

    void insert(Timestamp opened, std::optional<Timestamp> resolved, std::optional<Timestamp> closed,
                std::optional<Timestamp> firstResponse, int reopenCount, SlaMet sla)
    {
        FollowUp f;
        f.title = u"item"_s;
        f.openedAt = f.updatedAt = opened;
        f.resolvedAt = resolved;
        f.closedAt = closed;
        f.firstResponseAt = firstResponse;
        f.reopenCount = reopenCount;
        f.slaMet = sla;
        f.status = closed ? Status::Closed : resolved ? Status::Resolved : Status::InProgress;
        auto id = repo::insertFollowUp(m_temp->store().connection(), f);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
    }

    static QString csvLine(const QStringList &cells) { return cells.join(u',') + u'\n'; }

    static QString header()
    {
        return csvLine({u"period"_s, u"opened"_s, u"resolved"_s, u"closed"_s, u"callbacks"_s, u"callback_rate"_s,
                        u"median_resolution_h"_s, u"p90_resolution_h"_s, u"median_resolution_bh"_s,
                        u"median_first_response_h"_s, u"sla_met_rate"_s, u"csat_avg"_s, u"csat_rate"_s,
                        u"csat_responses"_s, u"backlog"_s, u"overdue_followups"_s, u"promises_kept_rate"_s,
                        u"checklist_compliance_rate"_s, u"partial"_s});
    }

    // The two months worked out by hand for the store init() builds.
    static QString expectedCsv()
    {
        // January: A (24 h; business Mon 09-17 + Tue 08-09 = 9 h; first response 1 h; SLA yes) and
        // B (6 h, 6 business hours, one callback, SLA no): medians (24+6)/2 = 15 and (9+6)/2 = 7.5,
        // P90 rank ceil(1.8) = 2 -> 24; one survey scoring 5; backlog A and B.
        const QString jan = csvLine({u"2026-01"_s, u"2"_s, u"2"_s, u"0"_s, u"1"_s, u"0.5000"_s, u"15.0000"_s,
                                     u"24.0000"_s, u"7.5000"_s, u"1.0000"_s, u"0.5000"_s, u"5.0000"_s, u"1.0000"_s,
                                     u"1"_s, u"2"_s, u"0"_s, {}, {}, u"0"_s});
        // February: C opened, D opened and "resolved" an hour before it was opened (a data problem:
        // counted, no duration), B closed; backlog A, C, D.
        const QString feb = csvLine({u"2026-02"_s, u"2"_s, u"1"_s, u"1"_s, u"0"_s, u"0.0000"_s, {}, {}, {}, {}, {},
                                     {}, {}, u"0"_s, u"3"_s, u"0"_s, {}, {}, u"0"_s});
        return header() + jan + feb;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        // A: Mon Jan 5 09:00 -> Tue Jan 6 09:00, first response 10:00, SLA met.
        insert(test::at(2026, 1, 5, 9), test::at(2026, 1, 6, 9), {}, test::at(2026, 1, 5, 10), 0, SlaMet::Yes);
        // B: Wed Jan 7 10:00 -> 16:00, reopened once, SLA missed, closed Mon Feb 2.
        insert(test::at(2026, 1, 7, 10), test::at(2026, 1, 7, 16), test::at(2026, 2, 2, 10), {}, 1, SlaMet::No);
        // C: opened Feb 10, open. D: opened Feb 12 10:00, resolved 09:00.
        insert(test::at(2026, 2, 10, 12), {}, {}, {}, 0, SlaMet::Unknown);
        insert(test::at(2026, 2, 12, 10), test::at(2026, 2, 12, 9), {}, {}, 0, SlaMet::Unknown);
        QSqlQuery q(m_temp->store().database());
        QVERIFY(q.exec(u"INSERT INTO survey_response (followup_id, score, received_at) VALUES (1, 5, %1)"_s
                           .arg(test::at(2026, 1, 8, 9))));
    }

    void cleanup() { m_temp.reset(); }

    void shouldPrintTheCsvOfEveryMonthWithData()
    {
        const Run r = run({u"kpi"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expectedCsv());
        QVERIFY2(r.err.contains(u"resolved_before_opened"_s), qPrintable(r.err));
    }

    void shouldPrintTheSameForAnExplicitRange()
    {
        const Run r = run({u"kpi"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-28"_s, u"--by"_s, u"month"_s,
                           u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expectedCsv());
    }

    void shouldPrintWholePeriodsTouchingTheRange()
    {
        // Jan 6 to Jan 7 lies in ISO week 2 (Mon Jan 5 - Sun Jan 11): the whole week counts.
        const Run r = run({u"kpi"_s, u"--from"_s, u"2026-01-06"_s, u"--to"_s, u"2026-01-07"_s, u"--by"_s, u"week"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, header() + csvLine({u"2026-W02"_s, u"2"_s, u"2"_s, u"0"_s, u"1"_s, u"0.5000"_s, u"15.0000"_s,
                                            u"24.0000"_s, u"7.5000"_s, u"1.0000"_s, u"0.5000"_s, u"5.0000"_s,
                                            u"1.0000"_s, u"1"_s, u"2"_s, u"0"_s, {}, {}, u"0"_s}));
        const Run q = run({u"kpi"_s, u"--by"_s, u"quarter"_s});
        QCOMPARE(q.out.split(u'\n').value(1).section(u',', 0, 3), u"2026-Q1,4,3,1"_s);
    }

    void shouldPrintJsonWithNullsInColumnOrder()
    {
        const Run r = run({u"kpi"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"[\n  {\"period\": \"2026-01\", \"opened\": 2, \"resolved\": 2, \"closed\": 0, "
                                  u"\"callbacks\": 1, \"callback_rate\": 0.5000, "_s),
                 qPrintable(r.out));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject jan = rows.at(0).toObject();
        const QJsonObject feb = rows.at(1).toObject();
        QCOMPARE(jan.size(), 19);
        QCOMPARE(jan.value(u"partial"_s).toInt(), 0);
        QCOMPARE(jan.value(u"median_resolution_bh"_s).toDouble(), 7.5);
        QCOMPARE(jan.value(u"csat_responses"_s).toInt(), 1);
        QVERIFY(jan.value(u"promises_kept_rate"_s).isNull());
        QCOMPARE(feb.value(u"period"_s).toString(), u"2026-02"_s);
        QVERIFY(feb.value(u"median_resolution_h"_s).isNull());
        QCOMPARE(feb.value(u"backlog"_s).toInt(), 3);
    }

    void shouldMarkThePeriodNotOverYetAsPartial()
    {
        // An item opened today: this month ends after now, so its row says partial = 1; January 2026 is over.
        const QDateTime now = QDateTime::currentDateTime();
        insert(now.addSecs(-60).toSecsSinceEpoch(), {}, {}, {}, 0, SlaMet::Unknown);
        const Run r = run({u"kpi"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.at(1).section(u',', -1), u"0"_s);
        QVERIFY2(lines.constLast().startsWith(now.toString(u"yyyy-MM"_s) + u','), qPrintable(lines.constLast()));
        QCOMPARE(lines.constLast().section(u',', -1), u"1"_s);
        const Run j = run({u"kpi"_s, u"--format"_s, u"json"_s});
        const QJsonArray rows = QJsonDocument::fromJson(j.out.toUtf8()).array();
        QCOMPARE(rows.last().toObject().value(u"partial"_s).toInt(), 1);
        QCOMPARE(rows.first().toObject().value(u"partial"_s).toInt(), 0);
    }

    void shouldRefuseBadUsageWithStatusTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("period") << QStringList{u"kpi"_s, u"--by"_s, u"year"_s};
        QTest::newRow("date") << QStringList{u"kpi"_s, u"--from"_s, u"2026-02-30"_s};
        QTest::newRow("date format") << QStringList{u"kpi"_s, u"--to"_s, u"28.02.2026"_s};
        QTest::newRow("reversed") << QStringList{u"kpi"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-02-01"_s};
        QTest::newRow("format") << QStringList{u"kpi"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("unknown option") << QStringList{u"kpi"_s, u"--since"_s, u"2026-01-01"_s};
        QTest::newRow("positional") << QStringList{u"kpi"_s, u"monthly"_s};
        QTest::newRow("missing value") << QStringList{u"kpi"_s, u"--by"_s};
    }

    void shouldRefuseBadUsageWithStatusTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Usage: followthrough [--db FILE] kpi"_s), qPrintable(r.err));
    }

    void shouldComputeConsistentFiguresOnTheServiceNowSample()
    {
        // The real audit-log sample, imported through the binary: 890 incidents, one per `number`.
        const QString sample = qEnvironmentVariable("FT_SHARED_DATA") + u"/uci-incident-event-log/incident_event_log.subset.csv"_s;
        if (!QFile::exists(sample))
            QSKIP("the shared sample data is not here");
        const QString db = m_temp->dir() + u"/servicenow.sqlite"_s;
        const Run imported = run({u"import"_s, sample, u"--profile"_s, u"servicenow"_s}, db);
        QCOMPARE(imported.exitCode, 0);
        const Run r = run({u"kpi"_s}, db);
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst() + u'\n', header());
        QVERIFY(!lines.isEmpty());
        qint64 opened = 0;
        QDate previous;
        for (const QString &line : std::as_const(lines)) {
            const QStringList cells = line.split(u',');
            QCOMPARE(cells.size(), 19);
            // Consecutive months, no gaps.
            const QDate month = QDate::fromString(cells.at(0) + u"-01"_s, u"yyyy-MM-dd"_s);
            QVERIFY2(month.isValid(), qPrintable(line));
            if (previous.isValid())
                QCOMPARE(month, previous.addMonths(1));
            previous = month;
            opened += cells.at(1).toLongLong();
            for (int rate : {5, 10, 12, 16, 17}) {
                if (!cells.at(rate).isEmpty())
                    QVERIFY2(cells.at(rate).toDouble() >= 0 && cells.at(rate).toDouble() <= 1, qPrintable(line));
            }
            // Per item business hours never exceed clock hours, so neither do their medians;
            // P90 is never below the median.
            if (!cells.at(6).isEmpty()) {
                QVERIFY2(cells.at(7).toDouble() >= cells.at(6).toDouble(), qPrintable(line));
                QVERIFY2(cells.at(8).toDouble() <= cells.at(6).toDouble() + 1e-9, qPrintable(line));
            }
        }
        QCOMPARE(opened, 890);
    }

    void shouldFailWithStatusOneWithoutAStore()
    {
        const QString missing = m_temp->dir() + u"/nothing-here.sqlite"_s;
        const Run r = run({u"kpi"_s}, missing);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(tst_KpiCommand)
#include "tst_kpicommand.moc"
