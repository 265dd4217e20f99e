#include "importing/servicenowprofile.h"

#include <QCoreApplication>
#include <QHash>
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
//   Title: symptom, category and subcategory, as the export has no short description.
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
        priority = -1, group = -1, assignedTo = -1, resolvedAt = -1, closedAt = -1;
};

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
    c.number = r.columnOf(QStringLiteral("number"));
    c.state = r.columnOf(QStringLiteral("incident_state"));
    c.modCount = r.columnOf(QStringLiteral("sys_mod_count"));
    c.reopenCount = r.columnOf(QStringLiteral("reopen_count"));
    c.madeSla = r.columnOf(QStringLiteral("made_sla"));
    c.caller = r.columnOf(QStringLiteral("caller_id"));
    c.openedAt = r.columnOf(QStringLiteral("opened_at"));
    c.updatedBy = r.columnOf(QStringLiteral("sys_updated_by"));
    c.updatedAt = r.columnOf(QStringLiteral("sys_updated_at"));
    c.contactType = r.columnOf(QStringLiteral("contact_type"));
    c.category = r.columnOf(QStringLiteral("category"));
    c.subcategory = r.columnOf(QStringLiteral("subcategory"));
    c.symptom = r.columnOf(QStringLiteral("u_symptom"));
    c.priority = r.columnOf(QStringLiteral("priority"));
    c.group = r.columnOf(QStringLiteral("assignment_group"));
    c.assignedTo = r.columnOf(QStringLiteral("assigned_to"));
    c.resolvedAt = r.columnOf(QStringLiteral("resolved_at"));
    c.closedAt = r.columnOf(QStringLiteral("closed_at"));
    for (const auto &[index, name] : {std::pair{c.number, "number"}, {c.state, "incident_state"},
                                      {c.openedAt, "opened_at"}}) {
        if (index < 0)
            return Error::badInput(Tr::tr("%1 has no column “%2”, which the servicenow profile needs.")
                                       .arg(r.fileName(), QLatin1String(name)));
    }

    QHash<QString, Incident> incidents;
    QStringList order;   // first appearance, so that follow-ups are added in the file's order

    auto status = ctx.forEachRow([&]() -> Result<void> {
        const QString number = ctx.text(c.number);
        if (number.isEmpty())
            return ctx.cellError(c.number, Tr::tr("is empty: every row needs the incident number."));
        auto opened = ctx.time(c.openedAt);
        if (!opened)
            return opened.error();
        if (!opened.value())
            return ctx.cellError(c.openedAt, Tr::tr("is empty: every incident has an opening time."));
        auto updated = ctx.time(c.updatedAt);
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
        auto closed = ctx.time(c.closedAt);
        if (!closed)
            return closed.error();
        // Validated now so that a bad value stops the import at its own line.
        if (auto resolved = ctx.time(c.resolvedAt); !resolved)
            return resolved.error();
        const QString stateText = ctx.text(c.state);
        const std::optional<Status> state = parseStatus(stateText);
        bool garbled = false;
        if (!state) {
            // A number in place of a state is how the export loses one ("-100"): carried over.
            bool isNumber = false;
            stateText.toInt(&isNumber);
            if (!isNumber)
                return ctx.cellError(c.state, Tr::tr("is not an incident state (New, Active, Awaiting …, Resolved, "
                                                 "Closed)."));
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
        u.summary = Tr::tr("ServiceNow update %1: %2").arg(u.modCount).arg(summary.join(QStringLiteral(", ")));

        if (isLater(u, inc)) {
            inc.finalMod = u.modCount;
            inc.finalAt = u.at;
            inc.finalLine = u.line;
            FollowUp &f = inc.final;
            f.reference = number;
            f.kind = Kind::Incident;
            QStringList title;
            for (int column : {c.symptom, c.category, c.subcategory}) {
                const QString value = ctx.text(column);
                if (!value.isEmpty())
                    title << value;
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
            change.event.type = (!isOpenStatus(current) && isOpenStatus(*u.state)) ? EventType::Reopened
                                                                                   : EventType::StatusChanged;
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
        if (!isEmptyValue(inc.finalResolvedAt))
            d.item.resolvedAt = parseDateTime(inc.finalResolvedAt, ctx.order, ctx.zone);
        else if (!isOpenStatus(current))
            d.item.resolvedAt = lastResolution ? lastResolution : d.item.closedAt;
        if (current != Status::Closed)
            d.item.closedAt.reset();
        else if (!d.item.closedAt)
            d.item.closedAt = inc.finalAt;
        drafts.append(std::move(d));
    }
    return {};
}

} // namespace ft::importing
