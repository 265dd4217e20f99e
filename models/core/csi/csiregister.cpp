#include "csi/csiregister.h"

#include "csi/csirepository.h"
#include "store/store.h"

namespace ft {

Result<QList<CsiInitiative>> CsiRegister::list() const { return CsiRepository(m_store.database()).list(); }
Result<qint64> CsiRegister::add(const CsiInitiative &initiative) { return CsiRepository(m_store.database()).add(initiative); }
Result<void> CsiRegister::update(const CsiInitiative &initiative) { return CsiRepository(m_store.database()).update(initiative); }
Result<void> CsiRegister::setStatus(qint64 id, CsiStatus status, const QString &outcome)
{
    return CsiRepository(m_store.database()).setStatus(id, status, outcome);
}
Result<void> CsiRegister::setBaseline(qint64 id, std::optional<double> baseline)
{
    return CsiRepository(m_store.database()).setBaseline(id, baseline);
}
Result<void> CsiRegister::remove(qint64 id) { return CsiRepository(m_store.database()).remove(id); }

} // namespace ft
