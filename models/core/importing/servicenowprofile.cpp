#include "importing/servicenowprofile.h"

#include "domain/followuprules.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

// How the servicenow profile reads an incident export (one row per update of an incident):
//
// - One follow-up per `number` (its reference). Its fields come from the row with the highest
//   sys_mod_count (ties: the later sys_updated_at, then the later line).
// - incident_state → status: New; Active → In progress; Awaiting User Info and Awaiting Evidence
//   → Waiting on requester; Awaiting Vendor and Awaiting Problem → Waiting on vendor (the desk
//   waits on someone other than the caller: a supplier, or problem management); Resolved; Closed.
//   A state the export garbled (the audit log has "-100" five times) carries the previous state.
// - Timeline: a Created event at opened_at; one Imported event per row at its sys_updated_at
//   (actor sys_updated_by), keyed "servicenow:<number>:<sys_mod_count>:<sys_updated_at>" — both
//   dialects of the sample give the same keys, so they never double up; a StatusChanged (or
//   Reopened, when it leaves Resolved/Closed) event wherever the state differs from the row
//   before, so that waiting intervals exist for the business-hour KPIs.
// - first_response_at: the first update that took the incident out of New (the desk acted on
//   it). The export has no other trace of a reply: opened_by, sys_created_by and sys_updated_by
//   number people in separate series, so "someone other than the opener" cannot be told.
// - resolved_at: the column of the final row. 1,556 incidents of the audit log end Closed without
//   one; then the time of the update that last moved the incident into Resolved (or Closed) is
//   taken, as ServiceNow itself would have stamped it, so that every closed item has a resolution.
// - closed_at only when the final state is Closed (every row repeats the eventual closing time,
//   even rows written long before it).
// - reopen_count, made_sla → sla_met, priority ("1 - Critical", "1", "Critical"), category,
//   assignment_group → team, assigned_to → owner, caller_id → requester, contact_type; kind incident.
//   Title: short_description when the export has it; otherwise (the audit log) symptom, category and
//   subcategory.
// - List exports name their columns by field name or by label ("Number", "State", "Short description",
//   "Assigned to", "Opened", "Updated" …), and sys_updated_on is the platform's own name of the update time.
//   Without sys_mod_count every row is an incident of its own (its number once).
// - Raw values (Table API, list exports without display values): incident_state 1 New, 2 In Progress,
//   3 On Hold (hold_reason 1 = awaiting caller → Waiting on requester, otherwise Waiting on vendor),
//   4 and 5 (older instances: Awaiting User Info, Awaiting Evidence) → Waiting on requester, 6 Resolved,
//   7 Closed, 8 Canceled → Closed; priority 5 Planning → Low. A file whose states are such codes has
//   raw dates, which the platform writes in UTC. Display value "On Hold" reads its hold_reason the same way.
// - Contradictions are the source's and are reported, not repaired: a closed incident whose closed_at is
//   before its resolved_at keeps both; an open incident with a closed_at keeps its status (the closing
//   time cannot stand on open work). Each is counted as a data problem in the import report. (The audit
//   log repeats the eventual closing time on every row, so there an open row's closed_at is no contradiction.)
namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

struct Columns
{
    int number = -1, state = -1, modCount = -1, reopenCount = -1, madeSla = -1, caller = -1, openedAt = -1,
        updatedBy = -1, updatedAt = -1, contactType = -1, category = -1, subcategory = -1, symptom = -1,
        priority = -1, group = -1, assignedTo = -1, resolvedAt = -1, closedAt = -1, shortDescription = -1,
        holdReason = -1;
};

int columnOfAny(const CsvReader &r, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (int i = r.columnOf(QLatin1String(name)); i >= 0)
            return i;
    }
    return -1;
}

// A raw incident_state code; nullopt when the text is not one.
std::optional<Status> stateFromCode(const QString &text, const QString &holdReason)
{
    bool isNumber = false;
    const int code = text.trimmed().toInt(&isNumber);
    if (!isNumber)
        return std::nullopt;
    switch (code) {
    case 1: return Status::New;
    case 2: return Status::InProgress;
    case 3: return holdReason.trimmed() == QLatin1String("1") ? Status::WaitingOnRequester : Status::WaitingOnVendor;
    case 4:
    case 5: return Status::WaitingOnRequester;
    case 6: return Status::Resolved;
    case 7:
    case 8: return Status::Closed;
    default: return std::nullopt;
    }
}

// "On Hold" as a display value: its reason says on whom the desk waits.
Status onHoldStatus(const QString &holdReason)
{
    const QString r = holdReason.trimmed().toLower();
    if (r == QLatin1String("1") || r.contains(QLatin1String("caller")) || r.contains(QLatin1String("user info")))
        return Status::WaitingOnRequester;
    return Status::WaitingOnVendor;
}

struct Update
{
    int modCount = 0;
    Timestamp at = 0;
    qint64 line = 0;
    std::optional<Status> state;
    QString actor;
    QString summary;
};

struct Incident
{
    QList<Update> updates;
    FollowUp final;
    qint64 finalLine = -1;
    int finalMod = -1;
    Timestamp finalAt = 0;
    QString finalResolvedAt;   // parsed later, once the final row is known
    std::optional<Timestamp> finalClosedAt;
};

bool isLater(const Update &u, const Incident &i)
{
    if (u.modCount != i.finalMod)
        return u.modCount > i.finalMod;
    if (u.at != i.finalAt)
        return u.at > i.finalAt;
    return u.line > i.finalLine;
}

} // namespace

QStringList serviceNowDateColumns()
{
    return {QStringLiteral("opened_at"), QStringLiteral("sys_updated_at"), QStringLiteral("sys_created_at"),
            QStringLiteral("resolved_at"), QStringLiteral("closed_at")};
}

Result<void> collectServiceNow(ImportContext &ctx, QList<TicketDraft> &drafts)
{
    const CsvReader &r = ctx.reader;
    Columns c;
    c.number = columnOfAny(r, {"number"});
    c.state = columnOfAny(r, {"incident_state", "state", "incident state"});
    c.holdReason = columnOfAny(r, {"hold_reason", "on hold reason"});
    c.modCount = columnOfAny(r, {"sys_mod_count", "updates"});
    c.reopenCount = columnOfAny(r, {"reopen_count", "reopen count"});
    c.madeSla = columnOfAny(r, {"made_sla", "made sla"});
    c.caller = columnOfAny(r, {"caller_id", "caller"});
    c.openedAt = columnOfAny(r, {"opened_at", "opened"});
    c.updatedBy = columnOfAny(r, {"sys_updated_by", "updated by"});
    c.updatedAt = columnOfAny(r, {"sys_updated_at", "sys_updated_on", "updated"});
    c.contactType = columnOfAny(r, {"contact_type", "contact type", "channel"});
    c.category = columnOfAny(r, {"category"});
    c.subcategory = columnOfAny(r, {"subcategory"});
    c.symptom = columnOfAny(r, {"u_symptom"});
    c.shortDescription = columnOfAny(r, {"short_description", "short description"});
    c.priority = columnOfAny(r, {"priority"});
    c.group = columnOfAny(r, {"assignment_group", "assignment group"});
    c.assignedTo = columnOfAny(r, {"assigned_to", "assigned to"});
    c.resolvedAt = columnOfAny(r, {"resolved_at", "resolved"});
    c.closedAt = columnOfAny(r, {"closed_at", "closed"});
    for (const auto &[index, name] : {std::pair{c.number, "number"}, {c.state, "incident_state"},
                                      {c.openedAt, "opened_at"}}) {
        if (index < 0)
            return Error::badInput(Tr::tr("%1 has no column “%2”, which the servicenow profile needs.")
                                       .arg(r.fileName(), QLatin1String(name)));
    }

    QHash<QString, Incident> incidents;
    QStringList order;   // first appearance, so that follow-ups are added in the file's order
    // Raw values (states as codes) come with dates in UTC; decided by the first state of the file.
    std::optional<bool> raw;
    const QString updateFormat = Tr::tr("ServiceNow update %1: %2");   // looked up once, not once a row
    const QTimeZone utc = QTimeZone::utc();
    const auto zoneOf = [&]() -> const QTimeZone * { return raw.value_or(false) ? &utc : nullptr; };

    auto status = ctx.forEachRow([&]() -> Result<void> {
        const QString number = ctx.text(c.number);
        if (number.isEmpty())
            return ctx.cellError(c.number, Tr::tr("is empty: every row needs the incident number."));
        const QString stateText = ctx.text(c.state);
        if (!raw && !stateText.isEmpty()) {
            bool isNumber = false;
            const int code = stateText.toInt(&isNumber);
            raw = isNumber && code >= 1 && code <= 8;
        }
        auto opened = ctx.time(c.openedAt, zoneOf());
        if (!opened)
            return opened.error();
        if (!opened.value())
            return ctx.cellError(c.openedAt, Tr::tr("is empty: every incident has an opening time."));
        auto updated = ctx.time(c.updatedAt, zoneOf());
        if (!updated)
            return updated.error();
        auto mod = ctx.integer(c.modCount, 0, 1'000'000'000);
        if (!mod)
            return mod.error();
        auto reopen = ctx.integer(c.reopenCount, 0, 1'000'000);
        if (!reopen)
            return reopen.error();
        auto sla = ctx.boolean(c.madeSla);
        if (!sla)
            return sla.error();
        auto priority = ctx.priority(c.priority);
        if (!priority)
            return priority.error();
        auto closed = ctx.time(c.closedAt, zoneOf());
        if (!closed)
            return closed.error();
        // Validated now so that a bad value stops the import at its own line.
        if (auto resolved = ctx.time(c.resolvedAt, zoneOf()); !resolved)
            return resolved.error();
        const QString holdReason = ctx.text(c.holdReason);
        std::optional<Status> state;
        bool garbled = false;
        if (stateText.isEmpty()) {
            garbled = true;
        } else if (const ValueRule *rule = findValueRule(ctx.options.valueRules, QStringLiteral("status"), stateText)) {
            state = parseStatus(rule->value);
        } else if (auto code = stateFromCode(stateText, holdReason)) {
            state = code;
        } else if (stateText.compare(QLatin1String("on hold"), Qt::CaseInsensitive) == 0) {
            state = onHoldStatus(holdReason);
        } else if (auto known = parseStatus(stateText)) {
            state = known;
        } else {
            // A number in place of a state is how the export loses one ("-100"): carried over.
            bool isNumber = false;
            stateText.toInt(&isNumber);
            if (!isNumber) {
                if (auto mapped = ctx.statusOf(stateText, c.state); !mapped)
                    return mapped.error();
            }
            garbled = true;
        }

        auto it = incidents.find(number);
        if (it == incidents.end()) {
            it = incidents.insert(number, Incident{});
            order << number;
        }
        Incident &inc = it.value();
        Update u;
        u.modCount = mod.value().value_or(0);
        u.at = updated.value().value_or(*opened.value());
        u.line = r.line();
        u.state = state;
        u.actor = ctx.text(c.updatedBy);
        QStringList summary{garbled ? Tr::tr("state %1").arg(stateText) : stateText};
        for (int column : {c.group, c.assignedTo}) {
            const QString value = ctx.text(column);
            if (!value.isEmpty())
                summary << value;
        }
        u.summary = updateFormat.arg(u.modCount).arg(summary.join(QStringLiteral(", ")));

        if (isLater(u, inc)) {
            inc.finalMod = u.modCount;
            inc.finalAt = u.at;
            inc.finalLine = u.line;
            FollowUp &f = inc.final;
            f.reference = number;
            f.kind = Kind::Incident;
            QStringList title;
            if (const QString shortDescription = ctx.text(c.shortDescription); !shortDescription.isEmpty())
                title << shortDescription;
            for (int column : {c.symptom, c.category, c.subcategory}) {
                const QString value = ctx.text(column);
                if (!value.isEmpty() && (title.isEmpty() || c.shortDescription < 0))
                    title << value;
                if (c.shortDescription >= 0 && !title.isEmpty())
                    break;   // an empty short description: the first of the others stands in
            }
            f.title = title.isEmpty() ? Tr::tr("Incident %1").arg(number) : title.join(QStringLiteral(" · "));
            f.requester = ctx.text(c.caller);
            f.owner = ctx.text(c.assignedTo);
            f.team = ctx.text(c.group);
            f.category = ctx.text(c.category);
            f.contactType = ctx.text(c.contactType);
            f.priority = priority.value().value_or(Priority::Moderate);
            f.openedAt = *opened.value();
            f.reopenCount = reopen.value().value_or(0);
            f.slaMet = !sla.value() ? SlaMet::Unknown : (*sla.value() ? SlaMet::Yes : SlaMet::No);
            f.closedAt = closed.value();
            inc.finalClosedAt = closed.value();
            inc.finalResolvedAt = ctx.cell(c.resolvedAt);
        }
        inc.updates.append(std::move(u));
        return {};
    });
    if (!status)
        return status;

    drafts.reserve(order.size());
    for (const QString &number : std::as_const(order)) {
        Incident &inc = incidents[number];
        std::sort(inc.updates.begin(), inc.updates.end(), [](const Update &a, const Update &b) {
            if (a.modCount != b.modCount)
                return a.modCount < b.modCount;
            if (a.at != b.at)
                return a.at < b.at;
            return a.line < b.line;
        });
        TicketDraft d;
        d.item = inc.final;
        d.line = inc.finalLine;
        d.fields = FieldReference | FieldKind | FieldTitle | FieldRequester | FieldOwner | FieldTeam | FieldPriority
                   | FieldCategory | FieldStatus | FieldOpenedAt | FieldFirstResponseAt | FieldResolvedAt
                   | FieldClosedAt | FieldReopenCount | FieldSlaMet | FieldContactType;
        const QString keyPrefix = QStringLiteral("servicenow:") + number + QLatin1Char(':');

        d.events.reserve(1 + 2 * inc.updates.size());
        EventDraft created;
        created.event.at = d.item.openedAt;
        created.event.type = EventType::Created;
        created.event.toStatus = Status::New;
        created.event.summary = d.item.title;
        created.sourceKey = keyPrefix + QStringLiteral("created");
        d.events.append(created);

        Status current = Status::New;
        std::optional<Timestamp> firstResponse;
        std::optional<Timestamp> lastResolution;
        for (const Update &u : std::as_const(inc.updates)) {
            const QString key = keyPrefix + QString::number(u.modCount) + QLatin1Char(':') + QString::number(u.at);
            EventDraft imported;
            imported.event.at = u.at;
            imported.event.type = EventType::Imported;
            imported.event.summary = u.summary;
            imported.event.actor = u.actor;
            imported.sourceKey = key;
            d.events.append(imported);
            if (!u.state || *u.state == current)
                continue;
            EventDraft change;
            change.event.at = u.at;
            change.event.type = rules::statusEventType(current, *u.state);
            change.event.fromStatus = current;
            change.event.toStatus = *u.state;
            change.event.actor = u.actor;
            change.sourceKey = key + QStringLiteral(":status");
            d.events.append(change);
            if (!firstResponse && *u.state != Status::New && u.at >= d.item.openedAt)
                firstResponse = u.at;
            if (isOpenStatus(current) && !isOpenStatus(*u.state))
                lastResolution = u.at;
            current = *u.state;
        }
        d.item.status = current;
        d.item.firstResponseAt = firstResponse;
        const QString where = Tr::tr("%1, line %2 (%3)").arg(r.fileName()).arg(inc.finalLine).arg(number);
        if (!isEmptyValue(inc.finalResolvedAt))
            d.item.resolvedAt = parseDateTime(inc.finalResolvedAt, ctx.order, raw.value_or(false) ? utc : ctx.zone);
        else if (!isOpenStatus(current))
            d.item.resolvedAt = lastResolution ? lastResolution : d.item.closedAt;
        if (current != Status::Closed)
            d.item.closedAt.reset();
        else if (!d.item.closedAt)
            d.item.closedAt = inc.finalAt;
        if (isOpenStatus(current) && inc.finalClosedAt && c.modCount < 0)
            ctx.dataProblem(where, Tr::tr("the incident is open (%1) but has a closing time; the closing time was "
                                          "left out").arg(statusLabel(current)));
        if (d.item.closedAt && d.item.resolvedAt && *d.item.closedAt < *d.item.resolvedAt)
            ctx.dataProblem(where, Tr::tr("closed before it was resolved; both times are kept as the source has them"));
        drafts.append(std::move(d));
    }
    return {};
}

} // namespace ft::importing
