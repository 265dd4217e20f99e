#pragma once

#include "domain/error.h"
#include "store/connection.h"
#include "threading/backgroundtask.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ft {

class Store;

// Counts rows off the GUI thread, on a connection of its own, so that the list paints its first page at
// once and learns its length afterwards (a COUNT(*) over a filtered million follow-ups takes most of
// a second). One count runs at a time, and only the newest request matters: one asked while another
// runs replaces any still waiting, and the running one's count is dropped.
//
// The worker is one long job of a BackgroundTask, started with the first request, that keeps its
// connection for the counter's life: a fresh connection per count would read the schema and the
// search index's pages cold every time, which costs more than counting a search's matches.
class RowCounter : public QObject
{
    Q_OBJECT
public:
    // How to count, on the worker's connection: a read from the store (store/*queries.h).
    using Counting = std::function<Result<qint64>(const Connection &)>;

    explicit RowCounter(const Store &store, QObject *parent = nullptr);
    ~RowCounter() override;

    void request(int generation, Counting counting);

signals:
    // Emitted from the worker; connect with the default (queued) connection.
    void counted(int generation, qint64 rows);
    void failed(int generation, const QString &message);

private:
    struct Queue;
    void work(TaskControl &control);

    const Store &m_store;
    std::shared_ptr<Queue> m_queue;
    BackgroundTask m_task;
};

} // namespace ft
