#include "report/reportgatherer.h"
#include "domain/dateformats.h"

#include "store/calendarrepository.h"
#include "checklist/checklisteffect.h"
#include "csi/csiregister.h"
#include "kpi/kpiengine.h"
#include "kpi/kpisignals.h"
#include "kpi/kpitargets.h"
#include "store/kpiqueries.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ReportGatherer)
};

bool cancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(); }
Error cancelError() { return Error::cancelled(Tr::tr("The report was cancelled.")); }

PlainUnit plainUnitOf(const KpiInfo &info)
{
    switch (info.unit) {
    case KpiUnit::Count: return PlainUnit::Count;
    case KpiUnit::Rate: return PlainUnit::Rate;
    case KpiUnit::Hours: return info.businessHours ? PlainUnit::BusinessHours : PlainUnit::Hours;
    case KpiUnit::Score: return PlainUnit::Score;
    }
    return PlainUnit::Count;
}

QList<KpiPoint> seriesOf(const KpiTable &table, Kpi kpi, PeriodKind kind)
{
    QList<KpiPoint> out;
    for (const KpiRow &row : table.rows) {
        QString label = row.period.label;
        if (kind == PeriodKind::Month)
            label = QLocale().toString(row.period.firstDay, QStringLiteral("MMM ’yy"));
        out << KpiPoint{label, row.period.firstDay, row.period.endDay, row.value(kpi), row.basisOf(kpi)};
    }
    return out;
}

// The table without the periods that end before the first day with data: their counts would read
// as zeros, and a baseline or an average before the start must not rest on months of no data.
KpiTable fromFirstData(const KpiTable &table, std::optional<QDate> firstDataDay)
{
    KpiTable out = table;
    if (firstDataDay)
        out.rows.erase(std::remove_if(out.rows.begin(), out.rows.end(),
                                      [&](const KpiRow &r) { return r.period.endDay <= *firstDataDay; }),
                       out.rows.end());
    return out;
}

// The limits and signals of SPEC §2b on a chart's points, computed over the whole `table` (which
// holds the chart's periods as its last ones) with the default baseline.
QList<ReportLimits> processLimits(const QList<KpiPoint> &points, const KpiTable &table, Kpi kpi,
                                  const QList<CsiInitiative> &initiatives)
{
    QList<QDate> starts;
    for (const CsiInitiative &c : initiatives) {
        if (c.kpiKey == kpiKey(kpi))
            starts << c.startDate;
    }
    const KpiSignalSeries s = analyseKpi(table, kpi, defaultBaseline(table, starts));
    QList<ReportLimits> out;
    const int offset = int(table.rows.size()) - int(points.size());
    if (!s.limits.valid || offset < 0)
        return out;
    for (int i = 0; i < points.size(); ++i) {
        const size_t h = size_t(i + offset);
        out << ReportLimits{s.limits.centre, s.limits.limits[h].lower, s.limits.limits[h].upper,
                            s.fired[h].rules != NoSignal};
    }
    return out;
}

// The last day of the last whole period that ended before `today`.
QDate lastWholePeriodEnd(QDate today, PeriodKind kind) { return periodFirstDay(today, kind).addDays(-1); }

QDate stepBack(QDate firstDay, PeriodKind kind, int periods)
{
    switch (kind) {
    case PeriodKind::Week: return firstDay.addDays(-7 * periods);
    case PeriodKind::Month: return firstDay.addMonths(-periods);
    case PeriodKind::Quarter: return firstDay.addMonths(-3 * periods);
    }
    return firstDay;
}
} // namespace

QStringList reportDefaultKpiKeys()
{
    return {QStringLiteral("opened"),           QStringLiteral("resolved"),
            QStringLiteral("backlog"),          QStringLiteral("callbacks"),
            QStringLiteral("callback_rate"),    QStringLiteral("median_first_response_h"),
            QStringLiteral("median_resolution_h"), QStringLiteral("median_resolution_bh"),
            QStringLiteral("sla_met_rate"),     QStringLiteral("promises_kept_rate"),
            QStringLiteral("overdue_followups"), QStringLiteral("csat_avg"),
            QStringLiteral("checklist_compliance_rate")};
}

QList<Kpi> reportKpiOrder()
{
    QList<Kpi> order;
    for (const QString &key : reportDefaultKpiKeys()) {
        if (const auto kpi = kpiFromKey(key))
            order << *kpi;
    }
    for (const KpiInfo &info : kpiInfos()) {
        if (!order.contains(info.kpi))
            order << info.kpi;
    }
    return order;
}

QStringList orderReportKpiKeys(const QStringList &keys)
{
    const QList<Kpi> order = reportKpiOrder();
    QStringList known;
    QStringList unknown;
    for (const Kpi kpi : order) {
        const QString key = QLatin1String(kpiInfo(kpi).key);
        if (keys.contains(key))
            known << key;
    }
    for (const QString &key : keys) {
        if (!kpiFromKey(key) && !unknown.contains(key))
            unknown << key;
    }
    return known + unknown;
}

PlainKpi plainKpi(Kpi kpi)
{
    const KpiInfo &info = kpiInfo(kpi);
    // The same name as on the charts and in the register (one table, models/core/kpi/kpicolumns.cpp).
    const QString name = kpiLabel(kpi);
    // Demand and throughput are facts of the period, not verdicts on the team.
    const bool judged = kpi != Kpi::Opened && kpi != Kpi::Closed && kpi != Kpi::Resolved && kpi != Kpi::CsatResponses;
    return {QLatin1String(info.key), name, plainUnitOf(info), info.higherIsBetter, judged};
}

QString plainPeriodName(const Period &period, PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return Tr::tr("the week of %1").arg(QLocale().toString(period.firstDay, dateformat::longDayMonthYear()));
    case PeriodKind::Month: return QLocale().toString(period.firstDay, dateformat::longMonthYear());
    case PeriodKind::Quarter:
        return Tr::tr("Q%1 %2").arg((period.firstDay.month() - 1) / 3 + 1).arg(period.firstDay.year());
    }
    return period.label;
}

PeriodKind periodKindOf(ReportOptions::By by)
{
    switch (by) {
    case ReportOptions::By::Week: return PeriodKind::Week;
    case ReportOptions::By::Month: return PeriodKind::Month;
    case ReportOptions::By::Quarter: return PeriodKind::Quarter;
    }
    return PeriodKind::Month;
}

ReportChecklists reportChecklists(const ChecklistEffect &effect)
{
    ReportChecklists lists;
    lists.withChecklist = effect.withChecklist;
    lists.complianceRate = effect.complianceRate();
    lists.completeResolved = effect.complete.resolved;
    lists.completeCallbackRate = effect.complete.rate();
    lists.incompleteResolved = effect.incomplete.resolved;
    lists.incompleteCallbackRate = effect.incomplete.rate();
    // Most telling first (the order computeChecklistEffect gives); a dozen is what a meeting reads.
    for (const ChecklistItemEffect &i : effect.items) {
        if (i.skipped == 0)
            continue;
        if (i.skipped < plainFewItems) {
            ++lists.rarelySkippedSteps;
            continue;
        }
        if (lists.items.size() < 12)
            lists.items << ReportChecklistItem{i.templateName, i.text, i.required, i.skipped, i.checked,
                                               i.callbackRateWhenSkipped(), i.callbackRateWhenChecked()};
    }
    return lists;
}

Result<ReportData> gatherReport(const Store &store, const ReportOptions &options, QDate today,
                                const std::atomic_bool *cancel)
{
    const PeriodKind kind = periodKindOf(options.by);
    QList<Kpi> kpis;
    for (const QString &key : orderReportKpiKeys(options.kpiKeys.isEmpty() ? reportDefaultKpiKeys() : options.kpiKeys)) {
        const auto kpi = kpiFromKey(key);
        if (!kpi)
            return Error::badInput(Tr::tr("Unknown KPI “%1”.").arg(key));
        kpis << *kpi;
    }

    ScopedConnection connection(store);
    if (!connection.isOpen())
        return Error::failed(Tr::tr("Cannot open the store %1: %2").arg(store.path(), connection.errorText()));
    const Connection db = connection.connection();
    auto calendar = loadCalendar(db, store.timeZone());
    if (!calendar)
        return calendar.error();
    auto targets = listTargets(db);
    if (!targets)
        return targets.error();
    auto initiatives = CsiRegister(db).list();
    if (!initiatives)
        return initiatives.error();

    // "This period" is the one holding `to`; the charts run twelve periods up to it.
    const QDate to = options.to.value_or(lastWholePeriodEnd(today, kind));
    const QDate currentFirst = periodFirstDay(to, kind);
    const QDate from = options.from.value_or(stepBack(currentFirst, kind, 11));
    if (from > to)
        return Error::badInput(Tr::tr("The report's start %1 is after its end %2.")
                                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    // One computation serves the charts and every initiative's before / after.
    QDate computeFrom = from;
    for (const CsiInitiative &c : *initiatives)
        computeFrom = qMin(computeFrom, stepBack(periodFirstDay(c.startDate, kind), kind, 1));
    // Verdicts judge an initiative on every complete period before its start: from the first data.
    auto span = kpiDataSpan(db, store.timeZone());
    if (!span)
        return span.error();
    if (*span)   // the limits on the charts come from every period before the first initiative too
        computeFrom = qMin(computeFrom, (*span)->first);
    KpiRequest request;
    request.from = computeFrom;
    request.to = to;
    request.by = kind;
    if (cancelled(cancel))
        return cancelError();
    auto table = computeKpis(db, *calendar, request, cancel);
    if (!table)
        return table.error();

    ReportData data;
    data.team = options.team;
    if (data.team.isEmpty()) {
        if (auto team = readTeamName(db))
            data.team = *team;
    }
    if (data.team.isEmpty())
        data.team = Tr::tr("Service desk");
    data.rangeFrom = periodFirstDay(from, kind);
    data.rangeTo = to;
    data.generatedAt = QDateTime::currentDateTime();
    const Period current = periodStartingOn(currentFirst, kind, store.timeZone());
    const Period previous = periodStartingOn(stepBack(currentFirst, kind, 1), kind, store.timeZone());
    data.periodName = plainPeriodName(current, kind);
    data.previousPeriodName = plainPeriodName(previous, kind);
    // The limits and the verdicts rest on the periods from the first data on.
    const KpiTable history = fromFirstData(*table, *span ? std::optional<QDate>((*span)->first) : std::nullopt);
    // Data before the range was computed only for the initiatives: the charts start at `from`.
    KpiTable chartTable = *table;
    chartTable.rows.erase(std::remove_if(chartTable.rows.begin(), chartTable.rows.end(),
                                         [&](const KpiRow &r) { return r.period.endDay <= data.rangeFrom; }),
                          chartTable.rows.end());

    for (Kpi kpi : kpis) {
        ReportKpi k;
        k.kpi = plainKpi(kpi);
        k.definition = kpiDefinition(kpi);
        k.series = seriesOf(chartTable, kpi, kind);
        k.limits = processLimits(k.series, history, kpi, *initiatives);
        if (const auto t = targetOn(*targets, kpi, current.firstDay)) {
            k.target = t->value;
            k.kpi.higherIsBetter = t->higherIsBetter;
        }
        for (const CsiInitiative &c : *initiatives) {
            if (c.kpiKey == k.kpi.key && c.startDate >= data.rangeFrom && c.startDate <= to
                && c.status != CsiStatus::Dropped)
                k.initiatives << c;
        }
        k.comparison.kpi = k.kpi;
        k.comparison.periodName = data.periodName;
        k.comparison.previousPeriodName = data.previousPeriodName;
        k.comparison.target = k.target;
        for (const KpiPoint &p : k.series) {
            if (p.firstDay == current.firstDay) {
                k.comparison.current = p.value;
                k.comparison.currentBasis = p.basis;
            } else if (p.firstDay == previous.firstDay) {
                k.comparison.previous = p.value;
                k.comparison.previousBasis = p.basis;
            }
        }
        // Name the latest initiative that started between the two periods compared.
        for (const CsiInitiative &c : k.initiatives) {
            if (c.startDate >= previous.firstDay && c.startDate < current.endDay)
                k.comparison.initiative = PlainInitiative{c.title, c.startDate};
        }
        k.verdict = plainVerdict(k.comparison);
        data.kpis << k;
    }

    // Before / after as of the report's end: only periods that ended by then count.
    const QDate asOf = qMin(today, to.addDays(1));
    for (const CsiInitiative &c : *initiatives) {
        ReportInitiative r;
        r.initiative = c;
        const auto kpi = kpiFromKey(c.kpiKey);
        if (kpi) {
            const PlainKpi plain = plainKpi(*kpi);
            r.kpiName = plain.name;
            r.unit = plain.unit;
            r.beforeAfter = beforeAfter(seriesOf(*table, *kpi, kind), c, plain.higherIsBetter, asOf);
            const auto t = targetOn(*targets, *kpi, current.firstDay);
            r.beforeAfter.verdict = judgeInitiative(history, *kpi, c.startDate, t ? t->higherIsBetter : plain.higherIsBetter);
        } else {
            r.kpiName = c.kpiKey;
        }
        data.initiatives << r;
    }

    // What the initiatives did to their measure, said after the measure's own sentence.
    for (ReportKpi &k : data.kpis) {
        for (const ReportInitiative &r : std::as_const(data.initiatives)) {
            if (r.initiative.kpiKey != k.kpi.key || r.initiative.status == CsiStatus::Dropped || !r.beforeAfter.verdict)
                continue;
            k.verdict.sentence += QLatin1Char(' ')
                                  + Tr::tr("“%1”: %2").arg(r.initiative.title,
                                                           initiativeVerdictText(*r.beforeAfter.verdict, r.unit));
        }
    }

    // Checklist compliance and whether skipped steps lead to callbacks, for this period.
    if (cancelled(cancel))
        return cancelError();
    auto effect = computeChecklistEffect(store, current.start, current.end);
    if (!effect)
        return effect.error();
    data.checklists = reportChecklists(*effect);

    for (const KpiDataProblem &p : table->problems)
        data.dataProblems << Tr::tr("%1 (%2 items)").arg(p.description, QLocale().toString(p.count));
    return data;
}

namespace {
// The first day the KPI tables for initiatives start from: the data's first day, so that each
// initiative's verdict sees every complete period before its start; `fallback` without data.
struct DataStart
{
    QDate from;                        // where the table starts
    std::optional<QDate> firstDataDay;
};

Result<DataStart> dataStart(const Store &store, QDate fallback)
{
    ScopedConnection connection(store);
    if (!connection.isOpen())
        return Error::failed(Tr::tr("Cannot open the store %1: %2").arg(store.path(), connection.errorText()));
    auto span = kpiDataSpan(connection.connection(), store.timeZone());
    if (!span)
        return span.error();
    if (!*span)
        return DataStart{fallback, std::nullopt};
    return DataStart{qMin(fallback, (*span)->first), (*span)->first};
}

BeforeAfter measured(const KpiTable &table, const CsiInitiative &c, Kpi kpi, PeriodKind by, QDate today)
{
    const bool higherIsBetter = kpiInfo(kpi).higherIsBetter;
    BeforeAfter ba = beforeAfter(seriesOf(table, kpi, by), c, higherIsBetter, today);
    ba.verdict = judgeInitiative(table, kpi, c.startDate, higherIsBetter);
    return ba;
}
} // namespace

Result<BeforeAfter> measureInitiative(const Store &store, const CsiInitiative &initiative, PeriodKind by, QDate today,
                                      const std::atomic_bool *cancel)
{
    if (!initiative.startDate.isValid())
        return Error::badInput(Tr::tr("Improvement initiative “%1” has no start date.").arg(initiative.title));
    const auto kpi = kpiFromKey(initiative.kpiKey);
    if (!kpi)
        return Error::badInput(Tr::tr("Improvement initiative “%1” aims at an unknown KPI “%2”.")
                                   .arg(initiative.title, initiative.kpiKey));
    auto start = dataStart(store, stepBack(periodFirstDay(initiative.startDate, by), by, 1));
    if (!start)
        return start.error();
    KpiRequest request;
    request.from = start->from;
    request.to = qMax(request.from.value(), today.addDays(-1));
    request.by = by;
    auto table = computeKpis(store, request, cancel);
    if (!table)
        return table.error();
    return measured(fromFirstData(*table, start->firstDataDay), initiative, *kpi, by, today);
}

Result<QList<BeforeAfter>> measureInitiatives(const Store &store, const QList<CsiInitiative> &initiatives, PeriodKind by,
                                              QDate today, const std::atomic_bool *cancel)
{
    QList<BeforeAfter> out;
    std::optional<QDate> from;
    for (const CsiInitiative &c : initiatives) {
        if (c.startDate.isValid() && kpiFromKey(c.kpiKey)) {
            const QDate first = stepBack(periodFirstDay(c.startDate, by), by, 1);
            from = from ? qMin(*from, first) : first;
        }
    }
    if (!from) {
        out.resize(initiatives.size());
        return out;
    }
    auto start = dataStart(store, *from);
    if (!start)
        return start.error();
    KpiRequest request;
    request.from = start->from;
    request.to = qMax(start->from, today.addDays(-1));
    request.by = by;
    auto table = computeKpis(store, request, cancel);
    if (!table)
        return table.error();
    const KpiTable history = fromFirstData(*table, start->firstDataDay);
    for (const CsiInitiative &c : initiatives) {
        const auto kpi = kpiFromKey(c.kpiKey);
        out << (kpi ? measured(history, c, *kpi, by, today) : BeforeAfter{});
    }
    return out;
}

} // namespace ft
