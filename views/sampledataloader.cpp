#include "sampledataloader.h"

#include "demo/demogenerator.h"
#include "store/store.h"

#include <QProgressDialog>

namespace ft {

SampleDataLoader::SampleDataLoader(const QString &storePath, int items, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_path(storePath)
    , m_items(items)
    , m_progress(new QProgressDialog(tr("Creating sample follow-ups…"), tr("Cancel"), 0, 1000, dialogParent))
    , m_task(new BackgroundTask(this))
{
    m_progress->setObjectName(QStringLiteral("sampleDataProgress"));
    m_progress->setWindowTitle(tr("Load sample data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_task, &BackgroundTask::progressed, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_task->cancel();
    });
    // A cancelled job delivers nothing: it is over when the task stops running.
    connect(m_task, &BackgroundTask::runningChanged, this, [this](bool running) {
        if (!running && m_cancelled)
            end(false, tr("Loading sample data was cancelled; nothing was added."));
    });
}

SampleDataLoader::~SampleDataLoader()
{
    delete m_task;   // cancels and waits before the dialog it reports to goes
    delete m_progress;
}

void SampleDataLoader::start()
{
    const QString path = m_path;
    const int items = m_items;
    m_task->start(
        [path, items](TaskControl &control) -> std::optional<Error> {
            // The worker's own store object: a connection belongs to the thread that opened it.
            auto store = Store::open(path, Store::Options{false});
            if (!store)
                return store.error();
            DemoOptions options;
            options.items = items;
            auto generated = generateDemo(*store.value(), options,
                                          [&control](qint64 done, qint64 total) { return control.progress(done, total); });
            return generated ? std::nullopt : std::optional<Error>(generated.error());
        },
        [this](const std::optional<Error> &error) {
            if (!error)
                end(true, QString());
            else
                end(false, error->code == Error::Code::Cancelled
                               ? tr("Loading sample data was cancelled; nothing was added.")
                               : error->message);
        });
    m_progress->show();
}

void SampleDataLoader::end(bool ok, const QString &message)
{
    if (m_progress)
        m_progress->hide();
    emit finished(ok, message);
}

} // namespace ft
