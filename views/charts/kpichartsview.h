#pragma once

#include "kpi/kpiengine.h"
#include "kpi/kpimarkers.h"
#include "kpi/kpitargets.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace ft {

class KpiChartWidget;
class KpiWorker;
class Store;

// The KPI charts page (issue 4): pick a KPI, a period length and a range; the chart shows it
// with its target, good and bad sides and CSI initiative markers, with the definition in plain
// words and the latest change beside it. Computed on a worker thread: the window never waits.
class KpiChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit KpiChartsView(Store &store, QWidget *parent = nullptr);
    ~KpiChartsView() override;

    Kpi currentKpi() const { return m_kpi; }
    void setCurrentKpi(Kpi kpi);
    void setPeriodKind(PeriodKind kind);
    void setRange(QDate from, QDate to);
    const KpiTable &table() const { return m_table; }
    bool isComputing() const;
    KpiChartWidget *chartWidget() const { return m_chart; }
    QDate rangeFrom() const;
    QDate rangeTo() const;
    // The file name "Save chart…" suggests: the KPI and the periods shown, e.g.
    // "callback_rate_2025-12_to_2026-11.png".
    QString suggestedFileName() const;

public slots:
    // Reloads targets and initiatives and computes again (after the data changed).
    void refresh();
    // Asks for a file name and saves the chart as PNG or SVG.
    void saveChartAs();

signals:
    // A new table arrived and the chart shows it.
    void computed();

private:
    void recompute();
    // Sets From by defaultKpiRangeStart while the lead has not chosen a range; true if it moved.
    bool applyDefaultRange();
    void showChart();
    void updateSidePanel();
    Kpi listedKpi() const;

    Store &m_store;
    KpiWorker *m_worker = nullptr;
    KpiTable m_table;          // the periods shown
    KpiTable m_history;        // from the first data on: the baseline of the limits and the verdicts
    std::optional<QDate> m_dataFirst;
    QList<KpiTarget> m_targets;
    QList<KpiMarker> m_markers;
    Kpi m_kpi = Kpi::MedianResolutionH;

    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_hours = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    KpiChartWidget *m_chart = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_latest = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_initiatives = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_signals = nullptr;
    QCheckBox *m_limits = nullptr;
    QTimer *m_dateTyped = nullptr;
    bool m_updating = false;
    bool m_defaultRange = true;   // until the lead changes From or To
};

} // namespace ft
