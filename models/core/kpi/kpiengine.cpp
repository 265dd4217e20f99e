#include "kpi/kpiengine.h"

#include "store/calendarrepository.h"
#include "kpi/businesstimeindex.h"
#include "kpi/kpidataproblems.h"
#include "kpi/orderstatistics.h"
#include "store/kpiqueries.h"
#include "store/rowcursor.h"
#include "store/store.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <vector>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiEngine)
};

constexpr Timestamp Never = std::numeric_limits<Timestamp>::max();
constexpr int CancelCheckEvery = 16384;
// Up to this many ids (16 bytes each) the items' times are kept for the promise pass.
constexpr qint64 MaxItemsById = 16'000'000;

// Everything one period collects in the passes; turned into a KpiRow at the end.
struct PeriodTotals
{
    qint64 opened = 0;
    qint64 resolved = 0;
    qint64 closed = 0;
    qint64 callbacks = 0;
    qint64 reopenedItems = 0;
    qint64 slaKnown = 0;
    qint64 slaYes = 0;
    qint64 checklistRuns = 0;
    qint64 checklistCompliant = 0;
    qint64 surveys = 0;
    qint64 surveyScoreSum = 0;
    qint64 surveysSatisfied = 0;
    qint64 promisesDue = 0;
    qint64 promisesKept = 0;
    std::vector<qint64> resolutionSeconds;
    std::vector<qint64> resolutionBusinessSeconds;
    std::vector<qint64> firstResponseSeconds;
};

class Computation
{
public:
    Computation(const Connection &connection, const BusinessCalendar &calendar, const KpiRequest &request,
                const std::atomic_bool *cancel)
        : m_connection(connection), m_calendar(calendar), m_request(request), m_cancel(cancel)
    {
    }

    Result<KpiTable> run();

private:
    Result<void> itemsPass();
    Result<void> surveysPass();
    Result<void> promisesPass();
    KpiTable table() const;

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    static Error cancelError() { return Error::cancelled(Tr::tr("The KPI computation was cancelled.")); }

    // The period holding instant t, or -1 outside the computed range.
    int periodOf(Timestamp t) const
    {
        if (m_starts.empty() || t < m_starts.front() || t >= m_rangeEnd)
            return -1;
        return int(std::upper_bound(m_starts.begin(), m_starts.end(), t) - m_starts.begin()) - 1;
    }
    // The first period whose end (or evaluation instant) comes after t; the period count when none.
    static int firstAfter(const std::vector<Timestamp> &instants, Timestamp t)
    {
        return int(std::upper_bound(instants.begin(), instants.end(), t) - instants.begin());
    }

    Connection m_connection;
    const BusinessCalendar &m_calendar;
    KpiRequest m_request;
    const std::atomic_bool *m_cancel;
    Timestamp m_now = 0;

    QList<Period> m_periods;
    std::vector<Timestamp> m_starts;
    std::vector<Timestamp> m_ends;
    std::vector<Timestamp> m_evaluatedAt;   // end of each period, or now for a period not over yet
    Timestamp m_rangeStart = 0;
    Timestamp m_rangeEnd = 0;
    std::optional<BusinessTimeIndex> m_businessTime;

    std::vector<PeriodTotals> m_totals;
    std::vector<qint64> m_backlogChange;    // +1 where an item enters the backlog, -1 where it leaves
    std::vector<qint64> m_overdueChange;
    std::array<qint64, ProblemCount> m_problems{};

    // Each item's opening and the first of its resolving and closing, by id, for the promise pass.
    bool m_itemTimesById = false;
    std::vector<Timestamp> m_itemOpened;
    std::vector<Timestamp> m_itemLastOpen;
};

Result<KpiTable> Computation::run()
{
    if (cancelled())
        return cancelError();
    m_now = m_request.now ? *m_request.now : QDateTime::currentSecsSinceEpoch();
    const QTimeZone &zone = m_calendar.timeZone();
    auto range = dataRangeOf(m_connection);
    if (!range)
        return range.error();
    const auto localDay = [&zone](Timestamp t) { return QDateTime::fromSecsSinceEpoch(t, zone).date(); };
    const std::optional<QDate> firstDataDay = range->first ? std::optional<QDate>(localDay(*range->first)) : std::nullopt;
    const std::optional<QDate> lastDataDay = range->last ? std::optional<QDate>(localDay(*range->last)) : std::nullopt;

    const QDate from = m_request.from ? *m_request.from : firstDataDay.value_or(QDate());
    const QDate to = m_request.to ? *m_request.to : lastDataDay.value_or(from);
    if (m_request.from && m_request.to && to < from)
        return Error::badInput(Tr::tr("The range ends (%1) before it starts (%2).")
                                   .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    KpiTable empty;
    empty.by = m_request.by;
    if (!from.isValid() || !to.isValid() || to < from)
        return empty;   // no data and no range asked for: no periods

    m_periods = periodsCovering(from, to, m_request.by, zone);
    if (m_periods.isEmpty())
        return empty;
    for (const Period &p : std::as_const(m_periods)) {
        m_starts.push_back(p.start);
        m_ends.push_back(p.end);
        m_evaluatedAt.push_back(std::min(p.end, m_now));
    }
    m_rangeStart = m_starts.front();
    m_rangeEnd = m_ends.back();
    m_totals.resize(size_t(m_periods.size()));
    m_backlogChange.assign(size_t(m_periods.size()) + 1, 0);
    m_overdueChange.assign(size_t(m_periods.size()) + 1, 0);

    // Items resolved in range may have opened long before it: the index spans all the data.
    QDate indexFirst = m_periods.constFirst().firstDay.addDays(-1);
    QDate indexLast = m_periods.constLast().endDay.addDays(1);
    if (firstDataDay)
        indexFirst = std::min(indexFirst, firstDataDay->addDays(-1));
    if (lastDataDay)
        indexLast = std::max(indexLast, lastDataDay->addDays(1));
    m_businessTime.emplace(m_calendar, indexFirst, indexLast);

    if (auto ok = itemsPass(); !ok)
        return ok.error();
    if (auto ok = surveysPass(); !ok)
        return ok.error();
    if (auto ok = promisesPass(); !ok)
        return ok.error();
    return table();
}

Result<void> Computation::itemsPass()
{
    // Waiting intervals come from the status changes into and out of the waiting statuses, read
    // in follow-up order beside the follow-ups themselves (a merge of two ordered streams).
    // Changes within the same second come in index order, not insertion order, which can only
    // matter for a wait that starts and ends in one second.
    RowCursor events(m_connection);
    if (auto ok = readWaitingChanges(events); !ok)
        return ok;
    bool eventsLeft = events.next();

    // The promise pass needs each item's opening and the first time it stopped being open;
    // kept here by id (ids are dense row ids) instead of joining every promise to its item.
    const auto largestId = largestFollowUpId(m_connection);
    if (!largestId)
        return largestId.error();
    const qint64 idLimit = *largestId + 1;
    m_itemTimesById = idLimit <= MaxItemsById;
    if (m_itemTimesById) {
        m_itemOpened.assign(size_t(idLimit), Never);
        m_itemLastOpen.assign(size_t(idLimit), Never);
    }

    RowCursor items(m_connection);
    if (auto ok = readKpiItems(items); !ok)
        return ok;

    struct StatusEvent
    {
        Timestamp at;
        qint64 to;
    };
    std::vector<StatusEvent> itemEvents;
    const int periodCount = int(m_periods.size());
    qint64 row = 0;
    while (items.next()) {
        if (++row % CancelCheckEvery == 0 && cancelled())
            return cancelError();
        const qint64 id = items.integer(ItemId);
        const Timestamp opened = items.integer(ItemOpened);
        const auto firstResponse = items.optional(ItemFirstResponse);
        const auto resolved = items.optional(ItemResolved);
        const auto closed = items.optional(ItemClosed);
        if (m_itemTimesById && id >= 0 && id < qint64(m_itemOpened.size())) {
            m_itemOpened[size_t(id)] = opened;
            m_itemLastOpen[size_t(id)] = std::min(resolved.value_or(Never), closed.value_or(Never));
        }

        itemEvents.clear();
        while (eventsLeft && events.integer(WaitingFollowUp) <= id) {
            if (events.integer(WaitingFollowUp) == id)
                itemEvents.push_back({events.integer(WaitingAt), events.integer(WaitingToStatus)});
            eventsLeft = events.next();
        }

        if (const int p = periodOf(opened); p >= 0) {
            PeriodTotals &t = m_totals[size_t(p)];
            ++t.opened;
            if (firstResponse) {
                if (*firstResponse < opened)
                    ++m_problems[FirstResponseBeforeOpened];
                else
                    t.firstResponseSeconds.push_back(*firstResponse - opened);
            }
        }

        if (resolved) {
            if (const int p = periodOf(*resolved); p >= 0) {
                PeriodTotals &t = m_totals[size_t(p)];
                ++t.resolved;
                const qint64 reopenCount = items.integer(ItemReopenCount);
                t.callbacks += reopenCount;
                if (reopenCount >= 1)
                    ++t.reopenedItems;
                if (const auto sla = items.optional(ItemSlaMet)) {
                    ++t.slaKnown;
                    if (*sla == 1)
                        ++t.slaYes;
                }
                if (const auto compliant = items.optional(ItemChecklistCompliant)) {
                    ++t.checklistRuns;
                    if (*compliant == 1)
                        ++t.checklistCompliant;
                }
                if (*resolved < opened) {
                    ++m_problems[ResolvedBeforeOpened];
                } else {
                    t.resolutionSeconds.push_back(*resolved - opened);
                    qint64 business = m_businessTime->businessSeconds(opened, *resolved);
                    // A waiting status lasts from the event entering it to the next event leaving it;
                    // only the part between opening and resolving counts.
                    std::optional<Timestamp> waitingSince;
                    const auto leaveWaiting = [&](Timestamp until) {
                        const Timestamp a = std::max(*waitingSince, opened);
                        const Timestamp b = std::min(until, *resolved);
                        business -= m_businessTime->businessSeconds(a, b);
                        waitingSince.reset();
                    };
                    for (const StatusEvent &e : itemEvents) {
                        if (!waitingSince && isWaitingStatus(Status(int(e.to))))
                            waitingSince = e.at;
                        else if (waitingSince && !isWaitingStatus(Status(int(e.to))))
                            leaveWaiting(e.at);
                    }
                    if (waitingSince)
                        leaveWaiting(*resolved);
                    t.resolutionBusinessSeconds.push_back(std::max<qint64>(0, business));
                }
            }
        }

        if (closed) {
            if (const int p = periodOf(*closed); p >= 0) {
                ++m_totals[size_t(p)].closed;
                if (*closed < opened)
                    ++m_problems[ClosedBeforeOpened];
                if (resolved && *closed < *resolved)
                    ++m_problems[ClosedBeforeResolved];
            }
        }

        // In the backlog of every period whose end comes after opening and not after closing.
        const int enters = firstAfter(m_ends, opened);
        const int leaves = closed ? firstAfter(m_ends, *closed) : periodCount;
        if (enters < leaves) {
            ++m_backlogChange[size_t(enters)];
            --m_backlogChange[size_t(leaves)];
        }
    }
    if (items.error())
        return *items.error();
    if (events.error())
        return *events.error();
    return {};
}

Result<void> Computation::surveysPass()
{
    RowCursor q(m_connection);
    if (auto ok = readSurveyScores(q, m_rangeStart, m_rangeEnd); !ok)
        return ok;
    qint64 row = 0;
    while (q.next()) {
        if (++row % CancelCheckEvery == 0 && cancelled())
            return cancelError();
        const int p = periodOf(q.integer(SurveyReceived));
        if (p < 0)
            continue;
        PeriodTotals &t = m_totals[size_t(p)];
        const qint64 score = q.integer(SurveyScore);
        ++t.surveys;
        t.surveyScoreSum += score;
        if (score >= 4)
            ++t.surveysSatisfied;
    }
    if (q.error())
        return *q.error();
    return {};
}

Result<void> Computation::promisesPass()
{
    // With the items' times kept by id this is a plain read of the ledger; otherwise (ids too
    // sparse to keep) each promise comes with its item's times.
    RowCursor q(m_connection);
    if (auto ok = readPromisesDueBefore(q, m_rangeEnd, !m_itemTimesById, Never); !ok)
        return ok;
    qint64 row = 0;
    while (q.next()) {
        if (++row % CancelCheckEvery == 0 && cancelled())
            return cancelError();
        const Timestamp due = q.integer(PromiseDue);
        const auto ended = q.optional(PromiseEnded);
        const auto outcome = PromiseOutcome(q.integer(PromiseOutcomeValue));
        const qint64 id = q.integer(PromiseFollowUp);
        Timestamp opened = Never;
        Timestamp itemLastOpen = Never;
        if (!m_itemTimesById) {
            opened = q.integer(PromiseItemOpened);
            itemLastOpen = q.integer(PromiseItemLastOpen);
        } else if (id >= 0 && id < qint64(m_itemOpened.size())) {
            opened = m_itemOpened[size_t(id)];
            itemLastOpen = m_itemLastOpen[size_t(id)];
        }

        // Kept rate: promises that fell due in the period. Moved and cancelled ones never did;
        // an open one has fallen due once its time is past.
        if (const int p = periodOf(due); p >= 0) {
            PeriodTotals &t = m_totals[size_t(p)];
            if (outcome == PromiseOutcome::Kept) {
                ++t.promisesDue;
                ++t.promisesKept;
            } else if (outcome == PromiseOutcome::Missed
                       || (outcome == PromiseOutcome::Open && due <= m_now)) {
                ++t.promisesDue;
            }
        }

        // Overdue at the end of each period from the due time on, while the promise is still open
        // (no contact, not moved) and the item is neither resolved nor closed.
        if (opened == Never)
            continue;   // its item is gone
        const Timestamp lastOpen = std::min(ended.value_or(Never), itemLastOpen);
        const int from = firstAfter(m_evaluatedAt, std::max(due, opened));
        const int until = lastOpen == Never ? int(m_periods.size()) : firstAfter(m_evaluatedAt, lastOpen);
        if (from < until) {
            ++m_overdueChange[size_t(from)];
            --m_overdueChange[size_t(until)];
        }
    }
    if (q.error())
        return *q.error();
    return {};
}

KpiTable Computation::table() const
{
    KpiTable out;
    out.by = m_request.by;
    qint64 backlog = 0;
    qint64 overdue = 0;
    for (qsizetype i = 0; i < m_periods.size(); ++i) {
        PeriodTotals t = m_totals[size_t(i)];   // a copy: the medians reorder the durations
        KpiRow row;
        row.period = m_periods.at(i);
        row.partial = row.period.end > m_now;
        const auto set = [&row](Kpi k, std::optional<double> v, qint64 basis) {
            row.values[size_t(k)] = v;
            row.basis[size_t(k)] = basis;
        };
        const auto count = [&set](Kpi k, qint64 n) { set(k, double(n), n); };
        const auto rate = [&set](Kpi k, qint64 part, qint64 whole) {
            set(k, whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt, whole);
        };
        const auto hours = [&set](Kpi k, std::vector<qint64> &v, double (*statistic)(std::vector<qint64> &)) {
            set(k, v.empty() ? std::nullopt : std::optional<double>(statistic(v) / 3600.0), qint64(v.size()));
        };
        count(Kpi::Opened, t.opened);
        count(Kpi::Resolved, t.resolved);
        count(Kpi::Closed, t.closed);
        set(Kpi::Callbacks, double(t.callbacks), t.resolved);   // rests on the items resolved in the period
        rate(Kpi::CallbackRate, t.reopenedItems, t.resolved);
        hours(Kpi::MedianResolutionH, t.resolutionSeconds, median);
        hours(Kpi::P90ResolutionH, t.resolutionSeconds, percentile90);
        hours(Kpi::MedianResolutionBh, t.resolutionBusinessSeconds, median);
        hours(Kpi::MedianFirstResponseH, t.firstResponseSeconds, median);
        rate(Kpi::SlaMetRate, t.slaYes, t.slaKnown);
        set(Kpi::CsatAvg, t.surveys > 0 ? std::optional<double>(double(t.surveyScoreSum) / double(t.surveys)) : std::nullopt,
            t.surveys);
        rate(Kpi::CsatRate, t.surveysSatisfied, t.surveys);
        count(Kpi::CsatResponses, t.surveys);
        backlog += m_backlogChange[size_t(i)];
        overdue += m_overdueChange[size_t(i)];
        count(Kpi::Backlog, backlog);
        count(Kpi::OverdueFollowups, overdue);
        rate(Kpi::PromisesKeptRate, t.promisesKept, t.promisesDue);
        rate(Kpi::ChecklistComplianceRate, t.checklistCompliant, t.checklistRuns);
        out.rows.append(row);
    }
    for (int p = 0; p < ProblemCount; ++p) {
        if (m_problems[size_t(p)] > 0)
            out.problems.append({problemKey(p), problemDescription(p, m_problems[size_t(p)]), m_problems[size_t(p)]});
    }
    return out;
}

} // namespace

Result<KpiTable> computeKpis(const Connection &connection, const BusinessCalendar &calendar, const KpiRequest &request,
                             const std::atomic_bool *cancel)
{
    // One read transaction, so that every pass sees the same snapshot while others write.
    const KpiReadSnapshot snapshot(connection);
    return Computation(connection, calendar, request, cancel).run();
}

Result<std::optional<KpiDataSpan>> kpiDataSpan(const Connection &connection, const QTimeZone &zone)
{
    auto range = dataRangeOf(connection);
    if (!range)
        return range.error();
    if (!range->first || !range->last)
        return std::optional<KpiDataSpan>();
    return std::optional<KpiDataSpan>(KpiDataSpan{QDateTime::fromSecsSinceEpoch(*range->first, zone).date(),
                                                  QDateTime::fromSecsSinceEpoch(*range->last, zone).date()});
}

Result<std::optional<KpiDataSpan>> kpiDataSpan(const Store &store)
{
    return kpiDataSpan(store.connection(), store.timeZone());
}

Result<KpiTable> computeKpis(const Store &store, const KpiRequest &request, const std::atomic_bool *cancel)
{
    ScopedConnection connection(store);
    if (!connection.isOpen())
        return Error::failed(Tr::tr("Cannot open the store %1: %2").arg(store.path(), connection.errorText()));
    auto calendar = loadCalendar(connection.connection(), store.timeZone());
    if (!calendar)
        return calendar.error();
    return computeKpis(connection.connection(), calendar.value(), request, cancel);
}

} // namespace ft
