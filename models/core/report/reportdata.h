#pragma once

#include "csi/csiinitiative.h"
#include "report/beforeafter.h"
#include "report/plainsentence.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ft {

// What goes into the review report: everything is gathered first (off the GUI thread) into these
// plain values, then laid out and painted. Nothing here touches the store or a widget.

enum class ReportPaper { A4, Letter };

struct ReportOptions
{
    std::optional<QDate> from;          // inclusive; without it, twelve periods before `to`
    std::optional<QDate> to;            // inclusive; without it, the last day of the last whole period
    enum class By { Week, Month, Quarter } by = By::Month;
    QStringList kpiKeys;                // empty: the review set (reportDefaultKpiKeys)
    ReportPaper paper = ReportPaper::A4;
    QString team;                       // empty: the store's "team" setting, else a generic name
};

// A chart point's natural process limits (SPEC §2b) and whether the period fires a signal.
struct ReportLimits
{
    double centre = 0;
    std::optional<double> lower;
    std::optional<double> upper;
    bool signal = false;
};

// One KPI as the report shows it: the summary row, the sentence and the chart.
struct ReportKpi
{
    PlainKpi kpi;
    QString definition;                 // the formula in words, printed under the chart
    QList<KpiPoint> series;             // the chart, oldest first; the last point is "this period"
    QList<ReportLimits> limits;         // one per point of `series`; empty when the KPI has no limits
    std::optional<double> target;
    PlainComparison comparison;         // this period against the previous one
    PlainVerdict verdict;
    QList<CsiInitiative> initiatives;   // drawn as markers on the chart
};

struct ReportInitiative
{
    CsiInitiative initiative;
    QString kpiName;
    PlainUnit unit = PlainUnit::Count;
    BeforeAfter beforeAfter;
};

struct ReportChecklistItem
{
    QString templateName;
    QString text;
    bool required = false;
    int skipped = 0;
    int checked = 0;
    std::optional<double> callbackRateWhenSkipped;
    std::optional<double> callbackRateWhenChecked;
};

struct ReportChecklists
{
    int withChecklist = 0;
    std::optional<double> complianceRate;
    int completeResolved = 0;
    std::optional<double> completeCallbackRate;
    int incompleteResolved = 0;
    std::optional<double> incompleteCallbackRate;
    QList<ReportChecklistItem> items;   // the steps skipped often enough to tell, most telling first
    int rarelySkippedSteps = 0;         // steps skipped, but fewer than plainFewItems times: not listed
};

struct ReportData
{
    QString team;
    QString periodName;                 // "March 2026"
    QString previousPeriodName;         // "February 2026"
    QDate rangeFrom;                    // what the charts cover
    QDate rangeTo;
    QDateTime generatedAt;
    QList<ReportKpi> kpis;
    QList<ReportInitiative> initiatives;
    ReportChecklists checklists;
    QStringList dataProblems;           // "12 items were resolved before they were opened …"
};

} // namespace ft
