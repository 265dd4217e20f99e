#pragma once

#include "domain/error.h"
#include "store/connection.h"
#include "threading/backgroundtask.h"

#include <QObject>
#include <functional>
#include <optional>

namespace ft {

class Store;

// Counts rows off the GUI thread, on a connection of its own, so that the list paints its first page at
// once and learns its length afterwards (a COUNT(*) over a filtered million follow-ups takes most of
// a second). One count runs at a time, and only the newest request matters: one asked while another
// runs replaces any still waiting, and the running one's result is dropped.
class RowCounter : public QObject
{
    Q_OBJECT
public:
    // How to count, on the connection the worker opens: a read from the store (store/*queries.h).
    using Counting = std::function<Result<qint64>(const Connection &)>;

    explicit RowCounter(const Store &store, QObject *parent = nullptr);
    ~RowCounter() override;

    void request(int generation, Counting counting);

signals:
    // Delivered on the counter's thread, for the newest request only.
    void counted(int generation, qint64 rows);
    void failed(int generation, const QString &message);

private:
    struct Request
    {
        int generation = 0;
        Counting counting;
    };
    void startPending();

    const Store &m_store;
    std::optional<Request> m_pending;
    BackgroundTask m_task;
};

} // namespace ft
