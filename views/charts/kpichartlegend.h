#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QChart;
class QGraphicsTextItem;

namespace ft {

// The chart's legend as wrapping text under the plot: QChart's own legend keeps to one row and
// elides every name ("Median resolutio…", "Average …") on a laptop-sized chart. Built from the
// legend markers the chart shows (which it then hides), drawn in the scene so that saved pictures
// carry it too.
class KpiChartLegend
{
public:
    // Replaces `chart`'s legend by a text item of the chart (owned by it).
    void build(QChart *chart, const QColor &base, const QColor &text);
    // Wraps the entries to the chart's width, sets the chart's bottom margin to fit them, and
    // places them under the axis labels. Call when the chart's size changed.
    void place();
    QString plainText() const;
    // In chart coordinates; empty before build().
    QRectF rect() const;

private:
    QChart *m_chart = nullptr;
    QGraphicsTextItem *m_item = nullptr;
};

} // namespace ft
