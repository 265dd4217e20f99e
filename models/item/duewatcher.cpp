#include "duewatcher.h"

#include "store/duequeries.h"
#include "store/store.h"

#include <QDateTime>
#include <QScopedValueRollback>
#include <QTimer>

namespace ft {

DueWatcher::DueWatcher(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("dueWatcherTimer"));
    connect(m_timer, &QTimer::timeout, this, &DueWatcher::check);
}

void DueWatcher::start(int intervalMs)
{
    m_checkedUpTo = m_clock();
    m_started = true;
    check();
    m_timer->start(intervalMs);
}

void DueWatcher::stop() { m_timer->stop(); }

bool DueWatcher::isActive() const { return m_timer->isActive(); }

void DueWatcher::check()
{
    // A slot of `fellDue` may refresh the window, which checks again: that inner check has nothing new.
    if (m_checking)
        return;
    const QScopedValueRollback guard(m_checking, true);
    const Timestamp now = m_clock();
    if (!m_started) {
        m_checkedUpTo = now;
        m_started = true;
    }
    auto overdue = ft::overdueCount(m_store.connection(), now);
    auto upcoming = overdue ? nextDue(m_store.connection(), now, UpcomingLimit) : Result<QList<FollowUp>>(overdue.error());
    auto fallen = upcoming ? promisesFallingDue(m_store.connection(), m_checkedUpTo, now, FallingDueLimit)
                           : Result<QList<FollowUp>>(upcoming.error());
    if (!fallen) {
        emit failed(fallen.error().message);
        return;
    }
    // A clock set back must not report the same window twice, nor shrink it forever.
    if (now > m_checkedUpTo)
        m_checkedUpTo = now;
    m_overdue = overdue.value();
    m_upcoming = upcoming.value();

    QList<FollowUp> fresh;
    for (const FollowUp &f : fallen.value()) {
        const QPair<FollowUpId, Timestamp> key(f.id, f.nextUpdateDue.value_or(0));
        if (!m_reported.contains(key)) {
            m_reported.insert(key);
            fresh.append(f);
        }
    }
    emit updated();
    if (!fresh.isEmpty())
        emit fellDue(fresh);
}

} // namespace ft
