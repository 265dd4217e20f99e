#pragma once

#include "kpi/kpiengine.h"
#include "kpi/kpimarkers.h"
#include "kpi/kpitargets.h"
#include "charts/kpichartlegend.h"
#include "charts/kpisignaloverlay.h"

#include <QChartView>

class QGraphicsSimpleTextItem;
class QPainter;

namespace ft {

// One KPI over the periods of a table: the values as a line with dots coloured by whether they
// meet the target in force, the target as a dashed step line with the good and bad sides shaded,
// and each CSI initiative's start as a labelled vertical line. Hovering a dot shows its value,
// what it rests on, and the change from the period before.
class KpiChartWidget : public QChartView
{
    Q_OBJECT
public:
    explicit KpiChartWidget(QWidget *parent = nullptr);

    void setData(Kpi kpi, const KpiTable &table, const QList<KpiTarget> &targets, const QList<KpiMarker> &markers);
    // The same, with the periods before the ones shown, which the limits of normal variation are
    // computed from (`history` holds `table`'s periods as its last ones).
    void setData(Kpi kpi, const KpiTable &table, const QList<KpiTarget> &targets, const QList<KpiMarker> &markers,
                 const KpiTable &history);
    Kpi kpi() const { return m_kpi; }
    // Draws the limits of normal variation and the centre line (SPEC §2b); on by default.
    void setShowLimits(bool show);
    bool showsLimits() const { return m_showLimits; }
    const KpiSignalOverlay &overlay() const { return m_overlay; }
    // The text the tooltip of the period at `index` shows.
    QString pointText(int index) const;
    // Marker labels as drawn, for tests.
    QStringList markerLabels() const;
    // The legend under the chart, wrapped to its width (KpiChartLegend).
    const KpiChartLegend &legend() const { return m_legend; }
    // PNG or SVG by the file's suffix (.png or .svg, nothing else), written through output::SafeFile.
    // A PNG is drawn at print resolution (printScale() times the widget: at least 2480 pixels, an A4
    // width at 300 dpi, for a chart up to 413 pixels wide, and tagged 300 dpi); both carry
    // captionText() under the chart.
    Result<QString> saveTo(const QString &fileName);
    // "Callback rate, 2025-12 to 2026-11": the KPI and the periods shown.
    QString captionText() const;
    double printScale() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeMarkerLabels();
    void paintForFile(QPainter &painter, const QSize &chartSize, int captionHeight);

    Kpi m_kpi = Kpi::Opened;
    KpiTable m_table;
    QList<KpiTarget> m_targets;
    QList<KpiMarker> m_markers;
    KpiSignalOverlay m_overlay;
    KpiChartLegend m_legend;
    bool m_showLimits = true;
    struct PlacedMarker
    {
        double x;
        QGraphicsSimpleTextItem *label;
    };
    QList<PlacedMarker> m_placed;
    double m_yMax = 1;
    bool m_dark = false;          // the palette the chart was drawn for
    QColor m_paletteBase;
};

} // namespace ft
