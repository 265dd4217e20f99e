#include "charts/kpichartwidget.h"

#include "charts/kpichartscale.h"
#include "charts/kpivalueformat.h"
#include "store/safeoutput.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QCursor>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ft {

namespace {

// The chart follows the palette: a dark window gets the dark chart theme and brighter colours, so
// that the line, the dots and the target stay readable on either background.
bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

struct ChartColors
{
    QColor value, good, bad, marker, target;
};

ChartColors chartColors(bool dark)
{
    if (dark)
        return {QColor(0x6c, 0xb4, 0xf0), QColor(0x4c, 0xc3, 0x8a), QColor(0xf0, 0x73, 0x5f), QColor(0xc0, 0xa8, 0xf0),
                QColor(0xd0, 0xd0, 0xd0)};
    return {QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x8b, 0x57), QColor(0xc0, 0x39, 0x2b), QColor(0x6b, 0x4f, 0xa0),
            QColor(0x44, 0x44, 0x44)};
}

bool meets(const KpiTarget &target, double value)
{
    return target.higherIsBetter ? value >= target.value : value <= target.value;
}
} // namespace

KpiChartWidget::KpiChartWidget(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("kpiChart"));
    setRenderHint(QPainter::Antialiasing);
    // Small enough that list, chart and side panel fit a 1024-pixel screen in German too.
    setMinimumSize(320, 260);
}

void KpiChartWidget::setData(Kpi kpi, const KpiTable &table, const QList<KpiTarget> &targets,
                             const QList<KpiMarker> &markers)
{
    setData(kpi, table, targets, markers, table);
}

void KpiChartWidget::setData(Kpi kpi, const KpiTable &table, const QList<KpiTarget> &targets,
                             const QList<KpiMarker> &markers, const KpiTable &history)
{
    m_kpi = kpi;
    m_table = table;
    m_targets = targets;
    m_markers = markers;
    m_overlay.analyse(kpi, history, markers, table);
    rebuild();
}

void KpiChartWidget::setShowLimits(bool show)
{
    if (show == m_showLimits)
        return;
    m_showLimits = show;
    rebuild();
}

QString KpiChartWidget::pointText(int index) const
{
    if (index < 0 || index >= m_table.rows.size())
        return {};
    const KpiRow &row = m_table.rows.at(index);
    const auto value = row.value(m_kpi);
    QStringList lines;
    lines << tr("%1: %2").arg(row.period.label, formatKpiValue(m_kpi, value));
    lines << tr("based on %1").arg(row.basisOf(m_kpi));
    lines << m_overlay.pointLines(index);
    if (index > 0) {
        const KpiRow &before = m_table.rows.at(index - 1);
        const auto previous = before.value(m_kpi);
        if (value && previous && !row.partial)
            lines << tr("previous period %1: %2, change %3")
                         .arg(before.period.label, formatKpiValue(m_kpi, previous), formatKpiChange(m_kpi, *previous, *value));
        else
            lines << tr("previous period %1: %2").arg(before.period.label, formatKpiValue(m_kpi, previous));
    }
    if (const auto target = targetOn(m_targets, m_kpi, row.period.firstDay)) {
        const QString goal = (target->higherIsBetter ? tr("at least %1") : tr("at most %1"))
                                 .arg(formatKpiValue(m_kpi, target->value));
        if (value)
            lines << (meets(*target, *value) ? tr("target %1: met") : tr("target %1: missed")).arg(goal);
        else
            lines << tr("target %1").arg(goal);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList KpiChartWidget::markerLabels() const
{
    QStringList out;
    for (const PlacedMarker &m : m_placed)
        out << m.label->text();
    return out;
}

void KpiChartWidget::rebuild()
{
    auto *chart = new QChart;
    chart->setObjectName(QStringLiteral("kpiChartContent"));
    // The theme first: it resets fonts and colours set before it.
    m_dark = isDark(palette());
    m_paletteBase = palette().color(QPalette::Base);
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(m_paletteBase);
    chart->setBackgroundPen(Qt::NoPen);
    // Axis numbers in the user's locale ("150,0" in German), as everywhere else in the window.
    chart->setLocalizeNumbers(true);
    const ChartColors colors = chartColors(m_dark);
    const QColor &valueColor = colors.value;
    const QColor &goodColor = colors.good;
    const QColor &badColor = colors.bad;
    const QColor &markerColor = colors.marker;
    chart->setTitle(kpiLabel(m_kpi));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(8, 8, 8, 8));
    m_placed.clear();

    const auto &rows = m_table.rows;
    const int n = int(rows.size());
    std::vector<std::optional<double>> values(static_cast<size_t>(n));
    std::vector<std::optional<KpiTarget>> targets(static_cast<size_t>(n));
    double lo = 0;
    double hi = 0;
    // What is drawn, from the lowest to the highest: the percent axis is chosen from it.
    double drawnLo = std::numeric_limits<double>::max();
    double drawnHi = std::numeric_limits<double>::lowest();
    const auto seen = [&](double y) {
        drawnLo = std::min(drawnLo, y);
        drawnHi = std::max(drawnHi, y);
    };
    bool anyTarget = false;
    for (int i = 0; i < n; ++i) {
        if (const auto v = rows.at(i).value(m_kpi)) {
            values[size_t(i)] = kpiPlotValue(m_kpi, *v);
            lo = std::min(lo, *values[size_t(i)]);
            hi = std::max(hi, *values[size_t(i)]);
            seen(*values[size_t(i)]);
        }
        targets[size_t(i)] = targetOn(m_targets, m_kpi, rows.at(i).period.firstDay);
        if (targets[size_t(i)]) {
            anyTarget = true;
            hi = std::max(hi, kpiPlotValue(m_kpi, targets[size_t(i)]->value));
            seen(kpiPlotValue(m_kpi, targets[size_t(i)]->value));
        }
    }
    for (int i = 0; i < n && m_showLimits; ++i) {
        const auto limits = m_overlay.limitsAt(i);
        if (const auto upper = limits.upper) {
            hi = std::max(hi, kpiPlotValue(m_kpi, *upper));
            seen(kpiPlotValue(m_kpi, *upper));
        }
        if (const auto lower = limits.lower)
            seen(kpiPlotValue(m_kpi, *lower));
    }
    if (hi <= lo)
        hi = lo + 1;

    auto *axisX = new QCategoryAxis;
    axisX->setObjectName(QStringLiteral("kpiChartPeriodAxis"));
    axisX->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, int(std::ceil(n / 12.0)));
    for (int i = 0; i < n; i += step)
        axisX->append(rows.at(i).period.label, i);
    axisX->setLabelsAngle(n > 6 ? -45 : 0);
    // Period labels are short ("2026-W05"): shown whole, never elided to "2026-…".
    axisX->setTruncateLabels(false);
    axisX->setGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setObjectName(QStringLiteral("kpiChartValueAxis"));
    if (kpiInfo(m_kpi).unit == KpiUnit::Rate) {
        // From what is drawn, with a margin and nice steps, within 0–100 %: 85–95 % movement is
        // not flattened against a 0–100 axis.
        const AxisRange range = drawnLo <= drawnHi ? percentAxisRange(drawnLo, drawnHi) : AxisRange{};
        axisY->setRange(range.min, range.max);
        axisY->setTickCount(range.ticks);
    } else {
        axisY->setRange(lo, hi * 1.08);
        axisY->applyNiceNumbers();
    }
    axisY->setTitleText(kpiAxisTitle(m_kpi));
    const KpiUnit unit = kpiInfo(m_kpi).unit;
    axisY->setLabelFormat(unit == KpiUnit::Count || unit == KpiUnit::Rate ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const double yMin = axisY->min();
    const double yMax = axisY->max();
    m_yMax = yMax;

    const auto attach = [&](QAbstractSeries *series, bool inLegend) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        if (!inLegend) {
            for (QLegendMarker *m : chart->legend()->markers(series))
                m->setVisible(false);
        }
    };

    // The good and bad sides of the target, drawn first so that everything else lies on top.
    if (anyTarget) {
        auto *goodUpper = new QLineSeries;
        auto *goodLower = new QLineSeries;
        auto *badUpper = new QLineSeries;
        auto *badLower = new QLineSeries;
        for (int i = 0; i < n; ++i) {
            for (double x : {i - 0.5, i + 0.5}) {
                const auto &t = targets[size_t(i)];
                if (!t) {
                    for (QLineSeries *s : {goodUpper, goodLower, badUpper, badLower})
                        s->append(x, yMin);
                    continue;
                }
                const double y = kpiPlotValue(m_kpi, t->value);
                goodUpper->append(x, t->higherIsBetter ? yMax : y);
                goodLower->append(x, t->higherIsBetter ? y : yMin);
                badUpper->append(x, t->higherIsBetter ? y : yMax);
                badLower->append(x, t->higherIsBetter ? yMin : y);
            }
        }
        auto *good = new QAreaSeries(goodUpper, goodLower);
        good->setName(tr("Good side of the target"));
        good->setObjectName(QStringLiteral("kpiChartGoodSide"));
        good->setColor(QColor(goodColor.red(), goodColor.green(), goodColor.blue(), 28));
        good->setBorderColor(Qt::transparent);
        auto *bad = new QAreaSeries(badUpper, badLower);
        bad->setName(tr("Bad side of the target"));
        bad->setObjectName(QStringLiteral("kpiChartBadSide"));
        bad->setColor(QColor(badColor.red(), badColor.green(), badColor.blue(), 24));
        bad->setBorderColor(Qt::transparent);
        for (QLineSeries *s : {goodUpper, goodLower})
            s->setParent(good);
        for (QLineSeries *s : {badUpper, badLower})
            s->setParent(bad);
        attach(good, false);
        attach(bad, false);

        auto *targetLine = new QLineSeries;
        targetLine->setObjectName(QStringLiteral("kpiChartTarget"));
        targetLine->setName(tr("Target"));
        QPen pen(colors.target);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.6);
        targetLine->setPen(pen);
        for (int i = 0; i < n; ++i) {
            if (const auto &t = targets[size_t(i)]) {
                const double y = kpiPlotValue(m_kpi, t->value);
                targetLine->append(i - 0.5, y);
                targetLine->append(i + 0.5, y);
            }
        }
        attach(targetLine, true);
    }

    // The values: one line per run of periods with data, so an empty period is a gap, not a zero.
    bool named = false;
    QLineSeries *run = nullptr;
    for (int i = 0; i < n; ++i) {
        if (!values[size_t(i)] || m_overlay.isPartial(i)) {   // the period not over yet is drawn apart
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            run->setObjectName(QStringLiteral("kpiChartValues"));
            QPen pen(valueColor);
            pen.setWidthF(2.2);
            run->setPen(pen);
            run->setName(kpiLabel(m_kpi));
            attach(run, !named);
            named = true;
        }
        run->append(i, *values[size_t(i)]);
    }

    // Dots: green where the target in force is met, red where it is missed, blue without one.
    auto *met = new QScatterSeries;
    auto *missed = new QScatterSeries;
    auto *plain = new QScatterSeries;
    met->setName(tr("Target met"));
    missed->setName(tr("Target missed"));
    plain->setName(tr("Value"));
    met->setObjectName(QStringLiteral("kpiChartMet"));
    missed->setObjectName(QStringLiteral("kpiChartMissed"));
    plain->setObjectName(QStringLiteral("kpiChartPoints"));
    for (auto [series, color] : {std::pair{met, goodColor}, std::pair{missed, badColor}, std::pair{plain, valueColor}}) {
        series->setColor(color);
        series->setBorderColor(m_paletteBase);
        series->setMarkerSize(n > 60 ? 6 : 9);
    }
    for (int i = 0; i < n; ++i) {
        if (!values[size_t(i)] || m_overlay.isPartial(i))   // drawn hollow by the overlay
            continue;
        const auto &t = targets[size_t(i)];
        QScatterSeries *s = !t ? plain : meets(*t, *rows.at(i).value(m_kpi)) ? met : missed;
        s->append(i, *values[size_t(i)]);
    }
    for (QScatterSeries *s : {met, missed, plain}) {
        attach(s, s->count() > 0 && s != plain);
        connect(s, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), pointText(qRound(point.x())), this);
            else
                QToolTip::hideText();
        });
    }

    // Limits, signals, the period not over yet and small samples (SPEC §2, §2b).
    m_overlay.addTo(chart, attach, [this](QScatterSeries *s) {
        connect(s, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), pointText(qRound(point.x())), this);
            else
                QToolTip::hideText();
        });
    }, {valueColor, m_dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x80, 0x80, 0x80), QColor(0xd9, 0x7a, 0x00), m_paletteBase,
        n > 60 ? 6.0 : 9.0}, m_showLimits);

    // CSI initiatives: a vertical line on the start day, placed within its period by the day.
    for (const KpiMarker &marker : std::as_const(m_markers)) {
        if (marker.kpi != m_kpi && kpiHoursCounterpart(marker.kpi) != m_kpi)
            continue;
        for (int i = 0; i < n; ++i) {
            const Period &p = rows.at(i).period;
            if (marker.startDate < p.firstDay || marker.startDate >= p.endDay)
                continue;
            const double x = i - 0.5 + double(p.firstDay.daysTo(marker.startDate)) / double(p.firstDay.daysTo(p.endDay));
            auto *line = new QLineSeries;
            line->setObjectName(QStringLiteral("kpiChartMarker"));
            QPen pen(markerColor);
            pen.setStyle(Qt::DotLine);
            pen.setWidthF(1.5);
            line->setPen(pen);
            line->append(x, yMin);
            line->append(x, yMax);
            attach(line, false);
            auto *label = new QGraphicsSimpleTextItem(
                tr("%1 (%2)").arg(marker.title, QLocale().toString(marker.startDate, QLocale::ShortFormat)), chart);
            label->setBrush(markerColor);
            QFont f = label->font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            label->setFont(f);
            label->setZValue(20);
            m_placed.append({x, label});
        }
    }

    QChart *old = this->chart();
    setChart(chart);
    if (old && old != chart)
        delete old;
    m_legend.build(chart, m_paletteBase, palette().color(QPalette::Text));
    placeMarkerLabels();
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeMarkerLabels(); });
}

void KpiChartWidget::placeMarkerLabels()
{
    QChart *c = chart();
    if (!c || c->series().isEmpty())
        return;
    QAbstractSeries *reference = c->series().constLast();
    const QRectF plot = c->plotArea();
    // Staggered in rows so that initiatives close together stay readable.
    int row = 0;
    double lastRight = -1e9;
    for (const PlacedMarker &m : std::as_const(m_placed)) {
        const QPointF top = c->mapToPosition(QPointF(m.x, m_yMax), reference);
        const QRectF box = m.label->boundingRect();
        double left = top.x() + 4;
        if (left + box.width() > plot.right())
            left = std::max(plot.left() - 40, top.x() - 4 - box.width());   // never off the chart's left edge
        row = left < lastRight ? row + 1 : 0;
        m.label->setPos(left, plot.top() + 2 + row * (box.height() + 2));
        lastRight = left + box.width() + 6;
    }
}

void KpiChartWidget::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // A switch between the light and the dark palette while the app runs redraws in the new one.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && chart()
        && (isDark(palette()) != m_dark || palette().color(QPalette::Base) != m_paletteBase))
        rebuild();
}

void KpiChartWidget::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_legend.place();
    placeMarkerLabels();
}

QString KpiChartWidget::captionText() const
{
    if (m_table.rows.isEmpty())
        return kpiLabel(m_kpi);
    return tr("%1, %2 to %3")
        .arg(kpiLabel(m_kpi), m_table.rows.constFirst().period.label, m_table.rows.constLast().period.label);
}

double KpiChartWidget::printScale() const
{
    // An A4 page's width at 300 dpi is 2480 pixels: at least twice the screen, at most six times.
    return std::clamp(2480.0 / std::max(1, width()), 2.0, 6.0);
}

void KpiChartWidget::paintForFile(QPainter &painter, const QSize &chartSize, int captionHeight)
{
    const QRectF chartRect(QPointF(0, 0), QSizeF(chartSize));
    painter.fillRect(QRectF(0, 0, chartSize.width(), chartSize.height() + captionHeight), m_paletteBase);
    render(&painter, chartRect, rect());
    // In pixels: a PNG tagged 300 dpi would otherwise draw points three times as large.
    QFont f = font();
    f.setPixelSize(QFontInfo(font()).pixelSize());
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(12, chartSize.height(), chartSize.width() - 24, captionHeight),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, captionText());
}

Result<QString> KpiChartWidget::saveTo(const QString &fileName)
{
    const bool svg = QFileInfo(fileName).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    // The caption under the chart names the KPI and the periods, so a picture pasted into a
    // slide still says what it shows.
    const int captionHeight = fontMetrics().height() * 2;
    const QSize full(width(), height() + captionHeight);
    // Complete or not at all, owner-only, never over an SQLite file (SPEC §3 "Files written").
    return output::write(fileName, output::Rules{{QStringLiteral("png"), QStringLiteral("svg")}, {}},
                         [&](QIODevice &device, QString &) {
        if (!svg) {
            // Print resolution, drawn again from the scene rather than a screen grab.
            const double scale = printScale();
            QImage image(QSize(qRound(full.width() * scale), qRound(full.height() * scale)), QImage::Format_ARGB32);
            image.setDevicePixelRatio(scale);
            const int dotsPerMeter = qRound(300 / 0.0254);
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
            image.fill(m_paletteBase);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paintForFile(painter, size(), captionHeight);
            painter.end();
            return image.save(&device, "PNG");
        }
        QSvgGenerator generator;
        generator.setOutputDevice(&device);
        generator.setSize(full);
        generator.setViewBox(QRect(QPoint(0, 0), full));
        generator.setTitle(captionText());
        generator.setDescription(kpiDefinition(m_kpi));
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        paintForFile(painter, size(), captionHeight);
        return painter.end();
    });
}

} // namespace ft
