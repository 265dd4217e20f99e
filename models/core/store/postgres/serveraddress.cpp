#include "store/postgres/serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ServerAddress)
};

bool hasScheme(const QString &db)
{
    return db.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || db.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}
} // namespace

bool isServerAddress(const QString &db)
{
    return hasScheme(db) || db.startsWith(QLatin1String("service="));
}

Result<ServerAddress> parseServerAddress(const QString &db)
{
    ServerAddress address;
    if (db.startsWith(QLatin1String("service="))) {
        address.service = db.mid(int(qstrlen("service=")));
        if (address.service.isEmpty() || address.service.contains(QLatin1Char(' ')))
            return Error::badInput(Tr::tr("“%1” names no PostgreSQL service: write service=NAME.").arg(db));
        return address;
    }
    if (!hasScheme(db))
        return Error::badInput(Tr::tr("“%1” is not a PostgreSQL address (postgresql://user@host/database).").arg(db));
    const QUrl url(db, QUrl::StrictMode);
    // Never repeat what was typed: it may hold a password.
    if (!url.isValid())
        return Error::badInput(Tr::tr("The PostgreSQL address is not valid: %1").arg(url.errorString().section(QLatin1Char(';'), 0, 0)));
    address.host = url.host();
    address.port = url.port(0);
    if (url.port(0) < 0 || url.port(0) > 65535)
        return Error::badInput(Tr::tr("The PostgreSQL address names port %1, which does not exist.").arg(url.port()));
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return Error::badInput(Tr::tr("The PostgreSQL address %1 names no database: add /DATABASE after the host.")
                                   .arg(address.display()));
    const QUrlQuery query(url);
    address.service = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    for (const auto &item : query.queryItems()) {
        if (item.first != QLatin1String("service"))
            return Error::badInput(Tr::tr("The PostgreSQL address %1 has an option FollowThrough does not know: %2.")
                                       .arg(address.display(), item.first));
    }
    return address;
}

QString ServerAddress::display() const
{
    if (host.isEmpty() && database.isEmpty() && !service.isEmpty())
        return QStringLiteral("service=") + service;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    if (port)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!service.isEmpty())
        url.setQuery(QStringLiteral("service=") + service);
    return url.toString();
}

QString ServerAddress::connectOptions() const
{
    // The QPSQL driver passes these on to libpq; the application name shows in pg_stat_activity.
    QString options = QStringLiteral("application_name=followthrough");
    if (!service.isEmpty())
        options += QStringLiteral(";service=") + service;
    return options;
}

} // namespace ft
