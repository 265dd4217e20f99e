#pragma once

#include "domain/error.h"
#include "store/postgres/serveraddress.h"

#include <QSqlDatabase>
#include <atomic>
#include <memory>

// Inside the storage seam only: a connection to a team store on a PostgreSQL server (SPEC §6).
namespace ft::pgconnection {

// Opens `name` on the server through Qt's QPSQL driver. Parts the address leaves out are libpq's
// (PGHOST, PGUSER, PGPASSWORD, ~/.pgpass, pg_service.conf), so no password need be typed.
QSqlDatabase open(const QString &name, const ServerAddress &address);

// Says why a connection failed, without the password (libpq never repeats it; the address is shown
// by display()).
QString failure(const QSqlDatabase &db, const ServerAddress &address);

class ChangeCounter;

// Whether the connection still reaches the server (a query of nothing); when it does not, opens it
// again (same name, same address) and listens again. The error says the server is out of reach.
Result<void> ensureOpen(const QString &name, const ServerAddress &address, ChangeCounter *changes);

// Counts the changes other connections committed (LISTEN on pgschema::notifyChannel): what
// Store::dataVersion answers on a server. Listens again after a reconnect (subscribe() once more).
class ChangeCounter
{
public:
    bool subscribe(const QSqlDatabase &db);
    qint64 value() const { return m_count->load(); }
    // Whatever others wrote while the connection was down was not announced: count it as a change.
    void missedWhileAway() { ++*m_count; }

private:
    bool m_connected = false;   // to the driver's notification signal, once
    std::shared_ptr<std::atomic<qint64>> m_count = std::make_shared<std::atomic<qint64>>(0);
};

} // namespace ft::pgconnection
