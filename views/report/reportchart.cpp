#include "report/reportchart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsWidget>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <QCoreApplication>
#include <cmath>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ReportChart)
};

// Charts speak the reader's units: rates as percent.
double shown(double v, PlainUnit unit) { return unit == PlainUnit::Rate ? v * 100.0 : v; }

QString axisTitle(PlainUnit unit)
{
    switch (unit) {
    case PlainUnit::Count: return Tr::tr("count");
    case PlainUnit::Rate: return Tr::tr("percent");
    case PlainUnit::Hours: return Tr::tr("hours");
    case PlainUnit::BusinessHours: return Tr::tr("working hours");
    case PlainUnit::Score: return Tr::tr("score (1–5)");
    }
    return {};
}

// The x position of a date: points sit at the middle of their period (index i), so a date
// falls between i − 0.5 and i + 0.5 in proportion to how far into the period it is.
std::optional<double> xOfDate(const QList<KpiPoint> &series, QDate date)
{
    for (int i = 0; i < series.size(); ++i) {
        const KpiPoint &p = series.at(i);
        if (date >= p.firstDay && date < p.endDay) {
            const double span = double(p.firstDay.daysTo(p.endDay));
            return i - 0.5 + double(p.firstDay.daysTo(date)) / span;
        }
    }
    return std::nullopt;
}

const QColor lineColour(0x1f, 0x4e, 0x79);
const QColor targetColour(0x2e, 0x7d, 0x32);
const QColor markerColour(0xb2, 0x6b, 0x00);
const QColor limitColour(0x80, 0x80, 0x80);
const QColor signalColour(0xd9, 0x7a, 0x00);

// What the posted QEvent::LayoutRequest would do: every widget of the scene (the chart, its legend)
// lays out its children now. Activating one layout may set another widget's geometry and so
// invalidate its layout again: repeated until all are settled.
void activateLayouts(const QGraphicsScene &scene)
{
    for (int pass = 0; pass < 4; ++pass) {
        bool settled = true;
        for (QGraphicsItem *item : scene.items(Qt::AscendingOrder)) {
            if (!item->isWidget())
                continue;
            QGraphicsLayout *layout = static_cast<QGraphicsWidget *>(item)->layout();
            if (layout && !layout->isActivated()) {
                layout->activate();
                settled = false;
            }
        }
        if (settled)
            return;
    }
}
} // namespace

void paintKpiChart(QPainter &painter, const QRectF &target, const ReportKpi &kpi, const QFont &markerFont)
{
    // The chart is built at screen-like size so its fonts keep their proportions, then scaled
    // onto the page.
    // 700 scene units across a 17 cm chart print the 8 pt labels at about 7.5 pt, and leave each
    // of twelve months room for its "Nov ’25".
    const QSizeF sceneSize(700.0, 700.0 * target.height() / target.width());
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), sceneSize));
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->font();
    small.setPointSizeF(8);
    chart->legend()->setFont(small);

    const QList<KpiPoint> &points = kpi.series;
    const int n = int(points.size());
    double low = 0, high = 0;
    bool any = false;

    // A line per run of periods with data: an empty period is a gap, never a zero.
    auto *markers = new QScatterSeries;
    markers->setName(kpi.kpi.name);
    markers->setMarkerSize(6);
    markers->setColor(lineColour);
    markers->setBorderColor(lineColour);
    QList<QLineSeries *> runs;
    QLineSeries *run = nullptr;
    for (int i = 0; i < n; ++i) {
        if (!points.at(i).value) {
            run = nullptr;
            continue;
        }
        const double y = shown(*points.at(i).value, kpi.kpi.unit);
        if (!run) {
            run = new QLineSeries;
            run->setPen(QPen(lineColour, 2));
            runs << run;
        }
        run->append(i, y);
        markers->append(i, y);
        low = any ? qMin(low, y) : y;
        high = any ? qMax(high, y) : y;
        any = true;
    }
    QLineSeries *targetLine = nullptr;
    if (kpi.target && n > 0) {
        const double t = shown(*kpi.target, kpi.kpi.unit);
        targetLine = new QLineSeries;
        targetLine->setName((kpi.kpi.higherIsBetter ? Tr::tr("Target: at least %1") : Tr::tr("Target: at most %1"))
                                .arg(plainValue(*kpi.target, kpi.kpi.unit)));
        QPen pen(targetColour, 1.5, Qt::DashLine);
        targetLine->setPen(pen);
        targetLine->append(-0.5, t);
        targetLine->append(n - 0.5, t);
        low = any ? qMin(low, t) : t;
        high = any ? qMax(high, t) : t;
        any = true;
    }

    // The limits of normal variation as step lines, and a ring round each point that signals (SPEC §2b).
    QLineSeries *upperLine = nullptr;
    QLineSeries *lowerLine = nullptr;
    QLineSeries *centreLine = nullptr;
    QScatterSeries *rings = nullptr;
    for (int i = 0; i < n && i < kpi.limits.size(); ++i) {
        const KpiPoint &p = points.at(i);
        const ReportLimits &l = kpi.limits.at(i);
        if (!centreLine) {
            centreLine = new QLineSeries;
            centreLine->setPen(QPen(limitColour, 1));
            upperLine = new QLineSeries;
            upperLine->setName(Tr::tr("Limits of normal variation"));
            lowerLine = new QLineSeries;
            for (QLineSeries *limit : {upperLine, lowerLine})
                limit->setPen(QPen(limitColour, 1, Qt::DashDotLine));
            rings = new QScatterSeries;
            rings->setName(Tr::tr("Signal: not normal variation"));
            rings->setMarkerSize(13);
            rings->setBrush(Qt::NoBrush);
            rings->setPen(QPen(signalColour, 1.6));
        }
        for (double x : {i - 0.5, i + 0.5}) {
            centreLine->append(x, shown(l.centre, kpi.kpi.unit));
            if (l.upper)
                upperLine->append(x, shown(*l.upper, kpi.kpi.unit));
            if (l.lower)
                lowerLine->append(x, shown(*l.lower, kpi.kpi.unit));
        }
        if (l.upper)
            high = any ? qMax(high, shown(*l.upper, kpi.kpi.unit)) : shown(*l.upper, kpi.kpi.unit);
        if (l.signal && p.value)
            rings->append(i, shown(*p.value, kpi.kpi.unit));
    }

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, qMax(0, n - 1) + 0.5);
    axisX->setLabelsFont(small);
    axisX->setGridLineVisible(false);
    // At most about a dozen labels, or they run into each other.
    const int step = qMax(1, int(std::ceil(n / 12.0)));
    // "Nov ’25" on two lines ("Nov" over "’25"): a dozen of them fit across without being cut to "Nov …".
    for (int i = 0; i < n; i += step) {
        QString label = points.at(i).label.toHtmlEscaped();
        if (const qsizetype space = label.lastIndexOf(QLatin1Char(' ')); space > 0)
            label = label.left(space) + QStringLiteral("<br>") + label.mid(space + 1);
        axisX->append(label, i);
    }
    auto *axisY = new QValueAxis;
    if (low > 0)
        low = 0;   // a bar-less line still reads best from zero
    // Small counts get whole-number ticks rather than 0.5 steps printed as "1, 1, 2".
    if (kpi.kpi.unit == PlainUnit::Count && high < 5)
        high = 5;
    if (high <= low)
        high = low + 1;
    axisY->setRange(low, high * 1.12);
    axisY->applyNiceNumbers();
    // A share never passes 100 %: an axis running to 150 % suggests it could.
    if (kpi.kpi.unit == PlainUnit::Rate && axisY->max() > 100.0) {
        axisY->setRange(low, 100.0);
        axisY->setTickCount(low == 0.0 ? 5 : axisY->tickCount());
    }
    if (kpi.kpi.unit == PlainUnit::Count && axisY->max() <= 6) {
        axisY->setRange(0, 6);
        axisY->setTickCount(7);
    }
    axisY->setLabelsFont(small);
    axisY->setTitleText(axisTitle(kpi.kpi.unit));
    axisY->setTitleFont(small);
    // Decimals only when the ticks fall between whole numbers: "20" rather than "20.0".
    const double tickStep = (axisY->max() - axisY->min()) / qMax(1, axisY->tickCount() - 1);
    const bool wholeTicks = std::fabs(tickStep - std::round(tickStep)) < 1e-9 && std::fabs(axisY->min() - std::round(axisY->min())) < 1e-9;
    axisY->setLabelFormat(kpi.kpi.unit == PlainUnit::Count || wholeTicks ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };
    for (QLineSeries *s : runs)
        attach(s);
    attach(markers);
    if (targetLine)
        attach(targetLine);
    if (centreLine) {
        for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{centreLine, upperLine, lowerLine, rings})
            attach(series);
        for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{centreLine, lowerLine}) {
            if (auto *m = chart->legend()->markers(series).value(0))
                m->setVisible(false);
        }
        if (auto *m = chart->legend()->markers(rings).value(0))
            m->setVisible(rings->count() > 0);
    }
    // The legend explains the target line; the measure itself is named by the chart's title.
    for (QLineSeries *s : runs) {
        if (auto *m = chart->legend()->markers(s).value(0))
            m->setVisible(false);
    }
    if (auto *m = chart->legend()->markers(markers).value(0))
        m->setVisible(false);
    chart->legend()->setVisible(targetLine != nullptr || centreLine != nullptr);

    // Lay the chart out before asking where things are. The layouts are activated here, not by the
    // event they posted: a paint routine must not turn the event loop (the window would repaint,
    // timers fire and deferred deletes run in the middle of a page).
    chart->setGeometry(QRectF(QPointF(0, 0), sceneSize));
    activateLayouts(scene);
    const QRectF source(QPointF(0, 0), sceneSize);
    scene.setSceneRect(source);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);

    if (!any) {
        painter.save();
        painter.setFont(markerFont);
        painter.setPen(Qt::darkGray);
        painter.drawText(target, Qt::AlignCenter, Tr::tr("No data in this range"));
        painter.restore();
    }

    // Initiative markers: a dashed line at the start date with its number at the top.
    const QRectF plot = chart->plotArea();
    const double sx = target.width() / source.width();
    const double sy = target.height() / source.height();
    painter.save();
    painter.setFont(markerFont);
    const QFontMetricsF fm(markerFont, painter.device());
    for (int i = 0; i < kpi.initiatives.size(); ++i) {
        const auto x = xOfDate(points, kpi.initiatives.at(i).startDate);
        if (!x || !markers->count())
            continue;
        const QPointF pos = chart->mapToPosition(QPointF(*x, axisY->min()), markers);
        const double px = target.left() + pos.x() * sx;
        const double top = target.top() + plot.top() * sy;
        const double bottom = target.top() + plot.bottom() * sy;
        QPen pen(markerColour, target.width() / 400.0, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(px, top + fm.height()), QPointF(px, bottom));
        const QString number = QString::number(i + 1);
        const double r = fm.height() * 0.55;
        const QRectF badge(px - r, top, 2 * r, 2 * r);
        painter.setBrush(markerColour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(badge);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, number);
        painter.setBrush(Qt::NoBrush);
    }
    painter.restore();
}

} // namespace ft
