#pragma once

#include "report/reportdata.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPagedPaintDevice;
class QProgressDialog;
class QWidget;

namespace ft {

class BackgroundTask;
class Store;

// File → Print preview / Print / Export PDF. The figures are gathered by a BackgroundTask (its own
// connection) while a progress dialog with Cancel keeps the window alive; the pages are painted
// on the GUI thread, page by page, with the progress shown. Destroying the controller cancels the
// gathering and waits for it.
class ReportController : public QObject
{
    Q_OBJECT
public:
    ReportController(Store &store, QWidget *window);
    ~ReportController() override;

    QAction *printPreviewAction() const { return m_previewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *exportPdfAction() const { return m_pdfAction; }

    void printPreview();
    void print();
    void exportPdf();
    // Without dialogs, for scripted use and tests: emits finished when written or failed.
    void exportPdfTo(const QString &file, const ReportOptions &options);
    bool isBusy() const { return m_busy; }
    // Stops the report being prepared: nothing is written or shown, and finished(false, …) says so.
    void cancel();

signals:
    void finished(bool ok, const QString &message);

private:
    enum class Target { Preview, Printer, Pdf };
    bool chooseOptions(ReportOptions &options);
    void start(Target target, const ReportOptions &options, const QString &file);
    void deliver(Target target, const ReportOptions &options, const QString &file, const ReportData &data);
    bool paintWithProgress(const ReportData &data, QPagedPaintDevice &device);

    Store &m_store;
    QWidget *m_window;
    QAction *m_previewAction;
    QAction *m_printAction;
    QAction *m_pdfAction;
    BackgroundTask *m_task;
    bool m_busy = false;
    bool m_cancelled = false;
    QPointer<QProgressDialog> m_progress;
    ReportOptions m_lastOptions;
};

} // namespace ft
