#include "demo/simulation.h"

#include "demo/demodata.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace ft::demo {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 workingDay = 9 * hour;   // the default calendar's day

// Rounds a promised time up to the next full hour, as people promise ("by 14:00").
Timestamp roundUpToHour(Timestamp t) { return (t + hour - 1) / hour * hour; }

QString asciiLower(const QString &s) { return s.toLower().remove(QLatin1Char(' ')); }

int priorityIndex(Priority p) { return int(p) - 1; }

} // namespace

Simulation::Simulation(quint32 seed, int items, Timestamp start, Timestamp end, const WorkingTime &time,
                       std::vector<TemplateInfo> templates)
    : m_rng(seed)
    , m_start(start)
    , m_end(end)
    , m_time(time)
    , m_templates(std::move(templates))
{
    makePeople(items);
    makeOpeningTimes(items);
}

double Simulation::logNormal(double median, double sigma)
{
    // Box–Muller: one standard normal draw from two uniforms.
    const double u1 = std::max(uniform(), 1e-12);
    const double u2 = uniform();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    return median * std::exp(sigma * z);
}

void Simulation::makePeople(int items)
{
    const double scale = std::log10(std::max(items, 1) / 1000.0);
    const int technicianCount = std::clamp(int(8 + 8 * scale), 6, 40);
    const auto &teamList = teams();
    m_teamMembers.assign(teamList.size(), {});
    QSet<QString> used;
    const auto uniqueName = [&]() {
        for (;;) {
            const QString name = pick(firstNames()) + QLatin1Char(' ') + pick(lastNames());
            if (!used.contains(name)) {
                used.insert(name);
                return name;
            }
        }
    };
    // Every team has someone; the rest follow the teams' shares.
    for (int i = 0; i < technicianCount; ++i) {
        int team = 0;
        if (i < int(teamList.size())) {
            team = i;
        } else {
            double u = uniform();
            while (team + 1 < int(teamList.size()) && u >= teamList[std::size_t(team)].share) {
                u -= teamList[std::size_t(team)].share;
                ++team;
            }
        }
        m_teamMembers[std::size_t(team)].push_back(int(m_technicians.size()));
        // Some people keep their promises better than others.
        m_technicians.push_back({uniqueName(), team, (uniform() - 0.6) * 0.2});
    }
    m_lead = uniqueName();

    const int requesterCount = std::clamp(items / 6, 40, 20000);
    m_requesters.reserve(std::size_t(requesterCount));
    for (int i = 0; i < requesterCount; ++i) {
        const QString first = pick(firstNames());
        const QString last = pick(lastNames());
        const QString contact = chance(0.7) ? asciiLower(first) + QLatin1Char('.') + asciiLower(last)
                                                  + QStringLiteral("@example.org")
                                            : QStringLiteral("ext. %1").arg(4000 + below(1000));
        m_requesters.push_back({first + QLatin1Char(' ') + last, contact});
    }
}

void Simulation::makeOpeningTimes(int items)
{
    // Volume grows by 40 % over the history (density 1 + a·f); most work arrives on working days.
    constexpr double a = 0.4;
    const double span = double(m_end - m_start);
    m_opened.reserve(std::size_t(items));
    for (int i = 0; i < items; ++i) {
        Timestamp t = 0;
        for (int attempt = 0; attempt < 10; ++attempt) {
            const double u = uniform();
            const double f = (-1.0 + std::sqrt(1.0 + 2.0 * a * u * (1.0 + a / 2.0))) / a;
            const int day = m_time.dayOf(m_start + Timestamp(f * span));
            if (!m_time.isWorkingDay(day) && attempt < 9 && chance(0.9))
                continue;
            if (m_time.isWorkingDay(day) && chance(0.94)) {
                const double within = (uniform() + uniform()) / 2.0;   // busiest mid-day
                t = m_time.workStart(day) + Timestamp(within * double(m_time.workEnd(day) - m_time.workStart(day)));
            } else {
                t = m_time.at(day, 0) + Timestamp(uniform() * 86399);
            }
            break;
        }
        m_opened.push_back(std::clamp(t, m_start, m_end - 1));
    }
    std::sort(m_opened.begin(), m_opened.end());
}

Timestamp Simulation::after(Timestamp from, qint64 seconds, bool roundTheClock) const
{
    return roundTheClock ? from + seconds : m_time.addWorking(from, seconds);
}

const TemplateInfo *Simulation::templateFor(Kind kind, const QString &category) const
{
    // Applicability as the checklist domain defines it: the kind mask (0 = every kind) and the
    // category list (empty = every category). A template naming the category wins over a general one.
    const TemplateInfo *general = nullptr;
    for (const TemplateInfo &t : m_templates) {
        if ((t.kindMask != 0 && !(t.kindMask & (1 << int(kind)))) || t.items.empty())
            continue;
        if (t.categories.isEmpty()) {
            if (!general)
                general = &t;
        } else if (t.categories.contains(category, Qt::CaseInsensitive)) {
            return &t;
        }
    }
    return general;
}

ItemPlan Simulation::plan(int index)
{
    ItemPlan plan;
    std::vector<Action> &acts = plan.actions;
    FollowUp &f = plan.draft;
    const Timestamp opened = m_opened[std::size_t(index)];
    const double progress = double(opened - m_start) / double(std::max<Timestamp>(1, m_end - m_start));

    // Who and what.
    const double k = uniform();
    f.kind = k < 0.62 ? Kind::Incident : k < 0.90 ? Kind::Request : k < 0.96 ? Kind::Change : Kind::Problem;
    static constexpr double priorityShares[KindCount][4] = {
        {0.03, 0.12, 0.50, 0.35}, {0.0, 0.05, 0.45, 0.50}, {0.0, 0.15, 0.60, 0.25}, {0.05, 0.25, 0.50, 0.20}};
    double p = uniform();
    int pr = 0;
    while (pr < 3 && p >= priorityShares[int(f.kind)][pr])
        p -= priorityShares[int(f.kind)][pr++];
    f.priority = static_cast<Priority>(pr + 1);
    const bool p1 = f.priority == Priority::Critical;

    const auto &cats = categories(f.kind);
    double c = uniform();
    std::size_t ci = 0;
    while (ci + 1 < cats.size() && c >= cats[ci].weight)
        c -= cats[ci++].weight;
    const CategoryInfo &category = cats[ci];
    f.category = category.name;
    const QString &title = pick(category.titles);
    f.title = title.contains(QLatin1String("%1")) ? title.arg(pick(category.things)) : title;
    f.title[0] = f.title.at(0).toUpper();   // "%1 will not power on" starts with a thing

    int team = category.team;
    if ((f.kind == Kind::Incident || f.kind == Kind::Request) && chance(0.35))
        team = 0;   // the service desk fixes a good share at first line
    const Technician &owner = m_technicians[std::size_t(pick(m_teamMembers[std::size_t(team)]))];
    f.team = teams()[std::size_t(team)].name;
    f.owner = owner.name;
    const double r = uniform();
    const Requester &requester = m_requesters[std::size_t(r * r * double(m_requesters.size()))];   // some call often
    f.requester = requester.name;
    f.requesterContact = requester.contact;
    static const char *const prefixes[KindCount] = {"INC", "REQ", "CHG", "PRB"};
    f.reference = QLatin1String(prefixes[int(f.kind)])
                  + QStringLiteral("%1").arg(10000 + ++m_references[int(f.kind)], 7, 10, QLatin1Char('0'));
    const double ct = uniform();
    f.contactType = ct < 0.35 ? QStringLiteral("Phone") : ct < 0.75 ? QStringLiteral("Email")
                  : ct < 0.95 ? QStringLiteral("Self-service") : QStringLiteral("Walk-in");
    f.openedAt = opened;

    const auto contactChannel = [this]() {
        const double u = uniform();
        return u < 0.35 ? Channel::Phone : u < 0.75 ? Channel::Email : u < 0.9 ? Channel::Chat : Channel::InPerson;
    };
    const auto add = [&acts](Action a) { acts.push_back(std::move(a)); };
    const auto contact = [&](Timestamp at, Channel channel, const QString &text, std::optional<Timestamp> due) {
        Action a = Action::make(Action::Type::Contact, at);
        a.channel = channel;
        a.text = text;
        a.due = due;
        add(a);
    };
    const auto status = [&](Timestamp at, Status to) {
        Action a = Action::make(Action::Type::Status, at);
        a.to = to;
        add(a);
    };

    // How fast, by priority (working seconds; priority 1 runs round the clock).
    static constexpr double responseMedian[4] = {12 * minute, 40 * minute, 2 * hour, 4 * hour};
    static constexpr double workMedian[4] = {3 * hour, 8 * hour, 16 * hour, 30 * hour};
    static constexpr qint64 stepBase[4] = {1 * hour, 3 * hour, workingDay, 2 * workingDay};
    const int pi = priorityIndex(f.priority);
    const double kindFactor = f.kind == Kind::Request ? 1.2 : f.kind == Kind::Change ? 2.5
                            : f.kind == Kind::Problem ? 5.0 : 1.0;
    double response = logNormal(responseMedian[pi], p1 ? 0.6 : 0.9);
    if (progress >= m_milestones.triageScript)
        response *= 0.6;
    const Timestamp firstResponse = after(opened, std::max<qint64>(minute, qint64(response)), p1);
    qint64 work = std::clamp<qint64>(qint64(logNormal(workMedian[pi] * kindFactor, 0.9)), 20 * minute,
                                     50 * workingDay);
    const qint64 promiseStep = stepBase[pi];
    const int updates = work >= 2 * promiseStep ? 1 : 0;
    const qint64 step = work / (updates + 1);
    // About half of the routine incidents and requests are settled on the first call, as service
    // desks report; with the rest, a history of about five timeline events per follow-up.
    static constexpr double firstCallShare[4] = {0.0, 0.35, 0.7, 0.7};
    const bool routine = f.kind == Kind::Incident || f.kind == Kind::Request;
    const bool firstCall = routine && chance(firstCallShare[pi]);
    // Work the team writes down itself (from a call, an email, a visit) is being worked on from
    // that moment; only what requesters log through self-service waits as New for a first reply.
    if (f.contactType != QLatin1String("Self-service"))
        f.status = Status::InProgress;
    double keep = 0.74 + owner.keepBias + (progress >= m_milestones.promiseCalendar ? 0.08 : 0.0);
    keep = std::clamp(keep, 0.5, 0.97);

    add(Action::make(Action::Type::Create, opened));
    if (!firstCall && chance(0.15))   // promised on the spot when the ticket was taken
        f.nextUpdateDue = roundUpToHour(after(opened, qint64(responseMedian[pi] * 1.5), p1));

    // Applicable checklists come with the work; before the checklist initiative they were often
    // skipped or overridden, afterwards mostly completed.
    const TemplateInfo *tmpl = templateFor(f.kind, f.category);
    const bool checklistCulture = progress >= m_milestones.closureChecklist;
    if (tmpl) {
        add(Action::make(Action::Type::AttachChecklist, opened));
        plan.checklist = ChecklistPlan{tmpl->id, tmpl->name, tmpl->items, std::nullopt, QString(), true};
    }

    // First contact, then updates on (or not quite on) the promised times.
    Timestamp cursor = firstResponse;
    Timestamp resolveAt = 0;
    int missed = 0;
    qint64 waited = 0;   // working seconds spent waiting on the requester or a vendor
    Timestamp due = 0;
    if (firstCall) {
        // Settled while talking to the requester: the first contact is the fix.
        contact(cursor, contactChannel(), pick(fixedPhrases()), std::nullopt);
        resolveAt = cursor + 5 * minute + Timestamp(uniform() * 15 * minute);
    } else {
    // The first and then every 30th piece of longer work opened in the weeks before the end went
    // quiet after its first contact: a promise made and forgotten (counted, not drawn, so that
    // every store, even a sample of a few dozen, has open work and an overdue promise).
    const qint64 age = m_end - opened;
    const bool forgotten = age > 7 * 86400 && age < 50 * 86400 && ++m_recentCount % 30 == 1;
    due = roundUpToHour(after(cursor, forgotten ? promiseStep : step, p1));
    contact(cursor, contactChannel(), pick(firstContactPhrases()), due);
    if (forgotten) {
        truncate(plan);
        return plan;
    }
    resolveAt = after(firstResponse, work, p1);
    const int waitAt = updates >= 1 && chance(0.22) ? 1 + below(updates) : 0;
    // Planned updates, plus one more when the work runs past the last promise.
    for (int j = 1; j <= updates + 1; ++j) {
        Timestamp next = 0;
        if (chance(keep)) {
            next = due - Timestamp(uniform() * 0.4 * double(due - cursor));
        } else {
            next = after(due, qint64(logNormal(3 * hour, 1.2)), p1);
            ++missed;
        }
        next = std::max(next, cursor + 10 * minute);
        if (next >= resolveAt - 10 * minute)
            break;
        cursor = next;
        if (j == waitAt) {
            const bool vendor = chance(0.3);
            const qint64 wait = qint64(vendor ? logNormal(4 * workingDay, 0.6) : logNormal(workingDay, 0.7));
            due = roundUpToHour(after(cursor, wait + hour, p1));
            contact(cursor, contactChannel(), pick(waitingPhrases(vendor)), due);
            status(cursor + 2 * minute, vendor ? Status::WaitingOnVendor : Status::WaitingOnRequester);
            cursor = std::max(after(cursor, wait, p1), cursor + 5 * minute);
            due = roundUpToHour(after(cursor, step, p1));
            contact(cursor, vendor ? Channel::Email : contactChannel(), pick(replyPhrases(vendor)), due);
            status(cursor + 2 * minute, Status::InProgress);
            resolveAt = std::max(after(resolveAt, wait, p1), cursor + 30 * minute);
            waited += wait;
            continue;
        }
        due = roundUpToHour(after(cursor, step, p1));
        contact(cursor, contactChannel(), pick(updatePhrases()), due);
        if (chance(0.05) && cursor + 15 * minute < resolveAt - 5 * minute)
            contact(cursor + 15 * minute, Channel::Note, pick(notePhrases()), std::nullopt);
        if (chance(0.04) && cursor + 30 * minute < std::min(due, resolveAt - 5 * minute)) {
            Action moved = Action::make(Action::Type::Promise, cursor + 30 * minute);
            moved.due = roundUpToHour(after(due, step, p1));
            due = *moved.due;
            add(moved);
        }
    }
    resolveAt = std::max(resolveAt, cursor + 15 * minute);
    }

    // The checklist at resolution: mostly complete, some advisory items skipped, a few overrides.
    enum class Closure { NoChecklist, Complete, AdvisorySkipped, Overridden } closure = Closure::NoChecklist;
    if (tmpl) {
        ChecklistPlan &run = *plan.checklist;
        const bool hasAdvisory = std::any_of(run.items.begin(), run.items.end(), [](const auto &i) { return !i.required; });
        const double u = uniform();
        const double overridden = checklistCulture ? 0.06 : 0.20;
        const double skipped = checklistCulture ? 0.14 : 0.25;
        closure = u < overridden                        ? Closure::Overridden
                  : u < overridden + skipped && hasAdvisory ? Closure::AdvisorySkipped
                                                          : Closure::Complete;
        std::vector<int> unchecked;
        if (closure == Closure::Overridden) {
            std::vector<int> required;
            for (int i = 0; i < int(run.items.size()); ++i)
                if (run.items[std::size_t(i)].required)
                    required.push_back(i);
            unchecked.push_back(pick(required));
        }
        if (closure == Closure::AdvisorySkipped || (closure == Closure::Overridden && chance(0.5))) {
            for (int i = 0; i < int(run.items.size()); ++i)
                if (!run.items[std::size_t(i)].required && (unchecked.empty() || chance(0.5)))
                    unchecked.push_back(i);
        }
        for (int i = 0; i < int(run.items.size()); ++i) {
            ChecklistItemPlan &item = run.items[std::size_t(i)];
            if (std::find(unchecked.begin(), unchecked.end(), i) != unchecked.end()) {
                item.skippedAtResolve = true;
                continue;
            }
            item.checkedAt = resolveAt - 4 * minute + i * 20;
            Action check = Action::make(Action::Type::CheckItem, *item.checkedAt);
            check.itemIndex = i;
            add(check);
        }
        if (closure == Closure::Overridden) {
            run.overriddenAt = resolveAt - 10;
            run.overrideReason = pick(overrideReasons());
            Action o = Action::make(Action::Type::OverrideChecklist, *run.overriddenAt);
            o.text = run.overrideReason;
            add(o);
        }
        run.compliant = closure != Closure::Overridden;
    }
    // Most longer work ends with a call to confirm the fix; some is resolved with the last update.
    if (!firstCall && chance(0.6))
        contact(resolveAt - 5 * minute, contactChannel(), pick(fixedPhrases()), std::nullopt);
    // First-call fixes are mostly closed on the spot (resolved and closed at once); the rest wait
    // a few days for the requester to object before they are closed.
    const bool closedAtOnce = firstCall && chance(0.85);
    status(resolveAt, closedAtOnce ? Status::Closed : Status::Resolved);

    // SLA (incidents and requests): resolution within the target working time; the SLA clock
    // stops while waiting on the requester or a vendor.
    static constexpr qint64 slaTarget[4] = {6 * hour, 2 * workingDay, 5 * workingDay, 10 * workingDay};
    if ((f.kind == Kind::Incident || f.kind == Kind::Request) && resolveAt <= m_end && chance(0.96)) {
        const qint64 took = (p1 ? resolveAt - opened : m_time.workingBetween(opened, resolveAt)) - waited;
        f.slaMet = took <= slaTarget[pi] ? SlaMet::Yes : SlaMet::No;
    }

    // Callbacks: more likely when checks were skipped or overridden. The checklist initiative
    // also taught the team to confirm a fix with the requester before resolving, which shows on
    // work without a checklist too.
    static constexpr double callback[4] = {0.09, 0.04, 0.10, 0.20};
    double callbackChance = f.kind == Kind::Problem ? 0.05 : callback[int(closure)];
    if (closure == Closure::NoChecklist && checklistCulture)
        callbackChance = 0.07;
    Timestamp resolved = resolveAt;
    int reopens = 0;
    Timestamp closeAt = after(resolved, qint64((1 + uniform() * 3) * workingDay), false);
    bool closed = closedAtOnce;
    while (reopens < 2 && chance(callbackChance)) {
        const Timestamp reopenAt = after(resolved, std::clamp<qint64>(qint64(logNormal(6 * hour, 1.0)), 10 * minute,
                                                                       15 * workingDay), false);
        if (!closed && closeAt < reopenAt)
            status(closeAt, Status::Closed);
        closed = false;
        status(reopenAt, Status::InProgress);
        ++reopens;
        const Timestamp answered = reopenAt + 5 * minute;
        due = roundUpToHour(after(answered, promiseStep, p1));
        contact(answered, Channel::Phone, pick(callbackPhrases()), due);
        resolved = after(answered, std::max<qint64>(30 * minute, work / 3), p1);
        if (resolved > due && chance(keep)) {   // a progress call on time
            const Timestamp call = std::max(answered + minute, due - 30 * minute);
            if (call < resolved - 10 * minute)
                contact(call, contactChannel(), pick(updatePhrases()), roundUpToHour(after(call, promiseStep, p1)));
        }
        contact(resolved - 5 * minute, contactChannel(), pick(fixedPhrases()), std::nullopt);
        status(resolved, Status::Resolved);
        closeAt = after(resolved, qint64((1 + uniform() * 3) * workingDay), false);
        callbackChance = 0.12;
    }
    if (!closed)
        status(closeAt, Status::Closed);

    // Surveys come back for about a quarter of the work: happy mostly, less so after callbacks
    // and missed promises.
    if (chance(0.26)) {
        Action s = Action::make(Action::Type::Survey, resolved + hour + Timestamp(uniform() * 3 * 86400));
        static constexpr double happy[5] = {0.03, 0.05, 0.10, 0.30, 0.52};   // scores 1..5
        static constexpr double unhappy[5] = {0.15, 0.20, 0.25, 0.25, 0.15};
        const double *shares = reopens > 0 || missed >= 2 ? unhappy : happy;
        double u = uniform();
        int score = 1;
        while (score < 5 && u >= shares[score - 1])
            u -= shares[score++ - 1];
        s.score = score;
        if (chance(0.35) && score != 3)
            s.text = pick(surveyComments(score >= 4));
        add(s);
    }
    truncate(plan);
    return plan;
}

// What has not happened yet by the end of the history is left out: the item stays open, its
// checklist half done, its promise perhaps overdue.
void Simulation::truncate(ItemPlan &plan) const
{
    std::stable_sort(plan.actions.begin(), plan.actions.end(),
                     [](const Action &a, const Action &b) { return a.at < b.at; });
    auto cut = std::find_if(plan.actions.begin(), plan.actions.end(), [this](const Action &a) { return a.at > m_end; });
    plan.actions.erase(cut, plan.actions.end());
    if (plan.draft.openedAt > m_end)
        plan.draft.slaMet = SlaMet::Unknown;
    if (!plan.checklist)
        return;
    ChecklistPlan &run = *plan.checklist;
    const bool resolved = std::any_of(plan.actions.begin(), plan.actions.end(), [](const Action &a) {
        return a.type == Action::Type::Status && !isOpenStatus(a.to);
    });
    for (ChecklistItemPlan &item : run.items) {
        if (item.checkedAt && *item.checkedAt > m_end)
            item.checkedAt.reset();
        if (!resolved)
            item.skippedAtResolve = false;
    }
    if (run.overriddenAt && *run.overriddenAt > m_end) {
        run.overriddenAt.reset();
        run.overrideReason.clear();
    }
}

} // namespace ft::demo
