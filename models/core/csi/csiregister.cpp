#include "csi/csiregister.h"

#include "store/csirepository.h"
#include "store/store.h"

#include <QCoreApplication>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::CsiRepository)
};
} // namespace

QString csiValidationProblem(const CsiInitiative &c)
{
    if (c.title.trimmed().isEmpty())
        return Tr::tr("An improvement initiative needs a title.");
    if (c.kpiKey.trimmed().isEmpty())
        return Tr::tr("Improvement initiative “%1” needs the KPI it aims to move.").arg(c.title);
    if (!c.startDate.isValid())
        return Tr::tr("Improvement initiative “%1” needs a start date.").arg(c.title);
    if (c.reviewDate && c.reviewDate->isValid() && *c.reviewDate < c.startDate)
        return Tr::tr("Improvement initiative “%1”: the review date %2 is before the start date %3.")
            .arg(c.title, c.reviewDate->toString(Qt::ISODate), c.startDate.toString(Qt::ISODate));
    return {};
}

CsiRegister::CsiRegister(const Store &store) : m_connection(store.connection()) {}

Result<QList<CsiInitiative>> CsiRegister::list() const { return CsiRepository(m_connection).list(); }
Result<CsiInitiative> CsiRegister::load(qint64 id) const { return CsiRepository(m_connection).load(id); }

Result<qint64> CsiRegister::add(const CsiInitiative &initiative)
{
    if (const QString problem = csiValidationProblem(initiative); !problem.isEmpty())
        return Error::badInput(problem);
    return CsiRepository(m_connection).add(initiative);
}

Result<void> CsiRegister::update(const CsiInitiative &initiative)
{
    if (const QString problem = csiValidationProblem(initiative); !problem.isEmpty())
        return Error::badInput(problem);
    return CsiRepository(m_connection).update(initiative);
}

Result<void> CsiRegister::setStatus(qint64 id, CsiStatus status, const QString &outcome)
{
    return CsiRepository(m_connection).setStatus(id, status, outcome);
}

Result<void> CsiRegister::setBaseline(qint64 id, std::optional<double> baseline)
{
    return CsiRepository(m_connection).setBaseline(id, baseline);
}

Result<void> CsiRegister::remove(qint64 id) { return CsiRepository(m_connection).remove(id); }

} // namespace ft
