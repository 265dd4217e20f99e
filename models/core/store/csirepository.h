#pragma once

#include "csi/csiinitiative.h"
#include "domain/error.h"

#include "store/connection.h"

#include <QList>

namespace ft {

// The CSI register in the store. Every write is one transaction; nothing here shows anything.
// Reads order by start date, then id, so the register and the chart markers agree. What makes an
// initiative valid is the register's rule (csi/csiregister.h), checked before it comes here.
class CsiRepository
{
public:
    explicit CsiRepository(Connection connection) : m_connection(std::move(connection)) {}

    Result<QList<CsiInitiative>> list() const;
    Result<QList<CsiInitiative>> listForKpi(const QString &kpiKey) const;
    Result<CsiInitiative> load(qint64 id) const;

    // Returns the new id.
    Result<qint64> add(const CsiInitiative &initiative);
    Result<void> update(const CsiInitiative &initiative);
    // Moves it to `status`; closing (Done / Dropped) records the outcome when one is given.
    Result<void> setStatus(qint64 id, CsiStatus status, const QString &outcome = {});
    Result<void> setBaseline(qint64 id, std::optional<double> baseline);
    Result<void> remove(qint64 id);

private:
    Result<QList<CsiInitiative>> select(const QString &where, const QVariantList &values) const;

    Connection m_connection;
};

} // namespace ft
