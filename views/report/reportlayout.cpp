#include "report/reportlayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPaintDevice>
#include <numeric>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ReportLayout)
};

constexpr int wrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

// Places boxes top to bottom, starting a new page when the next one would not fit the body.
class Flow
{
public:
    Flow(const QPaintDevice &device, ReportLayout &layout)
        : m_device(device), m_layout(layout)
    {
        newPage();
    }

    qreal mm(qreal millimetres) const { return millimetres * m_device.logicalDpiY() / 25.4; }
    qreal width() const { return m_layout.body.width(); }
    qreal left() const { return m_layout.body.left(); }
    qreal spaceLeft() const { return m_layout.body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_layout.body.top() + 0.5; }

    qreal textHeight(const QFont &font, const QString &text, qreal width) const
    {
        const QFontMetricsF fm(font, &m_device);
        return fm.boundingRect(QRectF(0, 0, width, 1e9), wrapFlags, text).height();
    }

    // True when wrapping cannot bring the text within `width`.
    bool tooWide(const QFont &font, const QString &text, qreal width) const
    {
        const QFontMetricsF fm(font, &m_device);
        return fm.boundingRect(QRectF(0, 0, width, 1e9), wrapFlags, text).width() > width + 0.5;
    }

    void newPage()
    {
        m_layout.pages.append(ReportPage{});
        m_y = m_layout.body.top();
    }

    // Starts a new page unless `height` (plus what must stay with it) still fits.
    void ensure(qreal height)
    {
        if (!atPageTop() && height > spaceLeft())
            newPage();
    }

    ReportBox &place(ReportBox box, qreal height, qreal gapAfter)
    {
        box.rect = QRectF(left(), m_y, width(), height);
        m_y += height + gapAfter;
        m_layout.pages.last().boxes.append(std::move(box));
        return m_layout.pages.last().boxes.last();
    }

    void skip(qreal height) { m_y = qMin(m_y + height, m_layout.body.bottom()); }

private:
    const QPaintDevice &m_device;
    ReportLayout &m_layout;
    qreal m_y = 0;
};

ReportBox textBox(ReportBox::Kind kind, const QString &text)
{
    ReportBox b;
    b.kind = kind;
    b.text = text;
    return b;
}

void paragraph(Flow &flow, const QFont &font, const QString &text, qreal gapAfter)
{
    const qreal h = flow.textHeight(font, text, flow.width());
    flow.ensure(h);
    ReportBox &b = flow.place(textBox(ReportBox::Kind::Paragraph, text), h, gapAfter);
    b.neededHeight = h;
}

// A heading never ends a page: it moves on with at least `keepWith` of what follows it.
void heading(Flow &flow, const ReportFonts &fonts, const QString &text, qreal keepWith)
{
    const qreal h = flow.textHeight(fonts.heading, text, flow.width());
    flow.ensure(h + flow.mm(3) + keepWith);
    ReportBox &b = flow.place(textBox(ReportBox::Kind::Heading, text), h, flow.mm(3));
    b.neededHeight = h;
}

// Column widths from relative weights.
QList<qreal> columnsOf(const QList<qreal> &weights, qreal width)
{
    const qreal total = std::accumulate(weights.begin(), weights.end(), 0.0);
    QList<qreal> out;
    for (qreal w : weights)
        out << width * w / total;
    return out;
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

// A table whose header comes again at the top of every page it runs onto.
void table(Flow &flow, const ReportFonts &fonts, const QStringList &header, const QList<QStringList> &rows,
           const QList<int> &tones, const QList<qreal> &weights)
{
    const QList<qreal> columns = columnsOf(weights, flow.width());
    const qreal pad = flow.mm(1.2);
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
    const qreal firstRow = rows.isEmpty() ? 0 : rowHeight(flow, fonts.table, rows.first(), columns, pad);
    flow.ensure(headerHeight + firstRow);
    placeHeader();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const qreal h = rowHeight(flow, fonts.table, rows.at(r), columns, pad);
        if (h > flow.spaceLeft()) {
            flow.newPage();
            placeHeader();
        }
        ReportBox b;
        b.kind = ReportBox::Kind::TableRow;
        b.cells = rows.at(r);
        b.columns = columns;
        b.neededHeight = h;
        b.overflows = rowOverflows(flow, fonts.table, b.cells, columns, pad);
        b.tone = tones.value(r, 0);
        flow.place(b, h, 0);
    }
    flow.skip(flow.mm(5));
}

QString longDate(QDate d) { return QLocale().toString(d, QStringLiteral("d MMMM yyyy")); }
QString shortDate(QDate d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }

void titlePage(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    flow.skip(flow.mm(45));
    const QString title = Tr::tr("Continual Service Improvement review");
    qreal h = flow.textHeight(fonts.title, title, flow.width());
    flow.place(textBox(ReportBox::Kind::Title, title), h, flow.mm(8)).neededHeight = h;

    const QStringList lines{data.team, Tr::tr("Period: %1").arg(data.periodName),
                            Tr::tr("Charts cover %1 to %2").arg(longDate(data.rangeFrom), longDate(data.rangeTo)),
                            Tr::tr("Prepared on %1").arg(longDate(data.generatedAt.date()))};
    for (const QString &line : lines) {
        h = flow.textHeight(fonts.subtitle, line, flow.width());
        flow.place(textBox(ReportBox::Kind::Subtitle, line), h, flow.mm(3)).neededHeight = h;
    }
    flow.skip(flow.mm(20));
    const QString contents =
        Tr::tr("In this pack:\n"
           "1. Summary: each measure this period against the previous one and its target\n"
           "2. What changed, in plain words\n"
           "3. One chart per measure, with its target and the improvement initiatives\n"
           "4. The improvement register: what we are doing about it, before and after\n"
           "5. Closure checklists: how often they are followed, and whether they prevent callbacks");
    paragraph(flow, fonts.body, contents, 0);
    flow.newPage();
}

void summaryPage(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    heading(flow, fonts, Tr::tr("Summary for %1").arg(data.periodName), flow.mm(20));
    paragraph(flow, fonts.body,
              Tr::tr("Each measure for %1 next to %2. “Change” is the difference between the two; rates change in "
                 "percentage points. The status compares the measure with its target, or with the previous period "
                 "when it has no target.")
                  .arg(data.periodName, data.previousPeriodName),
              flow.mm(4));
    QList<QStringList> rows;
    QList<int> tones;
    for (const ReportKpi &k : data.kpis) {
        QString target = QString(QChar(0x2014));
        if (k.target)
            target = (k.kpi.higherIsBetter ? Tr::tr("at least %1") : Tr::tr("at most %1")).arg(plainValue(*k.target, k.kpi.unit));
        rows << QStringList{k.kpi.name,
                            plainValueOrDash(k.comparison.current, k.kpi.unit),
                            plainValueOrDash(k.comparison.previous, k.kpi.unit),
                            k.verdict.change.isEmpty() ? QString(QChar(0x2014)) : k.verdict.change,
                            target,
                            plainStatusLabel(k.verdict.status)};
        tones << toneOf(k.verdict.status);
    }
    table(flow, fonts, {Tr::tr("Measure"), data.periodName, data.previousPeriodName, Tr::tr("Change"), Tr::tr("Target"), Tr::tr("Status")},
          rows, tones, {3.0, 1.5, 1.5, 1.5, 1.6, 1.9});
    flow.newPage();
}

void sentences(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    heading(flow, fonts, Tr::tr("What changed, in plain words"), flow.mm(15));
    const QList<qreal> columns = columnsOf({1.0, 4.6}, flow.width());
    const qreal pad = flow.mm(1.5);
    for (int i = 0; i < data.kpis.size(); ++i) {
        const ReportKpi &k = data.kpis.at(i);
        ReportBox b;
        b.kind = ReportBox::Kind::Statement;
        b.cells = {plainStatusLabel(k.verdict.status), k.verdict.sentence};
        b.columns = columns;
        b.kpiIndex = i;
        b.tone = toneOf(k.verdict.status);
        const qreal h = rowHeight(flow, fonts.body, b.cells, columns, pad);
        b.neededHeight = h;
        b.overflows = rowOverflows(flow, fonts.body, b.cells, columns, pad);
        flow.ensure(h);
        flow.place(b, h, flow.mm(1));
    }
    flow.skip(flow.mm(6));
}

QString markerLegend(const ReportKpi &k)
{
    QStringList parts;
    for (int i = 0; i < k.initiatives.size(); ++i) {
        const CsiInitiative &c = k.initiatives.at(i);
        parts << Tr::tr("%1 “%2” started %3").arg(i + 1).arg(c.title, shortDate(c.startDate));
    }
    return parts.join(QStringLiteral("; "));
}

void charts(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    flow.newPage();
    heading(flow, fonts, Tr::tr("The measures over time"), flow.mm(90));
    // Two charts to a page: each gets just under half the body.
    const qreal slot = (flow.spaceLeft() - flow.mm(8)) / 2.0;
    for (int i = 0; i < data.kpis.size(); ++i) {
        const ReportKpi &k = data.kpis.at(i);
        ReportBox b;
        b.kind = ReportBox::Kind::Chart;
        b.kpiIndex = i;
        b.cells = {k.kpi.name, markerLegend(k)};
        b.text = k.definition;
        const qreal titleH = flow.textHeight(fonts.subtitle, k.kpi.name, flow.width());
        const qreal captionH = flow.textHeight(fonts.small, b.text, flow.width());
        const qreal legendH = b.cells.at(1).isEmpty() ? 0 : flow.textHeight(fonts.small, Tr::tr("Markers: %1").arg(b.cells.at(1)), flow.width());
        const qreal minChart = flow.mm(55);
        b.neededHeight = titleH + minChart + captionH + legendH + flow.mm(3);
        const qreal h = qMax(slot, b.neededHeight);
        flow.ensure(h);
        flow.place(b, h, flow.mm(6));
    }
}

void registerSection(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    flow.newPage();
    heading(flow, fonts, Tr::tr("Improvement register"), flow.mm(25));
    paragraph(flow, fonts.body,
              Tr::tr("Each improvement initiative, the measure it aims to move, and that measure in the last whole "
                 "period before it started next to the latest whole period since."),
              flow.mm(4));
    if (data.initiatives.isEmpty()) {
        paragraph(flow, fonts.body, Tr::tr("The register holds no initiatives yet."), flow.mm(6));
        return;
    }
    QList<QStringList> rows;
    QList<int> tones;
    for (const ReportInitiative &r : data.initiatives) {
        const CsiInitiative &c = r.initiative;
        const BeforeAfter &ba = r.beforeAfter;
        QString before = plainValueOrDash(ba.beforeValue(), r.unit);
        if (ba.before)
            before = Tr::tr("%1 (%2)").arg(before, ba.before->label);
        QString after = ba.after ? Tr::tr("%1 (%2)").arg(plainValueOrDash(ba.afterValue(), r.unit), ba.after->label)
                                 : Tr::tr("not measurable yet");
        QString reached = Tr::tr("not known yet");
        if (ba.reached == TargetReached::Yes)
            reached = Tr::tr("yes");
        else if (ba.reached == TargetReached::No)
            reached = isClosedCsiStatus(c.status) ? Tr::tr("no") : Tr::tr("not yet");
        QString initiative = c.owner.isEmpty() ? c.title : Tr::tr("%1\nOwner: %2").arg(c.title, c.owner);
        if (!c.outcome.isEmpty())
            initiative = Tr::tr("%1\nOutcome: %2").arg(initiative, c.outcome);
        rows << QStringList{initiative, r.kpiName, csiStatusLabel(c.status), shortDate(c.startDate),
                            before, after, plainValueOrDash(c.target, r.unit), reached};
        tones << (ba.reached == TargetReached::Yes ? 1 : ba.reached == TargetReached::No ? -1 : 0);
    }
    table(flow, fonts,
          {Tr::tr("Initiative"), Tr::tr("Measure"), Tr::tr("Status"), Tr::tr("Started"), Tr::tr("Before"), Tr::tr("Since"), Tr::tr("Target"),
           Tr::tr("Target reached")},
          rows, tones, {2.9, 2.2, 1.4, 1.4, 1.7, 1.7, 1.3, 1.4});
}

QString percentOrDash(const std::optional<double> &rate) { return plainValueOrDash(rate, PlainUnit::Rate); }

void checklistSection(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    const ReportChecklists &c = data.checklists;
    heading(flow, fonts, Tr::tr("Closure checklists"), flow.mm(25));
    if (c.withChecklist == 0) {
        paragraph(flow, fonts.body, Tr::tr("No item resolved in %1 had a closure checklist.").arg(data.periodName), flow.mm(6));
        return;
    }
    paragraph(flow, fonts.body,
              Tr::tr("Of %1 items resolved in %2 with a closure checklist, %3 were resolved with every required step "
                 "checked.")
                  .arg(QLocale().toString(c.withChecklist), data.periodName, percentOrDash(c.complianceRate)),
              flow.mm(2));
    if (c.completeResolved + c.incompleteResolved > 0)
        paragraph(flow, fonts.body,
              Tr::tr("Items whose checklist was completed in full were called back %1 of the time (%2 items); items where "
                 "a step was skipped or the checklist overridden were called back %3 of the time (%4 items).")
                  .arg(percentOrDash(c.completeCallbackRate), QLocale().toString(c.completeResolved),
                       percentOrDash(c.incompleteCallbackRate), QLocale().toString(c.incompleteResolved)),
              flow.mm(4));
    if (c.items.isEmpty())
        return;
    QList<QStringList> rows;
    QList<int> tones;
    for (const ReportChecklistItem &i : c.items) {
        const QString step = i.required ? Tr::tr("%1 (required)").arg(i.text) : i.text;
        rows << QStringList{step, i.templateName, QLocale().toString(i.skipped), percentOrDash(i.callbackRateWhenSkipped),
                            percentOrDash(i.callbackRateWhenChecked)};
        // The last column is not a verdict here: no colour.
        tones << 0;
    }
    table(flow, fonts,
          {Tr::tr("Checklist step"), Tr::tr("Checklist"), Tr::tr("Times skipped"), Tr::tr("Called back when skipped"),
           Tr::tr("Called back when done")},
          rows, tones, {3.6, 2.2, 1.2, 1.5, 1.5});
}

void dataNotes(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    if (data.dataProblems.isEmpty())
        return;
    heading(flow, fonts, Tr::tr("Notes on the data"), flow.mm(10));
    for (const QString &p : data.dataProblems)
        paragraph(flow, fonts.small, p, flow.mm(1.5));
}

void footers(ReportLayout &layout, const ReportData &data, const QPaintDevice &device, const ReportFonts &fonts)
{
    const int total = int(layout.pages.size());
    const QFontMetricsF fm(fonts.small, &device);
    for (int p = 0; p < total; ++p) {
        ReportBox b;
        b.kind = ReportBox::Kind::Footer;
        b.rect = QRectF(layout.printable.left(), layout.printable.bottom() - fm.height(), layout.printable.width(),
                        fm.height());
        b.neededHeight = fm.height();
        b.cells = {Tr::tr("CSI review · %1 · %2").arg(data.team, data.periodName), Tr::tr("Page %1 of %2").arg(p + 1).arg(total)};
        layout.pages[p].boxes.append(b);
    }
}
} // namespace

ReportFonts ReportFonts::standard()
{
    ReportFonts f;
    const QString family = QStringLiteral("DejaVu Sans");
    auto font = [&](qreal points, bool bold) {
        QFont made(family);
        made.setPointSizeF(points);
        made.setBold(bold);
        return made;
    };
    f.title = font(24, true);
    f.subtitle = font(13, false);
    f.heading = font(16, true);
    f.body = font(10.5, false);
    f.small = font(8.5, false);
    f.tableHeader = font(9, true);
    f.table = font(9, false);
    return f;
}

int toneOf(PlainStatus status)
{
    switch (status) {
    case PlainStatus::OnTarget:
    case PlainStatus::Improving: return 1;
    case PlainStatus::NeedsAttention: return -1;
    case PlainStatus::Steady:
    case PlainStatus::ForInformation:
    case PlainStatus::NoData: return 0;
    }
    return 0;
}

void setUpReportPage(QPagedPaintDevice &device, ReportPaper paper)
{
    const QPageSize size(paper == ReportPaper::Letter ? QPageSize::Letter : QPageSize::A4);
    device.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
}

ReportLayout layoutReport(const ReportData &data, const QPaintDevice &device, const ReportFonts &fonts)
{
    ReportLayout layout;
    layout.printable = QRectF(0, 0, device.width(), device.height());
    const QFontMetricsF fm(fonts.small, &device);
    const qreal footerBand = fm.height() + 6.0 * device.logicalDpiY() / 25.4;
    layout.body = layout.printable.adjusted(0, 0, 0, -footerBand);

    Flow flow(device, layout);
    titlePage(flow, data, fonts);
    summaryPage(flow, data, fonts);
    sentences(flow, data, fonts);
    charts(flow, data, fonts);
    registerSection(flow, data, fonts);
    checklistSection(flow, data, fonts);
    dataNotes(flow, data, fonts);
    // A section that ended exactly at a page end leaves an empty page behind.
    while (layout.pages.size() > 1 && layout.pages.last().boxes.isEmpty())
        layout.pages.removeLast();
    footers(layout, data, device, fonts);
    return layout;
}

} // namespace ft
