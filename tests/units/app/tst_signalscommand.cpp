#include "store/csirepository.h"
#include "store/followuprepository.h"
#include "processsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>

using namespace ft;
using namespace Qt::StringLiterals;

// `followthrough signals` (SPEC §2b) through the real binary, on a store worked out by hand.
class tst_SignalsCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    using Run = test::Run;

    Run run(const QStringList &arguments)
    {
        return test::runFollowThrough(QStringList{u"--db"_s, m_temp->path()} + arguments, {.timeoutMs = 60000});
    }

    // `count` items opened and resolved an hour later on the 10th of `month` of 2025, `reopened` of them called back.
    void month(int month, int count, int reopened)
    {
        for (int i = 0; i < count; ++i) {
            FollowUp f;
            f.title = u"item"_s;
            f.openedAt = f.updatedAt = test::at(2025, month, 10, 9);
            f.resolvedAt = test::at(2025, month, 10, 10);
            f.reopenCount = i < reopened ? 1 : 0;
            f.status = Status::Resolved;
            auto id = repo::insertFollowUp(m_temp->store().connection(), f);
            if (!id)
                qFatal("%s", qPrintable(id.error().message));
        }
    }

    static QString limits(double p, int n)
    {
        const double s = 3 * std::sqrt(p * (1 - p) / n);
        return QString::number(std::max(0.0, p - s), 'f', 4) + u',' + QString::number(std::min(1.0, p + s), 'f', 4);
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        // January - June: 10, 12, 10, 12, 10, 12 opened (2 or 3 called back); July 30 (20 called back); August 11 (2).
        for (int m = 1; m <= 6; ++m)
            month(m, m % 2 ? 10 : 12, m % 2 ? 2 : 3);
        month(7, 30, 20);
        month(8, 11, 2);
        CsiInitiative initiative;
        initiative.title = u"Fewer tickets"_s;
        initiative.kpiKey = u"opened"_s;
        initiative.startDate = QDate(2025, 7, 1);
        QVERIFY(CsiRepository(m_temp->store().connection()).add(initiative));
        initiative.title = u"Fewer callbacks"_s;
        initiative.kpiKey = u"callback_rate"_s;
        initiative.startDate = QDate(2025, 4, 15);
        QVERIFY(CsiRepository(m_temp->store().connection()).add(initiative));
    }

    void cleanup() { m_temp.reset(); }

    void shouldPrintXmRLimitsFromTheMonthsBeforeTheInitiative()
    {
        // Baseline January - June: centre 11, mR̄ 2, limits 11 ± 5.32.
        const Run r = run({u"signals"_s, u"--kpi"_s, u"opened"_s});
        QCOMPARE(r.exitCode, 0);
        const QString limits = u"11.0000,5.6800,16.3200"_s;
        QCOMPARE(r.out, u"kpi,period,value,n,centre,lower,upper,signal\n"_s
                        u"opened,2025-01,10,10,"_s + limits + u",\n"_s
                        u"opened,2025-02,12,12,"_s + limits + u",\n"_s
                        u"opened,2025-03,10,10,"_s + limits + u",\n"_s
                        u"opened,2025-04,12,12,"_s + limits + u",\n"_s
                        u"opened,2025-05,10,10,"_s + limits + u",\n"_s
                        u"opened,2025-06,12,12,"_s + limits + u",\n"_s
                        u"opened,2025-07,30,30,"_s + limits + u",beyond_limits\n"_s
                        u"opened,2025-08,11,11,"_s + limits + u",\n"_s);
    }

    void shouldSayWhyThereAreNoLimitsWithTooShortABaseline()
    {
        // The callback initiative started on 15 April: only January - March before it.
        const Run r = run({u"signals"_s, u"--kpi"_s, u"callback_rate"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"callback_rate: no process limits"_s) && r.err.contains(u"in the baseline: 3;"_s),
                 qPrintable(r.err));
        QCOMPARE(r.out.split(u'\n').value(1), u"callback_rate,2025-01,0.2000,10,,,,"_s);
    }

    void shouldUseTheBaselineTheLeadGives()
    {
        // p̄ = 15 / 66 over January - June; limits per month from its own n.
        const Run r = run({u"signals"_s, u"--kpi"_s, u"callback_rate"_s, u"--baseline-from"_s, u"2025-01-01"_s,
                           u"--baseline-to"_s, u"2025-06-30"_s, u"--from"_s, u"2025-07-01"_s});
        QCOMPARE(r.exitCode, 0);
        const double p = 15.0 / 66.0;
        const QString centre = QString::number(p, 'f', 4);
        QCOMPARE(r.out, u"kpi,period,value,n,centre,lower,upper,signal\n"_s
                        u"callback_rate,2025-07,0.6667,30,"_s + centre + u',' + limits(p, 30) + u",beyond_limits\n"_s
                        u"callback_rate,2025-08,0.1818,11,"_s + centre + u',' + limits(p, 11) + u",\n"_s);
    }

    void shouldPrintEveryKpiAsJson()
    {
        const Run r = run({u"signals"_s, u"--format"_s, u"json"_s, u"--to"_s, u"2025-02-28"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 17 * 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(u"kpi"_s).toString(), u"opened"_s);
        QCOMPARE(first.value(u"value"_s).toInt(), 10);
        QCOMPARE(first.value(u"n"_s).toInt(), 10);
        // Shown up to February, computed on all the data: the limits are those of the whole store
        // (baseline January - June, before the initiative on opened).
        QCOMPARE(first.value(u"centre"_s).toDouble(), 11.0);
        QCOMPARE(first.value(u"signal"_s).toString(), QString());
        const QJsonObject promises = rows.at(2 * 15).toObject();   // no promises: no value, no limits
        QCOMPARE(promises.value(u"kpi"_s).toString(), u"promises_kept_rate"_s);
        QVERIFY(promises.value(u"value"_s).isNull());
        QVERIFY(promises.value(u"centre"_s).isNull());
    }

    void shouldListTheKpisInItsHelp()
    {
        const Run r = run({u"signals"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Usage: followthrough [--db FILE] [--lang LANGUAGE] signals"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"--baseline-from"_s), qPrintable(r.out));
        QVERIFY2(r.out.simplified().contains(u"callback_rate Callback rate"_s), qPrintable(r.out));
    }

    void shouldRefuseBadUsageWithStatusTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("kpi") << QStringList{u"signals"_s, u"--kpi"_s, u"tickets"_s};
        QTest::newRow("period") << QStringList{u"signals"_s, u"--by"_s, u"year"_s};
        QTest::newRow("baseline alone") << QStringList{u"signals"_s, u"--baseline-from"_s, u"2025-01-01"_s};
        QTest::newRow("baseline reversed") << QStringList{u"signals"_s, u"--baseline-from"_s, u"2025-03-01"_s,
                                                         u"--baseline-to"_s, u"2025-01-01"_s};
        QTest::newRow("date") << QStringList{u"signals"_s, u"--from"_s, u"2025-02-30"_s};
        QTest::newRow("format") << QStringList{u"signals"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("positional") << QStringList{u"signals"_s, u"opened"_s};
    }

    void shouldRefuseBadUsageWithStatusTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Usage: followthrough [--db FILE] signals"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_SignalsCommand)
#include "tst_signalscommand.moc"
