#include "demo/demogenerator.h"

#include "store/calendarrepository.h"
#include "checklist/checklist.h"
#include "demo/bulkload.h"
#include "demo/demowriter.h"
#include "demo/simulation.h"
#include "domain/followupservice.h"
#include "store/activitymarker.h"
#include "store/sqlhelpers.h"
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

Result<std::vector<demo::TemplateInfo>> loadTemplates(const QSqlDatabase &db)
{
    std::vector<demo::TemplateInfo> templates;
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT t.id, t.name, t.kind_mask, t.categories, i.id, i.text, i.required, "
                                              "i.hint FROM checklist_template t JOIN checklist_template_item i "
                                              "ON i.template_id = t.id ORDER BY t.position, t.name, t.id, i.position, i.id"));
        !ok)
        return ok.error();
    while (q.next()) {
        if (templates.empty() || templates.back().id != q.value(0).toLongLong()) {
            QStringList categories;
            for (const QString &c : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                categories << c.trimmed();
            templates.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), categories, {}});
        }
        demo::ChecklistItemPlan item;
        item.templateItemId = q.value(4).toLongLong();
        item.text = q.value(5).toString();
        item.required = q.value(6).toInt() != 0;
        item.hint = q.value(7).toString();
        templates.back().items.push_back(item);
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

Result<void> writeTemplateScopes(const QSqlDatabase &db, const std::vector<const demo::TemplateInfo *> &changed)
{
    for (const demo::TemplateInfo *t : changed) {
        if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_template SET categories = ? WHERE id = ?"),
                                {formatCategories(t->categories), t->id});
            !ok)
            return ok;
    }
    return {};
}

QString dateOf(Timestamp t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).date().toString(Qt::ISODate);
}

QVariant orNull(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); }

// The CSI register and the targets the charts draw, dated where the history shows their effect.

Result<void> writeImprovementRecords(const QSqlDatabase &db, const demo::Simulation &sim, const QTimeZone &zone)
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
        if (auto ok = sql::exec(db, QStringLiteral("INSERT INTO csi_initiative (title, kpi, baseline, target, owner, status, "
                                                   "start_date, review_date, outcome, updated_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {i.title, i.kpi, orNull(i.baseline), orNull(i.target), lead, i.status, i.start,
                                 i.review.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(i.review),
                                 sql::text(i.outcome), sim.end()});
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
        if (auto ok = sql::exec(db, QStringLiteral("INSERT INTO kpi_target (kpi, value, higher_is_better, valid_from) "
                                                   "VALUES (?, ?, ?, ?)"),
                                {QLatin1String(t.kpi), t.value, t.higherIsBetter ? 1 : 0, date(0)});
            !ok)
            return ok;
    }
    return {};
}

// Raises the connection's page cache for the generation and puts it back afterwards.
class CacheSize
{
public:
    CacheSize(const QSqlDatabase &db, int items)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (items < 50000 || !q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return;
        m_previous = q.value(0).toLongLong();
        // PRAGMA values cannot be bound; this one is our own number (KiB, hence negative).
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(std::min<qint64>(1024 * 1024, items / 2 + 65536)));
    }
    ~CacheSize()
    {
        if (m_previous)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;
};

} // namespace

double demoYears(int items)
{
    return std::clamp(3.0 + 7.0 / 3.0 * std::log10(std::max(items, 1) / 1000.0), 1.0, 10.0);
}

Result<void> generateDemo(Store &store, const DemoOptions &options, const DemoProgress &progress)
{
    if (options.items < 1)
        return Error::badInput(Tr::tr("The demo needs at least one follow-up."));
    const QSqlDatabase db = store.database();
    const auto refuseUnlessEmpty = [&db, &store]() -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup")); !ok || !q.next())
            return ok ? sql::errorOf(q, QStringLiteral("followup")) : ok.error();
        if (const qint64 existing = q.value(0).toLongLong(); existing > 0)
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
    auto templates = loadTemplates(db);
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

    // A big history touches far more pages than the usual cache holds; keep them in memory
    // for the one transaction instead of spilling them to the WAL file half-written.
    const CacheSize cache(db, options.items);
    // The bulk path into a big history: a rollback journal and the indexes built at the end (see
    // bulkload.h). The domain writer reads through the indexes as it goes, so it keeps them.
    const bool bulkLoad = options.writer == DemoOptions::Writer::Bulk && options.items >= options.bulkLoadFrom;
    // The bulk load holds the store locked until it commits: others are told what runs (SPEC §4).
    std::optional<ActivityMarker> marker;
    if (bulkLoad)
        marker.emplace(db.databaseName(), QStringLiteral("demo --items %1").arg(options.items));   // notr: a command line
    const demo::BulkLoadSettings settings(db, bulkLoad);
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    // ...and again under the write lock: another process may have filled it in between.
    if (auto empty = refuseUnlessEmpty(); !empty)
        return empty;
    if (auto ok = writeTemplateScopes(db, scoped); !ok)
        return ok;
    std::optional<demo::DeferredIndexes> deferred;
    if (bulkLoad) {
        // Only where rows arrive in random key order: the timeline's and the checklists' indexes
        // lead with the follow-up or run id, which the load writes in ascending order, so each new
        // key goes at the end and building them again afterwards would cost more than it saves.
        auto dropped = demo::DeferredIndexes::drop(db, {QStringLiteral("followup"), QStringLiteral("promise"),
                                                        QStringLiteral("survey_response")});
        if (!dropped)
            return dropped.error();
        deferred = std::move(dropped).value();
    }
    FollowUpService service(store.connection(), calendar.value());
    service.setRecordChanges(false);
    const std::unique_ptr<demo::DemoWriter> writer = options.writer == DemoOptions::Writer::Bulk
                                                         ? demo::makeBulkWriter(db)
                                                         : demo::makeDomainWriter(db, service);
    for (int i = 0; i < options.items; ++i) {
        if (auto written = writer->write(sim.plan(i)); !written)
            return written;
        if (progress && ((i + 1) % 500 == 0 || i + 1 == options.items) && !progress(i + 1, options.items))
            return Error::cancelled(Tr::tr("The demo was cancelled; the store was left as it was."));
    }
    if (deferred) {
        if (auto rebuilt = deferred->recreate(); !rebuilt)
            return rebuilt;
    }
    if (auto records = writeImprovementRecords(db, sim, zone); !records)
        return records;
    return tx.commit();
}

} // namespace ft
