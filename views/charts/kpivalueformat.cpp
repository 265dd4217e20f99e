#include "charts/kpivalueformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiChartsView)
};

QString signedNumber(double v, int decimals)
{
    const QString digits = QLocale().toString(std::abs(v), 'f', decimals);
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        return QLocale().toString(0.0, 'f', decimals);
    return (v < 0 ? QStringLiteral("−") : QStringLiteral("+")) + digits;
}
} // namespace

double kpiPlotValue(Kpi kpi, double value) { return kpiInfo(kpi).unit == KpiUnit::Rate ? value * 100.0 : value; }

QString formatKpiValue(Kpi kpi, std::optional<double> value)
{
    if (!value)
        return Tr::tr("no data");
    const QLocale locale;
    switch (kpiInfo(kpi).unit) {
    case KpiUnit::Count:
        return locale.toString(qint64(std::llround(*value)));
    case KpiUnit::Rate:
        return Tr::tr("%1 %").arg(locale.toString(*value * 100.0, 'f', 1));
    case KpiUnit::Hours:
        return Tr::tr("%1 h").arg(locale.toString(*value, 'f', 1));
    case KpiUnit::Score:
        return locale.toString(*value, 'f', 2);
    }
    return {};
}

QString kpiAxisTitle(Kpi kpi)
{
    switch (kpiInfo(kpi).unit) {
    case KpiUnit::Count:
        return Tr::tr("follow-ups");
    case KpiUnit::Rate:
        return Tr::tr("percent");
    case KpiUnit::Hours:
        return kpiInfo(kpi).businessHours ? Tr::tr("business hours") : Tr::tr("hours");
    case KpiUnit::Score:
        return Tr::tr("score (1–5)");
    }
    return {};
}

QString formatKpiChange(Kpi kpi, double before, double after)
{
    const double delta = after - before;
    const QString relative = before != 0 ? Tr::tr(" (%1 %)").arg(signedNumber(delta / std::abs(before) * 100.0, 0)) : QString();
    switch (kpiInfo(kpi).unit) {
    case KpiUnit::Count:
        return signedNumber(delta, 0) + relative;
    case KpiUnit::Rate:
        return Tr::tr("%1 points").arg(signedNumber(delta * 100.0, 1));
    case KpiUnit::Hours:
        return Tr::tr("%1 h").arg(signedNumber(delta, 1)) + relative;
    case KpiUnit::Score:
        return signedNumber(delta, 2) + relative;
    }
    return {};
}

} // namespace ft
