#include "charts/kpichartlegend.h"

#include <QChart>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

namespace ft {

void KpiChartLegend::build(QChart *chart, const QColor &base, const QColor &text)
{
    m_chart = chart;
    QStringList entries;
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (!m->isVisible() || m->label().isEmpty())
            continue;
        // Hollow markers (the period not over yet, too few items) show as an open square.
        const bool filled = m->brush().style() != Qt::NoBrush && m->brush().color().alpha() > 0
                            && m->brush().color() != base;
        const QColor swatch = filled ? m->brush().color() : m->pen().color();
        entries << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")   // notr: markup
                       .arg(swatch.name(), filled ? QStringLiteral("\u25a0") : QStringLiteral("\u25a1"),
                            m->label().toHtmlEscaped());
    }
    chart->legend()->setVisible(false);
    m_item = new QGraphicsTextItem(chart);
    m_item->setObjectName(QStringLiteral("kpiChartLegend"));
    m_item->setDefaultTextColor(text);
    m_item->setHtml(entries.join(QStringLiteral(" &nbsp;&nbsp; ")));
    m_item->setZValue(20);
    place();
}

void KpiChartLegend::place()
{
    if (!m_chart || !m_item)
        return;
    const QRectF area(QPointF(0, 0), m_chart->size());
    m_item->setTextWidth(std::max(100.0, area.width() - 24));
    const double height = m_item->document()->isEmpty() ? 0 : m_item->boundingRect().height();
    QMargins margins = m_chart->margins();
    const int bottom = int(std::ceil(height)) + 8;
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }
    m_item->setPos(12, area.height() - height - 4);
}

QString KpiChartLegend::plainText() const { return m_item ? m_item->toPlainText() : QString(); }

QRectF KpiChartLegend::rect() const
{
    return m_item ? m_item->mapRectToParent(m_item->boundingRect()) : QRectF();
}

} // namespace ft
