#pragma once

#include "kpi/kpiengine.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace ft {

class Store;

// Computes KPI tables on worker threads, each with its own connection, so the window never
// waits. A new request cancels the one before it; only the newest answer is delivered.
class KpiWorker : public QObject
{
    Q_OBJECT
public:
    explicit KpiWorker(const Store &store, QObject *parent = nullptr);
    ~KpiWorker() override;   // cancels and waits for running computations

    // Starts computing; returns the generation that finished() / failed() will carry.
    quint64 request(const KpiRequest &request);
    bool isBusy() const { return m_running > 0; }
    quint64 generation() const { return m_generation; }

signals:
    void finished(quint64 generation, const ft::KpiTable &table);
    void failed(quint64 generation, const QString &message);

private:
    const Store &m_store;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancelCurrent;
    QList<QThread *> m_threads;
};

} // namespace ft
