#pragma once

#include "csi/csiinitiative.h"
#include "domain/error.h"
#include "store/connection.h"

#include <QList>

namespace ft {

class Store;

// The CSI register: its rules (what makes an initiative valid) over the store's reads and writes
// (store/csirepository.h), on the store's own connection for the window or on a worker's.
class CsiRegister
{
public:
    explicit CsiRegister(const Store &store);
    explicit CsiRegister(Connection connection) : m_connection(std::move(connection)) {}

    Result<QList<CsiInitiative>> list() const;
    Result<CsiInitiative> load(qint64 id) const;
    // Returns the new id. Refuses an initiative without a title, KPI or start date.
    Result<qint64> add(const CsiInitiative &initiative);
    Result<void> update(const CsiInitiative &initiative);
    // Moves it to `status`; closing (Done / Dropped) records the outcome when one is given.
    Result<void> setStatus(qint64 id, CsiStatus status, const QString &outcome = {});
    Result<void> setBaseline(qint64 id, std::optional<double> baseline);
    Result<void> remove(qint64 id);

private:
    Connection m_connection;
};

// Refusals shared by add and update (empty when valid).
QString csiValidationProblem(const CsiInitiative &initiative);

} // namespace ft
