#pragma once

#include "domain/error.h"
#include "kpi/kpicolumns.h"
#include "kpi/kpiperiod.h"
#include "store/connection.h"

#include <QList>
#include <array>
#include <atomic>
#include <optional>

namespace ft {

class BusinessCalendar;
class Store;

struct KpiRequest
{
    std::optional<QDate> from;   // inclusive; without it, the first day with data
    std::optional<QDate> to;     // inclusive; without it, the last day with data
    PeriodKind by = PeriodKind::Month;
    // "Now" decides which open promises have fallen due and caps the end of the current period
    // for overdue follow-ups; without it, the clock.
    std::optional<Timestamp> now;
};

// One period's figures. A value is empty when the KPI has nothing to rest on in the period
// (no item resolved, no response received …); counts are 0 then, because 0 is their true value.
struct KpiRow
{
    Period period;
    std::array<std::optional<double>, KpiCount> values{};
    // What each value rests on: the denominator of a rate, the number of durations behind a
    // median, the responses behind an average, the count itself for counts (callbacks: the items
    // resolved in the period, whose reopenings they add up).
    std::array<qint64, KpiCount> basis{};
    // The period ends after "now" (SPEC §2): its figures are so far, not final.
    bool partial = false;

    std::optional<double> value(Kpi k) const { return values[size_t(k)]; }
    qint64 basisOf(Kpi k) const { return basis[size_t(k)]; }
};

// Something in the data that a KPI had to leave out or could not trust, with how often it occurred
// among the items that fell into the computed periods.
struct KpiDataProblem
{
    QString key;           // stable: resolved_before_opened, closed_before_opened …
    QString description;   // translated, says what was done about it
    qint64 count = 0;
};

struct KpiTable
{
    PeriodKind by = PeriodKind::Month;
    QList<KpiRow> rows;                  // in order; empty when the store holds no data in range
    QList<KpiDataProblem> problems;      // only kinds that occurred
};

// The first and last local day with data (opened, resolved, closed, surveys); nullopt when the
// store holds none. Index seeks only: cheap enough for the window's thread.
struct KpiDataSpan
{
    QDate first;
    QDate last;
};
Result<std::optional<KpiDataSpan>> kpiDataSpan(const Store &store);
// The same on a connection the caller owns (it must belong to the calling thread).
Result<std::optional<KpiDataSpan>> kpiDataSpan(const Connection &connection, const QTimeZone &zone);

// Computes every KPI of SPEC §2 for each period that touches the request's range: whole
// periods, so that a row labelled 2026-02 always means all of February.
//
// Works in a few streaming passes over indexed columns and never keeps a row object per item;
// durations are kept per period as numbers for the medians. Safe to call from any thread: it
// opens its own connection. Setting `cancel` makes it return Error::Code::Cancelled soon after.
Result<KpiTable> computeKpis(const Store &store, const KpiRequest &request, const std::atomic_bool *cancel = nullptr);
// The same on a connection the caller owns (it must belong to the calling thread).
Result<KpiTable> computeKpis(const Connection &connection, const BusinessCalendar &calendar, const KpiRequest &request,
                             const std::atomic_bool *cancel = nullptr);

} // namespace ft
