#pragma once

#include "csi/csiinitiative.h"
#include "domain/error.h"
#include "kpi/kpicolumns.h"
#include "kpi/kpiperiod.h"
#include "report/beforeafter.h"
#include "report/reportdata.h"

#include <atomic>

namespace ft {

class Store;
struct ChecklistEffect;

// The KPIs a review pack shows when the lead did not choose: the ones leadership asks about.
QStringList reportDefaultKpiKeys();
// The one order of measures in a review pack, wherever it is made (the window's options dialog, the
// CLI's --kpis, the default set): the review set's order first, then every other KPI as the KPI
// table lists it. The options dialog lists the measures in this order, and gatherReport() sorts the
// chosen ones by it, so the same choice gives the same pages from the window and from the CLI.
QList<Kpi> reportKpiOrder();
// `keys` in reportKpiOrder(), each once; unknown keys keep their place after the known ones.
QStringList orderReportKpiKeys(const QStringList &keys);
// The KPI as the report speaks of it: a plain name ("Typical time to resolve"), its unit, direction.
PlainKpi plainKpi(Kpi kpi);
// "March 2026", "week 11 of 2026", "Q1 2026".
QString plainPeriodName(const Period &period, PeriodKind kind);
PeriodKind periodKindOf(ReportOptions::By by);
// The checklist section's figures. The table lists the steps skipped at least plainFewItems times
// (at most a dozen, in the effect's order): a step skipped once or twice cannot show whether
// skipping it leads to callbacks, so those are only counted.
ReportChecklists reportChecklists(const ChecklistEffect &effect);

// Everything the review report shows, read through its own connection: safe on a worker thread.
// Checks `cancel` between steps. Unknown KPI keys in the options are refused (BadInput).
Result<ReportData> gatherReport(const Store &store, const ReportOptions &options, QDate today,
                                const std::atomic_bool *cancel = nullptr);

// An initiative's KPI before and after its start (see BeforeAfter), by `by` periods, as of `today`.
// Its own connection, so a worker may call it; the baseline is beforeValue().
Result<BeforeAfter> measureInitiative(const Store &store, const CsiInitiative &initiative, PeriodKind by, QDate today,
                                      const std::atomic_bool *cancel = nullptr);
// The same for many initiatives with one pass of the KPI engine (the register view), in their order.
Result<QList<BeforeAfter>> measureInitiatives(const Store &store, const QList<CsiInitiative> &initiatives, PeriodKind by,
                                              QDate today, const std::atomic_bool *cancel = nullptr);

} // namespace ft
