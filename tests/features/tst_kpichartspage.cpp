// Given / when / then over the real main window: the lead opens the KPI charts.
#include "charts/kpichartsview.h"
#include "charts/kpichartwidget.h"
#include "domain/followupservice.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

class tst_KpiChartsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"tst_kpichartspage"_s);
    }

    void shouldShowTheMonthsOfWorkDoneAndGoBackToToday()
    {
        m_temp = std::make_unique<test::TempStore>();
        // Given two follow-ups resolved in February after 2 and 6 hours.
        Timestamp now = test::at(2026, 2, 2, 9);
        FollowUpService service(m_temp->store());
        service.setClock([&now] { return now; });
        for (int hours : {2, 6}) {
            FollowUp f;
            f.title = u"Laptop will not boot"_s;
            now = test::at(2026, 2, 2 + hours, 9);
            auto created = service.create(f);
            QVERIFY(created);
            now += hours * 3600;
            QVERIFY(service.resolve(created.value().id));
        }
        MainWindow window(m_temp->store());
        window.resize(1300, 800);
        window.show();
        auto pages = window.findChild<QStackedWidget *>(u"pages"_s);

        // When the lead opens the KPI charts.
        window.findChild<QAction *>(u"actionShowKpiCharts"_s)->trigger();
        QCOMPARE(pages->currentWidget()->objectName(), u"kpiChartsView"_s);
        KpiChartsView *charts = window.kpiChartsView();
        QSignalSpy computed(charts, &KpiChartsView::computed);
        QVERIFY(computed.count() > 0 || computed.wait(10000));

        // Then February shows the median of 2 and 6 hours.
        const auto &rows = charts->table().rows;
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.constLast().period.label, u"2026-02"_s);
        QCOMPARE(rows.constLast().value(Kpi::MedianResolutionH), std::optional<double>(4.0));
        QVERIFY(charts->chartWidget()->pointText(int(rows.size()) - 1).startsWith(u"2026-02: 4.0 h"_s));

        // And Today takes the lead back to the review.
        window.findChild<QAction *>(u"actionShowToday"_s)->trigger();
        QCOMPARE(pages->currentWidget()->objectName(), u"mainSplitter"_s);
    }
};

QTEST_MAIN(tst_KpiChartsPage)
#include "tst_kpichartspage.moc"
