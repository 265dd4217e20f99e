#include "report/reportlayout.h"
#include "report/reportrenderer.h"

#include <QApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QFontMetricsF>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace ft;

namespace {
// A report as big as a real one: every KPI of SPEC §2, a long register and checklist table,
// and sentences long enough to wrap.
ReportData bigReport()
{
    ReportData d;
    d.team = QStringLiteral("Service desk Berlin");
    d.periodName = QStringLiteral("March 2026");
    d.previousPeriodName = QStringLiteral("February 2026");
    d.rangeFrom = QDate(2025, 4, 1);
    d.rangeTo = QDate(2026, 3, 31);
    d.generatedAt = QDateTime(QDate(2026, 4, 2), QTime(9, 0));
    for (int k = 0; k < 17; ++k) {
        ReportKpi kpi;
        const PlainUnit unit = PlainUnit(k % 5);
        kpi.kpi = {QStringLiteral("kpi_%1").arg(k), QStringLiteral("Measure number %1 with a longish name").arg(k), unit, k % 2 == 0};
        kpi.definition = QStringLiteral("Over items resolved in the period: the time from opening to resolution, in "
                                        "calendar hours; items resolved before they were opened are left out.");
        for (int m = 0; m < 12; ++m) {
            const QDate first = d.rangeFrom.addMonths(m);
            std::optional<double> v = 10.0 + (m * 7 + k) % 9;
            if (unit == PlainUnit::Rate)
                v = *v / 20.0;
            if (m == 4)
                v.reset();
            // Measure 4 rests on a single item in its last month: stated, never judged.
            const qint64 basis = k == 4 && m == 11 ? 1 : 40;
            kpi.series << KpiPoint{first.toString(QStringLiteral("MMM yyyy")), first, first.addMonths(1), v, basis};
        }
        kpi.target = unit == PlainUnit::Rate ? 0.9 : 12.0;
        kpi.comparison.kpi = kpi.kpi;
        kpi.comparison.periodName = d.periodName;
        kpi.comparison.previousPeriodName = d.previousPeriodName;
        kpi.comparison.current = kpi.series.last().value;
        kpi.comparison.currentBasis = kpi.series.last().basis;
        kpi.comparison.previous = kpi.series.at(10).value;
        kpi.comparison.previousBasis = kpi.series.at(10).basis;
        kpi.comparison.target = kpi.target;
        if (k % 3 == 0) {
            CsiInitiative c;
            c.title = QStringLiteral("Initiative for measure %1").arg(k);
            c.startDate = QDate(2025, 10, 15);
            kpi.initiatives << c;
            kpi.comparison.initiative = PlainInitiative{c.title, c.startDate};
        }
        kpi.verdict = plainVerdict(kpi.comparison);
        d.kpis << kpi;
    }
    for (int i = 0; i < 14; ++i) {
        ReportInitiative r;
        r.initiative.title = QStringLiteral("Improvement initiative %1 whose title runs over more than one line").arg(i);
        r.initiative.owner = QStringLiteral("Owner %1").arg(i);
        r.initiative.startDate = QDate(2025, 10, 15);
        r.initiative.status = CsiStatus(i % 4);
        r.initiative.target = 8;
        r.unit = i % 3 == 0 ? PlainUnit::Hours : PlainUnit::Count;
        r.initiative.outcome = i % 2 ? QStringLiteral("Callbacks fell well below the target") : QString();
        r.kpiName = QStringLiteral("Callbacks");
        if (r.unit == PlainUnit::Hours)
            r.initiative.target = 1.2;   // "1.2 hours": wrapped once at the decimal point
        r.beforeAfter.before = KpiPoint{QStringLiteral("Sep 2025"), QDate(2025, 9, 1), QDate(2025, 10, 1), 14, 14};
        r.beforeAfter.after = KpiPoint{QStringLiteral("Feb 2026"), QDate(2026, 2, 1), QDate(2026, 3, 1), 9, i == 3 ? 2 : 9};
        r.beforeAfter.reached = TargetReached::No;
        d.initiatives << r;
    }
    d.checklists.withChecklist = 1234;
    d.checklists.complianceRate = 0.87;
    d.checklists.completeResolved = 1000;
    d.checklists.completeCallbackRate = 0.04;
    d.checklists.incompleteResolved = 234;
    d.checklists.incompleteCallbackRate = 0.11;
    for (int i = 0; i < 20; ++i)
        d.checklists.items << ReportChecklistItem{QStringLiteral("Incident closure"),
                                                  QStringLiteral("Confirm with the requester that the fix works (%1)").arg(i),
                                                  i % 2 == 0, 10 + i, 40 + i, 0.12, 0.05};
    d.dataProblems << QStringLiteral("3 items were resolved before they were opened and are left out of the times.");
    return d;
}

ReportLayout layoutFor(const ReportData &data, ReportPaper paper)
{
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("r.pdf")));
    setUpReportPage(writer, paper);
    return layoutReport(data, writer, ReportFonts::standard());
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    // Touching edges are fine; a shared area is not.
    return a.intersected(b).width() > 0.5 && a.intersected(b).height() > 0.5;
}
} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void shouldLayOutEverySectionInsideThePageWithoutOverlap_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(ReportPaper::A4);
        QTest::newRow("Letter") << int(ReportPaper::Letter);
    }

    void shouldLayOutEverySectionInsideThePageWithoutOverlap()
    {
        QFETCH(int, paper);
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("r.pdf")));
        setUpReportPage(writer, ReportPaper(paper));
        const ReportData data = bigReport();
        const ReportLayout layout = layoutReport(data, writer, ReportFonts::standard());

        QVERIFY(layout.pages.size() >= 6);
        QCOMPARE(layout.printable, QRectF(0, 0, writer.width(), writer.height()));
        int charts = 0, statements = 0, registerRows = 0, checklistRows = 0, summaryRows = 0;
        for (int p = 0; p < layout.pages.size(); ++p) {
            const QList<ReportBox> &boxes = layout.pages.at(p).boxes;
            int footers = 0;
            for (int i = 0; i < boxes.size(); ++i) {
                const ReportBox &b = boxes.at(i);
                QVERIFY2(layout.printable.contains(b.rect),
                         qPrintable(QStringLiteral("page %1 box %2 leaves the printable area").arg(p + 1).arg(i)));
                QVERIFY2(b.neededHeight <= b.rect.height() + 0.01,
                         qPrintable(QStringLiteral("page %1 box %2 is cut off").arg(p + 1).arg(i)));
                QVERIFY(b.rect.height() > 0);
                QVERIFY2(!b.overflows, qPrintable(QStringLiteral("page %1 box %2 has text wider than its cell: %3")
                                                      .arg(p + 1).arg(i).arg(b.cells.join(QLatin1Char('|')))));
                if (b.kind != ReportBox::Kind::Footer)
                    QVERIFY2(layout.body.contains(b.rect), qPrintable(QStringLiteral("page %1 box %2 runs into the footer").arg(p + 1).arg(i)));
                for (int j = i + 1; j < boxes.size(); ++j)
                    QVERIFY2(!overlaps(b.rect, boxes.at(j).rect),
                             qPrintable(QStringLiteral("page %1: boxes %2 and %3 overlap").arg(p + 1).arg(i).arg(j)));
                if (!b.columns.isEmpty()) {
                    qreal sum = 0;
                    for (qreal w : b.columns)
                        sum += w;
                    QVERIFY(qAbs(sum - b.rect.width()) < 1.0);
                }
                switch (b.kind) {
                case ReportBox::Kind::Chart: ++charts; break;
                case ReportBox::Kind::Statement: ++statements; break;
                case ReportBox::Kind::Footer:
                    ++footers;
                    QCOMPARE(b.cells.value(1), QStringLiteral("Page %1 of %2").arg(p + 1).arg(layout.pages.size()));
                    break;
                case ReportBox::Kind::TableRow:
                    if (b.cells.size() == 6)
                        ++summaryRows;
                    else if (b.cells.size() == 7)
                        ++registerRows;
                    else if (b.cells.size() == 5)
                        ++checklistRows;
                    break;
                default: break;
                }
            }
            QCOMPARE(footers, 1);
        }
        QCOMPARE(charts, 17);
        QCOMPARE(statements, 17);
        QCOMPARE(summaryRows, 17);
        QCOMPARE(registerRows, 14);
        QCOMPARE(checklistRows, 20);

        // The title page stands alone and the summary fits on the one page after it.
        QCOMPARE(layout.pages.at(0).boxes.first().kind, ReportBox::Kind::Title);
        int summaryOnPage2 = 0;
        for (const ReportBox &b : layout.pages.at(1).boxes)
            summaryOnPage2 += b.kind == ReportBox::Kind::TableRow ? 1 : 0;
        QCOMPARE(summaryOnPage2, 17);
    }

    void shouldRepeatTableHeaderOnEveryPageATableRunsOnto()
    {
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("r.pdf")));
        setUpReportPage(writer, ReportPaper::A4);
        const ReportLayout layout = layoutReport(bigReport(), writer, ReportFonts::standard());
        for (const ReportPage &page : layout.pages) {
            bool seenHeader = false;
            for (const ReportBox &b : page.boxes) {
                if (b.kind == ReportBox::Kind::TableHeader)
                    seenHeader = true;
                if (b.kind == ReportBox::Kind::TableRow)
                    QVERIFY2(seenHeader, "a table row comes before any header on its page");
                if (b.kind == ReportBox::Kind::Paragraph || b.kind == ReportBox::Kind::Heading)
                    seenHeader = false;
            }
        }
    }

    void shouldPaintEveryPageToPdf()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.pdf"));
        int pagesSeen = 0;
        {
            QPdfWriter writer(file);
            setUpReportPage(writer, ReportPaper::Letter);
            QVERIFY(paintReport(bigReport(), writer, [&](int, int) { return ++pagesSeen > 0; }));
        }
        QVERIFY(pagesSeen >= 6);
        // To look at the sample pack: FT_KEEP_REPORT=/tmp/sample.pdf
        if (const QString keep = qEnvironmentVariable("FT_KEEP_REPORT"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(file, keep);
        }
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), pagesSeen);
    }

    void shouldKeepShortValuesOnOneLineAndWrapOnlyFreeText_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(ReportPaper::A4);
        QTest::newRow("Letter") << int(ReportPaper::Letter);
    }

    void shouldKeepShortValuesOnOneLineAndWrapOnlyFreeText()
    {
        QFETCH(int, paper);
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("r.pdf")));
        setUpReportPage(writer, ReportPaper(paper));
        const ReportFonts fonts = ReportFonts::standard();
        const ReportLayout layout = layoutReport(bigReport(), writer, fonts);
        const QFontMetricsF fm(fonts.table, &writer);
        const qreal pad = 1.2 * writer.logicalDpiY() / 25.4;
        const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
        int checked = 0;
        for (const ReportPage &page : layout.pages) {
            for (const ReportBox &b : page.boxes) {
                if (b.kind != ReportBox::Kind::TableRow)
                    continue;
                // Free text: the summary's measure, the register's initiative, the checklist's step and name.
                const int freeText = b.cells.size() == 5 ? 2 : 1;
                // Phrases ("at most 12 hours", "needs attention") may break between words when room is
                // short, into two lines at most, but never inside a value: the summary's target and
                // status, the register's "target reached".
                const QSet<int> phrases = b.cells.size() == 6 ? QSet<int>{4, 5} : b.cells.size() == 7 ? QSet<int>{6} : QSet<int>{};
                for (int c = freeText; c < b.cells.size(); ++c) {
                    const QString &text = b.cells.at(c);
                    const qreal cellWidth = b.columns.at(c) - 2 * pad;
                    const qreal lines = fm.boundingRect(QRectF(0, 0, 1e6, 1e6), flags, text).height();
                    const qreal inCell = fm.boundingRect(QRectF(0, 0, cellWidth, 1e6), flags, text).height();
                    if (phrases.contains(c)) {
                        QVERIFY2(inCell <= 2 * lines + 0.5, qPrintable(QStringLiteral("“%1” takes more than two lines").arg(text)));
                        for (const QString &unbroken : text.split(QLatin1Char(' ')))
                            QVERIFY2(fm.horizontalAdvance(unbroken) <= cellWidth,
                                     qPrintable(QStringLiteral("“%1” is cut in a column %2 wide").arg(unbroken).arg(b.columns.at(c))));
                    } else {
                        QVERIFY2(inCell <= lines + 0.5, qPrintable(QStringLiteral("“%1” wraps in a column %2 wide").arg(text).arg(b.columns.at(c))));
                    }
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 14 * 6);
    }

    void shouldColourOnlyTheVerdictColumns()
    {
        const ReportLayout layout = layoutFor(bigReport(), ReportPaper::A4);
        QSet<int> summary, reg, checklist;
        for (const ReportPage &page : layout.pages) {
            for (const ReportBox &b : page.boxes) {
                if (b.kind != ReportBox::Kind::TableRow)
                    continue;
                (b.cells.size() == 6 ? summary : b.cells.size() == 7 ? reg : checklist).insert(b.toneColumn);
            }
        }
        QCOMPARE(summary, QSet<int>{5});     // Status
        QCOMPARE(reg, QSet<int>{6});         // Target reached
        QCOMPARE(checklist, QSet<int>{-1});  // figures, no verdict: all in ink
    }

    void shouldNeverLeaveOneOrTwoTableRowsAloneOnAPage_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(ReportPaper::A4);
        QTest::newRow("Letter") << int(ReportPaper::Letter);
    }

    void shouldNeverLeaveOneOrTwoTableRowsAloneOnAPage()
    {
        QFETCH(int, paper);
        // Every length of the last table, so that some of them end just past a page.
        for (int items = 1; items <= 30; ++items) {
            ReportData data = bigReport();
            data.checklists.items = data.checklists.items.mid(0, qMin<qsizetype>(items, 20));
            while (data.checklists.items.size() < items)
                data.checklists.items << data.checklists.items.first();
            data.initiatives = data.initiatives.mid(0, items % 7);
            const ReportLayout layout = layoutFor(data, ReportPaper(paper));
            // Rows per table per page, tables told apart by their column count.
            QMap<int, QList<int>> perPage;
            for (const ReportPage &page : layout.pages) {
                QMap<int, int> rows;
                for (const ReportBox &b : page.boxes) {
                    if (b.kind == ReportBox::Kind::TableRow)
                        ++rows[int(b.cells.size())];
                }
                for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                    perPage[it.key()] << it.value();
            }
            QCOMPARE(perPage.value(5).isEmpty(), false);
            for (auto it = perPage.cbegin(); it != perPage.cend(); ++it) {
                if (it.value().size() < 2)
                    continue;   // on one page
                for (int rows : it.value())
                    QVERIFY2(rows >= 3, qPrintable(QStringLiteral("%1 items: a table of %2 columns split %3")
                                                       .arg(items).arg(it.key()).arg(QString::number(it.value().first()) + QLatin1Char('+') + QString::number(it.value().last()))));
            }
            // The checklist section (the last) breaks over a page only when it is taller than a page
            // or starts in the upper half of one (moving it on would leave that page mostly empty).
            if (perPage.value(5).size() > 1) {
                bool startsHigh = false, inSection = false, headerCounted = false;
                qreal sectionHeight = 0;
                for (const ReportPage &page : layout.pages) {
                    for (const ReportBox &b : page.boxes) {
                        if (b.kind == ReportBox::Kind::Heading && b.text == QLatin1String("Notes on the data"))
                            inSection = false;
                        if (b.kind == ReportBox::Kind::Heading && b.text == QLatin1String("Closure checklists")) {
                            startsHigh = b.rect.top() < layout.body.center().y();
                            inSection = true;
                        }
                        if (inSection && b.kind != ReportBox::Kind::Footer
                            && !(b.kind == ReportBox::Kind::TableHeader && std::exchange(headerCounted, true)))
                            sectionHeight += b.rect.height();
                    }
                }
                QVERIFY2(startsHigh || sectionHeight > layout.body.height(),
                         qPrintable(QStringLiteral("%1 items: the checklists split from low on a page").arg(items)));
            }
        }
    }

    void shouldStopPaintingWhenProgressSaysSo()
    {
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("r.pdf")));
        setUpReportPage(writer, ReportPaper::A4);
        QVERIFY(!paintReport(bigReport(), writer, [](int page, int) { return page < 2; }));
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
