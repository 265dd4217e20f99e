#include "report/reportchart.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ft;

namespace {
const QRgb line = qRgb(0x1f, 0x4e, 0x79);     // reportchart.cpp's lineColour
const QRgb target = qRgb(0x2e, 0x7d, 0x32);   // and its targetColour

ReportKpi monthlyKpi()
{
    ReportKpi kpi;
    kpi.kpi = {QStringLiteral("callbacks"), QStringLiteral("Callbacks"), PlainUnit::Count, false};
    const QDate start(2025, 4, 1);
    for (int m = 0; m < 12; ++m) {
        const QDate first = start.addMonths(m);
        kpi.series << KpiPoint{first.toString(QStringLiteral("MMM yyyy")), first, first.addMonths(1), 10.0 + (m * 7) % 9, 40};
        kpi.limits << ReportLimits{13.0, 6.0, 20.0, m == 9};
    }
    kpi.target = 12.0;
    CsiInitiative c;
    c.title = QStringLiteral("Call back within a day");
    c.startDate = QDate(2025, 10, 15);
    kpi.initiatives << c;
    return kpi;
}

QImage painted(const ReportKpi &kpi)
{
    QImage image(1400, 560, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintKpiChart(painter, QRectF(0, 0, 1400, 560), kpi, QFont());
    painter.end();
    return image;
}

// The columns where a colour is drawn, as the share of the image's width they span.
std::pair<int, int> columnsOf(const QImage &image, QRgb colour)
{
    int first = -1, last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixel(x, y) == colour) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}
// Text ink: dark and without colour (the labels, titles and the legend's words; the series are coloured).
int inkIn(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int x = area.left(); x <= area.right(); ++x) {
        for (int y = area.top(); y <= area.bottom(); ++y) {
            const QColor c = image.pixelColor(x, y);
            const int high = qMax(c.red(), qMax(c.green(), c.blue()));
            const int low = qMin(c.red(), qMin(c.green(), c.blue()));
            if (high < 100 && high - low < 25)
                ++n;
        }
    }
    return n;
}
} // namespace

class TestReportChart : public QObject
{
    Q_OBJECT
private slots:
    // The chart is laid out inside the paint call, without turning the event loop: the line and the
    // target are drawn across the plot, not squeezed into the size the chart had before its axes.
    void shouldDrawTheLineAndTargetAcrossThePlot()
    {
        const QImage image = painted(monthlyKpi());
        if (const QByteArray dump = qgetenv("FT_DUMP_CHART"); !dump.isEmpty())
            image.save(QString::fromLocal8Bit(dump));
        const auto [lineFrom, lineTo] = columnsOf(image, line);
        QVERIFY2(lineFrom >= 0, "the KPI's line is drawn");
        QVERIFY2(lineTo - lineFrom > image.width() / 2, qPrintable(QStringLiteral("line spans %1..%2").arg(lineFrom).arg(lineTo)));
        const auto [targetFrom, targetTo] = columnsOf(image, target);
        QVERIFY2(targetFrom >= 0, "the target line is drawn");
        QVERIFY(targetTo - targetFrom > image.width() / 2);
        // Laid out, the chart has its value axis at the left and its period labels and legend at the
        // bottom; without the layout there are no axes and the legend sits unfilled at the top.
        const int left = inkIn(image, QRect(0, 0, image.width() * 6 / 100, image.height()));
        const int bottom = inkIn(image, QRect(0, image.height() * 88 / 100, image.width(), image.height() * 12 / 100));
        QVERIFY2(left > 150, qPrintable(QStringLiteral("value axis ink: %1").arg(left)));
        QVERIFY2(bottom > 800, qPrintable(QStringLiteral("period labels and legend ink: %1").arg(bottom)));
    }

    // Painting twice gives the same picture: nothing drawn depends on events handled in between.
    void shouldPaintTheSamePictureEveryTime()
    {
        const ReportKpi kpi = monthlyKpi();
        QCOMPARE(painted(kpi), painted(kpi));
    }
};

QTEST_MAIN(TestReportChart)
#include "tst_reportchart.moc"
