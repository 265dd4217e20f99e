#include "report/reporttable.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <vector>

namespace ft::reportflow {

namespace {
// The width of the widest line of `text` (explicit line breaks only).
qreal widestLine(const QFontMetricsF &fm, const QString &text)
{
    qreal w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = qMax(w, fm.horizontalAdvance(line));
    return w;
}

// The narrowest width at which `text` takes at most two lines, broken between words.
qreal twoLines(const QFontMetricsF &fm, const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qreal best = fm.horizontalAdvance(text);
    for (qsizetype k = 1; k < words.size(); ++k) {
        const qreal first = fm.horizontalAdvance(words.mid(0, k).join(QLatin1Char(' ')));
        const qreal second = fm.horizontalAdvance(words.mid(k).join(QLatin1Char(' ')));
        best = qMin(best, qMax(first, second));
    }
    return best;
}

// Column widths measured with the fonts the table is painted in. A header may wrap between its
// words when room is short; a short value never wraps.
QList<qreal> columnsOf(const QPaintDevice &device, const ReportFonts &fonts, const QList<Column> &columns,
                       const QList<QStringList> &rows, qreal width, qreal pad, qreal comfortableText)
{
    const QFontMetricsF cellFm(fonts.table, &device);
    const QFontMetricsF headerFm(fonts.tableHeader, &device);
    // The painter's text layout may come out a hair wider than the metrics (hinting, rounding to
    // device pixels): a value measured to fit exactly must not wrap because of it.
    const qreal slack = device.logicalDpiX() / 25.4 * 0.6;
    const size_t n = size_t(columns.size());
    std::vector<qreal> least(n, 0), full(n, 0);   // fixed columns: header wrapped / on one line
    qreal wrapWeight = 0, wrapLeast = 0;
    for (size_t c = 0; c < n; ++c) {
        qreal cells = 0, words = 0;
        for (const QStringList &row : rows) {
            cells = qMax(cells, widestLine(cellFm, row.value(qsizetype(c))));
            words = qMax(words, widestWord(cellFm, row.value(qsizetype(c))));
        }
        const Column &col = columns.at(qsizetype(c));
        if (col.wraps) {
            least[c] = qMax(words, widestWord(headerFm, col.header)) + 2 * pad;
            wrapWeight += col.weight;
            wrapLeast += qMax(least[c], comfortableText * col.weight);
        } else {
            qreal cellsLeast = cells;
            if (col.phrase) {
                cellsLeast = 0;
                for (const QStringList &row : rows)
                    cellsLeast = qMax(cellsLeast, twoLines(cellFm, row.value(qsizetype(c))));
            }
            least[c] = qMax(cellsLeast, twoLines(headerFm, col.header)) + 2 * pad + slack;
            full[c] = qMax(cells, widestLine(headerFm, col.header)) + 2 * pad + slack;
        }
    }
    // Headers and phrases on one line while the free text keeps a comfortable width; when it would
    // not, columns break onto two lines one at a time, as few as will do (a column that breaks at
    // all might as well take its two-line width).
    std::vector<qreal> out(n, 0);
    qreal fixed = 0;
    for (size_t c = 0; c < n; ++c) {
        if (!columns.at(qsizetype(c)).wraps) {
            out[c] = full[c];
            fixed += full[c];
        }
    }
    while (width - fixed < wrapLeast) {
        // The column whose break gives back just enough, or else the one that gives back most.
        const qreal missing = wrapLeast - (width - fixed);
        size_t best = n;
        for (size_t c = 0; c < n; ++c) {
            if (columns.at(qsizetype(c)).wraps || out[c] <= least[c])
                continue;
            const qreal gain = full[c] - least[c];
            if (best == n) {
                best = c;
                continue;
            }
            const qreal bestGain = full[best] - least[best];
            const bool enough = gain >= missing, bestEnough = bestGain >= missing;
            if ((enough && (!bestEnough || gain < bestGain)) || (!enough && !bestEnough && gain > bestGain))
                best = c;
        }
        if (best == n)
            break;
        fixed -= out[best] - least[best];
        out[best] = least[best];
    }
    if (fixed > width) {
        // Not even the short values fit: shrink them alike (the layout reports what gets cut).
        for (size_t c = 0; c < n; ++c)
            out[c] = columns.at(qsizetype(c)).wraps ? 0 : least[c] * width / fixed;
        return QList<qreal>(out.begin(), out.end());
    }
    qreal left = width - fixed;
    if (wrapWeight <= 0) {
        // Only short values: the spare width goes to them evenly.
        for (size_t c = 0; c < n; ++c)
            out[c] += left / qreal(n);
        return QList<qreal>(out.begin(), out.end());
    }
    // Wrapping columns share by weight, each at least as wide as its widest word.
    std::vector<bool> pinned(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal weight = 0, space = left;
        for (size_t c = 0; c < n; ++c) {
            if (columns.at(qsizetype(c)).wraps && !pinned[c])
                weight += columns.at(qsizetype(c)).weight;
            else if (columns.at(qsizetype(c)).wraps)
                space -= out[c];
        }
        for (size_t c = 0; c < n; ++c) {
            if (!columns.at(qsizetype(c)).wraps || pinned[c])
                continue;
            out[c] = weight > 0 ? space * columns.at(qsizetype(c)).weight / weight : 0;
            if (out[c] < least[c]) {
                out[c] = least[c];
                pinned[c] = true;
                changed = true;
            }
        }
    }
    return QList<qreal>(out.begin(), out.end());
}

bool rowOverflows(const Flow &flow, const QFont &font, const QStringList &cells, const QList<qreal> &columns, qreal pad)
{
    for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
        if (flow.tooWide(font, cells.at(i), columns.at(i) - 2 * pad))
            return true;
    }
    return false;
}

qreal rowHeight(const Flow &flow, const QFont &font, const QStringList &cells, const QList<qreal> &columns, qreal pad)
{
    qreal h = 0;
    for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i)
        h = qMax(h, flow.textHeight(font, cells.at(i), columns.at(i) - 2 * pad));
    return h + 2 * pad;
}

// Never fewer rows than this at the foot of a page or at the top of the next one: a row or two
// alone on a page reads as a mistake.
constexpr int minRowsTogether = 3;

} // namespace

qreal widestWord(const QFontMetricsF &fm, const QString &text)
{
    qreal w = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s")), Qt::SkipEmptyParts))
        w = qMax(w, fm.horizontalAdvance(word));
    return w;
}

// A table whose header comes again at the top of every page it runs onto.
// `comfortable`: the width below which the free-text columns would rather have the headers wrap.
void table(Flow &flow, const ReportFonts &fonts, const QList<Column> &spec, const QList<TableRow> &rows, int toneColumn,
           qreal comfortable)
{
    const qreal pad = flow.mm(1.2);
    QStringList header;
    QList<QStringList> cells;
    for (const Column &c : spec)
        header << c.header;
    for (const TableRow &r : rows)
        cells << r.cells;
    const QList<qreal> columns = columnsOf(flow.device(), fonts, spec, cells, flow.width(), pad, comfortable);
    const qreal headerHeight = rowHeight(flow, fonts.tableHeader, header, columns, pad);
    auto placeHeader = [&] {
        ReportBox b;
        b.kind = ReportBox::Kind::TableHeader;
        b.cells = header;
        b.columns = columns;
        b.neededHeight = headerHeight;
        b.overflows = rowOverflows(flow, fonts.tableHeader, header, columns, pad);
        flow.place(b, headerHeight, 0);
    };
    const qsizetype n = rows.size();
    QList<qreal> heights;
    for (const TableRow &r : rows) {
        qreal h = rowHeight(flow, fonts.table, r.cells, columns, pad);
        if (!r.note.isEmpty())
            h += flow.textHeight(fonts.table, r.note, flow.width() - 2 * pad);
        heights << h;
    }
    auto heightOf = [&](qsizetype from, qsizetype count) {
        qreal h = 0;
        for (qsizetype i = from; i < from + count && i < n; ++i)
            h += heights.at(i);
        return h;
    };
    // A table too short to split keeps together; a longer one starts with at least a few rows.
    flow.ensure(headerHeight + heightOf(0, n < 2 * minRowsTogether ? n : minRowsTogether));
    placeHeader();
    qsizetype r = 0;
    while (r < n) {
        // The rows that fit on this page …
        qsizetype fit = 0;
        for (qreal used = 0; r + fit < n && used + heights.at(r + fit) <= flow.spaceLeft(); ++fit)
            used += heights.at(r + fit);
        // … less a few when the rest would otherwise be a row or two alone on the next page.
        if (r + fit < n && n - (r + fit) < minRowsTogether)
            fit = qMax<qsizetype>(qMin<qsizetype>(fit, minRowsTogether), fit - (minRowsTogether - (n - (r + fit))));
        fit = qMax<qsizetype>(fit, 1);   // a row taller than a page still goes somewhere
        for (qsizetype i = r; i < r + fit; ++i) {
            const TableRow &row = rows.at(i);
            ReportBox b;
            b.kind = ReportBox::Kind::TableRow;
            b.cells = row.cells;
            b.columns = columns;
            b.text = row.note;
            b.neededHeight = heights.at(i);
            b.overflows = rowOverflows(flow, fonts.table, b.cells, columns, pad);
            b.tone = row.tone;
            b.toneColumn = toneColumn;
            flow.place(b, heights.at(i), 0);
        }
        r += fit;
        if (r < n) {
            flow.newPage();
            placeHeader();
        }
    }
    flow.skip(flow.mm(5));
}

} // namespace ft::reportflow
