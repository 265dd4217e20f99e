#include "rowcounter.h"

#include "store/store.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <optional>

namespace ft {

struct RowCounter::Queue
{
    struct Request
    {
        int generation = 0;
        Counting counting;
    };
    QMutex mutex;
    QWaitCondition wake;
    std::optional<Request> pending;
    bool stopping = false;
};

RowCounter::RowCounter(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_queue(std::make_shared<Queue>())
{
    m_task.setObjectName(QStringLiteral("rowCounterTask"));
}

RowCounter::~RowCounter()
{
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->stopping = true;
        m_queue->pending.reset();
        m_queue->wake.wakeAll();
    }
    // The worker emits this object's signals: it ends before anything of this object goes.
    m_task.cancel();
    m_task.waitForIdle();
}

void RowCounter::request(int generation, Counting counting)
{
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->pending = Queue::Request{generation, std::move(counting)};
        m_queue->wake.wakeAll();
    }
    if (!m_task.isRunning())
        m_task.start([this](TaskControl &control) {
            work(control);
            return true;
        }, [](bool) {});
}

void RowCounter::work(TaskControl &control)
{
    // Behind the window's painting, as the counter's own thread was before it ran on a BackgroundTask.
    QThread::currentThread()->setPriority(QThread::LowPriority);
    // The connection belongs to this thread for its whole life (Qt's SQL connections must not cross threads).
    const ScopedConnection connection(m_store);
    for (;;) {
        Queue::Request request;
        {
            QMutexLocker lock(&m_queue->mutex);
            while (!m_queue->stopping && !m_queue->pending && !control.isCancelled())
                m_queue->wake.wait(&m_queue->mutex);
            if (m_queue->stopping || control.isCancelled())
                return;
            request = std::move(*m_queue->pending);
            m_queue->pending.reset();
        }
        if (!connection.isOpen()) {
            emit failed(request.generation, connection.errorText());
            continue;
        }
        auto rows = request.counting(connection.connection());
        {
            // A newer request came in meanwhile: this count is for a filter already replaced.
            QMutexLocker lock(&m_queue->mutex);
            if (m_queue->pending)
                continue;
        }
        if (rows)
            emit counted(request.generation, rows.value());
        else
            emit failed(request.generation, rows.error().message);
    }
}

} // namespace ft
