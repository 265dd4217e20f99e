#include "report/reportcontroller.h"

#include "report/reportgatherer.h"
#include "report/reportoptionsdialog.h"
#include "report/reportrenderer.h"
#include "store/safeoutput.h"
#include "store/store.h"
#include "threading/backgroundtask.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QProgressDialog>
#include <QStandardPaths>
#include <optional>

namespace ft {

ReportController::ReportController(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_previewAction(new QAction(tr("Print pre&view of the review…"), this))
    , m_printAction(new QAction(tr("&Print the review…"), this))
    , m_pdfAction(new QAction(tr("E&xport the review as PDF…"), this))
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("reportController"));
    m_previewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_pdfAction->setObjectName(QStringLiteral("actionExportPdf"));
    const QString tip = tr("The CSI review pack: summary, plain-words changes, charts, register, checklists");
    for (QAction *a : {m_previewAction, m_printAction, m_pdfAction})
        a->setStatusTip(tip);
    connect(m_previewAction, &QAction::triggered, this, &ReportController::printPreview);
    connect(m_printAction, &QAction::triggered, this, &ReportController::print);
    connect(m_pdfAction, &QAction::triggered, this, &ReportController::exportPdf);
}

ReportController::~ReportController()
{
    delete m_task;   // cancels the gathering and waits for it while the store is still there
}

void ReportController::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    // The gathering stops at its next check and still reports back, so that the actions come back.
    m_task->requestStop();
    if (m_progress)
        m_progress->cancel();
}

bool ReportController::chooseOptions(ReportOptions &options)
{
    ReportOptionsDialog dialog(QDate::currentDate(), m_window);
    if (m_lastOptions.to)
        dialog.setOptions(m_lastOptions);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options = dialog.options();
    m_lastOptions = options;
    return true;
}

void ReportController::printPreview()
{
    ReportOptions options;
    if (chooseOptions(options))
        start(Target::Preview, options, {});
}

void ReportController::print()
{
    ReportOptions options;
    if (chooseOptions(options))
        start(Target::Printer, options, {});
}

void ReportController::exportPdf()
{
    ReportOptions options;
    if (!chooseOptions(options))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export the review as PDF"),
                                                      folder + QLatin1Char('/')
                                                          //: default file name of the review PDF
                                                          + tr("csi-review.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        start(Target::Pdf, options, file);
}

void ReportController::exportPdfTo(const QString &file, const ReportOptions &options) { start(Target::Pdf, options, file); }

void ReportController::start(Target target, const ReportOptions &options, const QString &file)
{
    if (m_busy) {
        emit finished(false, tr("A report is already being prepared."));
        return;
    }
    m_busy = true;
    m_cancelled = false;
    for (QAction *a : {m_previewAction, m_printAction, m_pdfAction})
        a->setEnabled(false);

    m_progress = new QProgressDialog(tr("Gathering the figures…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setWindowTitle(tr("Review report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportController::cancel);

    const Store *store = &m_store;
    m_task->start(
        [store, options](TaskControl &control) {
            return gatherReport(*store, options, QDate::currentDate(), control.cancelFlag());
        },
        [this, target, options, file](const Result<ReportData> &result) {
            m_busy = false;
            auto restore = [this] {
                for (QAction *a : {m_previewAction, m_printAction, m_pdfAction})
                    a->setEnabled(true);
                if (m_progress)
                    m_progress->deleteLater();
            };
            if (m_cancelled || !result) {
                // Cancelled wins over figures that were complete a moment before the request.
                const bool cancelled = m_cancelled || result.error().code == Error::Code::Cancelled;
                const QString message = result ? tr("The report was cancelled.") : result.error().message;
                restore();
                if (!cancelled && file.isEmpty())
                    QMessageBox::warning(m_window, tr("Review report"), message);
                emit finished(false, message);
                return;
            }
            deliver(target, options, file, result.value());
            restore();
        });
}

bool ReportController::paintWithProgress(const ReportData &data, QPagedPaintDevice &device)
{
    const ReportLayout layout = layoutReport(data, device, ReportFonts::standard());
    if (m_progress) {
        m_progress->setLabelText(tr("Drawing the pages…"));
        m_progress->setRange(0, int(layout.pages.size()));
    }
    return paintReport(data, layout, device, [this](int page, int) {
        if (!m_progress)
            return true;
        m_progress->setValue(page);
        // Painting runs on the GUI thread: let the window breathe between pages.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !m_progress->wasCanceled();
    });
}

void ReportController::deliver(Target target, const ReportOptions &options, const QString &file, const ReportData &data)
{
    switch (target) {
    case Target::Pdf: {
        // Complete or not at all, owner-only, never over the store (SPEC §3 "Files written").
        auto written = output::write(file, output::Rules{{QStringLiteral("pdf")}, m_store.path()},
                                     [&](QIODevice &device, QString &why) {
            QPdfWriter writer(&device);
            writer.setTitle(tr("CSI review %1").arg(data.periodName));
            writer.setCreator(QStringLiteral("FollowThrough"));
            setUpReportPage(writer, options.paper);
            if (paintWithProgress(data, writer))
                return true;
            if (m_progress && m_progress->wasCanceled())
                why = tr("cancelled");
            return false;
        });
        const bool cancelled = m_progress && m_progress->wasCanceled();
        const QString message = written ? tr("Wrote the review to %1.").arg(*written) : written.error().message;
        if (!written && m_window->isVisible() && !cancelled)
            QMessageBox::warning(m_window, tr("Review report"), message);
        emit finished(bool(written), message);
        return;
    }
    case Target::Printer: {
        QPrinter printer(QPrinter::HighResolution);
        setUpReportPage(printer, options.paper);
        QPrintDialog dialog(&printer, m_window);
        dialog.setObjectName(QStringLiteral("reportPrintDialog"));
        if (dialog.exec() != QDialog::Accepted) {
            emit finished(false, tr("Printing was cancelled."));
            return;
        }
        const bool ok = paintWithProgress(data, printer);
        emit finished(ok, ok ? tr("Sent the review to the printer.") : tr("Printing failed or was cancelled."));
        return;
    }
    case Target::Preview: {
        // Gone, not hidden: a progress dialog hidden before its minimum duration shows itself
        // again when that timer fires, and then sat on top of the preview until it was closed.
        delete m_progress;
        QPrinter printer(QPrinter::HighResolution);
        setUpReportPage(printer, options.paper);
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
        dialog.setWindowTitle(tr("Review report: %1").arg(data.periodName));
        // As tall as a page would like, but never taller than the screen (768 and 900 pixel laptops).
        const QSize room = m_window->screen() ? m_window->screen()->availableGeometry().size() * 0.92 : QSize(900, 700);
        dialog.resize(QSize(900, 1000).boundedTo(room));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&data](QPrinter *p) { paintReport(data, *p); });
        dialog.exec();
        emit finished(true, {});
        return;
    }
    }
}

} // namespace ft
