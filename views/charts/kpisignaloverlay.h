#pragma once

#include "kpi/initiativeverdict.h"
#include "kpi/kpimarkers.h"

#include <QColor>
#include <QCoreApplication>
#include <functional>

class QAbstractSeries;
class QChart;
class QScatterSeries;

namespace ft {

// What a KPI chart draws on top of its values for SPEC §2 and §2b: the natural process limits and
// centre line, a ring round every point that fires a signal, and, drawn apart, the period not over
// yet (hollow point, dashed segment, "so far") and the points that rest on too few items (hollow).
// Kept apart from KpiChartWidget so that the chart's own drawing stays as it is.
class KpiSignalOverlay
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiSignalOverlay)

public:
    // `history` from the first data on, `shown` the periods drawn (the last ones of `history`);
    // every index below is one of `shown`.
    void analyse(Kpi kpi, const KpiTable &history, const QList<KpiMarker> &markers, const KpiTable &shown);

    bool isPartial(int index) const;
    bool isFew(int index) const;   // rests on fewer items than kpiFewItems()
    bool isHollow(int index) const { return isPartial(index) || isFew(index); }
    const KpiSignalSeries &series() const { return m_series; }
    // The limits of a shown period (empty without limits).
    PointLimits limitsAt(int index) const;
    // The tooltip lines the overlay adds for a period: n, "so far", "too few to judge", the limits
    // and each signal in words.
    QStringList pointLines(int index) const;
    // "Normal variation: 5.7 to 16.3 (centre 11), from the 6 months 2025-01 to 2025-06." or why there are none.
    QString limitsSummary() const;

    struct Style
    {
        QColor value, limit, signal, base;
        qreal markerSize = 9;
    };
    using Attach = std::function<void(QAbstractSeries *series, bool inLegend)>;
    using Hover = std::function<void(QScatterSeries *series)>;
    // Adds the series to the chart through `attach` (which sets the axes); `hover` wires tooltips.
    void addTo(QChart *chart, const Attach &attach, const Hover &hover, const Style &style, bool showLimits) const;

private:
    Kpi m_kpi = Kpi::Opened;
    PeriodKind m_by = PeriodKind::Month;
    QStringList m_labels;
    std::vector<bool> m_partial;
    KpiSignalSeries m_series;
    int m_offset = 0;   // index in the history of the first period shown
    int m_shown = 0;
    int at(int index) const { return index >= 0 && index < m_shown ? index + m_offset : -1; }
};

} // namespace ft
