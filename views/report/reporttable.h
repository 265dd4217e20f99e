#pragma once

#include "report/reportflow.h"

#include <QFontMetricsF>
#include <QList>
#include <QStringList>

// The report's tables: columns measured from their contents, rows kept together across pages.
namespace ft::reportflow {

// A table column: short values (numbers, dates, statuses) keep to one line and get exactly the
// width their longest value needs; free text (titles, names, steps) wraps and shares what is left.
struct Column
{
    QString header;
    bool wraps = false;
    qreal weight = 1.0;   // how wrapping columns share the width left over
    // A short phrase ("needs attention", "at least 85 %"): one line when there is room, else it may
    // break between its words (never inside a value: values join their parts with no-break spaces).
    bool phrase = false;
};

// A row of a table, with what `toneColumn` says coloured by `tone`, and an optional note across
// the whole width under its cells.
struct TableRow
{
    QStringList cells;
    int tone = 0;
    QString note;
};

// The width of the widest word: narrower than that, wrapping cannot help.
qreal widestWord(const QFontMetricsF &fm, const QString &text);

// A table whose header comes again at the top of every page it runs onto.
// `comfortable`: the width below which the free-text columns would rather have the headers wrap.
void table(Flow &flow, const ReportFonts &fonts, const QList<Column> &spec, const QList<TableRow> &rows, int toneColumn,
           qreal comfortable);

} // namespace ft::reportflow
