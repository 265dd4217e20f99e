#include "importing/ticketwriter.h"

#include "domain/followuprules.h"
#include "importing/surveysprofile.h"

#include <QCoreApplication>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

// Copies the fields the file speaks for.
void merge(FollowUp &into, const FollowUp &from, quint32 fields)
{
    if (fields & FieldReference) into.reference = from.reference;
    if (fields & FieldKind) into.kind = from.kind;
    if (fields & FieldTitle) into.title = from.title;
    if (fields & FieldRequester) into.requester = from.requester;
    if (fields & FieldRequesterContact) into.requesterContact = from.requesterContact;
    if (fields & FieldOwner) into.owner = from.owner;
    if (fields & FieldTeam) into.team = from.team;
    if (fields & FieldPriority) into.priority = from.priority;
    if (fields & FieldCategory) into.category = from.category;
    if (fields & FieldStatus) into.status = from.status;
    if (fields & FieldOpenedAt) into.openedAt = from.openedAt;
    if (fields & FieldFirstResponseAt) into.firstResponseAt = from.firstResponseAt;
    if (fields & FieldResolvedAt) into.resolvedAt = from.resolvedAt;
    if (fields & FieldClosedAt) into.closedAt = from.closedAt;
    if (fields & FieldReopenCount) into.reopenCount = from.reopenCount;
    if (fields & FieldSlaMet) into.slaMet = from.slaMet;
    if (fields & FieldNotes) into.notes = from.notes;
    if (fields & FieldContactType) into.contactType = from.contactType;
}

bool sameContent(const FollowUp &a, const FollowUp &b)
{
    return a.reference == b.reference && a.kind == b.kind && a.title == b.title && a.requester == b.requester
           && a.requesterContact == b.requesterContact && a.owner == b.owner && a.team == b.team
           && a.priority == b.priority && a.category == b.category && a.status == b.status
           && a.openedAt == b.openedAt && a.firstResponseAt == b.firstResponseAt && a.resolvedAt == b.resolvedAt
           && a.closedAt == b.closedAt && a.reopenCount == b.reopenCount && a.slaMet == b.slaMet
           && a.notes == b.notes && a.contactType == b.contactType && a.nextUpdateDue == b.nextUpdateDue;
}

} // namespace

TicketWriter::TicketWriter(const Connection &connection, Timestamp now, ImportReport &report, QString actor)
    : m_rows(connection)
    , m_now(now)
    , m_actor(std::move(actor))
    , m_report(report)
{
}

Result<void> TicketWriter::prepare()
{
    auto ids = m_rows.idsByReference();
    if (!ids)
        return ids.error();
    m_byReference = std::move(ids).value();
    return {};
}

Result<bool> TicketWriter::insertEvent(FollowUpId id, const EventDraft &d)
{
    TimelineEvent e = d.event;
    e.followUpId = id;
    auto added = m_rows.insertEvent(e, d.sourceKey);
    if (!added)
        return added.error();
    const bool inserted = added.value().has_value();
    if (inserted)
        ++m_report.eventsAdded;
    return inserted;
}

Result<bool> TicketWriter::writeSurvey(const FollowUp &f, const TicketDraft &draft)
{
    if (!draft.surveyScore)
        return false;
    // Received when the tool asked for it: once the work was resolved (or closed); never before it opened.
    const Timestamp received = f.resolvedAt ? *f.resolvedAt : f.closedAt ? *f.closedAt : f.openedAt;
    // The same rating of the same ticket imports once; a changed rating is a new response, and the
    // follow-up's satisfaction follows the latest.
    const QString identity = f.reference.isEmpty() && !draft.events.isEmpty() ? draft.events.constFirst().sourceKey
                                                                               : f.reference;
    const QString key = QStringLiteral("ticket-survey:%1|%2").arg(identity).arg(*draft.surveyScore);
    auto added = writeImportedSurvey(m_rows, {f.id, f.reference, *draft.surveyScore, QString(), received, key}, m_report);
    if (!added)
        return added.error();
    if (!added.value())
        return false;
    if (auto ok = m_rows.refreshSatisfaction(f.id, m_now, m_actor); !ok)
        return ok.error();
    return true;
}

Result<void> TicketWriter::write(TicketDraft &draft)
{
    std::optional<FollowUpId> existing;
    if (!draft.item.reference.isEmpty()) {
        const auto it = m_byReference.constFind(draft.item.reference);
        if (it != m_byReference.constEnd())
            existing = *it;
    } else if (!draft.events.isEmpty()) {
        // Without a reference, the row is known by the key of the event it left last time.
        auto known = m_rows.followUpOfEvent(draft.events.constFirst().sourceKey);
        if (!known)
            return known.error();
        existing = known.value();
    }

    if (!existing) {
        FollowUp f = draft.item;
        rules::keepTimesConsistent(f);
        f.updatedAt = m_now;
        f.changedBy = m_actor;
        auto added = m_rows.insertFollowUp(f);
        if (!added)
            return added.error();
        const FollowUpId id = added.value();
        if (!f.reference.isEmpty()) {
            m_byReference.insert(f.reference, id);
            m_lineOf.insert(f.reference, draft.line);
        }
        for (const EventDraft &e : std::as_const(draft.events)) {
            if (auto inserted = insertEvent(id, e); !inserted)
                return inserted.error();
        }
        f.id = id;
        if (auto survey = writeSurvey(f, draft); !survey)
            return survey.error();
        ++m_report.added;
        return {};
    }

    auto loaded = m_rows.load(*existing);
    if (!loaded)
        return loaded.error();
    const FollowUp before = loaded.value();
    FollowUp after = before;
    merge(after, draft.item, draft.fields);
    rules::keepTimesConsistent(after);
    bool changed = !sameContent(before, after);
    // One row per reference in one file: a second row that says something else is refused naming both
    // lines (which one is right is the file's author's call, not a guess by row order); a second row
    // that says the same adds nothing.
    if (const auto first = m_lineOf.constFind(draft.item.reference); !draft.item.reference.isEmpty()
        && first != m_lineOf.constEnd()) {
        if (changed)
            return Error::conflict(Tr::tr("the reference “%1” is already on line %2 of this file, with different data. "
                                          "Keep one row per reference and import again.")
                                       .arg(draft.item.reference).arg(*first));
        ++m_report.unchanged;
        return {};
    }
    if (!draft.item.reference.isEmpty())
        m_lineOf.insert(draft.item.reference, draft.line);
    if (changed) {
        after.updatedAt = m_now;
        after.changedBy = m_actor;   // saved at the version loaded above, in this import's transaction
        if (auto ok = m_rows.updateFollowUp(after); !ok)
            return ok;
    }
    // The status moved by this import: a timeline entry, so that waiting intervals stay computable.
    if (before.status != after.status && !draft.statusEventKey.isEmpty()) {
        EventDraft e;
        e.event.at = m_now;
        e.event.type = rules::statusEventType(before.status, after.status);
        e.event.fromStatus = before.status;
        e.event.toStatus = after.status;
        e.event.summary = Tr::tr("Status set by an import");
        e.sourceKey = draft.statusEventKey;
        if (auto inserted = insertEvent(after.id, e); !inserted)
            return inserted.error();
    }
    for (const EventDraft &e : std::as_const(draft.events)) {
        if (draft.eventsOnlyWithChanges && !changed)
            break;
        if (e.event.type == EventType::Created)
            continue;   // it was created before, by hand or by an earlier import
        auto inserted = insertEvent(after.id, e);
        if (!inserted)
            return inserted.error();
        changed = changed || inserted.value();
    }
    auto survey = writeSurvey(after, draft);
    if (!survey)
        return survey.error();
    changed = changed || survey.value();
    if (changed)
        ++m_report.updated;
    else
        ++m_report.unchanged;
    return {};
}

} // namespace ft::importing
