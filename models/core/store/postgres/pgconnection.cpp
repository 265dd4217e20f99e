#include "store/postgres/pgconnection.h"

#include "store/postgres/pgschema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace ft::pgconnection {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Store)
};

const QString driverName = QStringLiteral("QPSQL");

// libpq's options: the address's own, and how long to wait for a server that does not answer.
QString optionsWaiting(const ServerAddress &address, int seconds)
{
    return address.connectOptions() + QStringLiteral(";connect_timeout=%1").arg(seconds);
}

// What every session of a store sets, on the first connect and on each reconnect.
void startSession(const QSqlDatabase &db)
{
    // The stored times are UTC seconds; nothing here reads the session's zone, but messages and
    // logs on the server then agree with the store's.
    QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // A row another program holds in an open transaction (an import) is waited for as long as SQLite
    // waits for its lock, then refused with the server's message: a window never hangs on it.
    QSqlQuery(db).exec(QStringLiteral("SET lock_timeout = '5s'"));
}
} // namespace

QSqlDatabase open(const QString &name, const ServerAddress &address)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setDatabaseName(address.database);
    // A server that does not answer is said within seconds, not after the system's TCP timeout.
    db.setConnectOptions(optionsWaiting(address, 10));
    if (db.open())
        startSession(db);
    return db;
}

QString failure(const QSqlDatabase &db, const ServerAddress &address)
{
    if (!QSqlDatabase::isDriverAvailable(driverName))
        return Tr::tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).");
    QString why = db.lastError().databaseText().trimmed();
    if (why.isEmpty())
        why = db.lastError().text().trimmed();
    // libpq's message names host and user but never the password; keep it to its first lines.
    why = why.section(QLatin1Char('\n'), 0, 1);
    return Tr::tr("Cannot reach the team store %1: %2").arg(address.display(), why);
}

Result<void> ensureOpen(const QString &name, const ServerAddress &address, ChangeCounter *changes)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isOpen() && QSqlQuery(db).exec(QStringLiteral("SELECT 1")))
        return {};
    db.close();
    // The same settings as the first time (pgconnection::open made them), but a shorter wait: the
    // window asks from its own thread, and a host that drops packets would hold it for the whole
    // timeout (libpq's shortest is 2 s). A server that is down refuses at once.
    db.setConnectOptions(optionsWaiting(address, 2));
    if (!db.open())
        return Error::failed(failure(db, address));
    startSession(db);
    if (changes) {
        changes->subscribe(db);
        changes->missedWhileAway();
    }
    return {};
}

bool ChangeCounter::subscribe(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    const QString channel = QLatin1String(pgschema::notifyChannel);
    if (driver->subscribedToNotifications().contains(channel))
        return true;
    if (!driver->subscribeToNotification(channel))
        return false;
    // Our own writes are ours to show; only the others' count. The driver stays the same object
    // across a reconnect, so its signal is connected once.
    if (!m_connected) {
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [count = m_count](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                             if (source == QSqlDriver::OtherSource)
                                 ++*count;
                         });
        m_connected = true;
    }
    return true;
}

} // namespace ft::pgconnection
