#pragma once

#include <QObject>

class QTimer;

namespace ft {

class Store;

// The window's two clocks on the store: a minute's tick (what is overdue or due today changes with
// time alone) and a look every few seconds at whether another window or program wrote to it
// (PRAGMA data_version through Store::dataVersion: a read of the shared header, no query of the data).
class StoreWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 60 * 1000;
    static constexpr int StoreWatchMs = 2000;

    StoreWatch(const Store &store, QObject *parent);

    // Everything written until now has been read: no changedElsewhere for it.
    void markSeen();
    // Emits changedElsewhere and returns true when the store changed since markSeen.
    bool check();

signals:
    void minutePassed();
    void changedElsewhere();
    // A team store on a server (SPEC §6) stopped answering; the watch tries again at each look.
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    const Store &m_store;
    QTimer *m_refreshTimer;
    QTimer *m_storeWatch;
    qint64 m_dataVersion = -1;
    bool m_lost = false;
    int m_looksSinceLost = 0;
};

} // namespace ft
