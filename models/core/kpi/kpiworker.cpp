#include "kpi/kpiworker.h"

#include "store/store.h"
#include "threading/ownedthread.h"

namespace ft {

KpiWorker::KpiWorker(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

KpiWorker::~KpiWorker()
{
    if (m_cancelCurrent)
        m_cancelCurrent->store(true);
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

quint64 KpiWorker::request(const KpiRequest &request)
{
    if (m_cancelCurrent)
        m_cancelCurrent->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelCurrent = cancel;
    const quint64 generation = ++m_generation;
    ++m_running;
    QThread *thread = createOwnedThread(this, [this, request, cancel, generation] {
        Result<KpiTable> result = computeKpis(m_store, request, cancel.get());
        // Delivered on this object's thread; dropped if the object is gone or a newer one started.
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = std::move(result)] {
                if (generation != m_generation)
                    return;
                if (result)
                    emit finished(generation, result.value());
                else if (result.error().code != Error::Code::Cancelled)
                    emit failed(generation, result.error().message);
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        --m_running;
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
    return generation;
}

} // namespace ft
