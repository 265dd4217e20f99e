#pragma once

#include "csi/csiinitiative.h"
#include "domain/error.h"

#include <QList>

namespace ft {

class Store;

// The CSI register for the window: the same reads and writes as CsiRepository, on the store's
// own connection, without handing SQL types to the views.
class CsiRegister
{
public:
    explicit CsiRegister(Store &store) : m_store(store) {}

    Result<QList<CsiInitiative>> list() const;
    Result<qint64> add(const CsiInitiative &initiative);
    Result<void> update(const CsiInitiative &initiative);
    Result<void> setStatus(qint64 id, CsiStatus status, const QString &outcome = {});
    Result<void> setBaseline(qint64 id, std::optional<double> baseline);
    Result<void> remove(qint64 id);

private:
    Store &m_store;
};

} // namespace ft
