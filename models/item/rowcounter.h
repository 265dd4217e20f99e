#pragma once

#include <QMutex>
#include <QObject>
#include <QVariantList>
#include <QWaitCondition>
#include <memory>
#include <optional>

class QThread;

namespace ft {

class Store;

// Counts rows off the GUI thread, on a connection of its own, so that the list paints its first page at
// once and learns its length afterwards (a COUNT(*) over a filtered million follow-ups takes most of
// a second). Only the newest request matters: one asked while another runs replaces any still waiting.
// The thread starts with the first request and is joined by the destructor.
class RowCounter : public QObject
{
    Q_OBJECT
public:
    explicit RowCounter(const Store &store, QObject *parent = nullptr);
    ~RowCounter() override;

    // `statement` is "SELECT count(*) …" built from our own constants, `values` its bound values.
    void request(int generation, const QString &statement, const QVariantList &values);

signals:
    // Emitted from the worker thread; connect with the default (queued) connection.
    void counted(int generation, qint64 rows);
    void failed(int generation, const QString &message);

private:
    struct Request
    {
        int generation = 0;
        QString statement;
        QVariantList values;
    };
    void run();

    const Store &m_store;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<Request> m_pending;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ft
