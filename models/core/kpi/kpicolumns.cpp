#include "kpi/kpicolumns.h"

#include <QCoreApplication>

namespace ft {

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

namespace {
// The one table of what each KPI is called and what it means, used by the charts, the CSI register,
// the review report and the command line (texts in the context "ft::Kpi" of the translations).
struct KpiWords
{
    Kpi kpi;
    const char *label;        // the KPI's name: chart titles, the register, report sentences
    const char *shortLabel;   // where room is short: legends, table headers, command-line help
    const char *definition;   // the definition in plain words
};

const std::array<KpiWords, KpiCount> &kpiWords()
{
    static const std::array<KpiWords, KpiCount> words{{
        {Kpi::Opened, QT_TRANSLATE_NOOP("ft::Kpi", "Opened"), QT_TRANSLATE_NOOP("ft::Kpi", "Opened"),
         QT_TRANSLATE_NOOP("ft::Kpi", "How many follow-ups were opened in the period.")},
        {Kpi::Resolved, QT_TRANSLATE_NOOP("ft::Kpi", "Resolved"), QT_TRANSLATE_NOOP("ft::Kpi", "Resolved"),
         QT_TRANSLATE_NOOP("ft::Kpi", "How many follow-ups were resolved in the period.")},
        {Kpi::Closed, QT_TRANSLATE_NOOP("ft::Kpi", "Closed"), QT_TRANSLATE_NOOP("ft::Kpi", "Closed"),
         QT_TRANSLATE_NOOP("ft::Kpi", "How many follow-ups were closed in the period.")},
        {Kpi::Callbacks, QT_TRANSLATE_NOOP("ft::Kpi", "Callbacks"), QT_TRANSLATE_NOOP("ft::Kpi", "Callbacks"),
         QT_TRANSLATE_NOOP("ft::Kpi", "How many times the follow-ups resolved in the period had been reopened, added up.")},
        {Kpi::CallbackRate, QT_TRANSLATE_NOOP("ft::Kpi", "Callback rate"), QT_TRANSLATE_NOOP("ft::Kpi", "Callback rate"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the follow-ups resolved in the period, the share that had been reopened at least once.")},
        {Kpi::MedianResolutionH, QT_TRANSLATE_NOOP("ft::Kpi", "Median resolution time (hours)"), QT_TRANSLATE_NOOP("ft::Kpi", "Median resolution (h)"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the follow-ups resolved in the period, the middle time from opening to resolving, in clock "
                  "hours: half took less, half took more.")},
        {Kpi::P90ResolutionH, QT_TRANSLATE_NOOP("ft::Kpi", "90th percentile resolution time (hours)"), QT_TRANSLATE_NOOP("ft::Kpi", "P90 resolution (h)"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the follow-ups resolved in the period, the time within which nine in ten were resolved, in "
                  "clock hours (nearest rank).")},
        {Kpi::MedianResolutionBh, QT_TRANSLATE_NOOP("ft::Kpi", "Median resolution time (business hours)"), QT_TRANSLATE_NOOP("ft::Kpi", "Median resolution (business h)"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the follow-ups resolved in the period, the middle time from opening to resolving, counting "
                  "only working hours of the business calendar in force on each day, and leaving out time spent "
                  "waiting on the requester or a vendor.")},
        {Kpi::MedianFirstResponseH, QT_TRANSLATE_NOOP("ft::Kpi", "Median first response time (hours)"), QT_TRANSLATE_NOOP("ft::Kpi", "Median first response (h)"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the follow-ups opened in the period that got a reply, the middle time from opening to the "
                  "first contact with the requester, in clock hours.")},
        {Kpi::SlaMetRate, QT_TRANSLATE_NOOP("ft::Kpi", "SLA met rate"), QT_TRANSLATE_NOOP("ft::Kpi", "SLA met"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the follow-ups resolved in the period whose SLA result is known, the share that met it.")},
        {Kpi::CsatAvg, QT_TRANSLATE_NOOP("ft::Kpi", "Average satisfaction score"), QT_TRANSLATE_NOOP("ft::Kpi", "Satisfaction score"),
         QT_TRANSLATE_NOOP("ft::Kpi", "The average score (1 to 5) of the survey responses received in the period.")},
        {Kpi::CsatRate, QT_TRANSLATE_NOOP("ft::Kpi", "Satisfied customers (4 or 5)"), QT_TRANSLATE_NOOP("ft::Kpi", "Satisfied (4–5)"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the survey responses received in the period, the share scoring 4 or 5.")},
        {Kpi::CsatResponses, QT_TRANSLATE_NOOP("ft::Kpi", "Survey responses"), QT_TRANSLATE_NOOP("ft::Kpi", "Survey responses"),
         QT_TRANSLATE_NOOP("ft::Kpi", "How many survey responses were received in the period.")},
        {Kpi::Backlog, QT_TRANSLATE_NOOP("ft::Kpi", "Backlog"), QT_TRANSLATE_NOOP("ft::Kpi", "Backlog"),
         QT_TRANSLATE_NOOP("ft::Kpi", "How many follow-ups were open at the end of the period: opened before its end and not closed "
                  "by then.")},
        {Kpi::OverdueFollowups, QT_TRANSLATE_NOOP("ft::Kpi", "Overdue follow-ups"), QT_TRANSLATE_NOOP("ft::Kpi", "Overdue"),
         QT_TRANSLATE_NOOP("ft::Kpi", "How many open follow-ups, at the end of the period, had a promised update whose time had "
                  "passed with no contact since.")},
        {Kpi::PromisesKeptRate, QT_TRANSLATE_NOOP("ft::Kpi", "Promises kept"), QT_TRANSLATE_NOOP("ft::Kpi", "Promises kept"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the promised updates that fell due in the period, the share where the requester was "
                  "contacted at or before the promised time. Promises replaced or made moot by resolving "
                  "never fell due and are not counted.")},
        {Kpi::ChecklistComplianceRate, QT_TRANSLATE_NOOP("ft::Kpi", "Checklist compliance"), QT_TRANSLATE_NOOP("ft::Kpi", "Checklist compliance"),
         QT_TRANSLATE_NOOP("ft::Kpi", "Of the follow-ups resolved in the period that had a closure checklist, the share resolved "
                  "with every required item checked and no override.")},
    }};
    return words;
}

const KpiWords &wordsOf(Kpi kpi) { return kpiWords()[static_cast<size_t>(kpi)]; }
} // namespace

QString kpiLabel(Kpi kpi) { return QCoreApplication::translate("ft::Kpi", wordsOf(kpi).label); }

QString kpiShortLabel(Kpi kpi) { return QCoreApplication::translate("ft::Kpi", wordsOf(kpi).shortLabel); }

QString kpiDefinition(Kpi kpi) { return QCoreApplication::translate("ft::Kpi", wordsOf(kpi).definition); }

bool kpiRestsOnFew(Kpi kpi, long long n)
{
    return kpiInfo(kpi).unit != KpiUnit::Count && n < KpiFewItems;
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
