#include "store/followupwriter.h"

#include "store/bulkstatement.h"
#include "store/followuprows.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Store)
};

// The statements of the write path: each written once, here.
const char *const insertFollowUpSql =
    "INSERT INTO followup (id, reference, kind, title, requester, requester_contact, owner, team, priority, category, "
    "status, opened_at, first_response_at, next_update_due, last_contact_at, resolved_at, closed_at, reopen_count, "
    "sla_met, satisfaction, checklist_compliant, notes, contact_type, updated_at, row_version, changed_by) VALUES "
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// Optimistic concurrency: the row is written only at the version it was read at, and each write adds one.
const char *const updateFollowUpSql =
    "UPDATE followup SET reference = ?, kind = ?, title = ?, requester = ?, requester_contact = ?, owner = ?, "
    "team = ?, priority = ?, category = ?, status = ?, opened_at = ?, first_response_at = ?, next_update_due = ?, "
    "last_contact_at = ?, resolved_at = ?, closed_at = ?, reopen_count = ?, sla_met = ?, satisfaction = ?, "
    "notes = ?, contact_type = ?, updated_at = ?, row_version = row_version + 1, changed_by = ? "
    "WHERE id = ? AND row_version = ?";
const char *const compliantSql = "UPDATE followup SET checklist_compliant = ? WHERE id = ?";
const char *const insertEventSql =
    "INSERT INTO event (id, followup_id, at, type, channel, summary, due_at, from_status, to_status, actor, "
    "checklist_item_id, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (source_key) WHERE source_key IS NOT NULL DO NOTHING";
const char *const insertPromiseSql =
    "INSERT INTO promise (id, followup_id, made_at, due_at, ended_at, outcome) VALUES (?, ?, ?, ?, ?, ?)";
const char *const endPromiseSql = "UPDATE promise SET ended_at = ?, outcome = ? WHERE id = ?";
const char *const insertSurveySql =
    "INSERT INTO survey_response (id, followup_id, reference, score, comment, received_at, source_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_key) DO NOTHING";
const char *const satisfactionSql =
    "UPDATE followup SET satisfaction = (SELECT score FROM survey_response WHERE followup_id = followup.id "
    "ORDER BY received_at DESC, id DESC LIMIT 1), updated_at = ?, row_version = row_version + 1, changed_by = ? "
    "WHERE id = ?";
const char *const insertRunSql =
    "INSERT INTO checklist_run (id, followup_id, template_id, template_name, attached_at, overridden_at, "
    "override_reason, override_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
const char *const insertRunItemSql =
    "INSERT INTO checklist_run_item (id, run_id, template_item_id, position, text, required, hint, checked_at, "
    "checked_by, note, skipped_at_resolve) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)";

enum Statement { InsertFollowUp, UpdateFollowUp, Compliant, InsertEvent, InsertPromise, EndPromise, InsertSurvey,
                 Satisfaction, InsertRun, InsertRunItem, StatementCount };
const char *const statementText[StatementCount] = {insertFollowUpSql, updateFollowUpSql, compliantSql, insertEventSql,
                                                   insertPromiseSql,  endPromiseSql,     insertSurveySql, satisfactionSql,
                                                   insertRunSql,      insertRunItemSql};

// The follow-up's columns from reference to satisfaction, from position `at` on; the next free position.
int bindFollowUp(sql::BulkStatement &q, int at, const FollowUp &f)
{
    q.bindTextOrNull(at++, f.reference);
    q.bindInteger(at++, int(f.kind));
    q.bindText(at++, f.title);
    q.bindText(at++, f.requester);
    q.bindText(at++, f.requesterContact);
    q.bindText(at++, f.owner);
    q.bindText(at++, f.team);
    q.bindInteger(at++, int(f.priority));
    q.bindText(at++, f.category);
    q.bindInteger(at++, int(f.status));
    q.bindInteger(at++, f.openedAt);
    q.bindOptional(at++, f.firstResponseAt);
    q.bindOptional(at++, f.nextUpdateDue);
    q.bindOptional(at++, f.lastContactAt);
    q.bindOptional(at++, f.resolvedAt);
    q.bindOptional(at++, f.closedAt);
    q.bindInteger(at++, f.reopenCount);
    f.slaMet == SlaMet::Unknown ? q.bindNull(at++) : q.bindInteger(at++, int(f.slaMet));
    q.bindOptional(at++, f.satisfaction);
    return at;
}

} // namespace

struct FollowUpWriter::Impl
{
    explicit Impl(const Connection &c) : connection(c) {}

    // The statement, prepared on first use.
    Result<sql::BulkStatement *> statement(Statement which)
    {
        std::unique_ptr<sql::BulkStatement> &s = statements[which];
        if (!s) {
            auto made = std::make_unique<sql::BulkStatement>(databaseOf(connection));
            if (auto ok = made->prepare(QString::fromLatin1(statementText[which])); !ok)
                return ok.error();
            s = std::move(made);
        }
        return s.get();
    }

    Connection connection;
    std::unique_ptr<sql::BulkStatement> statements[StatementCount];
    std::optional<QSqlQuery> select;
};

FollowUpWriter::FollowUpWriter(const Connection &connection)
    : d(std::make_unique<Impl>(connection))
{
}

FollowUpWriter::~FollowUpWriter() = default;

Result<FollowUpId> FollowUpWriter::insertFollowUp(const FollowUp &f, std::optional<bool> checklistCompliant, FollowUpId id)
{
    auto s = d->statement(InsertFollowUp);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindId(0, id);
    int at = bindFollowUp(q, 1, f);
    q.bindOptional(at++, checklistCompliant);
    q.bindText(at++, f.notes);
    q.bindText(at++, f.contactType);
    q.bindInteger(at++, f.updatedAt);
    q.bindInteger(at++, f.rowVersion);
    q.bindText(at++, f.changedBy);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Result<void> FollowUpWriter::updateFollowUp(const FollowUp &f)
{
    auto s = d->statement(UpdateFollowUp);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    int at = bindFollowUp(q, 0, f);
    q.bindText(at++, f.notes);
    q.bindText(at++, f.contactType);
    q.bindInteger(at++, f.updatedAt);
    q.bindText(at++, f.changedBy);
    q.bindInteger(at++, f.id);
    q.bindInteger(at++, f.rowVersion);
    auto changed = q.exec();
    if (!changed)
        return changed.error();
    if (changed.value() == 1)
        return {};
    // Not written: the row is gone, or someone saved it since it was read. Never written over.
    auto now = load(f.id);
    if (!now)
        return now.error();
    const FollowUp &current = now.value();
    const QString who = current.changedBy.isEmpty() ? Tr::tr("another window or program") : current.changedBy;
    return Error::conflict(Tr::tr("“%1” was changed by %2 since it was read (version %3, now %4); nothing was written "
                                  "over that change.")
                               .arg(current.title, who)
                               .arg(f.rowVersion)
                               .arg(current.rowVersion));
}

Result<void> FollowUpWriter::setChecklistCompliant(FollowUpId id, bool compliant)
{
    auto s = d->statement(Compliant);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindInteger(0, compliant ? 1 : 0);
    q.bindInteger(1, id);
    if (auto done = q.exec(); !done)
        return done.error();
    return {};
}

Result<std::optional<qint64>> FollowUpWriter::insertEvent(const TimelineEvent &e, const QString &sourceKey,
                                                          qint64 checklistItemId, qint64 id)
{
    auto s = d->statement(InsertEvent);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindId(0, id);
    q.bindInteger(1, e.followUpId);
    q.bindInteger(2, e.at);
    q.bindInteger(3, int(e.type));
    e.channel ? q.bindInteger(4, int(*e.channel)) : q.bindNull(4);
    q.bindText(5, e.summary);
    q.bindOptional(6, e.dueAt);
    e.fromStatus ? q.bindInteger(7, int(*e.fromStatus)) : q.bindNull(7);
    e.toStatus ? q.bindInteger(8, int(*e.toStatus)) : q.bindNull(8);
    q.bindText(9, e.actor);
    q.bindId(10, checklistItemId);
    q.bindTextOrNull(11, sourceKey);
    auto changed = q.exec();
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(q.lastInsertId());
}

Result<qint64> FollowUpWriter::insertPromise(const Promise &p, qint64 id)
{
    auto s = d->statement(InsertPromise);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindId(0, id);
    q.bindInteger(1, p.followUpId);
    q.bindInteger(2, p.madeAt);
    q.bindInteger(3, p.dueAt);
    q.bindOptional(4, p.endedAt);
    q.bindInteger(5, int(p.outcome));
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Result<void> FollowUpWriter::endPromise(qint64 promiseId, Timestamp endedAt, PromiseOutcome outcome)
{
    auto s = d->statement(EndPromise);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindInteger(0, endedAt);
    q.bindInteger(1, int(outcome));
    q.bindInteger(2, promiseId);
    if (auto done = q.exec(); !done)
        return done.error();
    return {};
}

Result<std::optional<qint64>> FollowUpWriter::insertSurvey(const SurveyRow &r, qint64 id)
{
    auto s = d->statement(InsertSurvey);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindId(0, id);
    q.bindInteger(1, r.followUp);
    q.bindText(2, r.reference);
    q.bindInteger(3, r.score);
    q.bindText(4, r.comment);
    q.bindInteger(5, r.receivedAt);
    q.bindTextOrNull(6, r.sourceKey);
    auto changed = q.exec();
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(q.lastInsertId());
}

Result<void> FollowUpWriter::refreshSatisfaction(FollowUpId id, Timestamp at, const QString &by)
{
    auto s = d->statement(Satisfaction);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindInteger(0, at);
    q.bindText(1, by);
    q.bindInteger(2, id);
    if (auto done = q.exec(); !done)
        return done.error();
    return {};
}

Result<qint64> FollowUpWriter::insertChecklistRun(const ChecklistRunRow &r, qint64 id)
{
    auto s = d->statement(InsertRun);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindId(0, id);
    q.bindInteger(1, r.followUp);
    q.bindInteger(2, r.templateId);
    q.bindText(3, r.templateName);
    q.bindInteger(4, r.attachedAt);
    q.bindOptional(5, r.overriddenAt);
    q.bindText(6, r.overrideReason);
    q.bindText(7, r.overrideBy);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Result<qint64> FollowUpWriter::insertChecklistRunItem(const ChecklistRunItemRow &r, qint64 id)
{
    auto s = d->statement(InsertRunItem);
    if (!s)
        return s.error();
    sql::BulkStatement &q = *s.value();
    q.bindId(0, id);
    q.bindInteger(1, r.runId);
    q.bindInteger(2, r.templateItemId);
    q.bindInteger(3, r.position);
    q.bindText(4, r.text);
    q.bindInteger(5, r.required ? 1 : 0);
    q.bindText(6, r.hint);
    q.bindOptional(7, r.checkedAt);
    q.bindText(8, r.checkedBy);
    q.bindInteger(9, r.skippedAtResolve ? 1 : 0);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Result<FollowUp> FollowUpWriter::load(FollowUpId id)
{
    if (!d->select) {
        d->select.emplace(databaseOf(d->connection));
        d->select->setForwardOnly(true);
        if (!d->select->prepare(QStringLiteral("SELECT ") + repo::followUpColumns
                                + QStringLiteral(" FROM followup WHERE id = ?"))) {
            const Error error = sql::errorOf(*d->select, Tr::tr("Reading follow-up %1").arg(id));
            d->select.reset();
            return error;
        }
    }
    QSqlQuery &q = *d->select;
    q.bindValue(0, id);
    if (!q.exec())
        return sql::errorOf(q, Tr::tr("Reading follow-up %1").arg(id));
    if (!q.next())
        return Error::notFound(Tr::tr("Follow-up %1 does not exist.").arg(id));
    FollowUp f = repo::followUpFromQuery(q);
    q.finish();
    return f;
}

Result<qint64> FollowUpWriter::followUpCount()
{
    QSqlQuery q(databaseOf(d->connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup")); !ok)
        return ok.error();
    if (!q.next())
        return sql::errorOf(q, QStringLiteral("followup"));
    return q.value(0).toLongLong();
}

Result<QHash<QString, FollowUpId>> FollowUpWriter::idsByReference()
{
    QSqlQuery q(databaseOf(d->connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT reference, id FROM followup WHERE reference IS NOT NULL")); !ok)
        return ok.error();
    QHash<QString, FollowUpId> ids;
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Result<std::optional<FollowUpId>> FollowUpWriter::followUpOfEvent(const QString &sourceKey)
{
    QSqlQuery q(databaseOf(d->connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT followup_id FROM event WHERE source_key = ?"), {sourceKey}); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<FollowUpId>();
    return std::optional<FollowUpId>(q.value(0).toLongLong());
}

Result<FollowUpWriter::NextIds> FollowUpWriter::nextIds()
{
    NextIds ids;
    const std::pair<qint64 *, const char *> tables[] = {
        {&ids.followUp, "SELECT coalesce(max(id), 0) + 1 FROM followup"},
        {&ids.event, "SELECT coalesce(max(id), 0) + 1 FROM event"},
        {&ids.promise, "SELECT coalesce(max(id), 0) + 1 FROM promise"},
        {&ids.survey, "SELECT coalesce(max(id), 0) + 1 FROM survey_response"},
        {&ids.run, "SELECT coalesce(max(id), 0) + 1 FROM checklist_run"},
        {&ids.runItem, "SELECT coalesce(max(id), 0) + 1 FROM checklist_run_item"},
    };
    for (const auto &[next, statement] : tables) {
        QSqlQuery q(databaseOf(d->connection));
        if (!q.exec(QLatin1String(statement)) || !q.next())
            return sql::errorOf(q, QLatin1String(statement));
        *next = q.value(0).toLongLong();
    }
    return ids;
}

} // namespace ft
