#include "kpi/kpiworker.h"

#include "store/store.h"

namespace ft {

KpiWorker::KpiWorker(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

quint64 KpiWorker::request(const KpiRequest &request)
{
    const quint64 generation = ++m_generation;
    const Store *store = &m_store;
    m_task.start([store, request](TaskControl &control) { return computeKpis(*store, request, control.cancelFlag()); },
                 [this, generation](const Result<KpiTable> &result) {
                     if (result)
                         emit finished(generation, result.value());
                     else if (result.error().code != Error::Code::Cancelled)
                         emit failed(generation, result.error().message);
                 });
    return generation;
}

} // namespace ft
