#include "importrunner.h"

#include "importing/importer.h"
#include "store/store.h"
#include "threading/ownedthread.h"

#include <QPointer>
#include <QThread>

namespace ft {

ImportRunner::ImportRunner(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_zone(store.timeZone())
{
}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportRunner::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void ImportRunner::start(const QString &path, const importing::ImportOptions &given)
{
    if (m_thread)
        return;
    m_shared = std::make_shared<Shared>();
    const auto shared = m_shared;
    const Store &store = m_store;
    const QTimeZone zone = m_zone;
    QPointer<ImportRunner> self(this);
    importing::ImportOptions options = given;
    options.progress = [shared, self](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(done * 1000 / total) : 0;
        if (shared->lastPermille.exchange(permille) != permille) {
            QMetaObject::invokeMethod(self, [self, permille] { if (self) emit self->progressed(permille); },
                                      Qt::QueuedConnection);
        }
        return !shared->cancel;
    };
    m_thread = createOwnedThread(this, [shared, &store, zone, path, options] {
        // The worker's own connection: a connection belongs to the thread that opened it.
        ScopedConnection connection(store);
        if (!connection.isOpen()) {
            shared->error = connection.errorText();
            return;
        }
        auto result = importing::importFile(connection, zone, path, options);
        if (result) {
            shared->report = result.value();
            shared->ok = true;
        } else {
            shared->error = result.error().message;
            shared->cancelled = result.error().code == Error::Code::Cancelled;
        }
    });
    m_thread->setObjectName(QStringLiteral("importThread"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const auto result = m_shared;
        emit finished(result->ok, result->report, result->error, result->cancelled);
    });
    m_thread->start();
}

} // namespace ft
