#include "sampledataloader.h"

#include "demo/demogenerator.h"
#include "store/store.h"
#include "threading/ownedthread.h"

#include <QProgressDialog>
#include <QThread>

namespace ft {

SampleDataLoader::SampleDataLoader(const QString &storePath, int items, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_path(storePath)
    , m_items(items)
    , m_progress(new QProgressDialog(tr("Creating sample follow-ups…"), tr("Cancel"), 0, items, dialogParent))
    , m_shared(std::make_shared<Shared>())
{
    m_progress->setObjectName(QStringLiteral("sampleDataProgress"));
    m_progress->setWindowTitle(tr("Load sample data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
}

SampleDataLoader::~SampleDataLoader()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
    }
    delete m_progress;
}

void SampleDataLoader::start()
{
    const auto shared = m_shared;
    const QString path = m_path;
    const int items = m_items;
    QPointer<QProgressDialog> progress = m_progress;
    connect(m_progress, &QProgressDialog::canceled, this, [shared] { shared->cancel = true; });
    m_thread = createOwnedThread(this, [shared, path, items, progress] {
        // The worker's own store object: a connection belongs to the thread that opened it.
        auto store = Store::open(path, Store::Options{false});
        if (!store) {
            shared->error = store.error();
            return;
        }
        DemoOptions options;
        options.items = items;
        const auto report = [shared, progress, items](qint64 done, qint64 total) {
            if (done % 250 == 0 || done == total) {
                const int value = int(std::min<qint64>(done * items / std::max<qint64>(total, 1), items));
                QMetaObject::invokeMethod(progress, [progress, value] { if (progress) progress->setValue(value); },
                                          Qt::QueuedConnection);
            }
            return !shared->cancel;
        };
        auto generated = generateDemo(*store.value(), options, report);
        shared->ok = generated.ok();
        if (!generated)
            shared->error = generated.error();
    });
    m_thread->setObjectName(QStringLiteral("sampleDataThread"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress)
            m_progress->hide();
        const bool cancelled = m_shared->cancel || m_shared->error.code == Error::Code::Cancelled;
        emit finished(m_shared->ok, m_shared->ok ? QString() : cancelled ? tr("Loading sample data was cancelled; nothing was added.")
                                                                         : m_shared->error.message);
    });
    m_progress->show();
    m_thread->start();
}

} // namespace ft
