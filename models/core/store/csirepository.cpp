#include "store/csirepository.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::CsiRepository)
};

const QString selectColumns = QStringLiteral(
    "SELECT id, title, kpi, baseline, target, owner, status, start_date, review_date, outcome FROM csi_initiative ");
const QString orderBy = QStringLiteral(" ORDER BY start_date, id");

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}
std::optional<double> realOf(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()); }

QVariant dateText(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

CsiInitiative fromQuery(const QSqlQuery &q)
{
    CsiInitiative c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.kpiKey = q.value(2).toString();
    c.baseline = realOf(q.value(3));
    c.target = realOf(q.value(4));
    c.owner = q.value(5).toString();
    c.status = static_cast<CsiStatus>(qBound(0, q.value(6).toInt(), CsiStatusCount - 1));
    c.startDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    if (!q.value(8).isNull())
        c.reviewDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    c.outcome = q.value(9).toString();
    return c;
}

qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

// One statement in its own transaction; NotFound when it touched no row.
Result<void> writeOne(const QSqlDatabase &db, const QString &statement, const QVariantList &values, qint64 id)
{
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    if (auto done = sql::exec(q, statement, values); !done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return Error::notFound(Tr::tr("There is no improvement initiative with id %1.").arg(id));
    return tx.commit();
}
} // namespace

Result<QList<CsiInitiative>> CsiRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(databaseOf(m_connection));
    q.setForwardOnly(true);
    if (auto done = sql::exec(q, selectColumns + where + orderBy, values); !done)
        return done.error();
    QList<CsiInitiative> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Result<QList<CsiInitiative>> CsiRepository::list() const { return select({}, {}); }

Result<QList<CsiInitiative>> CsiRepository::listForKpi(const QString &kpiKey) const
{
    return select(QStringLiteral("WHERE kpi = ?"), {kpiKey});
}

Result<CsiInitiative> CsiRepository::load(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(Tr::tr("There is no improvement initiative with id %1.").arg(id));
    return found->constFirst();
}

Result<qint64> CsiRepository::add(const CsiInitiative &c)
{
    const QSqlDatabase db = databaseOf(m_connection);
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    if (auto done = sql::exec(q,
                              QStringLiteral("INSERT INTO csi_initiative (title, kpi, baseline, target, owner, status, "
                                             "start_date, review_date, outcome, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {c.title.trimmed(), c.kpiKey.trimmed(), optionalReal(c.baseline), optionalReal(c.target),
                               sql::text(c.owner), int(c.status), c.startDate.toString(Qt::ISODate),
                               dateText(c.reviewDate), sql::text(c.outcome), now()});
        !done)
        return done.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> CsiRepository::update(const CsiInitiative &c)
{
    return writeOne(databaseOf(m_connection),
                    QStringLiteral("UPDATE csi_initiative SET title = ?, kpi = ?, baseline = ?, target = ?, owner = ?, "
                                   "status = ?, start_date = ?, review_date = ?, outcome = ?, updated_at = ? WHERE id = ?"),
                    {c.title.trimmed(), c.kpiKey.trimmed(), optionalReal(c.baseline), optionalReal(c.target),
                     sql::text(c.owner), int(c.status), c.startDate.toString(Qt::ISODate), dateText(c.reviewDate),
                     sql::text(c.outcome), now(), c.id},
                    c.id);
}

Result<void> CsiRepository::setStatus(qint64 id, CsiStatus status, const QString &outcome)
{
    // An outcome left empty keeps the one already written.
    return writeOne(databaseOf(m_connection),
                    QStringLiteral("UPDATE csi_initiative SET status = ?, "
                                   "outcome = CASE WHEN ? = '' THEN outcome ELSE ? END, updated_at = ? WHERE id = ?"),
                    {int(status), sql::text(outcome), sql::text(outcome), now(), id}, id);
}

Result<void> CsiRepository::setBaseline(qint64 id, std::optional<double> baseline)
{
    return writeOne(databaseOf(m_connection), QStringLiteral("UPDATE csi_initiative SET baseline = ?, updated_at = ? WHERE id = ?"),
                    {optionalReal(baseline), now(), id}, id);
}

Result<void> CsiRepository::remove(qint64 id)
{
    return writeOne(databaseOf(m_connection), QStringLiteral("DELETE FROM csi_initiative WHERE id = ?"), {id}, id);
}

} // namespace ft
