#include "demo/demogenerator.h"

#include "store/calendarrepository.h"
#include "checklist/checklist.h"
#include "demo/demowriter.h"
#include "demo/simulation.h"
#include "domain/followupservice.h"
#include "store/activitymarker.h"
#include "store/bulkload.h"
#include "store/demorecords.h"
#include "store/followupwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>
#include <optional>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::DemoGenerator)
};

Result<std::vector<demo::TemplateInfo>> loadTemplates(const Connection &connection)
{
    auto rows = demorecords::templates(connection);
    if (!rows)
        return rows.error();
    std::vector<demo::TemplateInfo> templates;
    for (const demorecords::TemplateRow &t : rows.value()) {
        QStringList categories;
        for (const QString &c : t.categories.split(QLatin1Char(','), Qt::SkipEmptyParts))
            categories << c.trimmed();
        templates.push_back({t.id, t.name, t.kindMask, categories, {}});
        for (const demorecords::TemplateItemRow &i : t.items) {
            demo::ChecklistItemPlan item;
            item.templateItemId = i.id;
            item.text = i.text;
            item.required = i.required;
            item.hint = i.hint;
            templates.back().items.push_back(item);
        }
    }
    return templates;
}

// The work the demo team keeps closure checklists for: where a skipped step comes back as a
// callback (broken hardware, new mailboxes and lists, new starters, server and security
// changes), about one follow-up in six.
// Checklists on everything would make their ticks most of the history (four or five events per
// follow-up); a team chooses where they are worth it.
QStringList checklistCategories(Kind kind)
{
    switch (kind) {
    case Kind::Incident: return {QStringLiteral("Hardware")};
    case Kind::Request: return {QStringLiteral("Email"), QStringLiteral("New starter")};
    case Kind::Change: return {QStringLiteral("Server"), QStringLiteral("Security")};
    case Kind::Problem: return {};
    }
    return {};
}

// Gives the templates made for one kind and left open to all its categories (the stock ones in a
// new store) the demo team's categories, shared out in template order: with the stock templates,
// "Service request fulfilment" takes email requests and "New starter workstation" new starters.
// Returns the templates changed, for the store to be told in the generation's transaction.
std::vector<const demo::TemplateInfo *> scopeTemplates(std::vector<demo::TemplateInfo> &templates)
{
    std::vector<const demo::TemplateInfo *> changed;
    for (int k = 0; k < KindCount; ++k) {
        const QStringList wanted = checklistCategories(Kind(k));
        std::vector<demo::TemplateInfo *> forKind;
        for (demo::TemplateInfo &t : templates) {
            if (t.kindMask == (1 << k) && t.categories.isEmpty())
                forKind.push_back(&t);
        }
        if (forKind.empty() || wanted.isEmpty())
            continue;
        for (int i = 0; i < int(wanted.size()); ++i)
            forKind[std::size_t(i) % forKind.size()]->categories << wanted.at(i);
        // A template left without a category of its own would apply to every category again.
        for (std::size_t i = wanted.size(); i < forKind.size(); ++i)
            forKind[i]->categories << wanted.constLast();
        changed.insert(changed.end(), forKind.begin(), forKind.end());
    }
    return changed;
}

Result<void> writeTemplateScopes(const Connection &connection, const std::vector<const demo::TemplateInfo *> &changed)
{
    for (const demo::TemplateInfo *t : changed) {
        if (auto ok = demorecords::setTemplateCategories(connection, t->id, formatCategories(t->categories)); !ok)
            return ok;
    }
    return {};
}

QString dateOf(Timestamp t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).date().toString(Qt::ISODate);
}

// The CSI register and the targets the charts draw, dated where the history shows their effect.

Result<void> writeImprovementRecords(const Connection &connection, const demo::Simulation &sim, const QTimeZone &zone)
{
    const auto when = [&](double fraction) {
        return sim.start() + Timestamp(fraction * double(sim.end() - sim.start()));
    };
    const auto date = [&](double fraction) { return dateOf(when(fraction), zone); };
    const auto review = [&](double fraction) { return dateOf(when(fraction) + 120 * 86400, zone); };
    const demo::Milestones &m = sim.milestones();
    const QString lead = sim.leadName();
    struct Initiative
    {
        QString title, kpi;
        std::optional<double> baseline, target;   // a proposal has neither yet
        int status;   // 0 Proposed, 1 In progress, 2 Done, 3 Dropped
        QString start, review, outcome;
    };
    const QList<Initiative> initiatives{
        {QStringLiteral("First-call triage script"), QStringLiteral("median_first_response_h"), 2.0, 1.2, 2,
         date(m.triageScript), review(m.triageScript),
         QStringLiteral("First responses are about 40 % faster; the script stays.")},
        {QStringLiteral("Closure checklists completed before resolving"), QStringLiteral("callback_rate"), 0.09, 0.06, 2,
         date(m.closureChecklist), review(m.closureChecklist),
         QStringLiteral("Fewer overrides and skipped checks, fewer callbacks; overrides are reviewed monthly.")},
        {QStringLiteral("Promised updates go into the calendar"), QStringLiteral("promises_kept_rate"), 0.78, 0.88, 1,
         date(m.promiseCalendar), review(m.promiseCalendar), QString()},
        {QStringLiteral("Survey every resolved incident"), QStringLiteral("csat_responses"), std::nullopt, std::nullopt, 0,
         dateOf(sim.end() + 30 * 86400, zone), QString(), QString()},
    };
    for (const Initiative &i : initiatives) {
        if (auto ok = demorecords::insertInitiative(connection, {i.title, i.kpi, i.baseline, i.target, lead, i.status,
                                                                  i.start, i.review, i.outcome, sim.end()});
            !ok)
            return ok;
    }
    struct Target
    {
        const char *kpi;
        double value;
        bool higherIsBetter;
    };
    static const Target targets[] = {
        {"callback_rate", 0.06, false},           {"promises_kept_rate", 0.85, true},
        {"sla_met_rate", 0.85, true},             {"csat_avg", 4.2, true},
        {"median_first_response_h", 2.0, false},  {"checklist_compliance_rate", 0.9, true},
        {"overdue_followups", 10, false},
    };
    for (const Target &t : targets) {
        if (auto ok = demorecords::insertKpiTarget(connection, QLatin1String(t.kpi), t.value, t.higherIsBetter, date(0));
            !ok)
            return ok;
    }
    return {};
}

} // namespace

double demoYears(int items)
{
    return std::clamp(3.0 + 7.0 / 3.0 * std::log10(std::max(items, 1) / 1000.0), 1.0, 10.0);
}

Result<void> generateDemo(Store &store, const DemoOptions &options, const DemoProgress &progress)
{
    if (options.items < 1)
        return Error::badInput(Tr::tr("The demo needs at least one follow-up."));
    const Connection connection = store.connection();
    const auto refuseUnlessEmpty = [&connection, &store]() -> Result<void> {
        auto count = FollowUpWriter(connection).followUpCount();
        if (!count)
            return count.error();
        if (const qint64 existing = count.value(); existing > 0)
            return Error::refused(Tr::tr("The store %1 already holds %2 follow-ups; the demo fills an empty store only.")
                                      .arg(store.path())
                                      .arg(existing));
        return {};
    };
    // Asked first so that a full store is refused before any preparation...
    if (auto empty = refuseUnlessEmpty(); !empty)
        return empty;
    auto calendar = loadCalendar(store);
    if (!calendar)
        return calendar.error();
    auto templates = loadTemplates(connection);
    if (!templates)
        return templates.error();

    const Timestamp end = options.endAt ? options.endAt : QDateTime::currentSecsSinceEpoch();
    const Timestamp start = end - Timestamp(demoYears(options.items) * 365.25 * 86400);
    const QTimeZone zone = calendar->timeZone();
    // Plans reach past the end (work that will finish after "today"); two years is plenty.
    const demo::WorkingTime time(calendar.value(), QDateTime::fromSecsSinceEpoch(start, zone).date().addDays(-2),
                                 QDateTime::fromSecsSinceEpoch(end, zone).date().addDays(800));
    const std::vector<const demo::TemplateInfo *> scoped = scopeTemplates(templates.value());
    demo::Simulation sim(options.seed, options.items, start, end, time, templates.value());

    // The bulk path into a big history: a rollback journal and the indexes built at the end (see
    // store/bulkload.h), and a page cache that holds the pages it touches. The domain writer reads
    // through the indexes as it goes, so it keeps them.
    const bool bulkLoad = options.writer == DemoOptions::Writer::Bulk && options.items >= options.bulkLoadFrom;
    // The bulk load holds the store locked until it commits: others are told what runs (SPEC §4).
    std::optional<ActivityMarker> marker;
    // A server locks rows, not the store: others keep working, and there is no file to mark beside.
    if (bulkLoad && !store.isOnServer())
        marker.emplace(store.path(), QStringLiteral("demo --items %1").arg(options.items));   // notr: a command line
    // Only where rows arrive in random key order: the timeline's and the checklists' indexes lead
    // with the follow-up or run id, which the load writes in ascending order, so each new key goes
    // at the end and building them again afterwards would cost more than it saves.
    BulkWrite tx(connection, {bulkLoad, options.items,
                              {QStringLiteral("followup"), QStringLiteral("promise"), QStringLiteral("survey_response")}});
    if (!tx.isActive())
        return tx.beginError();
    // ...and again under the write lock: another process may have filled it in between.
    if (auto empty = refuseUnlessEmpty(); !empty)
        return empty;
    if (auto ok = writeTemplateScopes(connection, scoped); !ok)
        return ok;
    if (auto deferred = tx.deferIndexes(); !deferred)
        return deferred;
    FollowUpService service(store.connection(), calendar.value());
    service.setRecordChanges(false);
    const std::unique_ptr<demo::DemoWriter> writer = options.writer == DemoOptions::Writer::Bulk
                                                         ? demo::makeBulkWriter(connection)
                                                         : demo::makeDomainWriter(connection, service);
    for (int i = 0; i < options.items; ++i) {
        if (auto written = writer->write(sim.plan(i)); !written)
            return written;
        if (progress && ((i + 1) % 500 == 0 || i + 1 == options.items) && !progress(i + 1, options.items))
            return Error::cancelled(Tr::tr("The demo was cancelled; the store was left as it was."));
    }
    if (auto records = writeImprovementRecords(connection, sim, zone); !records)
        return records;
    return tx.commit();
}

} // namespace ft
