#pragma once

#include "report/reportdata.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPaintDevice;
class QPagedPaintDevice;

namespace ft {

// Where everything of the review report goes, computed before a single stroke is painted, so that
// tests can check the geometry (inside the printable area, no overlap, nothing cut off) and
// the paint step only draws what it is told. Coordinates are device units of the painter
// (origin at the top-left of the printable area).
struct ReportBox
{
    enum class Kind { Title, Subtitle, Heading, Paragraph, TableHeader, TableRow, Statement, Chart, Footer };
    Kind kind = Kind::Paragraph;
    QRectF rect;
    qreal neededHeight = 0;     // what the content measured; never more than rect.height()
    bool overflows = false;     // some text is wider than its cell (a word that cannot wrap): it would be cut
    QString text;               // the paragraph, heading, chart caption …; table row: a note across the row under its cells
    QStringList cells;          // table rows; statement: {status, sentence}; chart: {title}
    QList<qreal> columns;       // table column widths in device units, summing to rect.width()
    int kpiIndex = -1;          // chart and statement: which ReportData::kpis entry
    int tone = 0;               // statement / table status colour: 1 good, 0 neutral, -1 bad
    int toneColumn = -1;        // table row: the cell coloured by `tone` (-1: none, all in ink)
};

struct ReportPage
{
    QList<ReportBox> boxes;
};

struct ReportLayout
{
    QRectF printable;           // the whole area the painter may use
    QRectF body;                // printable less the footer band
    QList<ReportPage> pages;
};

// Fonts of the report in one place, so that layout and paint measure the same text.
struct ReportFonts
{
    QFont title, subtitle, heading, body, small, tableHeader, table;
    static ReportFonts standard();
};

// Sets the page size (A4 or Letter, portrait) and margins on the device.
void setUpReportPage(QPagedPaintDevice &device, ReportPaper paper);

// Lays out every section for the device's current page layout and resolution.
ReportLayout layoutReport(const ReportData &data, const QPaintDevice &device, const ReportFonts &fonts);

int toneOf(PlainStatus status);

} // namespace ft
