#include "report/reportrenderer.h"

#include "report/reportchart.h"

#include <QPagedPaintDevice>
#include <QCoreApplication>
#include <QPainter>

namespace ft {

namespace {
constexpr int wrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

const QColor ink(0x20, 0x20, 0x20);
const QColor muted(0x5a, 0x5a, 0x5a);
const QColor rule(0xc8, 0xc8, 0xc8);
const QColor headerFill(0xe8, 0xee, 0xf4);
const QColor accent(0x1f, 0x4e, 0x79);

// Text of a verdict: green or red when it is one, else the ink everything else is printed in
// (grey text reads as faded on paper).
QColor toneColour(int tone)
{
    if (tone > 0)
        return QColor(0x2e, 0x7d, 0x32);
    if (tone < 0)
        return QColor(0xb7, 0x1c, 0x1c);
    return ink;
}

// The bar beside a statement: grey when it passes no verdict.
QColor barColour(int tone) { return tone == 0 ? rule.darker(130) : toneColour(tone); }

qreal mm(const QPainter &p, qreal millimetres) { return millimetres * p.device()->logicalDpiY() / 25.4; }

void paintCells(QPainter &p, const ReportBox &b, const QFont &font, bool header)
{
    const qreal pad = mm(p, 1.2);
    if (header)
        p.fillRect(b.rect, headerFill);
    p.setFont(font);
    qreal x = b.rect.left();
    for (qsizetype i = 0; i < b.cells.size() && i < b.columns.size(); ++i) {
        const QRectF cell(x + pad, b.rect.top() + pad, b.columns.at(i) - 2 * pad, b.rect.height() - 2 * pad);
        p.setPen(!header && i == b.toneColumn ? toneColour(b.tone) : ink);
        p.drawText(cell, wrapFlags, b.cells.at(i));
        x += b.columns.at(i);
    }
    if (!header && !b.text.isEmpty()) {
        // The note runs under the cells, across the whole row.
        const QFontMetricsF fm(font, p.device());
        const qreal noteHeight = fm.boundingRect(QRectF(0, 0, b.rect.width() - 2 * pad, 1e9), wrapFlags, b.text).height();
        const QRectF note(b.rect.left() + pad, b.rect.bottom() - pad - noteHeight, b.rect.width() - 2 * pad, noteHeight);
        p.setPen(ink);
        p.drawText(note, wrapFlags, b.text);
    }
    p.setPen(QPen(rule, mm(p, 0.2)));
    p.drawLine(b.rect.bottomLeft(), b.rect.bottomRight());
}

void paintBox(QPainter &p, const ReportBox &b, const ReportData &data, const ReportFonts &f)
{
    switch (b.kind) {
    case ReportBox::Kind::Title:
        p.setFont(f.title);
        p.setPen(accent);
        p.drawText(b.rect, wrapFlags, b.text);
        break;
    case ReportBox::Kind::Subtitle:
        p.setFont(f.subtitle);
        p.setPen(ink);
        p.drawText(b.rect, wrapFlags, b.text);
        break;
    case ReportBox::Kind::Heading:
        p.setFont(f.heading);
        p.setPen(accent);
        p.drawText(b.rect, wrapFlags, b.text);
        break;
    case ReportBox::Kind::Paragraph:
        p.setFont(f.body);
        p.setPen(ink);
        p.drawText(b.rect, wrapFlags, b.text);
        break;
    case ReportBox::Kind::TableHeader: paintCells(p, b, f.tableHeader, true); break;
    case ReportBox::Kind::TableRow: paintCells(p, b, f.table, false); break;
    case ReportBox::Kind::Statement: {
        const qreal pad = mm(p, 1.5);
        const QRectF status(b.rect.left(), b.rect.top() + pad, b.columns.value(0) - pad, b.rect.height() - 2 * pad);
        const QRectF sentence(b.rect.left() + b.columns.value(0) + pad, b.rect.top() + pad, b.columns.value(1) - 2 * pad,
                              b.rect.height() - 2 * pad);
        p.fillRect(QRectF(b.rect.left(), b.rect.top(), mm(p, 1.2), b.rect.height()), barColour(b.tone));
        QFont bold = f.body;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(toneColour(b.tone));
        p.drawText(status.adjusted(mm(p, 3), 0, 0, 0), wrapFlags, b.cells.value(0));
        p.setFont(f.body);
        p.setPen(ink);
        p.drawText(sentence, wrapFlags, b.cells.value(1));
        break;
    }
    case ReportBox::Kind::Chart: {
        const ReportKpi &kpi = data.kpis.at(b.kpiIndex);
        const QFontMetricsF titleFm(f.subtitle, p.device());
        QRectF title = b.rect;
        title.setHeight(titleFm.height());
        p.setFont(f.subtitle);
        p.setPen(accent);
        p.drawText(title, wrapFlags, b.cells.value(0));
        // Caption (definition, then markers) at the bottom; the chart takes what is left.
        const QFontMetricsF smallFm(f.small, p.device());
        QString caption = b.text;
        if (!b.cells.value(1).isEmpty())
            caption += QLatin1Char('\n') + QCoreApplication::translate("ft::ReportLayout", "Initiatives marked on the chart: %1").arg(b.cells.value(1));
        const qreal captionH = smallFm.boundingRect(QRectF(0, 0, b.rect.width(), 1e9), wrapFlags, caption).height();
        const QRectF captionRect(b.rect.left(), b.rect.bottom() - captionH, b.rect.width(), captionH);
        const QRectF chartRect(b.rect.left(), title.bottom() + mm(p, 1), b.rect.width(),
                               captionRect.top() - title.bottom() - mm(p, 2));
        paintKpiChart(p, chartRect, kpi, f.small);
        p.setFont(f.small);
        p.setPen(muted);
        p.drawText(captionRect, wrapFlags, caption);
        break;
    }
    case ReportBox::Kind::Footer:
        p.setFont(f.small);
        p.setPen(muted);
        p.drawText(b.rect, Qt::AlignLeft | Qt::AlignVCenter, b.cells.value(0));
        p.drawText(b.rect, Qt::AlignRight | Qt::AlignVCenter, b.cells.value(1));
        p.setPen(QPen(rule, mm(p, 0.2)));
        p.drawLine(b.rect.topLeft() - QPointF(0, mm(p, 1.5)), b.rect.topRight() - QPointF(0, mm(p, 1.5)));
        break;
    }
}
} // namespace

bool paintReport(const ReportData &data, QPagedPaintDevice &device, const ReportProgress &progress)
{
    const ReportLayout layout = layoutReport(data, device, ReportFonts::standard());
    return paintReport(data, layout, device, progress);
}

bool paintReport(const ReportData &data, const ReportLayout &layout, QPagedPaintDevice &device,
                 const ReportProgress &progress)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const ReportFonts fonts = ReportFonts::standard();
    const int total = int(layout.pages.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            painter.end();
            return false;
        }
        if (i > 0)
            device.newPage();
        for (const ReportBox &b : layout.pages.at(i).boxes)
            paintBox(painter, b, data, fonts);
    }
    return painter.end();
}

} // namespace ft
