#pragma once

#include "domain/followup.h"

#include <QObject>
#include <QSet>
#include <functional>

class QTimer;

namespace ft {

class Store;

// Watches the promised updates while the app runs: on every check it counts what is overdue,
// reads the next few due, and reports each promise that fell due since the previous check, once.
// A promise is its follow-up and due time: promising again (a new time) is a new promise.
// Promises already overdue when watching starts are not reported; the badge counts them.
class DueWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 30 * 1000;
    static constexpr int UpcomingLimit = 5;
    // More than this many falling due at once (an import, a long sleep) are reported as a number.
    static constexpr int FallingDueLimit = 50;

    explicit DueWatcher(const Store &store, QObject *parent = nullptr);

    void setClock(std::function<Timestamp()> clock) { m_clock = std::move(clock); }
    // Starts from the clock's now, checks once, then every `intervalMs`.
    void start(int intervalMs = DefaultIntervalMs);
    void stop();
    bool isActive() const;
    // Checks now (also called after the lead's own changes, so the badge follows at once).
    void check();

    qint64 overdueCount() const { return m_overdue; }
    QList<FollowUp> upcoming() const { return m_upcoming; }

signals:
    // Newly due promises, soonest first; each promise appears in one emission only.
    void fellDue(const QList<ft::FollowUp> &items);
    // After every successful check: the count and the upcoming list may have changed.
    void updated();
    void failed(const QString &message);

private:
    const Store &m_store;
    std::function<Timestamp()> m_clock;
    QTimer *m_timer;
    Timestamp m_checkedUpTo = 0;
    bool m_started = false;
    bool m_checking = false;
    qint64 m_overdue = 0;
    QList<FollowUp> m_upcoming;
    QSet<QPair<FollowUpId, Timestamp>> m_reported;
};

} // namespace ft
