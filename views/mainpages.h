#pragma once

#include "domain/types.h"

#include <QStackedWidget>

class QAction;
class QSplitter;
class QTabWidget;

namespace ft {

class CsiRegisterView;
class FollowUpListView;
class FollowUpPanel;
class FollowUpTableModel;
class KpiChartsView;
class Store;
class TimelineModel;
class TodayModel;
class TodayView;
class WelcomePage;

// The main window's central area: the welcome page of an empty store; the Today review, the full
// list and the improvement register in tabs beside the follow-up panel; and the KPI charts page,
// made the first time it is asked for. Which page and tab is shown is decided here.
class MainPages : public QStackedWidget
{
    Q_OBJECT
public:
    enum class View { Today, List };

    MainPages(Store &store, TodayModel *today, FollowUpTableModel *list, TimelineModel *timeline,
              QAction *importAction, QWidget *parent);

    void showView(View view);
    View currentView() const;
    void showRegister();
    // Edit → Find: the list, with the keyboard in its search field.
    void findInList();
    // The KPI charts page (read again when it was there already).
    void showKpiCharts();
    bool kpiChartsShown() const;
    // The welcome page while the store is empty and the lead has not chosen to start empty; else
    // the follow-ups, unless the KPI charts are shown.
    void updatePage(bool storeEmpty, bool startedEmpty);
    // F6: between the list in view and the follow-up panel (`focus` is the widget that has the focus).
    void switchPane(QWidget *focus);
    // The keyboard focus to the Today review or the list, whichever is shown.
    void focusView();
    // The follow-up selected in the Today review or the list, whichever is shown (0: none).
    FollowUpId currentId() const;
    // Selects `id` in the Today review or the list, whichever is shown, unless it is selected there.
    void select(FollowUpId id);
    // After an action on `id`: the list keeps it selected, the Today review moves on to the next one.
    void selectDone(FollowUpId id);

    WelcomePage *welcome;
    QSplitter *splitter;
    QTabWidget *tabs;
    TodayView *today;
    FollowUpListView *list;
    CsiRegisterView *csiRegister;
    FollowUpPanel *panel;
    KpiChartsView *kpiCharts = nullptr;

private:
    Store &m_store;
};

} // namespace ft
