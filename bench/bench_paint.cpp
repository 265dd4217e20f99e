// bench_paint: the real MainWindow offscreen on a store, timed as a user meets it (issue 7).
//
//   bench_paint --db FILE --mode open|filter|scroll|sort [--no-debounce] [--runs N] [--budget S]
//
//   open    from before constructing the window until the Today view has painted its rows;
//   filter  All follow-ups (any status), one character typed into the search field, until the list model was
//           reset and the table repainted (with the 150 ms debounce, or with it set to 0 ms);
//   scroll  All follow-ups, the scroll bar dragged from top to bottom in 1,000 even steps
//           (each step repainted, so every page it shows is fetched), like dragging the thumb;
//           stops after --budget seconds (default 300) and says how many steps it made.
// Prints "ms N" per measurement (with the GUI thread's CPU time in it: the wall time on a loaded machine
// is an upper bound) and "peak_rss_kb N" (getrusage: the whole process) at the end.
#include "followuptablemodel.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <sys/resource.h>
#include <ctime>

using namespace ft;

namespace {

// Counts paint events reaching one widget (a view's viewport).
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Processes events until `done` holds; false after `limitMs`.
template<typename F>
bool spinUntil(F done, int limitMs = 600'000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// CPU time of the calling (GUI) thread: what a step costs the window itself, whatever else the
// machine runs (wall times on a loaded shared machine are upper bounds).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    // The window restores its last view from the settings: start from none, every run alike.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("followthrough-bench"));
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store."), QStringLiteral("FILE"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("open, filter, scroll or sort."), QStringLiteral("M"),
                                  QStringLiteral("open"));
    const QCommandLineOption noDebounce(QStringLiteral("no-debounce"), QStringLiteral("Search without the 150 ms pause."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Keystrokes to time."), QStringLiteral("N"),
                                  QStringLiteral("3"));
    const QCommandLineOption budget(QStringLiteral("budget"), QStringLiteral("Seconds the scroll may take at most."),
                                    QStringLiteral("S"), QStringLiteral("300"));
    parser.addOptions({db, mode, noDebounce, runs, budget});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QElapsedTimer clock;
    clock.start();
    auto store = Store::open(parser.value(db));
    if (!store) {
        err << store.error().message << '\n';
        return 1;
    }
    MainWindow window(*store.value());
    auto *todayTree = window.findChild<QTreeView *>(QStringLiteral("todayTree"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("followUpTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *debounce = window.findChild<QTimer *>(QStringLiteral("searchDebounce"));
    if (!todayTree || !table || !search || !debounce) {
        err << "bench_paint: the window has no todayTree, followUpTable, searchField or searchDebounce\n";
        return 1;
    }
    PaintCounter todayPaints;
    todayTree->viewport()->installEventFilter(&todayPaints);
    window.resize(1280, 800);
    window.show();
    // The models read the store synchronously in the constructor; what is left is the first paint.
    if (!spinUntil([&] { return todayPaints.paints > 0; })) {
        err << "bench_paint: the Today view never painted\n";
        return 1;
    }
    const qint64 openMs = clock.elapsed();
    const QString m = parser.value(mode);
    if (m == QLatin1String("open")) {
        out << "ms " << openMs << '\n';
    } else {
        window.showView(MainWindow::View::List);
        // The full list: every status, not the open ones the list starts with.
        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        if (!status || status->findData(QStringLiteral("any")) < 0) {
            err << "bench_paint: no statusFilter with an \"any\" entry\n";
            return 1;
        }
        status->setCurrentIndex(status->findData(QStringLiteral("any")));
        PaintCounter listPaints;
        table->viewport()->installEventFilter(&listPaints);
        spinUntil([&] { return listPaints.paints > 0; });
        QAbstractItemModel *model = table->model();
        if (m == QLatin1String("filter")) {
            if (parser.isSet(noDebounce))
                debounce->setInterval(0);
            bool changed = false;
            const auto markChanged = [&] { changed = true; };
            QObject::connect(model, &QAbstractItemModel::modelReset, &app, markChanged);
            QObject::connect(model, &QAbstractItemModel::layoutChanged, &app, markChanged);
            const QStringList keys{QStringLiteral("p"), QStringLiteral("e"), QStringLiteral("s"), QStringLiteral("a"),
                                   QStringLiteral("r")};
            for (int run = 0; run < parser.value(runs).toInt(); ++run) {
                // Back to the full list first (not timed), then one keystroke.
                search->clear();
                debounce->stop();
                spinUntil([&] { return model->rowCount() > 0 && !debounce->isActive(); });
                QMetaObject::invokeMethod(debounce, "timeout");
                QCoreApplication::processEvents();
                changed = false;
                listPaints.paints = 0;
                const int before = model->rowCount();
                const double cpuBefore = threadCpuMs();
                clock.restart();
                search->insert(keys.at(run % keys.size()));
                bool ok = spinUntil([&] { return changed && listPaints.paints > 0; }, 120'000);
                const qint64 ms = clock.elapsed();
                const double cpuMs = threadCpuMs() - cpuBefore;
                if (!ok) {
                    err << "bench_paint: the list did not update within 120 s\n";
                    return 1;
                }
                out << "ms " << ms << " rows " << before << " -> " << model->rowCount() << " gui_thread_cpu_ms "
                    << QString::number(cpuMs, 'f', 1) << '\n';
            }
        } else if (m == QLatin1String("scroll")) {
            // The list paints its first page before it has counted the rows: drag the whole length.
            FollowUpTableModel *list = window.listModel();
            spinUntil([&] { return list->isLengthKnown() && !list->isCounting(); });
            QScrollBar *bar = table->verticalScrollBar();
            const int steps = 1000;
            // A store too slow to page through would hold the whole bench: stop after a budget and say how far it got.
            const qint64 budgetMs = parser.value(budget).toLongLong() * 1000;
            int step = 1;
            const double cpuBefore = threadCpuMs();
            clock.restart();
            for (; step <= steps && clock.elapsed() < budgetMs; ++step) {
                listPaints.paints = 0;
                bar->setValue(int(qint64(bar->maximum()) * step / steps));
                if (!spinUntil([&] { return listPaints.paints > 0; }, 120'000)) {
                    err << "bench_paint: no repaint at step " << step << '\n';
                    return 1;
                }
            }
            out << "ms " << clock.elapsed() << " rows " << model->rowCount() << " top_row " << table->rowAt(0) << " steps "
                << (step - 1) << " of " << steps << " gui_thread_cpu_ms " << QString::number(threadCpuMs() - cpuBefore, 'f', 0)
                << '\n';
        } else if (m == QLatin1String("sort")) {
            // A header click on each column, both ways, until the first page is repainted: one line per
            // click ("column"), and the slowest as the "ms" line (the goal is for any column).
            bool reset = false;
            QObject::connect(model, &QAbstractItemModel::modelReset, &app, [&] { reset = true; });
            qint64 worst = 0;
            for (int column = 0; column < model->columnCount(); ++column) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    reset = false;
                    listPaints.paints = 0;
                    clock.restart();
                    table->sortByColumn(column, order);
                    if (!spinUntil([&] { return listPaints.paints > 0 && (reset || model->rowCount() > 0); }, 120'000)) {
                        err << "bench_paint: no repaint after sorting by column " << column << '\n';
                        return 1;
                    }
                    const qint64 ms = clock.elapsed();
                    worst = std::max(worst, ms);
                    out << "column " << model->headerData(column, Qt::Horizontal).toString() << ' '
                        << (order == Qt::AscendingOrder ? "asc" : "desc") << ' ' << ms << " ms\n";
                }
            }
            out << "ms " << worst << '\n';
        } else {
            err << "bench_paint: --mode is open, filter, scroll or sort\n";
            return 2;
        }
    }
    out << "peak_rss_kb " << peakRssKb() << '\n';
    return 0;
}
