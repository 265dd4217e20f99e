#include "mainpages.h"

#include "charts/kpichartsview.h"
#include "csi/csiregisterview.h"
#include "followuplistview.h"
#include "followuppanel.h"
#include "store/store.h"
#include "todayview.h"
#include "welcomepage.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace ft {

namespace {
// The window's words keep their translations where they were made before this class existed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::MainWindow)
};
} // namespace

MainPages::MainPages(Store &store, TodayModel *todayModel, FollowUpTableModel *listModel, TimelineModel *timeline,
                     QAction *importAction, QWidget *parent)
    : QStackedWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("pages"));
    welcome = new WelcomePage(importAction, this);
    splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("viewTabs"));
    tabs->setDocumentMode(true);
    today = new TodayView(todayModel, tabs);
    list = new FollowUpListView(listModel, tabs);
    tabs->addTab(today, Tr::tr("Today"));
    tabs->addTab(list, Tr::tr("All follow-ups"));
    csiRegister = new CsiRegisterView(store, tabs);
    tabs->addTab(csiRegister, Tr::tr("Improvement register"));
    // The register has the window's whole width (the panel hides for it): its row of buttons must not
    // set the width of the Today review and the list next to the panel.
    csiRegister->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The register is about initiatives, not the selected follow-up: it gets the whole width.
    connect(tabs, &QTabWidget::currentChanged, this, [this] { panel->setVisible(tabs->currentWidget() != csiRegister); });
    panel = new FollowUpPanel(timeline, store.timeZone(), splitter);
    splitter->addWidget(tabs);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    addWidget(welcome);
    addWidget(splitter);
}

void MainPages::showView(View view)
{
    if (kpiChartsShown())
        setCurrentWidget(splitter);
    tabs->setCurrentWidget(view == View::Today ? static_cast<QWidget *>(today) : list);
}

MainPages::View MainPages::currentView() const { return tabs->currentWidget() == list ? View::List : View::Today; }

void MainPages::showRegister()
{
    showView(View::Today);   // back from the KPI charts, if there
    tabs->setCurrentWidget(csiRegister);
}

void MainPages::findInList()
{
    showView(View::List);
    list->searchField()->setFocus();
    list->searchField()->selectAll();
}

void MainPages::showKpiCharts()
{
    if (!kpiCharts) {
        kpiCharts = new KpiChartsView(m_store, this);
        addWidget(kpiCharts);
    } else {
        kpiCharts->refresh();
    }
    setCurrentWidget(kpiCharts);
}

bool MainPages::kpiChartsShown() const { return kpiCharts && currentWidget() == kpiCharts; }

void MainPages::updatePage(bool storeEmpty, bool startedEmpty)
{
    if (kpiChartsShown() && !storeEmpty)
        return;
    setCurrentWidget(storeEmpty && !startedEmpty ? static_cast<QWidget *>(welcome) : splitter);
}

void MainPages::switchPane(QWidget *focus)
{
    if (currentWidget() != splitter)
        return;
    if (panel->isAncestorOf(focus)) {
        if (currentView() == View::Today)
            today->tree()->setFocus(Qt::ShortcutFocusReason);
        else
            list->table()->setFocus(Qt::ShortcutFocusReason);
    } else if (panel->isEnabled()) {
        panel->focusFirstField();
    }
}

void MainPages::focusView()
{
    if (currentView() == View::Today)
        today->tree()->setFocus();
    else
        list->table()->setFocus();
}

FollowUpId MainPages::currentId() const { return currentView() == View::Today ? today->currentId() : list->currentId(); }

void MainPages::select(FollowUpId id)
{
    if (currentView() == View::Today && today->currentId() != id)
        today->selectId(id);
    if (currentView() == View::List && list->currentId() != id)
        list->selectId(id);
}

void MainPages::selectDone(FollowUpId id)
{
    if (currentView() == View::Today)
        today->selectIdOrNext(id);   // done with it: on to the next one
    else
        list->selectId(id);
}

} // namespace ft
