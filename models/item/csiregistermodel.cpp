#include "csiregistermodel.h"

#include "csi/csiregister.h"
#include "domain/dateformats.h"
#include "kpi/kpicolumns.h"
#include "report/plainvalue.h"
#include "report/reportgatherer.h"

#include <QCoreApplication>
#include <QLocale>

namespace ft {

namespace {
// The register's words keep the translations they had in the view.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::CsiRegisterView)
};

PlainUnit unitOf(const QString &kpiKey)
{
    const auto kpi = kpiFromKey(kpiKey);
    return kpi ? plainKpi(*kpi).unit : PlainUnit::Count;
}

QString kpiName(const QString &kpiKey)
{
    const auto kpi = kpiFromKey(kpiKey);
    return kpi ? plainKpi(*kpi).name : kpiKey;
}

QString dateText(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QLocale().toString(*d, dateformat::dayMonthYear()) : QString();
}

// The before / since cells: the single months, or the averages over every whole month (SPEC §2b)
// where the verdict has them.
QString beforeText(const BeforeAfter &ba, PlainUnit unit)
{
    if (ba.verdict && ba.verdict->averageBefore)
        return Tr::tr("%1 (average of %2)")
            .arg(plainValue(*ba.verdict->averageBefore, unit), periodCount(ba.verdict->by, ba.verdict->baselinePeriods));
    return ba.before ? Tr::tr("%1 (%2)").arg(plainValueOrDash(ba.beforeValue(), unit), ba.before->label) : QString(QChar(0x2014));
}

QString sinceText(const BeforeAfter &ba, PlainUnit unit)
{
    if (ba.verdict && ba.verdict->averageSince)
        return Tr::tr("%1 (average of %2)")
            .arg(plainValue(*ba.verdict->averageSince, unit), periodCount(ba.verdict->by, ba.verdict->periodsSinceStart));
    return ba.after ? Tr::tr("%1 (%2)").arg(plainValueOrDash(ba.afterValue(), unit), ba.after->label) : Tr::tr("not yet");
}

QString reachedText(const BeforeAfter &ba, CsiStatus status)
{
    switch (ba.reached) {
    case TargetReached::Yes: return Tr::tr("yes");
    case TargetReached::No: return isClosedCsiStatus(status) ? Tr::tr("no") : Tr::tr("not yet");
    case TargetReached::Unknown: break;
    }
    return Tr::tr("not known");
}
} // namespace

CsiRegisterModel::CsiRegisterModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

Result<void> CsiRegisterModel::reload()
{
    auto listed = CsiRegister(m_store).list();
    if (!listed)
        return listed.error();
    beginResetModel();
    m_initiatives = *listed;
    m_measured.clear();
    endResetModel();
    return {};
}

void CsiRegisterModel::setMeasured(const QList<BeforeAfter> &measured)
{
    m_measured = measured;
    if (!m_initiatives.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int CsiRegisterModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_initiatives.size(); ++row) {
        if (m_initiatives.at(row).id == id)
            return row;
    }
    return -1;
}

Result<qint64> CsiRegisterModel::add(const CsiInitiative &initiative) { return CsiRegister(m_store).add(initiative); }
Result<void> CsiRegisterModel::update(const CsiInitiative &initiative) { return CsiRegister(m_store).update(initiative); }
Result<void> CsiRegisterModel::setStatus(qint64 id, CsiStatus status, const QString &outcome)
{
    return CsiRegister(m_store).setStatus(id, status, outcome);
}
Result<void> CsiRegisterModel::setBaseline(qint64 id, std::optional<double> baseline)
{
    return CsiRegister(m_store).setBaseline(id, baseline);
}
Result<void> CsiRegisterModel::remove(qint64 id) { return CsiRegister(m_store).remove(id); }

int CsiRegisterModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_initiatives.size()); }

int CsiRegisterModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CsiRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: return text(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(index.row(), index.column());
        return tip.isEmpty() ? QVariant() : tip;
    }
    case IdRole: return m_initiatives.at(index.row()).id;
    default: return {};
    }
}

QString CsiRegisterModel::text(int row, int column) const
{
    const CsiInitiative &c = m_initiatives.at(row);
    const PlainUnit unit = unitOf(c.kpiKey);
    const BeforeAfter *ba = row < m_measured.size() ? &m_measured.at(row) : nullptr;
    switch (Column(column)) {
    case Title: return c.title;
    case Measure: return kpiName(c.kpiKey);
    case Status: return csiStatusLabel(c.status);
    case Started: return dateText(c.startDate);
    case Baseline: return plainValueOrDash(c.baseline, unit);
    case Before: return ba ? beforeText(*ba, unit) : Tr::tr("measuring…");
    case Since: return ba ? sinceText(*ba, unit) : Tr::tr("measuring…");
    // Signal or noise in a few words; the whole sentence, with the averages, is the tooltip.
    case Verdict: return ba && ba->verdict ? verdictShort(*ba->verdict) : QString();
    case Target: return plainValueOrDash(c.target, unit);
    case Reached: return ba ? reachedText(*ba, c.status) : QString();
    case Owner: return c.owner;
    case Review: return dateText(c.reviewDate);
    case ColumnCount: break;
    }
    return {};
}

QString CsiRegisterModel::toolTip(int row, int column) const
{
    const CsiInitiative &c = m_initiatives.at(row);
    if (column == Title && !c.outcome.isEmpty())
        return Tr::tr("Outcome: %1").arg(c.outcome);
    if (column == Verdict && row < m_measured.size() && m_measured.at(row).verdict)
        return initiativeVerdictText(*m_measured.at(row).verdict, unitOf(c.kpiKey));
    return {};
}

QVariant CsiRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title: return Tr::tr("Initiative");
    case Measure: return Tr::tr("Measure");
    case Status: return Tr::tr("Status");
    case Started: return Tr::tr("Started");
    case Baseline: return Tr::tr("Baseline");
    case Before: return Tr::tr("Before");
    case Since: return Tr::tr("Since");
    case Verdict: return Tr::tr("Signal or noise");
    case Target: return Tr::tr("Target");
    case Reached: return Tr::tr("Target reached");
    case Owner: return Tr::tr("Owner");
    case Review: return Tr::tr("Review");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ft
