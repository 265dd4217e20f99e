#pragma once

#include "domain/error.h"

#include <QString>

namespace ft {

// Where a team store lives on a PostgreSQL server (SPEC §6): what `--db` names when it is not a file.
//   postgresql://user[:password]@host[:port]/database[?service=…]   (also postgres://)
//   service=NAME                                                      a libpq service (pg_service.conf)
// Parts left out are libpq's to fill in (PGHOST, PGUSER, ~/.pgpass …), so a password need never be
// typed on a command line. The password is kept only here: display() never shows it.
struct ServerAddress
{
    QString host;          // empty: libpq's default (PGHOST or the local socket)
    int port = 0;          // 0: libpq's default (PGPORT or 5432)
    QString user;
    QString password;
    QString database;
    QString service;       // a libpq service name

    // The address with the password left out, for messages, titles and logs.
    QString display() const;
    // libpq's connection options for what the URL does not carry as host/port/user/database.
    QString connectOptions() const;
};

// True when `--db` names a server rather than a file.
bool isServerAddress(const QString &db);
Result<ServerAddress> parseServerAddress(const QString &db);

} // namespace ft
