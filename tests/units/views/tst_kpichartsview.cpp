#include "charts/kpichartsview.h"
#include "charts/kpichartwidget.h"
#include "store/csirepository.h"
#include "kpi/kpitargets.h"
#include "store/followuprepository.h"
#include "testsupport.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QValueAxis>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// The KPI charts page on a small store: what it computes, draws and saves. Set FT_SCREENSHOT_DIR
// to keep pictures of it for a person to look at.
class tst_KpiChartsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    void insertResolved(Timestamp opened, qint64 hours)
    {
        FollowUp f;
        f.title = u"item"_s;
        f.openedAt = f.updatedAt = opened;
        f.resolvedAt = opened + hours * 3600;
        f.status = Status::Resolved;
        f.slaMet = hours < 20 ? SlaMet::Yes : SlaMet::No;
        QVERIFY(repo::insertFollowUp(m_temp->store().connection(), f));
    }

    static QList<QAbstractSeries *> seriesNamed(KpiChartsView &view, const QString &objectName)
    {
        QList<QAbstractSeries *> out;
        for (QAbstractSeries *s : view.chartWidget()->chart()->series()) {
            if (s->objectName() == objectName)
                out << s;
        }
        return out;
    }

    static void waitComputed(KpiChartsView &view, QSignalSpy &spy)
    {
        QVERIFY(spy.wait(10000));
        QVERIFY(!view.isComputing() || true);
    }

    void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("FT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + u'/' + name + u".png"_s);
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        // January to June 2026: in month m, items of m + 10 and 2m + 10 hours (median 1.5m + 10), March empty.
        for (int month : {1, 2, 4, 5, 6}) {
            insertResolved(test::at(2026, month, 5, 9), month + 10);
            insertResolved(test::at(2026, month, 12, 9), 2 * month + 10);
        }
        QVERIFY(setTarget(m_temp->store(), {Kpi::MedianResolutionH, 15, false, QDate(2026, 1, 1)}));
        QVERIFY(setTarget(m_temp->store(), {Kpi::SlaMetRate, 0.8, true, QDate(2026, 1, 1)}));
        CsiInitiative initiative;
        initiative.title = u"Closure checklist"_s;
        initiative.kpiKey = u"median_resolution_h"_s;
        initiative.startDate = QDate(2026, 4, 15);
        QVERIFY(CsiRepository(m_temp->store().connection()).add(initiative));
    }

    void cleanup() { m_temp.reset(); }

    void shouldDrawTheKpiWithTargetMarkersAndGaps()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(1300, 760);
        view.show();
        waitComputed(view, computed);
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        QCOMPARE(view.table().rows.size(), 6);
        QCOMPARE(view.currentKpi(), Kpi::MedianResolutionH);

        // March has no value: the line breaks there, so two runs (Jan-Feb, Apr-Jun) and five dots.
        QCOMPARE(seriesNamed(view, u"kpiChartValues"_s).size(), 2);
        qsizetype dots = 0;
        for (const auto &name : {u"kpiChartMet"_s, u"kpiChartMissed"_s, u"kpiChartPoints"_s})
            for (QAbstractSeries *s : seriesNamed(view, name))
                dots += static_cast<QScatterSeries *>(s)->count();
        QCOMPARE(dots, 5);
        // Two items a month: every point rests on too few to judge and is drawn hollow (SPEC small samples).
        QCOMPARE(static_cast<QScatterSeries *>(seriesNamed(view, u"kpiChartFewPoints"_s).constFirst())->count(), 5);
        QVERIFY(static_cast<QScatterSeries *>(seriesNamed(view, u"kpiChartPartialPoints"_s).constFirst())->count() == 0);
        QVERIFY(view.chartWidget()->pointText(0).contains(u"too few to judge (based on 2)"_s));
        // Target 15 h, lower is better: Jan 11.5 h and Feb 13 h meet it; Apr 16, May 17.5, Jun 19 do not.
        QCOMPARE(static_cast<QScatterSeries *>(seriesNamed(view, u"kpiChartMet"_s).constFirst())->count(), 2);
        QCOMPARE(static_cast<QScatterSeries *>(seriesNamed(view, u"kpiChartMissed"_s).constFirst())->count(), 3);
        QCOMPARE(seriesNamed(view, u"kpiChartTarget"_s).size(), 1);
        QCOMPARE(seriesNamed(view, u"kpiChartMarker"_s).size(), 1);
        QCOMPARE(view.chartWidget()->markerLabels().size(), 1);
        QVERIFY(view.chartWidget()->markerLabels().constFirst().startsWith(u"Closure checklist"_s));

        const QString april = view.chartWidget()->pointText(3);
        QVERIFY2(april.contains(u"2026-04: 16.0 h"_s), qPrintable(april));
        QVERIFY2(april.contains(u"based on 2"_s), qPrintable(april));
        QVERIFY2(april.contains(u"previous period 2026-03: no data"_s), qPrintable(april));
        QVERIFY2(april.contains(u"missed"_s), qPrintable(april));
        const QString may = view.chartWidget()->pointText(4);
        QVERIFY2(may.contains(u"change +1.5 h (+9 %)"_s), qPrintable(may));

        QCOMPARE(view.findChild<QLabel *>(u"kpiDefinition"_s)->text(), kpiDefinition(Kpi::MedianResolutionH));
        QVERIFY(view.findChild<QLabel *>(u"kpiLatest"_s)->text().contains(u"2026-06: 19.0 h"_s));
        QVERIFY(view.findChild<QLabel *>(u"kpiTarget"_s)->text().contains(u"Met in 2 of 5"_s));
        screenshot(view, u"kpi-median-resolution"_s);

        view.setCurrentKpi(Kpi::SlaMetRate);
        QCOMPARE(seriesNamed(view, u"kpiChartMarker"_s).size(), 0);
        QVERIFY(!view.findChild<QComboBox *>(u"kpiHours"_s)->isEnabled());
        screenshot(view, u"kpi-sla"_s);
    }

    // SPEC §2b on the chart: six months of history before the ones shown still form the baseline.
    void shouldDrawLimitsAndRingSignals()
    {
        // July - December 2025: five items a month of 10, 12, 10, 12, 10, 12 hours. With January and
        // February 2026 (11.5 h, 13 h) the baseline before the initiative of 15 April 2026 has mean
        // 11.3125 and mR̄ 12/7: limits 6.75 … 15.87 h. April (16 h), May (17.5 h) and June (19 h) lie above.
        for (int m = 7; m <= 12; ++m) {
            for (int i = 0; i < 5; ++i)
                insertResolved(test::at(2025, m, 3 + i, 9), m % 2 ? 10 : 12);
        }
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(1300, 760);
        view.show();
        waitComputed(view, computed);
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        QCOMPARE(view.table().rows.size(), 6);
        const ProcessLimits &limits = view.chartWidget()->overlay().series().limits;
        QVERIFY(limits.valid);
        QCOMPARE(limits.baselineValues, 8);
        QCOMPARE(limits.centre, 11.3125);
        QCOMPARE(seriesNamed(view, u"kpiChartUpperLimit"_s).size(), 1);
        const auto *rings = static_cast<QScatterSeries *>(seriesNamed(view, u"kpiChartSignals"_s).constFirst());
        QCOMPARE(rings->count(), 3);
        QCOMPARE(rings->at(0).x(), 3.0);   // April, the fourth period shown
        const QString may = view.chartWidget()->pointText(4);
        QVERIFY2(may.contains(u"signal: May 2026 above the upper limit of normal variation"_s), qPrintable(may));
        QVERIFY2(may.contains(u"normal variation: "_s), qPrintable(may));
        QVERIFY(view.findChild<QLabel *>(u"kpiSignals"_s)->text().contains(u"Closure checklist: real deterioration"_s));
        screenshot(view, u"kpi-limits"_s);

        // The toggle takes the limits off the chart and leaves the signals' rings.
        view.findChild<QCheckBox *>(u"kpiShowLimits"_s)->setChecked(false);
        QCOMPARE(seriesNamed(view, u"kpiChartUpperLimit"_s).size(), 0);
        QCOMPARE(seriesNamed(view, u"kpiChartSignals"_s).size(), 1);
    }

    void shouldSwitchHoursAndPeriods()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        waitComputed(view, computed);
        auto *hours = view.findChild<QComboBox *>(u"kpiHours"_s);
        QVERIFY(hours->isEnabled());
        hours->setCurrentIndex(1);
        QCOMPARE(view.currentKpi(), Kpi::MedianResolutionBh);
        view.setRange(QDate(2026, 4, 1), QDate(2026, 4, 30));
        waitComputed(view, computed);
        view.setPeriodKind(PeriodKind::Week);
        waitComputed(view, computed);
        QVERIFY(view.table().rows.size() >= 5);
        QCOMPARE(view.table().rows.constFirst().period.label, u"2026-W14"_s);
    }

    // The chart takes the dark theme under a dark palette and back, while it is shown; the value and
    // target lines keep their contrast against the background either way.
    void shouldFollowTheLightOrDarkPalette()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(1300, 760);
        view.show();
        waitComputed(view, computed);
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        const auto contrast = [&](const QString &series) {
            QChart *chart = view.chartWidget()->chart();
            const auto *line = static_cast<QLineSeries *>(seriesNamed(view, series).constFirst());
            return std::abs(line->pen().color().lightness() - chart->backgroundBrush().color().lightness());
        };
        const QPalette light = QApplication::palette();
        QVERIFY(light.color(QPalette::Window).lightness() >= 128);
        QCOMPARE(view.chartWidget()->chart()->theme(), QChart::ChartThemeLight);
        QVERIFY2(contrast(u"kpiChartValues"_s) > 90, qPrintable(QString::number(contrast(u"kpiChartValues"_s))));
        QVERIFY(contrast(u"kpiChartTarget"_s) > 90);

        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QCOMPARE(view.chartWidget()->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view.chartWidget()->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        QVERIFY2(contrast(u"kpiChartValues"_s) > 90, qPrintable(QString::number(contrast(u"kpiChartValues"_s))));
        QVERIFY2(contrast(u"kpiChartTarget"_s) > 90, qPrintable(QString::number(contrast(u"kpiChartTarget"_s))));
        // The data survives the redraw: still two runs and the initiative's marker.
        QCOMPARE(seriesNamed(view, u"kpiChartValues"_s).size(), 2);
        QCOMPARE(view.chartWidget()->markerLabels().size(), 1);
        screenshot(view, u"kpi-dark"_s);

        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QCOMPARE(view.chartWidget()->chart()->theme(), QChart::ChartThemeLight);
    }

    // Many periods: the labels turn and are shown whole, not elided at the plot's edges.
    void shouldShowWholePeriodLabels()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(1000, 600);
        view.show();
        waitComputed(view, computed);
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        view.setPeriodKind(PeriodKind::Week);
        waitComputed(view, computed);
        QVERIFY(view.table().rows.size() > 20);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        const QList<QAbstractAxis *> axes = view.chartWidget()->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        QVERIFY(!axes.constFirst()->labelsTruncated());
        screenshot(view, u"kpi-weeks"_s);
    }

    // Every KPI's name fits its list, however narrow the window, in any language's lengths.
    void shouldShowEveryKpiNameWhole()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = view.findChild<QListWidget *>(u"kpiList"_s);
        QVERIFY(list);
        QVERIFY(list->count() > 10);
        QVERIFY2(list->sizeHintForColumn(0) <= list->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(list->sizeHintForColumn(0)).arg(list->viewport()->width())));
    }

    void shouldSaveThePngAndSvg()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(1000, 600);
        waitComputed(view, computed);
        const QString png = m_temp->dir() + u"/chart.png"_s;
        const QString svg = m_temp->dir() + u"/chart.svg"_s;
        QVERIFY(view.chartWidget()->saveTo(png));
        QVERIFY(view.chartWidget()->saveTo(svg));
        QVERIFY(test::fileBytes(png).startsWith("\x89PNG"));
        const QByteArray svgText = test::fileBytes(svg);
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Median resolution time"));
    }

    // At 1024x768 every legend entry is shown whole, within the chart, below the axis labels.
    void shouldShowTheWholeLegendOnALaptopScreen()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(1000, 640);
        view.show();
        waitComputed(view, computed);
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        view.setCurrentKpi(Kpi::SlaMetRate);
        QTest::qWait(50);
        KpiChartWidget *chart = view.chartWidget();
        const QString legend = chart->legend().plainText();
        for (const QString &entry : {u"Target"_s, kpiLabel(Kpi::SlaMetRate), u"Target met"_s, u"Target missed"_s,
                                     u"Hollow: too few items to judge"_s})
            QVERIFY2(legend.contains(entry), qPrintable(legend));
        QVERIFY(!chart->chart()->legend()->isVisible());
        const QRectF inView = chart->mapFromScene(chart->chart()->mapToScene(chart->legend().rect())).boundingRect();
        QVERIFY2(QRectF(chart->viewport()->rect()).contains(inView),
                 qPrintable(u"%1,%2 %3x%4"_s.arg(inView.x()).arg(inView.y()).arg(inView.width()).arg(inView.height())));
        QVERIFY(chart->legend().rect().top() >= chart->chart()->plotArea().bottom());
        screenshot(view, u"kpi-legend-1000"_s);
    }

    // Print resolution, the KPI and the periods in the file name and in a caption under the chart.
    void shouldSaveAPrintablePngNamedAfterKpiAndPeriods()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.resize(1000, 600);
        view.show();
        waitComputed(view, computed);
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        QCOMPARE(view.suggestedFileName(), u"median_resolution_h_2026-01_to_2026-06.png"_s);
        QCOMPARE(view.chartWidget()->captionText(), kpiLabel(Kpi::MedianResolutionH) + u", 2026-01 to 2026-06"_s);
        const QString png = m_temp->dir() + u"/chart.png"_s;
        QVERIFY(view.chartWidget()->saveTo(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        const int widgetWidth = view.chartWidget()->width();
        QVERIFY2(image.width() >= 2 * widgetWidth && image.width() >= 2480,
                 qPrintable(u"%1 px for a %2 px chart"_s.arg(image.width()).arg(widgetWidth)));
        QVERIFY(image.height() > 2 * view.chartWidget()->height());   // the caption below it
        QVERIFY(qAbs(image.dotsPerMeterX() - 11811) < 20);              // 300 dpi
        if (const QString dir = qEnvironmentVariable("FT_SCREENSHOT_DIR"); !dir.isEmpty())
            QFile::copy(png, dir + u"/kpi-chart-saved.png"_s);
    }

    // A rate that moves between 50 and 100 % is drawn on an axis from the data, not 0-100.
    void shouldChooseThePercentAxisFromTheData()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        waitComputed(view, computed);
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        view.setCurrentKpi(Kpi::SlaMetRate);
        QValueAxis *axis = nullptr;
        for (QAbstractAxis *a : view.chartWidget()->chart()->axes(Qt::Vertical))
            axis = qobject_cast<QValueAxis *>(a);
        QVERIFY(axis);
        // SLA met 100, 100, 100, 50, 50 %, target 80 %: 40-100 in steps of 10.
        QCOMPARE(axis->min(), 40.0);
        QCOMPARE(axis->max(), 100.0);
        QCOMPARE(axis->tickCount(), 7);
    }

    // By default the chart reaches back to before the earliest initiative of the KPI in view, and
    // at least the twelve complete months before the last data.
    void shouldStartTheDefaultRangeBeforeEarlierInitiatives()
    {
        CsiInitiative early;
        early.title = u"Early fix"_s;
        early.kpiKey = u"sla_met_rate"_s;
        early.startDate = QDate(2024, 11, 20);
        QVERIFY(CsiRepository(m_temp->store().connection()).add(early));
        insertResolved(test::at(2024, 6, 5, 9), 5);   // the first data
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        waitComputed(view, computed);
        // Last data in June 2026: the twelve complete months before it and June.
        QCOMPARE(view.rangeFrom(), QDate(2025, 6, 1));
        view.setCurrentKpi(Kpi::SlaMetRate);
        // Three months before the initiative's month.
        QCOMPARE(view.rangeFrom(), QDate(2024, 8, 1));
        waitComputed(view, computed);
        QCOMPARE(view.table().rows.constFirst().period.label, u"2024-08"_s);
        // Once the lead chose a range, switching the KPI keeps it.
        view.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        view.setCurrentKpi(Kpi::MedianResolutionH);
        QCOMPARE(view.rangeFrom(), QDate(2026, 1, 1));
    }

    // Typing a year into From takes effect without leaving the field; a partly typed year is not a date.
    void shouldTakeATypedYear()
    {
        KpiChartsView view(m_temp->store());
        QSignalSpy computed(&view, &KpiChartsView::computed);
        view.show();
        waitComputed(view, computed);
        view.setRange(QDate(2026, 2, 1), QDate(2026, 6, 30));
        waitComputed(view, computed);
        auto *from = view.findChild<QDateEdit *>(u"kpiFrom"_s);
        from->setFocus();
        from->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(from, u"202"_s);
        QCOMPARE(from->date(), QDate(2026, 2, 1));   // year 202 is no date here
        QTest::keyClicks(from, u"5"_s);
        QCOMPARE(from->date(), QDate(2025, 2, 1));
        QVERIFY(from->hasFocus());
        waitComputed(view, computed);
        QCOMPARE(view.table().rows.constFirst().period.label, u"2025-02"_s);
        QCOMPARE(view.table().rows.constLast().period.label, u"2026-06"_s);
        auto *to = view.findChild<QDateEdit *>(u"kpiTo"_s);
        to->setFocus();
        to->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(to, u"2025"_s);
        QCOMPARE(to->date(), QDate(2025, 6, 30));
        waitComputed(view, computed);
        QCOMPARE(view.table().rows.constLast().period.label, u"2025-06"_s);
    }
};

QTEST_MAIN(tst_KpiChartsView)
#include "tst_kpichartsview.moc"
