#pragma once

#include <QString>
#include <array>
#include <optional>

namespace ft {

// The columns of SPEC §2, in the order the command prints them (after `period`).
enum class Kpi {
    Opened,
    Resolved,
    Closed,
    Callbacks,
    CallbackRate,
    MedianResolutionH,
    P90ResolutionH,
    MedianResolutionBh,
    MedianFirstResponseH,
    SlaMetRate,
    CsatAvg,
    CsatRate,
    CsatResponses,
    Backlog,
    OverdueFollowups,
    PromisesKeptRate,
    ChecklistComplianceRate,
};
constexpr int KpiCount = 17;

// How a value reads: counts are whole numbers, the rest print with 4 decimals.
enum class KpiUnit { Count, Rate, Hours, Score };

struct KpiInfo
{
    Kpi kpi;
    const char *key;               // the column name of SPEC §2
    KpiUnit unit;
    bool higherIsBetter;           // the usual direction, the default for a new target
    bool businessHours;            // measured in business hours of the calendar
};

const std::array<KpiInfo, KpiCount> &kpiInfos();
const KpiInfo &kpiInfo(Kpi kpi);
QString kpiKey(Kpi kpi);
std::optional<Kpi> kpiFromKey(const QString &key);
// The KPI's translated name, the same on the charts, in the CSI register, in the review report and on the
// command line ("Median resolution time (business hours)").
QString kpiLabel(Kpi kpi);
// A shorter name where room is short (legends, table headers, command-line help): "Median resolution (h)".
QString kpiShortLabel(Kpi kpi);
// The definition in plain words, shown beside each chart.
QString kpiDefinition(Kpi kpi);
// Small samples: a figure resting on fewer items than this is drawn hollow and called "too few to judge".
// Counts rest on themselves and are never too few; rates, medians, P90 and averages need 5 items
// (the same rule as the review report's).
constexpr long long KpiFewItems = 5;
bool kpiRestsOnFew(Kpi kpi, long long n);
// The calendar-hours twin of a business-hours KPI and back; nullopt when there is none.
std::optional<Kpi> kpiHoursCounterpart(Kpi kpi);

} // namespace ft
