// bench_import: the servicenow import of the full UCI audit log (141,712 rows, 24,918 incidents)
// into a fresh store, several runs, with the CPU time beside the wall time (the machine is shared:
// wall time alone measures the neighbours too). Compare with the floor, SQLite's own CSV import
// of the same file into one bare table: `sqlite3 x.db -cmd ".mode csv" ".import FILE log"`.
//
//   bench_import [FILE] [--runs N]
#include "importing/importer.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace ft;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("How many imports."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    parser.addOption(runsOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The audit log to import."));
    parser.process(app);
    const QString file = parser.positionalArguments().value(
        0, QStringLiteral(FT_SOURCE_DIR "/../shared/data/uci-incident-event-log/incident_event_log.csv"));
    QTextStream out(stdout);
    for (int run = 1; run <= parser.value(runsOption).toInt(); ++run) {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!store) {
            out << store.error().message << Qt::endl;
            return 1;
        }
        const std::clock_t cpu = std::clock();
        auto report = importing::importFile(*store.value(), file, importing::ImportOptions{});
        const double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        if (!report) {
            out << report.error().message << Qt::endl;
            return 1;
        }
        out << QStringLiteral("run %1: %2 rows, %3 follow-ups, %4 events: wall %5 s, cpu %6 s")
                   .arg(run)
                   .arg(report->rows)
                   .arg(report->added)
                   .arg(report->eventsAdded)
                   .arg(double(report->elapsedMs) / 1000.0, 0, 'f', 2)
                   .arg(cpuSeconds, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
