#include "charts/kpisignaloverlay.h"

#include "charts/kpivalueformat.h"
#include "domain/dateformats.h"

#include <QChart>
#include <QLocale>
#include <algorithm>
#include <QLineSeries>
#include <QScatterSeries>

namespace ft {

void KpiSignalOverlay::analyse(Kpi kpi, const KpiTable &history, const QList<KpiMarker> &markers,
                               const KpiTable &shown)
{
    const KpiTable &table = history;
    m_kpi = kpi;
    m_by = table.by;
    m_labels.clear();
    m_partial.clear();
    m_shown = int(shown.rows.size());
    m_offset = 0;
    for (int i = 0; !shown.rows.isEmpty() && i < table.rows.size(); ++i) {
        if (table.rows.at(i).period.label == shown.rows.constFirst().period.label)
            m_offset = i;
    }
    if (m_offset + m_shown > table.rows.size()) {   // not the history of these periods: no offset
        m_offset = 0;
        m_shown = std::min(m_shown, int(table.rows.size()));
    }
    for (const KpiRow &row : table.rows) {
        // "May 2026" in sentences; weeks and quarters by their labels.
        m_labels << (table.by == PeriodKind::Month ? QLocale().toString(row.period.firstDay, dateformat::longMonthYear())
                                                   : row.period.label);
        m_partial.push_back(row.partial);
    }
    QList<QDate> starts;
    for (const KpiMarker &m : markers) {
        if (m.kpi == kpi)
            starts << m.startDate;
    }
    m_series = analyseKpi(table, kpi, defaultBaseline(table, starts));
}

bool KpiSignalOverlay::isPartial(int index) const
{
    const int h = at(index);
    return h >= 0 && m_partial[size_t(h)];
}

bool KpiSignalOverlay::isFew(int index) const
{
    const int h = at(index);
    if (h < 0)
        return false;
    const SeriesPoint &p = m_series.points[size_t(h)];
    return p.value && kpiRestsOnFew(m_kpi, p.n);
}

PointLimits KpiSignalOverlay::limitsAt(int index) const
{
    const int h = at(index);
    return h >= 0 && m_series.limits.valid ? m_series.limits.limits[size_t(h)] : PointLimits{};
}

QStringList KpiSignalOverlay::pointLines(int shownIndex) const
{
    QStringList lines;
    const int index = at(shownIndex);
    if (index < 0)
        return lines;
    const SeriesPoint &p = m_series.points[size_t(index)];
    if (isPartial(shownIndex))
        lines << tr("so far: this period is not over yet");
    if (isFew(shownIndex))
        lines << tr("too few to judge (based on %1)").arg(p.n);
    if (m_series.limits.valid) {
        const PointLimits &l = m_series.limits.limits[size_t(index)];
        if (l.lower && l.upper)
            lines << tr("normal variation: %1 to %2 (average %3)")
                         .arg(formatKpiValue(m_kpi, l.lower), formatKpiValue(m_kpi, l.upper),
                              formatKpiValue(m_kpi, m_series.limits.centre));
        if (m_series.baseline.contains(index))
            lines << tr("part of the baseline the limits come from");
    }
    const PointSignals &s = m_series.fired[size_t(index)];
    for (unsigned rule : {unsigned(BeyondLimits), unsigned(RunOfEight), unsigned(ThreeOfFour)}) {
        if (s.rules & rule)
            lines << tr("signal: %1").arg(signalInWords(rule, s.side, s.run, s.nearLimitOfLastFour, m_by,
                                                                  m_labels.value(index)));
    }
    return lines;
}

QString KpiSignalOverlay::limitsSummary() const
{
    if (!m_series.limits.valid)
        return tr("No limits of normal variation yet: they need at least %1 complete periods with data "
                           "before the first improvement initiative (or in all, without one); there are %2.")
            .arg(MinBaselinePeriods)
            .arg(m_series.limits.baselineValues);
    const QString from = m_labels.value(m_series.baseline.first);
    const QString to = m_labels.value(m_series.baseline.last);
    QString text = chartKindOf(m_kpi) == ChartKind::PChart
        ? tr("Average %1 over %2 to %3; the limits of normal variation widen where a period rests on few "
                      "items.")
              .arg(formatKpiValue(m_kpi, m_series.limits.centre), from, to)
        : tr("Normal variation from %1 to %2 around an average of %3, from %4 to %5.")
              .arg(formatKpiValue(m_kpi, m_series.limits.limits.front().lower),
                   formatKpiValue(m_kpi, m_series.limits.limits.front().upper),
                   formatKpiValue(m_kpi, m_series.limits.centre), from, to);
    int signalling = 0;
    for (const PointSignals &s : m_series.fired)
        signalling += s.rules != NoSignal ? 1 : 0;
    if (m_series.judged.isEmpty())
        text += QLatin1Char(' ') + tr("Later periods are judged against these limits once they are complete.");
    else if (signalling == 0)
        text += QLatin1Char(' ') + tr("No signal in the %1 since: what moved is normal variation.")
                                       .arg(periodCount(m_by, m_series.judged.size()));
    else
        text += QLatin1Char(' ') + tr("Signals in %1 of the %2 since (ringed on the chart).")
                                       .arg(signalling)
                                       .arg(periodCount(m_by, m_series.judged.size()));
    return text;
}

void KpiSignalOverlay::addTo(QChart *chart, const Attach &attach, const Hover &hover, const Style &style,
                             bool showLimits) const
{
    Q_UNUSED(chart)
    const int n = m_shown;
    const auto plot = [this](double v) { return kpiPlotValue(m_kpi, v); };
    const auto point = [this](int i) -> const SeriesPoint & { return m_series.points[size_t(at(i))]; };

    if (showLimits && m_series.limits.valid) {
        auto *centre = new QLineSeries;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        centre->setObjectName(QStringLiteral("kpiChartCentre"));
        upper->setObjectName(QStringLiteral("kpiChartUpperLimit"));
        lower->setObjectName(QStringLiteral("kpiChartLowerLimit"));
        centre->setName(tr("Average (baseline)"));
        upper->setName(tr("Average and limits of normal variation"));
        QPen centrePen(style.limit);
        centrePen.setWidthF(1.2);
        centre->setPen(centrePen);
        QPen limitPen(style.limit);
        limitPen.setStyle(Qt::DashDotLine);
        limitPen.setWidthF(1.2);
        upper->setPen(limitPen);
        lower->setPen(limitPen);
        for (int i = 0; i < n; ++i) {
            const PointLimits l = limitsAt(i);
            for (double x : {i - 0.5, i + 0.5}) {
                centre->append(x, plot(m_series.limits.centre));
                if (l.upper)
                    upper->append(x, plot(*l.upper));
                if (l.lower)
                    lower->append(x, plot(*l.lower));
            }
        }
        attach(centre, false);   // named in the tooltip and the side panel; the legend has little room
        attach(upper, true);
        attach(lower, false);
    }

    // The period not over yet: a dashed segment from the last complete value before it.
    for (int i = 1; i < n; ++i) {
        const SeriesPoint &p = point(i);
        if (!isPartial(i) || !p.value)
            continue;
        int before = i - 1;
        while (before >= 0 && (!point(before).value || isPartial(before)))
            --before;
        if (before < 0)
            continue;
        auto *dashed = new QLineSeries;
        dashed->setObjectName(QStringLiteral("kpiChartSoFar"));
        QPen pen(style.value);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.8);
        dashed->setPen(pen);
        dashed->append(before, plot(*point(before).value));
        dashed->append(i, plot(*p.value));
        attach(dashed, false);
    }

    // The period not over yet: a hollow point in the value's colour. A point on too few items keeps its
    // target colour as a ring: the overlay punches a hole in it.
    auto *soFar = new QScatterSeries;
    soFar->setObjectName(QStringLiteral("kpiChartPartialPoints"));
    soFar->setName(tr("So far (period not over)"));
    auto *few = new QScatterSeries;
    few->setObjectName(QStringLiteral("kpiChartFewPoints"));
    auto *fewLegend = new QScatterSeries;   // no points: only its legend entry, drawn hollow
    fewLegend->setObjectName(QStringLiteral("kpiChartFewLegend"));
    fewLegend->setName(tr("Hollow: too few items to judge"));
    for (QScatterSeries *s : {soFar, fewLegend}) {
        s->setColor(style.base);
        s->setBorderColor(style.value);
        s->setMarkerSize(style.markerSize);
        QPen pen(style.value);
        pen.setWidthF(2);
        s->setPen(pen);
    }
    few->setColor(style.base);
    few->setBorderColor(style.base);
    few->setMarkerSize(std::max(3.0, style.markerSize * 0.45));
    auto *rings = new QScatterSeries;
    rings->setObjectName(QStringLiteral("kpiChartSignals"));
    rings->setName(tr("Signal: not normal variation"));
    rings->setMarkerSize(style.markerSize + 9);
    rings->setColor(Qt::transparent);
    rings->setBrush(Qt::NoBrush);
    QPen ringPen(style.signal);
    ringPen.setWidthF(2.4);
    rings->setPen(ringPen);
    rings->setBorderColor(style.signal);
    for (int i = 0; i < n; ++i) {
        const SeriesPoint &p = point(i);
        if (!p.value)
            continue;
        if (isPartial(i))
            soFar->append(i, plot(*p.value));
        else if (isFew(i))
            few->append(i, plot(*p.value));
        if (m_series.fired[size_t(at(i))].rules != NoSignal)
            rings->append(i, plot(*p.value));
    }
    for (QScatterSeries *s : {rings, soFar, few}) {
        attach(s, s->count() > 0 && s != few);
        hover(s);
    }
    attach(fewLegend, few->count() > 0);
}

} // namespace ft
