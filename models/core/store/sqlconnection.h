#pragma once

#include "store/connection.h"
#include "store/engine.h"

#include <QSqlDatabase>

// Inside the storage seam only: a Connection as the driver's database handle. Nothing outside
// models/core/store/ includes this header (scripts/check-seam).
namespace ft {

inline QSqlDatabase databaseOf(const Connection &connection)
{
    return QSqlDatabase::database(connection.name(), false);
}

inline Connection connectionOf(const QSqlDatabase &db)
{
    return Connection(db.connectionName());
}

inline Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::PostgreSQL : Engine::SQLite;
}

inline Engine engineOf(const Connection &connection)
{
    return engineOf(databaseOf(connection));
}

} // namespace ft
