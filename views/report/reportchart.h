#pragma once

#include "report/reportdata.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace ft {

// Paints one KPI's chart into `target`: the values per period, the target as a dashed line and
// each initiative's start as a numbered marker. Drawn through QGraphicsScene::render, so a PDF
// gets vector paths and text rather than a picture.
void paintKpiChart(QPainter &painter, const QRectF &target, const ReportKpi &kpi, const QFont &markerFont);

} // namespace ft
