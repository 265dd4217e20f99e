// bench_window: how fast the main window opens and answers on a given store.
//
//   followthrough --db /tmp/x.sqlite demo --items 20000
//   QT_QPA_PLATFORM=offscreen bench_window /tmp/x.sqlite [word to type]
//
// Prints: store open, window built and shown, each keystroke of the search word (filter + first
// page, and until the count of the matches is in), sorting by each column (first page), a jump to the last row, the Today review's refresh
// and the whole window's refresh. Settings go to a test location, so the lead's are untouched.
#include "domain/followupfilter.h"
#include "followuptablemodel.h"
#include "mainwindow.h"
#include "store/store.h"
#include "todaymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>

using namespace ft;

int main(int argc, char **argv)
{
    QElapsedTimer total;
    total.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("followthrough-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_window"));
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: bench_window STORE [WORD]\n";
        return 2;
    }
    const QString word = args.size() > 2 ? args.at(2) : QStringLiteral("printer");

    QElapsedTimer t;
    t.start();
    auto store = Store::open(args.at(1), Store::Options{false});
    if (!store) {
        out << store.error().message << "\n";
        return 1;
    }
    out << "store open: " << t.elapsed() << " ms\n";
    t.restart();
    MainWindow window(*store.value());
    window.resize(1400, 860);
    window.show();
    QCoreApplication::processEvents();
    out << "window built and shown: " << t.elapsed() << " ms (" << total.elapsed() << " ms since start)\n";

    FollowUpTableModel *model = window.listModel();
    out << "rows in the list as opened (saved filter): " << model->rowCount() << "\n";
    FollowUpFilter filter;
    for (qsizetype n = 1; n <= word.size(); ++n) {
        filter.text = word.left(n);
        t.restart();
        model->setFilter(filter);
        model->index(0, FollowUpTableModel::TitleColumn).data();
        const qint64 firstPage = t.elapsed();
        // The count arrives from the model's counting thread through the event loop.
        while (model->isCounting())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        out << "type \"" << filter.text << "\": first page " << firstPage << " ms, counted " << t.elapsed() << " ms, "
            << model->rowCount() << " rows\n";
    }
    model->setFilter({});
    for (int column = 0; column < FollowUpTableModel::ColumnCount; ++column) {
        t.restart();
        model->sort(column, Qt::AscendingOrder);
        model->index(0, column).data();
        out << "sort by " << model->headerData(column, Qt::Horizontal).toString() << ": " << t.elapsed() << " ms\n";
    }
    model->sort(FollowUpTableModel::OpenedColumn, Qt::DescendingOrder);
    while (model->isCounting())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    t.restart();
    model->index(model->rowCount() - 1, FollowUpTableModel::TitleColumn).data();
    out << "jump to the last row (newest first): " << t.elapsed() << " ms\n";
    t.restart();
    window.todayModel()->refresh();
    out << "Today refresh: " << t.elapsed() << " ms\n";
    t.restart();
    window.refresh();
    out << "window refresh: " << t.elapsed() << " ms\n";
    return 0;
}
