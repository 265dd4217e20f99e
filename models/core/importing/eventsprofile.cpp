#include "importing/eventsprofile.h"

#include "importing/genericprofile.h"
#include "domain/followuprules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>

// How the events profile reads an event log:
//
// - Every row is one event of the ticket named by `reference`, at `at`. Its status is the `status`
//   cell, or "STATUS/DETAIL" when a `status_detail` column is mapped (value maps see that joined text:
//   --value 'status:Accepted/Wait*=waiting_requester'). An empty status carries the one before.
// - Each reference becomes one follow-up, opened at its first event; its status and its other mapped
//   fields (title, owner, team, priority …) are those of its last event — by time, the later line of
//   the file breaking ties.
// - Timeline: a Created event at the first event; one Imported event per row (actor: the row's owner),
//   keyed by the reference, the time and a hash of the row, so importing the file again adds nothing;
//   a StatusChanged event wherever the status differs from the event before, Reopened when it goes
//   from Resolved or Closed back to an open status (each such return counts as a reopen).
// - resolved_at: when the ticket entered Resolved or Closed for the last time — the start of its final
//   finished stretch; closed_at: when, within that stretch, it entered Closed. An open ticket has
//   neither. Time in Waiting statuses is waiting time through those status events.
// - first_response_at: the first event that took the ticket out of New, as for ServiceNow.
namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

// Names event logs give their columns (process-mining exports, XES attribute names, BPI Challenge
// logs, ServiceNow audit tables, Jira changelogs).
const QHash<QString, QString> &eventSynonyms()
{
    static const QHash<QString, QString> all{
        {QStringLiteral("case"), QStringLiteral("reference")},
        {QStringLiteral("case_id"), QStringLiteral("reference")},
        {QStringLiteral("caseid"), QStringLiteral("reference")},
        {QStringLiteral("case:concept:name"), QStringLiteral("reference")},
        {QStringLiteral("sr_number"), QStringLiteral("reference")},
        {QStringLiteral("incident_id"), QStringLiteral("reference")},
        {QStringLiteral("ticket_id"), QStringLiteral("reference")},
        {QStringLiteral("issue_key"), QStringLiteral("reference")},
        {QStringLiteral("at"), QStringLiteral("at")},
        {QStringLiteral("time"), QStringLiteral("at")},
        {QStringLiteral("timestamp"), QStringLiteral("at")},
        {QStringLiteral("time:timestamp"), QStringLiteral("at")},
        {QStringLiteral("date"), QStringLiteral("at")},
        {QStringLiteral("datetime"), QStringLiteral("at")},
        {QStringLiteral("event_time"), QStringLiteral("at")},
        {QStringLiteral("changed_at"), QStringLiteral("at")},
        {QStringLiteral("change_date+time"), QStringLiteral("at")},
        {QStringLiteral("complete_timestamp"), QStringLiteral("at")},
        {QStringLiteral("sys_updated_at"), QStringLiteral("at")},
        {QStringLiteral("sys_updated_on"), QStringLiteral("at")},
        {QStringLiteral("sys_created_on"), QStringLiteral("at")},
        {QStringLiteral("status_detail"), QStringLiteral("status_detail")},
        {QStringLiteral("sub_status"), QStringLiteral("status_detail")},
        {QStringLiteral("substatus"), QStringLiteral("status_detail")},
        {QStringLiteral("sub_state"), QStringLiteral("status_detail")},
        {QStringLiteral("to_status"), QStringLiteral("status")},
        {QStringLiteral("activity"), QStringLiteral("status")},            // Disco, ProM: the step reached
        {QStringLiteral("concept:name"), QStringLiteral("status")},        // XES
        {QStringLiteral("lifecycle:transition"), QStringLiteral("status_detail")},
        {QStringLiteral("start_timestamp"), QStringLiteral("at")},
        {QStringLiteral("new_status"), QStringLiteral("status")},
        {QStringLiteral("new_state"), QStringLiteral("status")},
    };
    return all;
}

struct Event
{
    Timestamp at = 0;
    qint64 line = 0;
    std::optional<Status> status;
    QString source;     // the status as the file writes it
    QString actor;
    QString key;
};

struct Ticket
{
    QList<Event> events;
    TicketDraft last;   // the fields of the latest event so far
    Timestamp lastAt = 0;
    qint64 lastLine = -1;
};

} // namespace

const QStringList &eventFields()
{
    static const QStringList fields{
        QStringLiteral("reference"), QStringLiteral("at"),       QStringLiteral("status"),
        QStringLiteral("status_detail"), QStringLiteral("title"), QStringLiteral("kind"),
        QStringLiteral("priority"),  QStringLiteral("owner"),    QStringLiteral("team"),
        QStringLiteral("requester"), QStringLiteral("requester_contact"), QStringLiteral("category"),
        QStringLiteral("contact_type"), QStringLiteral("notes"), QStringLiteral("sla_met"),
    };
    return fields;
}

QHash<QString, QString> suggestEventMapping(const QStringList &header)
{
    QHash<QString, QString> mapping;
    for (const QString &column : header) {
        const QString n = normalisedColumnName(column);
        if (eventFields().contains(n) && !mapping.contains(n))
            mapping.insert(n, column);
    }
    for (const QString &column : header) {
        const auto it = eventSynonyms().constFind(normalisedColumnName(column));
        if (it != eventSynonyms().constEnd() && !mapping.contains(*it))
            mapping.insert(*it, column);
    }
    const QHash<QString, QString> generic = suggestGenericMapping(header);
    for (auto it = generic.constBegin(); it != generic.constEnd(); ++it) {
        if (eventFields().contains(it.key()) && !mapping.contains(it.key()))
            mapping.insert(it.key(), it.value());
    }
    return mapping;
}

Result<void> collectEvents(ImportContext &ctx, const QHash<QString, QString> &mapping, QList<TicketDraft> &drafts)
{
    const CsvReader &r = ctx.reader;
    QHash<QString, int> col;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        if (!eventFields().contains(it.key()))
            return Error::badInput(Tr::tr("“%1” is not a field of an event log (its fields: %2); opening, resolution "
                                          "and closing times and reopens come from the status changes.")
                                       .arg(it.key(), eventFields().join(QStringLiteral(", "))));
        const int index = r.columnOf(it.value());
        if (index < 0)
            return Error::badInput(Tr::tr("%1 has no column “%2” (mapped to %3); its columns are: %4.")
                                       .arg(r.fileName(), it.value(), it.key(), r.header().join(QStringLiteral(", "))));
        col.insert(it.key(), index);
    }
    for (const char *needed : {"reference", "at", "status"}) {
        if (!col.contains(QLatin1String(needed)))
            return Error::badInput(Tr::tr("No column of %1 is mapped to “%2”, which an event log needs. Map it with "
                                          "--map %2=COLUMN (columns: %3).")
                                       .arg(r.fileName(), QLatin1String(needed), r.header().join(QStringLiteral(", "))));
    }
    const auto column = [&col](const char *field) { return col.value(QLatin1String(field), -1); };
    const int cReference = column("reference"), cAt = column("at"), cStatus = column("status"),
              cDetail = column("status_detail"), cOwner = column("owner");

    QHash<QString, Ticket> tickets;
    QStringList order;
    auto read = ctx.forEachRow([&]() -> Result<void> {
        const QString reference = ctx.text(cReference);
        if (reference.isEmpty())
            return ctx.cellError(cReference, Tr::tr("is empty: every event needs the reference of its ticket."));
        auto at = ctx.time(cAt);
        if (!at)
            return at.error();
        if (!at.value())
            return ctx.cellError(cAt, Tr::tr("is empty: every event needs its time."));
        Event e;
        e.at = *at.value();
        e.line = r.line();
        e.source = ctx.text(cStatus);
        if (cDetail >= 0) {
            if (const QString detail = ctx.text(cDetail); !detail.isEmpty())
                e.source += QLatin1Char('/') + detail;
        }
        if (!e.source.isEmpty()) {
            auto s = ctx.statusOf(e.source, cStatus);
            if (!s)
                return s.error();
            e.status = s.value();
        }
        e.actor = ctx.text(cOwner);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (int i = 0; i < r.fieldCount(); ++i) {
            hash.addData(r.rawField(i));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        e.key = QStringLiteral("events:") + reference + QLatin1Char(':') + QString::number(e.at) + QLatin1Char(':')
                + QString::fromLatin1(hash.result().toHex().left(16));

        auto it = tickets.find(reference);
        if (it == tickets.end()) {
            it = tickets.insert(reference, Ticket{});
            order << reference;
        }
        Ticket &t = it.value();
        if (t.lastLine < 0 || e.at >= t.lastAt) {
            TicketDraft &d = t.last;
            d.line = e.line;
            FollowUp &f = d.item;
            f.reference = reference;
            d.fields = FieldReference;
            const auto textField = [&](const char *field, QString &into, Field flag) {
                if (const int i = column(field); i >= 0) {
                    into = ctx.text(i);
                    d.fields |= flag;
                }
            };
            textField("title", f.title, FieldTitle);
            textField("owner", f.owner, FieldOwner);
            textField("team", f.team, FieldTeam);
            textField("requester", f.requester, FieldRequester);
            textField("requester_contact", f.requesterContact, FieldRequesterContact);
            textField("category", f.category, FieldCategory);
            textField("contact_type", f.contactType, FieldContactType);
            textField("notes", f.notes, FieldNotes);
            if (const int i = column("priority"); i >= 0) {
                auto p = ctx.priority(i);
                if (!p)
                    return p.error();
                if (p.value()) {
                    f.priority = *p.value();
                    d.fields |= FieldPriority;
                }
            }
            if (const int i = column("kind"); i >= 0) {
                auto k = ctx.kind(i);
                if (!k)
                    return k.error();
                if (k.value()) {
                    f.kind = *k.value();
                    d.fields |= FieldKind;
                }
            }
            if (const int i = column("sla_met"); i >= 0) {
                auto b = ctx.boolean(i);
                if (!b)
                    return b.error();
                f.slaMet = !b.value() ? SlaMet::Unknown : (*b.value() ? SlaMet::Yes : SlaMet::No);
                d.fields |= FieldSlaMet;
            }
            t.lastAt = e.at;
            t.lastLine = e.line;
        }
        t.events.append(std::move(e));
        return {};
    });
    if (!read)
        return read;

    drafts.reserve(order.size());
    for (const QString &reference : std::as_const(order)) {
        Ticket &t = tickets[reference];
        std::stable_sort(t.events.begin(), t.events.end(), [](const Event &a, const Event &b) {
            return a.at != b.at ? a.at < b.at : a.line < b.line;
        });
        TicketDraft d = std::move(t.last);
        FollowUp &f = d.item;
        if (f.title.isEmpty()) {
            f.title = reference;
            d.fields |= FieldTitle;
        }
        f.openedAt = t.events.constFirst().at;
        d.fields |= FieldTitle | FieldStatus | FieldOpenedAt | FieldFirstResponseAt | FieldResolvedAt | FieldClosedAt
                    | FieldReopenCount;
        const QString prefix = QStringLiteral("events:") + reference + QLatin1Char(':');
        EventDraft created;
        created.event.at = f.openedAt;
        created.event.type = EventType::Created;
        created.event.toStatus = Status::New;
        created.event.summary = f.title;
        created.sourceKey = prefix + QStringLiteral("created");
        d.events.append(created);

        Status current = Status::New;
        std::optional<Timestamp> firstResponse, finishedSince, closedSince;
        int reopens = 0;
        QSet<QString> keys;
        for (const Event &e : std::as_const(t.events)) {
            QString key = e.key;
            for (int n = 2; keys.contains(key); ++n)   // the same row twice: each is an event
                key = e.key + QLatin1Char('#') + QString::number(n);
            keys.insert(key);
            EventDraft imported;
            imported.event.at = e.at;
            imported.event.type = EventType::Imported;
            imported.event.summary = e.actor.isEmpty() ? e.source : Tr::tr("%1, %2").arg(e.source, e.actor);
            imported.event.actor = e.actor;
            imported.sourceKey = key;
            d.events.append(imported);
            if (!e.status || *e.status == current)
                continue;
            const Status to = *e.status;
            const bool wasFinished = !isOpenStatus(current);
            EventDraft change;
            change.event.at = e.at;
            change.event.type = rules::statusEventType(current, to);
            change.event.fromStatus = current;
            change.event.toStatus = to;
            change.event.actor = e.actor;
            change.sourceKey = key + QStringLiteral(":status");
            d.events.append(change);
            if (!firstResponse && to != Status::New)
                firstResponse = e.at;
            if (isOpenStatus(to)) {
                if (wasFinished)
                    ++reopens;
                finishedSince.reset();
                closedSince.reset();
            } else {
                if (!wasFinished)
                    finishedSince = e.at;
                if (to == Status::Closed && !closedSince)
                    closedSince = e.at;
                else if (to != Status::Closed)
                    closedSince.reset();
            }
            current = to;
        }
        f.status = current;
        f.firstResponseAt = firstResponse;
        f.resolvedAt = finishedSince;
        f.closedAt = current == Status::Closed ? closedSince : std::nullopt;
        f.reopenCount = reopens;
        drafts.append(std::move(d));
    }
    return {};
}

} // namespace ft::importing
