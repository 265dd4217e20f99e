#include "storewatch.h"

#include "store/store.h"

#include <QTimer>

namespace ft {

StoreWatch::StoreWatch(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_refreshTimer(new QTimer(this))
    , m_storeWatch(new QTimer(this))
{
    setObjectName(QStringLiteral("storeWatch"));
    m_refreshTimer->setObjectName(QStringLiteral("refreshTimer"));
    m_refreshTimer->setInterval(RefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &StoreWatch::minutePassed);
    m_refreshTimer->start();
    markSeen();
    m_storeWatch->setObjectName(QStringLiteral("storeWatchTimer"));
    m_storeWatch->setInterval(StoreWatchMs);
    connect(m_storeWatch, &QTimer::timeout, this, &StoreWatch::check);
    m_storeWatch->start();
}

void StoreWatch::markSeen() { m_dataVersion = m_store.dataVersion(); }

bool StoreWatch::check()
{
    // A server that went away is said, and tried again every fifth look (10 s): a host that drops
    // packets makes each try wait up to 2 s, which the window should not pay every 2 s.
    if (m_lost && ++m_looksSinceLost % 5 != 0)
        return false;
    if (auto reached = m_store.ensureConnected(); !reached) {
        if (!m_lost)
            emit connectionLost(reached.error().message);
        m_lost = true;
        return false;
    }
    if (m_lost) {
        m_lost = false;
        m_looksSinceLost = 0;
        emit connectionRestored();
    }
    const qint64 version = m_store.dataVersion();
    if (version == m_dataVersion)
        return false;
    emit changedElsewhere();
    return true;
}

} // namespace ft
