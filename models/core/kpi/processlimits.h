#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace ft {

// Natural process limits of SPEC §2b, as plain arithmetic on a series of period values. Nothing
// here reads the store or knows about widgets: the caller hands in the values, their n and which
// periods form the baseline.

// XmR (individuals and moving range) for counts, durations and averages; p-chart for rates.
enum class ChartKind { XmR, PChart };

// The fewest baseline periods with a value that limits are computed from.
constexpr int MinBaselinePeriods = 6;
// Wheeler's scaling constant for individuals limits from the average moving range (3 / d2, d2 = 1.128).
constexpr double XmRScale = 2.66;

struct SeriesPoint
{
    std::optional<double> value;   // empty: the KPI had no data in the period
    long long n = 0;               // a rate's denominator, or what the value rests on
    bool complete = true;          // false for a period not over yet (SPEC §2 "partial")
};

// Inclusive indices into the series; empty when first > last.
struct IndexRange
{
    int first = 0;
    int last = -1;
    bool isEmpty() const { return last < first; }
    bool contains(int i) const { return i >= first && i <= last; }
    int size() const { return isEmpty() ? 0 : last - first + 1; }
};

struct PointLimits
{
    std::optional<double> lower;
    std::optional<double> upper;
};

struct ProcessLimits
{
    ChartKind kind = ChartKind::XmR;
    int baselineValues = 0;                 // baseline periods that had a value (p-chart: n > 0)
    bool valid = false;                     // false: fewer than MinBaselinePeriods values
    double centre = 0;                      // XmR: mean of the values; p-chart: p̄ = Σx / Σn
    double averageMovingRange = 0;          // XmR only: mean |xᵢ − xᵢ₋₁| over successive baseline values
    std::vector<PointLimits> limits;        // one per point; empty entries when !valid (or p-chart n = 0)
};

// Computes the centre and the limits of every point from the points in `baseline`. Baseline
// periods without a value (or with n = 0 on a p-chart) are skipped; the moving ranges are taken
// between the successive values that remain. XmR lower limits below 0 are 0; p-chart limits are
// kept within [0, 1].
ProcessLimits computeProcessLimits(ChartKind kind, const std::vector<SeriesPoint> &points, IndexRange baseline);

} // namespace ft
