#include "report/reportlayout.h"
#include "domain/dateformats.h"

#include "report/plainchecklist.h"
#include "report/reportflow.h"
#include "report/reporttable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPaintDevice>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ReportLayout)
};

using namespace reportflow;

// A value that must stay on one line inside a phrase that may break ("at least | 4.2 out of 5").
QString unbroken(QString value) { return value.replace(QLatin1Char(' '), QChar(0x00a0)); }

QString longDate(QDate d) { return QLocale().toString(d, dateformat::longDayMonthYear()); }
QString shortDate(QDate d) { return QLocale().toString(d, dateformat::dayMonthYear()); }

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
    QList<TableRow> rows;
    for (const ReportKpi &k : data.kpis) {
        QString target = QString(QChar(0x2014));
        if (k.target)
            target = (k.kpi.higherIsBetter ? Tr::tr("at least %1") : Tr::tr("at most %1"))
                         .arg(unbroken(plainValue(*k.target, k.kpi.unit)));
        rows << TableRow{{k.kpi.name, plainFigure(k.comparison.current, k.kpi.unit, k.comparison.currentBasis),
                          plainFigure(k.comparison.previous, k.kpi.unit, k.comparison.previousBasis),
                          k.verdict.change.isEmpty() ? QString(QChar(0x2014)) : k.verdict.change, target,
                          plainStatusLabel(k.verdict.status)},
                         toneOf(k.verdict.status),
                         {}};
    }
    table(flow, fonts,
          {{Tr::tr("Measure"), true}, {data.periodName}, {data.previousPeriodName}, {Tr::tr("Change")},
           {Tr::tr("Target"), false, 1.0, true}, {Tr::tr("Status"), false, 1.0, true}},
          rows, 5, flow.mm(35));
    flow.newPage();
}

void sentences(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    heading(flow, fonts, Tr::tr("What changed, in plain words"), flow.mm(15));
    const qreal pad = flow.mm(1.5);
    // The status column as wide as its longest word in bold (plus the tone bar), the sentence the rest.
    QFont bold = fonts.body;
    bold.setBold(true);
    const QFontMetricsF boldFm(bold, &flow.device());
    qreal statusWidth = flow.mm(22);
    for (const ReportKpi &k : data.kpis)
        statusWidth = qMax(statusWidth, widestWord(boldFm, plainStatusLabel(k.verdict.status)) + flow.mm(3) + pad + 1.0);
    const QList<qreal> columns{statusWidth, flow.width() - statusWidth};
    for (int i = 0; i < data.kpis.size(); ++i) {
        const ReportKpi &k = data.kpis.at(i);
        ReportBox b;
        b.kind = ReportBox::Kind::Statement;
        b.cells = {plainStatusLabel(k.verdict.status), k.verdict.sentence};
        b.columns = columns;
        b.kpiIndex = i;
        b.tone = toneOf(k.verdict.status);
        // As the renderer paints it: the status in bold right of the tone bar, the sentence padded.
        const qreal statusText = columns.at(0) - pad - flow.mm(3);
        const qreal sentenceText = columns.at(1) - 2 * pad;
        const qreal h = qMax(flow.textHeight(bold, b.cells.at(0), statusText),
                             flow.textHeight(fonts.body, b.cells.at(1), sentenceText)) + 2 * pad;
        b.neededHeight = h;
        b.overflows = flow.tooWide(bold, b.cells.at(0), statusText) || flow.tooWide(fonts.body, b.cells.at(1), sentenceText);
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
        const qreal legendH = b.cells.at(1).isEmpty() ? 0 : flow.textHeight(fonts.small, Tr::tr("Initiatives marked on the chart: %1").arg(b.cells.at(1)), flow.width());
        const qreal minChart = flow.mm(55);
        b.neededHeight = titleH + minChart + captionH + legendH + flow.mm(3);
        const qreal h = qMax(slot, b.neededHeight);
        flow.ensure(h);
        flow.place(b, h, flow.mm(6));
    }
}

void registerSection(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    heading(flow, fonts, Tr::tr("Improvement register"), flow.mm(25));
    paragraph(flow, fonts.body,
              Tr::tr("Each improvement initiative, the measure it aims to move, and that measure in the last whole "
                 "period before it started next to the latest whole period since."),
              flow.mm(4));
    if (data.initiatives.isEmpty()) {
        paragraph(flow, fonts.body, Tr::tr("The register holds no initiatives yet."), flow.mm(6));
        return;
    }
    QList<TableRow> rows;
    for (const ReportInitiative &r : data.initiatives) {
        const CsiInitiative &c = r.initiative;
        const BeforeAfter &ba = r.beforeAfter;
        // A value over the period it was measured in, each on its own line: short lines that never wrap.
        // A figure resting on few items says so on a third line.
        auto figure = [&](const std::optional<KpiPoint> &p) {
            const QString value = plainFigure(p->value, r.unit, p->basis);
            const qsizetype line = value.indexOf(QLatin1Char('\n'));
            return line < 0 ? QStringLiteral("%1\n%2").arg(value, p->label)
                            : QStringLiteral("%1\n%2\n%3").arg(value.left(line), p->label, value.mid(line + 1));
        };
        const QString before = ba.before ? figure(ba.before) : plainValueOrDash(std::nullopt, r.unit);
        const QString after = ba.after ? figure(ba.after) : Tr::tr("too early");
        const bool fewAfter = ba.after && ba.after->value && restsOnFewItems(r.unit, ba.after->basis);
        QString reached = Tr::tr("not known yet");
        if (fewAfter)
            reached = plainStatusLabel(PlainStatus::TooFewItems);
        else if (ba.reached == TargetReached::Yes)
            reached = Tr::tr("yes");
        else if (ba.reached == TargetReached::No)
            reached = isClosedCsiStatus(c.status) ? Tr::tr("no") : Tr::tr("not yet");
        QString initiative = Tr::tr("%1\nMeasure: %2").arg(c.title, r.kpiName);
        if (!c.owner.isEmpty())
            initiative = Tr::tr("%1\nOwner: %2").arg(initiative, c.owner);
        // The outcome is a sentence or two: it gets the whole width under the row.
        QString outcome = c.outcome.isEmpty() ? QString() : Tr::tr("Outcome: %1").arg(c.outcome);
        if (ba.verdict)   // signal or noise, with the averages before and since the start (SPEC §2b)
            outcome = Tr::tr("Signal or noise: %1").arg(initiativeVerdictText(*ba.verdict, r.unit))
                      + (outcome.isEmpty() ? QString() : QLatin1Char('\n') + outcome);
        rows << TableRow{{initiative, csiStatusLabel(c.status), shortDate(c.startDate), before, after,
                          plainValueOrDash(c.target, r.unit), reached},
                         fewAfter ? 0 : ba.reached == TargetReached::Yes ? 1 : ba.reached == TargetReached::No ? -1 : 0,
                         outcome};
    }
    table(flow, fonts,
          {{Tr::tr("Initiative"), true}, {Tr::tr("Status")}, {Tr::tr("Started")}, {Tr::tr("Before")},
           {Tr::tr("Since")}, {Tr::tr("Target")}, {Tr::tr("Target reached"), false, 1.0, true}},
          rows, 6, flow.mm(65));
}

void checklistSection(Flow &flow, const ReportData &data, const ReportFonts &fonts)
{
    const ReportChecklists &c = data.checklists;
    heading(flow, fonts, Tr::tr("Closure checklists"), flow.mm(25));
    const QStringList said = plainChecklistSentences(c, data.periodName);
    for (int i = 0; i < said.size(); ++i)
        paragraph(flow, fonts.body, said.at(i), flow.mm(i + 1 < said.size() ? 2 : 4));
    QList<TableRow> rows;
    for (const ReportChecklistItem &i : c.items) {
        const QString step = i.required ? Tr::tr("%1 (required)").arg(i.text) : i.text;
        rows << TableRow{{step, i.templateName, QLocale().toString(i.skipped),
                          plainFigure(i.callbackRateWhenSkipped, PlainUnit::Rate, i.skipped),
                          plainFigure(i.callbackRateWhenChecked, PlainUnit::Rate, i.checked)},
                         0,
                         {}};
    }
    // No column here is a verdict: nothing is coloured.
    if (!rows.isEmpty())
        table(flow, fonts,
          {{Tr::tr("Checklist step"), true, 1.6}, {Tr::tr("Checklist"), true}, {Tr::tr("Times skipped")},
           {Tr::tr("Called back when skipped")}, {Tr::tr("Called back when done")}},
          rows, -1, flow.mm(35));
    if (const QString rare = plainRarelySkippedSentence(c); !rare.isEmpty())
        paragraph(flow, fonts.body, rare, flow.mm(4));
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
    case PlainStatus::NoData:
    case PlainStatus::TooFewItems: return 0;
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
    // The register and the checklists share a page after the charts: beside a chart the
    // register would push the checklists onto a page of their own.
    flow.newPage();
    registerSection(flow, data, fonts);
    flow.keepTogether([&](Flow &f) { checklistSection(f, data, fonts); });
    dataNotes(flow, data, fonts);
    // A section that ended exactly at a page end leaves an empty page behind.
    while (layout.pages.size() > 1 && layout.pages.last().boxes.isEmpty())
        layout.pages.removeLast();
    footers(layout, data, device, fonts);
    return layout;
}

} // namespace ft
