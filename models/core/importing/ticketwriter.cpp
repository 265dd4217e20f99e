#include "importing/ticketwriter.h"

#include "store/followuprepository.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

const QString insertEventSql = QStringLiteral(
    "INSERT INTO event (followup_id, at, type, channel, summary, due_at, from_status, to_status, actor, source_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_key) WHERE source_key IS NOT NULL DO NOTHING");

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

// Open work has no resolution time, resolved work no closing time: the same rule the service keeps.
void normalise(FollowUp &f)
{
    if (f.isOpen()) {
        f.resolvedAt.reset();
        f.closedAt.reset();
    } else if (f.status == Status::Resolved) {
        f.closedAt.reset();
    }
    if (!f.isOpen())
        f.nextUpdateDue.reset();
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

Result<int> bindAndExec(sql::BulkStatement &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
    return q.exec();
}

} // namespace

TicketWriter::TicketWriter(const QSqlDatabase &db, Timestamp now, ImportReport &report)
    : m_db(db)
    , m_now(now)
    , m_report(report)
    , m_insertFollowUp(db)
    , m_updateFollowUp(db)
    , m_selectFollowUp(db)
    , m_insertEvent(db)
{
}

Result<void> TicketWriter::prepare()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT reference, id FROM followup WHERE reference IS NOT NULL")); !ok)
        return ok;
    while (q.next())
        m_byReference.insert(q.value(0).toString(), q.value(1).toLongLong());
    m_selectFollowUp.setForwardOnly(true);
    if (auto ok = m_insertFollowUp.prepare(repo::insertFollowUpSql); !ok)
        return ok;
    if (auto ok = m_updateFollowUp.prepare(repo::updateFollowUpSql); !ok)
        return ok;
    if (!m_selectFollowUp.prepare(QStringLiteral("SELECT ") + repo::followUpColumns
                                  + QStringLiteral(" FROM followup WHERE id = ?")))
        return sql::errorOf(m_selectFollowUp, Tr::tr("Preparing the import"));
    if (auto ok = m_insertEvent.prepare(insertEventSql); !ok)
        return ok;
    return {};
}

Result<FollowUp> TicketWriter::load(FollowUpId id)
{
    m_selectFollowUp.bindValue(0, id);
    if (!m_selectFollowUp.exec() || !m_selectFollowUp.next())
        return sql::errorOf(m_selectFollowUp, Tr::tr("Reading follow-up %1").arg(id));
    FollowUp f = repo::followUpFromQuery(m_selectFollowUp);
    m_selectFollowUp.finish();
    return f;
}

Result<bool> TicketWriter::insertEvent(FollowUpId id, const EventDraft &d)
{
    const TimelineEvent &e = d.event;
    const QVariant noInt{QMetaType(QMetaType::Int)};
    const QVariantList values{id,
                              e.at,
                              int(e.type),
                              e.channel ? QVariant(int(*e.channel)) : noInt,
                              sql::text(e.summary),
                              sql::nullable(e.dueAt),
                              e.fromStatus ? QVariant(int(*e.fromStatus)) : noInt,
                              e.toStatus ? QVariant(int(*e.toStatus)) : noInt,
                              sql::text(e.actor),
                              d.sourceKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.sourceKey)};
    auto changed = bindAndExec(m_insertEvent, values);
    if (!changed)
        return changed.error();
    const bool inserted = changed.value() > 0;
    if (inserted)
        ++m_report.eventsAdded;
    return inserted;
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
        QSqlQuery q(m_db);
        if (auto ok = sql::exec(q, QStringLiteral("SELECT followup_id FROM event WHERE source_key = ?"),
                                {draft.events.constFirst().sourceKey});
            !ok)
            return ok;
        if (q.next())
            existing = q.value(0).toLongLong();
    }

    if (!existing) {
        FollowUp f = draft.item;
        normalise(f);
        f.updatedAt = m_now;
        auto values = repo::followUpValues(f);
        if (auto ok = bindAndExec(m_insertFollowUp, values); !ok)
            return ok.error();
        const FollowUpId id = m_insertFollowUp.lastInsertId();
        if (!f.reference.isEmpty()) {
            m_byReference.insert(f.reference, id);
            m_lineOf.insert(f.reference, draft.line);
        }
        for (const EventDraft &e : std::as_const(draft.events)) {
            if (auto inserted = insertEvent(id, e); !inserted)
                return inserted.error();
        }
        ++m_report.added;
        return {};
    }

    auto loaded = load(*existing);
    if (!loaded)
        return loaded.error();
    const FollowUp before = loaded.value();
    FollowUp after = before;
    merge(after, draft.item, draft.fields);
    normalise(after);
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
        QVariantList values = repo::followUpValues(after);
        values << after.id;
        if (auto ok = bindAndExec(m_updateFollowUp, values); !ok)
            return ok.error();
    }
    // The status moved by this import: a timeline entry, so that waiting intervals stay computable.
    if (before.status != after.status && !draft.statusEventKey.isEmpty()) {
        EventDraft e;
        e.event.at = m_now;
        e.event.type = (!isOpenStatus(before.status) && isOpenStatus(after.status)) ? EventType::Reopened
                                                                                    : EventType::StatusChanged;
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
    if (changed)
        ++m_report.updated;
    else
        ++m_report.unchanged;
    return {};
}

} // namespace ft::importing
