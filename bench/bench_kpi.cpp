// bench_kpi: the KPI computation (every column of SPEC §2, ten years by month) on stores of
// 100,000 and 1,000,000 follow-ups, next to the plainest SQL scan of the same table (the floor).
//
//   bench_kpi [--sizes 100000,1000000] [--runs 5] [--keep DIR]
//
// The stores are written by SQL inside SQLite (recursive CTEs, deterministic hashes of the row
// number), which makes a million follow-ups with their timeline, promises and surveys in about a
// minute; --keep reuses stores already written to DIR.
#include "kpi/kpiengine.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ft;

namespace {

QTextStream out(stdout);

// The history: ten years up to 2026-11-01 00:00 UTC.
constexpr qint64 HistoryEnd = 1793491200;
constexpr qint64 HistorySpan = 10LL * 365 * 86400;

// h(k) is a deterministic pseudo-random number 0..1000002 for row i, one stream per k.
QString hashOf(int k, const char *row = "i")
{
    static const qint64 multipliers[] = {2654435761LL, 2246822519LL, 3266489917LL, 668265263LL, 374761393LL,
                                         1103515245LL, 1664525LL, 22695477LL};
    return QStringLiteral("((%1 * %2 + %3) % 1000003)").arg(QLatin1String(row)).arg(multipliers[k % 8]).arg(k * 7919);
}

QString fill(QString statement)
{
    for (int k = 0; k < 8; ++k)
        statement.replace(QStringLiteral("H%1").arg(k), hashOf(k));
    return statement;
}

Result<void> writeStore(Store &store, qint64 items)
{
    const QSqlDatabase db = store.database();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const qint64 start = HistoryEnd - HistorySpan;
    // Resolution up to ~55 h for 96 % of items (the newest stay open more often), closing three
    // days later for 80 %, first response within 4 h, 7 % reopened, SLA known for 90 %, a checklist on two in three.
    const QString items_ = fill(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1), "
        "t AS (SELECT i, %2 + i * %3 / %1 + H0 % 3600 AS opened, "
        "  CASE WHEN H1 % 100 < 96 THEN 600 + H2 % 200000 END AS r, H3 % 10 AS c FROM n) "
        "INSERT INTO followup (id, kind, title, priority, status, opened_at, first_response_at, resolved_at, closed_at, "
        "  reopen_count, sla_met, checklist_compliant, updated_at) "
        "SELECT i, i % 4, 'Bench follow-up', 1 + (i / 4) % 4, "
        "  CASE WHEN r IS NULL THEN 1 WHEN c < 8 THEN 5 ELSE 4 END, opened, opened + 60 + H4 % 14400, "
        "  opened + r, CASE WHEN r IS NOT NULL AND c < 8 THEN opened + r + 3 * 86400 END, "
        "  CASE WHEN H5 % 100 < 7 THEN 1 + H5 % 2 ELSE 0 END, "
        "  CASE H6 % 10 WHEN 0 THEN NULL WHEN 1 THEN 0 ELSE 1 END, "
        "  CASE WHEN H7 % 3 = 0 THEN NULL WHEN H7 % 10 = 1 THEN 0 ELSE 1 END, opened FROM t"))
                               .arg(items).arg(start).arg(HistorySpan);
    const QStringList statements{
        items_,
        // Timeline: created, first contact (New -> In progress), 30 % wait on the requester for the
        // middle third of the work, resolved, closed.
        QStringLiteral("INSERT INTO event (followup_id, at, type, to_status) SELECT id, opened_at, 0, 0 FROM followup"),
        QStringLiteral("INSERT INTO event (followup_id, at, type, channel) SELECT id, first_response_at, 1, 0 FROM followup"),
        QStringLiteral("INSERT INTO event (followup_id, at, type, from_status, to_status) "
                       "SELECT id, first_response_at, 3, 0, 1 FROM followup"),
        QStringLiteral("INSERT INTO event (followup_id, at, type, from_status, to_status) "
                       "SELECT id, opened_at + (resolved_at - opened_at) / 3, 3, 1, 2 FROM followup "
                       "WHERE resolved_at IS NOT NULL AND id % 10 < 3"),
        QStringLiteral("INSERT INTO event (followup_id, at, type, from_status, to_status) "
                       "SELECT id, opened_at + 2 * (resolved_at - opened_at) / 3, 3, 2, 1 FROM followup "
                       "WHERE resolved_at IS NOT NULL AND id % 10 < 3"),
        QStringLiteral("INSERT INTO event (followup_id, at, type, from_status, to_status) "
                       "SELECT id, resolved_at, 3, 1, 4 FROM followup WHERE resolved_at IS NOT NULL"),
        QStringLiteral("INSERT INTO event (followup_id, at, type, from_status, to_status) "
                       "SELECT id, closed_at, 3, 4, 5 FROM followup WHERE closed_at IS NOT NULL"),
        // One promised update each: 70 % kept, 20 % missed, 10 % cancelled by resolving.
        QStringLiteral("INSERT INTO promise (followup_id, made_at, due_at, ended_at, outcome) "
                       "SELECT id, opened_at, opened_at + 86400, "
                       "  CASE WHEN id % 10 < 7 THEN opened_at + 3600 WHEN id % 10 < 9 THEN opened_at + 90000 "
                       "  ELSE opened_at + 1800 END, "
                       "  CASE WHEN id % 10 < 7 THEN 1 WHEN id % 10 < 9 THEN 2 ELSE 4 END FROM followup"),
        // A survey from one resolved item in five.
        QStringLiteral("INSERT INTO survey_response (followup_id, score, received_at) "
                       "SELECT id, 1 + (id * 7) % 5, resolved_at + 3600 FROM followup "
                       "WHERE resolved_at IS NOT NULL AND id % 5 = 0"),
    };
    for (const QString &s : statements) {
        if (auto ok = sql::exec(db, s); !ok)
            return ok;
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    return sql::exec(db, QStringLiteral("ANALYZE"));
}

// This thread's CPU time: the machine is shared, so wall time alone says as much about the
// neighbours as about the code.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Timing
{
    QList<double> wall;
    QList<double> cpu;
};

template<typename F>
bool timed(Timing &timing, F &&work)
{
    QElapsedTimer timer;
    const double cpu = threadCpuSeconds();
    timer.start();
    const bool ok = work();
    timing.wall << double(timer.nsecsElapsed()) / 1e9;
    timing.cpu << threadCpuSeconds() - cpu;
    return ok;
}

double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("store sizes"), QStringLiteral("N,N"),
                                         QStringLiteral("100000,1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per timing"), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("keep and reuse stores in DIR"),
                                        QStringLiteral("DIR"));
    parser.addOptions({sizesOption, runsOption, keepOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(dir);

    KpiRequest request;   // ten years by month, every column
    request.by = PeriodKind::Month;
    request.from = QDateTime::fromSecsSinceEpoch(HistoryEnd - HistorySpan, QTimeZone::utc()).date();
    request.to = QDateTime::fromSecsSinceEpoch(HistoryEnd - 1, QTimeZone::utc()).date();
    request.now = HistoryEnd;

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("follow-ups"), 10)
               .arg(QStringLiteral("periods"), 7)
               .arg(QStringLiteral("KPI wall"), 9)
               .arg(QStringLiteral("KPI cpu"), 9)
               .arg(QStringLiteral("floor wall"), 10)
               .arg(QStringLiteral("floor cpu"), 9)
               .arg(QStringLiteral("ratio cpu (wall)"), 17);
    out.flush();
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','))) {
        const qint64 size = sizeText.toLongLong();
        if (size <= 0)
            continue;
        const QString path = QStringLiteral("%1/bench-%2.sqlite").arg(dir).arg(size);
        const bool exists = QFile::exists(path);
        auto opened = Store::open(path);
        if (!opened) {
            fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        Store &store = *opened.value();
        if (!exists) {
            QElapsedTimer written;
            written.start();
            if (auto ok = writeStore(store, size); !ok) {
                fprintf(stderr, "%s\n", qPrintable(ok.error().message));
                return 1;
            }
            fprintf(stderr, "wrote %lld follow-ups in %.1f s\n", size, double(written.elapsed()) / 1000.0);
        }
        Timing kpi;
        Timing floor;
        qsizetype periods = 0;
        for (int r = 0; r < runs; ++r) {
            QString failure;
            const bool computed = timed(kpi, [&] {
                auto table = computeKpis(store, request);
                if (!table)
                    failure = table.error().message;
                else
                    periods = table->rows.size();
                return table.ok();
            });
            if (!computed) {
                fprintf(stderr, "%s\n", qPrintable(failure));
                return 1;
            }
            QSqlQuery q(store.database());
            if (!timed(floor, [&] { return q.exec(QStringLiteral("SELECT sum(resolved_at - opened_at) FROM followup")) && q.next(); }))
                return 1;
        }
        const auto seconds = [](double s) { return QStringLiteral("%1 s").arg(s, 0, 'f', 3); };
        const double kpiWall = medianOf(kpi.wall), kpiCpu = medianOf(kpi.cpu);
        const double floorWall = medianOf(floor.wall), floorCpu = medianOf(floor.cpu);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(size, 10)
                   .arg(periods, 7)
                   .arg(seconds(kpiWall), 9)
                   .arg(seconds(kpiCpu), 9)
                   .arg(seconds(floorWall), 10)
                   .arg(seconds(floorCpu), 9)
                   .arg(QStringLiteral("%1x (%2x)").arg(kpiCpu / floorCpu, 0, 'f', 1).arg(kpiWall / floorWall, 0, 'f', 1), 17);
        out.flush();
    }
    return 0;
}
