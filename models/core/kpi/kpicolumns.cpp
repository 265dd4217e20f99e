#include "kpi/kpicolumns.h"

#include <QCoreApplication>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Kpi)
};
} // namespace

const std::array<KpiInfo, KpiCount> &kpiInfos()
{
    static const std::array<KpiInfo, KpiCount> infos{{
        {Kpi::Opened, "opened", KpiUnit::Count, false, false},
        {Kpi::Resolved, "resolved", KpiUnit::Count, true, false},
        {Kpi::Closed, "closed", KpiUnit::Count, true, false},
        {Kpi::Callbacks, "callbacks", KpiUnit::Count, false, false},
        {Kpi::CallbackRate, "callback_rate", KpiUnit::Rate, false, false},
        {Kpi::MedianResolutionH, "median_resolution_h", KpiUnit::Hours, false, false},
        {Kpi::P90ResolutionH, "p90_resolution_h", KpiUnit::Hours, false, false},
        {Kpi::MedianResolutionBh, "median_resolution_bh", KpiUnit::Hours, false, true},
        {Kpi::MedianFirstResponseH, "median_first_response_h", KpiUnit::Hours, false, false},
        {Kpi::SlaMetRate, "sla_met_rate", KpiUnit::Rate, true, false},
        {Kpi::CsatAvg, "csat_avg", KpiUnit::Score, true, false},
        {Kpi::CsatRate, "csat_rate", KpiUnit::Rate, true, false},
        {Kpi::CsatResponses, "csat_responses", KpiUnit::Count, true, false},
        {Kpi::Backlog, "backlog", KpiUnit::Count, false, false},
        {Kpi::OverdueFollowups, "overdue_followups", KpiUnit::Count, false, false},
        {Kpi::PromisesKeptRate, "promises_kept_rate", KpiUnit::Rate, true, false},
        {Kpi::ChecklistComplianceRate, "checklist_compliance_rate", KpiUnit::Rate, true, false},
    }};
    return infos;
}

const KpiInfo &kpiInfo(Kpi kpi) { return kpiInfos()[static_cast<size_t>(kpi)]; }

QString kpiKey(Kpi kpi) { return QLatin1String(kpiInfo(kpi).key); }

std::optional<Kpi> kpiFromKey(const QString &key)
{
    for (const KpiInfo &info : kpiInfos()) {
        if (key == QLatin1String(info.key))
            return info.kpi;
    }
    return std::nullopt;
}

QString kpiLabel(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Opened: return Tr::tr("Opened");
    case Kpi::Resolved: return Tr::tr("Resolved");
    case Kpi::Closed: return Tr::tr("Closed");
    case Kpi::Callbacks: return Tr::tr("Callbacks");
    case Kpi::CallbackRate: return Tr::tr("Callback rate");
    case Kpi::MedianResolutionH: return Tr::tr("Median resolution time (hours)");
    case Kpi::P90ResolutionH: return Tr::tr("90th percentile resolution time (hours)");
    case Kpi::MedianResolutionBh: return Tr::tr("Median resolution time (business hours)");
    case Kpi::MedianFirstResponseH: return Tr::tr("Median first response time (hours)");
    case Kpi::SlaMetRate: return Tr::tr("SLA met rate");
    case Kpi::CsatAvg: return Tr::tr("Average satisfaction score");
    case Kpi::CsatRate: return Tr::tr("Satisfied customers (4 or 5)");
    case Kpi::CsatResponses: return Tr::tr("Survey responses");
    case Kpi::Backlog: return Tr::tr("Backlog");
    case Kpi::OverdueFollowups: return Tr::tr("Overdue follow-ups");
    case Kpi::PromisesKeptRate: return Tr::tr("Promises kept");
    case Kpi::ChecklistComplianceRate: return Tr::tr("Checklist compliance");
    }
    return {};
}

QString kpiDefinition(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Opened:
        return Tr::tr("How many follow-ups were opened in the period.");
    case Kpi::Resolved:
        return Tr::tr("How many follow-ups were resolved in the period.");
    case Kpi::Closed:
        return Tr::tr("How many follow-ups were closed in the period.");
    case Kpi::Callbacks:
        return Tr::tr("How many times the follow-ups resolved in the period had been reopened, added up.");
    case Kpi::CallbackRate:
        return Tr::tr("Of the follow-ups resolved in the period, the share that had been reopened at least once.");
    case Kpi::MedianResolutionH:
        return Tr::tr("Of the follow-ups resolved in the period, the middle time from opening to resolving, in clock "
                  "hours: half took less, half took more.");
    case Kpi::P90ResolutionH:
        return Tr::tr("Of the follow-ups resolved in the period, the time within which nine in ten were resolved, in "
                  "clock hours (nearest rank).");
    case Kpi::MedianResolutionBh:
        return Tr::tr("Of the follow-ups resolved in the period, the middle time from opening to resolving, counting "
                  "only working hours of the business calendar in force on each day, and leaving out time spent "
                  "waiting on the requester or a vendor.");
    case Kpi::MedianFirstResponseH:
        return Tr::tr("Of the follow-ups opened in the period that got a reply, the middle time from opening to the "
                  "first contact with the requester, in clock hours.");
    case Kpi::SlaMetRate:
        return Tr::tr("Of the follow-ups resolved in the period whose SLA result is known, the share that met it.");
    case Kpi::CsatAvg:
        return Tr::tr("The average score (1 to 5) of the survey responses received in the period.");
    case Kpi::CsatRate:
        return Tr::tr("Of the survey responses received in the period, the share scoring 4 or 5.");
    case Kpi::CsatResponses:
        return Tr::tr("How many survey responses were received in the period.");
    case Kpi::Backlog:
        return Tr::tr("How many follow-ups were open at the end of the period: opened before its end and not closed "
                  "by then.");
    case Kpi::OverdueFollowups:
        return Tr::tr("How many open follow-ups, at the end of the period, had a promised update whose time had "
                  "passed with no contact since.");
    case Kpi::PromisesKeptRate:
        return Tr::tr("Of the promised updates that fell due in the period, the share where the requester was "
                  "contacted at or before the promised time. Promises replaced or made moot by resolving "
                  "never fell due and are not counted.");
    case Kpi::ChecklistComplianceRate:
        return Tr::tr("Of the follow-ups resolved in the period that had a closure checklist, the share resolved "
                  "with every required item checked and no override.");
    }
    return {};
}

std::optional<Kpi> kpiHoursCounterpart(Kpi kpi)
{
    if (kpi == Kpi::MedianResolutionH)
        return Kpi::MedianResolutionBh;
    if (kpi == Kpi::MedianResolutionBh)
        return Kpi::MedianResolutionH;
    return std::nullopt;
}

} // namespace ft
