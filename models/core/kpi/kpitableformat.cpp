#include "kpi/kpitableformat.h"

#include <cmath>

namespace ft {

QString kpiCellText(Kpi kpi, const std::optional<double> &value)
{
    if (!value)
        return {};
    if (kpiInfo(kpi).unit == KpiUnit::Count)
        return QString::number(qint64(std::llround(*value)));
    return QString::number(*value, 'f', 4);
}

QString kpiTableCsv(const KpiTable &table)
{
    QString out = QStringLiteral("period");
    for (const KpiInfo &info : kpiInfos())
        out += QLatin1Char(',') + QLatin1String(info.key);
    out += QStringLiteral(",partial\n");
    for (const KpiRow &row : table.rows) {
        out += row.period.label;   // labels are digits, dashes, W and Q: nothing to quote
        for (const KpiInfo &info : kpiInfos())
            out += QLatin1Char(',') + kpiCellText(info.kpi, row.value(info.kpi));
        out += row.partial ? QStringLiteral(",1\n") : QStringLiteral(",0\n");
    }
    return out;
}

QString kpiTableJson(const KpiTable &table)
{
    // Written by hand rather than through QJsonObject, which would sort the keys: the columns
    // keep the order of SPEC §2, as in the csv.
    QString out = QStringLiteral("[");
    bool firstRow = true;
    for (const KpiRow &row : table.rows) {
        out += firstRow ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
        firstRow = false;
        out += QStringLiteral("\"period\": \"%1\"").arg(row.period.label);
        for (const KpiInfo &info : kpiInfos()) {
            const QString cell = kpiCellText(info.kpi, row.value(info.kpi));
            out += QStringLiteral(", \"%1\": %2").arg(QLatin1String(info.key), cell.isEmpty() ? QStringLiteral("null") : cell);
        }
        out += row.partial ? QStringLiteral(", \"partial\": 1}") : QStringLiteral(", \"partial\": 0}");
    }
    out += firstRow ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return out;
}

} // namespace ft
