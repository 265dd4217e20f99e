#include "rowcounter.h"

#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QThread>

namespace ft {

RowCounter::RowCounter(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

RowCounter::~RowCounter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_pending.reset();
        m_wake.wakeAll();
    }
    if (m_thread)
        m_thread->wait();
}

void RowCounter::request(int generation, const QString &statement, const QVariantList &values)
{
    QMutexLocker lock(&m_mutex);
    m_pending = Request{generation, statement, values};
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("rowCounter"));
        m_thread->start(QThread::LowPriority);
    }
    m_wake.wakeAll();
}

void RowCounter::run()
{
    // The connection belongs to this thread for its whole life (Qt's SQL connections must not cross threads).
    ScopedConnection connection(m_store);
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_pending)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            request = std::move(*m_pending);
            m_pending.reset();
        }
        if (!connection.isOpen()) {
            emit failed(request.generation, connection.errorText());
            continue;
        }
        QSqlQuery q(connection.database());
        q.setForwardOnly(true);
        if (auto ok = sql::exec(q, request.statement, request.values); !ok) {
            emit failed(request.generation, ok.error().message);
            continue;
        }
        emit counted(request.generation, q.next() ? q.value(0).toLongLong() : 0);
    }
}

} // namespace ft
