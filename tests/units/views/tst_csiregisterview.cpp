#include "csi/csiregister.h"
#include "csi/csiregisterview.h"
#include "report/reportcontroller.h"
#include "store/followuprepository.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ft;

namespace {
QString cell(const QTableView *table, int row, int column, int role = Qt::DisplayRole)
{
    return table->model()->index(row, column).data(role).toString();
}
} // namespace

// The register view and the report controller on a store built by hand: callbacks 14 in
// February 2026 (two items, 7 each), 9 in March; an initiative on callbacks started 3 March.
class TestCsiRegisterView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    qint64 m_id = 0;

    void resolvedItem(Timestamp opened, Timestamp resolved, int reopenCount)
    {
        test::insertResolved(m_temp->store(), opened, resolved, reopenCount);
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        resolvedItem(test::at(2026, 2, 2, 9), test::at(2026, 2, 3, 9), 7);
        resolvedItem(test::at(2026, 2, 10, 9), test::at(2026, 2, 12, 9), 7);
        resolvedItem(test::at(2026, 3, 10, 9), test::at(2026, 3, 11, 9), 9);
        CsiInitiative c;
        c.title = QStringLiteral("Closure checklist");
        c.kpiKey = QStringLiteral("callbacks");
        c.target = 8;
        c.startDate = QDate(2026, 3, 3);
        auto id = CsiRegister(m_temp->store()).add(c);
        QVERIFY(id.ok());
        m_id = *id;
    }

    void shouldShowBeforeFiguresOffTheGuiThreadAndFillTheBaseline()
    {
        CsiRegisterView view(m_temp->store());
        QSignalSpy measured(&view, &CsiRegisterView::measured);
        auto *table = view.findChild<QTableView *>(QStringLiteral("csiTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, 0, CsiRegisterModel::Title), QStringLiteral("Closure checklist"));
        QCOMPARE(cell(table, 0, CsiRegisterModel::Measure), QStringLiteral("Callbacks"));
        QVERIFY(measured.wait(20000));
        // Averages over every whole month before and since the start (here February alone), and the
        // verdict: one month before the start is too few for limits.
        QCOMPARE(cell(table, 0, CsiRegisterModel::Before), QStringLiteral("14 (average of 1 month)"));
        QCOMPARE(cell(table, 0, CsiRegisterModel::Verdict), QStringLiteral("too few to judge"));
        QVERIFY(cell(table, 0, CsiRegisterModel::Verdict, Qt::ToolTipRole).startsWith(
            QStringLiteral("Too few to judge: 1 month with data before the start, at least 6 needed.")));
        QCOMPARE(cell(table, 0, CsiRegisterModel::Baseline), QString(QChar(0x2014)));

        view.selectId(m_id);
        auto *fill = view.findChild<QPushButton *>(QStringLiteral("csiFill"));
        QVERIFY(fill && fill->isEnabled());
        fill->click();
        QCOMPARE(*CsiRegister(m_temp->store()).list()->first().baseline, 14.0);
        QCOMPARE(cell(table, 0, CsiRegisterModel::Baseline), QStringLiteral("14"));
        QVERIFY(measured.wait(20000));   // the table measures again after the change
    }

    void shouldLeaveButtonsOffWithoutASelection()
    {
        CsiRegisterView view(m_temp->store());
        QSignalSpy measured(&view, &CsiRegisterView::measured);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("csiEdit"))->isEnabled());
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("csiAdd"))->isEnabled());
        QVERIFY(measured.wait(20000));
    }

    void shouldExportThePdfFromTheWindowWithoutBlockingIt()
    {
        QWidget window;
        ReportController controller(m_temp->store(), &window);
        QVERIFY(controller.exportPdfAction()->objectName() == QStringLiteral("actionExportPdf"));
        QSignalSpy finished(&controller, &ReportController::finished);
        ReportOptions options;
        options.to = QDate(2026, 3, 31);
        const QString file = m_temp->dir() + QStringLiteral("/review.pdf");
        controller.exportPdfTo(file, options);
        // The figures are gathered on a worker: the call returns at once with the work under way.
        QVERIFY(controller.isBusy());
        QVERIFY(!controller.exportPdfAction()->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(test::fileBytes(file).startsWith("%PDF"));
        QVERIFY(controller.exportPdfAction()->isEnabled());
    }

    // Cancelled while the figures are gathered: nothing is written, the actions come back, and
    // finished says so (however far the gathering had got when the request came).
    void shouldCancelTheReportBeingPrepared()
    {
        QWidget window;
        ReportController controller(m_temp->store(), &window);
        QSignalSpy finished(&controller, &ReportController::finished);
        ReportOptions options;
        options.to = QDate(2026, 3, 31);
        const QString file = m_temp->dir() + QStringLiteral("/cancelled.pdf");
        controller.exportPdfTo(file, options);
        QVERIFY(controller.isBusy());
        controller.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("The report was cancelled."));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!controller.isBusy());
        QVERIFY(controller.exportPdfAction()->isEnabled());
        // And the next report runs as usual.
        controller.exportPdfTo(file, options);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QVERIFY(test::fileBytes(file).startsWith("%PDF"));
    }

    // Destroyed while the figures are gathered: the gathering is cancelled and waited for.
    void shouldWaitForTheGatheringWhenDestroyed()
    {
        QWidget window;
        auto *controller = new ReportController(m_temp->store(), &window);
        QSignalSpy finished(controller, &ReportController::finished);
        controller->exportPdfTo(m_temp->dir() + QStringLiteral("/gone.pdf"), ReportOptions{});
        QVERIFY(controller->isBusy());
        delete controller;
        QTest::qWait(50);   // nothing arrives for the controller that is gone
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(m_temp->dir() + QStringLiteral("/gone.pdf")));
    }

    void shouldReportAFailedExport()
    {
        QWidget window;
        ReportController controller(m_temp->store(), &window);
        QSignalSpy finished(&controller, &ReportController::finished);
        ReportOptions options;
        options.to = QDate(2026, 3, 31);
        controller.exportPdfTo(m_temp->dir() + QStringLiteral("/missing/folder/review.pdf"), options);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("missing/folder/review.pdf")));
    }
};

QTEST_MAIN(TestCsiRegisterView)
#include "tst_csiregisterview.moc"
