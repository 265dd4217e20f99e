#pragma once

#include "csi/csiinitiative.h"
#include "domain/error.h"
#include "report/beforeafter.h"

#include <QAbstractTableModel>
#include <QList>

namespace ft {

class Store;

// The CSI register as a table: every improvement initiative with its measure, dates, baseline and
// target, and the figures before and since its start once they are measured (until then
// "measuring…"). The register's reads and writes go through here, so the view holds no store calls.
class CsiRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Measure, Status, Started, Baseline, Before, Since, Verdict, Target, Reached, Owner, Review, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CsiRegisterModel(Store &store, QObject *parent = nullptr);

    // Reads the register again; the measured figures are dropped until setMeasured.
    Result<void> reload();
    // The figures for initiatives(), row by row (measureInitiatives on a worker).
    void setMeasured(const QList<BeforeAfter> &measured);
    const QList<CsiInitiative> &initiatives() const { return m_initiatives; }
    const QList<BeforeAfter> &measured() const { return m_measured; }
    int rowOf(qint64 id) const;

    Result<qint64> add(const CsiInitiative &initiative);
    Result<void> update(const CsiInitiative &initiative);
    Result<void> setStatus(qint64 id, CsiStatus status, const QString &outcome);
    Result<void> setBaseline(qint64 id, std::optional<double> baseline);
    Result<void> remove(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QString toolTip(int row, int column) const;

    Store &m_store;
    QList<CsiInitiative> m_initiatives;
    QList<BeforeAfter> m_measured;
};

} // namespace ft
