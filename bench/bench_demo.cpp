// bench_demo: how long `followthrough demo` takes to write its history, for each size.
//
//   bench_demo [--sizes 20000,100000,1000000] [--dir DIR]
//
// Prints wall and CPU seconds (the machine is shared: CPU time is the steadier figure), the
// events per follow-up and the size of the file. Each store is written anew into DIR (default:
// a temporary folder) and removed afterwards.
#include "demo/demogenerator.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace ft;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Comma-separated item counts."),
                                   QStringLiteral("N,N"), QStringLiteral("20000,100000,1000000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where to write the stores."), QStringLiteral("DIR"));
    parser.addOptions({sizes, dir});
    parser.process(app);

    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QString folder = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("items"), 9).arg(QStringLiteral("wall s"), 8)
               .arg(QStringLiteral("cpu s"), 8).arg(QStringLiteral("events/item"), 12).arg(QStringLiteral("MB"), 7)
        << Qt::flush;
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','))) {
        const int items = size.toInt();
        const QString path = folder + QStringLiteral("/bench_demo_%1.sqlite").arg(items);
        QFile::remove(path);
        double wall = 0;
        double cpu = 0;
        qint64 events = 0;
        {
            auto store = Store::open(path);
            if (!store) {
                QTextStream(stderr) << store.error().message << '\n';
                return 1;
            }
            DemoOptions options;
            options.items = items;
            QElapsedTimer timer;
            timer.start();
            const std::clock_t started = std::clock();
            if (auto done = generateDemo(*store.value(), options); !done) {
                QTextStream(stderr) << done.error().message << '\n';
                return 1;
            }
            cpu = double(std::clock() - started) / CLOCKS_PER_SEC;
            wall = double(timer.elapsed()) / 1000.0;
            QSqlQuery q(store.value()->database());
            if (q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next())
                events = q.value(0).toLongLong();
        }
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(items, 9)
                   .arg(wall, 8, 'f', 1)
                   .arg(cpu, 8, 'f', 1)
                   .arg(double(events) / items, 12, 'f', 1)
                   .arg(double(QFileInfo(path).size()) / 1e6, 7, 'f', 0)
            << Qt::flush;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return 0;
}
