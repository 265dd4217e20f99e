#include "rowcounter.h"

#include "store/store.h"

namespace ft {

RowCounter::RowCounter(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_task.setObjectName(QStringLiteral("rowCounterTask"));
    // The waiting request starts once the count before it has ended (cancelled or delivered).
    connect(&m_task, &BackgroundTask::runningChanged, this, [this](bool running) {
        if (!running)
            startPending();
    });
}

// m_task (the last member) cancels and waits first: no count outlives the counter.
RowCounter::~RowCounter() = default;

void RowCounter::request(int generation, Counting counting)
{
    m_pending = Request{generation, std::move(counting)};
    if (m_task.isRunning())
        m_task.cancel();   // its result is for an older request: dropped; the new one follows when it ends
    else
        startPending();
}

void RowCounter::startPending()
{
    if (!m_pending)
        return;
    Request request = std::move(*m_pending);
    m_pending.reset();
    const int generation = request.generation;
    m_task.start(
        [&store = m_store, counting = std::move(request.counting)](TaskControl &) -> Result<qint64> {
            // A connection of the worker's own (Qt's SQL connections must not cross threads).
            const ScopedConnection connection(store);
            if (!connection.isOpen())
                return Error::failed(connection.errorText());
            return counting(connection.connection());
        },
        [this, generation](Result<qint64> rows) {
            if (rows)
                emit counted(generation, rows.value());
            else
                emit failed(generation, rows.error().message);
        });
}

} // namespace ft
