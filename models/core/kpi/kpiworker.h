#pragma once

#include "kpi/kpiengine.h"
#include "threading/backgroundtask.h"

#include <QObject>

namespace ft {

class Store;

// Computes KPI tables in the background, each on its own connection, so the window never waits.
// A new request cancels the one before it; only the newest answer is delivered.
class KpiWorker : public QObject
{
    Q_OBJECT
public:
    explicit KpiWorker(const Store &store, QObject *parent = nullptr);

    // Starts computing; returns the generation that finished() / failed() will carry.
    quint64 request(const KpiRequest &request);
    bool isBusy() const { return m_task.isRunning(); }
    quint64 generation() const { return m_generation; }

signals:
    void finished(quint64 generation, const ft::KpiTable &table);
    void failed(quint64 generation, const QString &message);

private:
    const Store &m_store;
    quint64 m_generation = 0;
    BackgroundTask m_task;   // last member: destroyed (cancelled and waited for) first
};

} // namespace ft
