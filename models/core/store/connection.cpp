#include "store/connection.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft {

struct StoreTransaction::Impl
{
    explicit Impl(const QSqlDatabase &db) : transaction(db) {}
    sql::Transaction transaction;
};

StoreTransaction::StoreTransaction(const Connection &connection)
    : d(std::make_unique<Impl>(databaseOf(connection)))
{
}

StoreTransaction::~StoreTransaction() = default;

bool StoreTransaction::isActive() const { return d->transaction.isActive(); }
const Error &StoreTransaction::beginError() const { return d->transaction.beginError(); }
Result<void> StoreTransaction::commit() { return d->transaction.commit(); }

} // namespace ft
