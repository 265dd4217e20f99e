#include "demo/demowriter.h"

#include "store/sqlhelpers.h"

namespace ft::demo {

namespace {
QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }
QVariant intOrNull(std::optional<int> v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }
template<typename E>
QVariant enumOrNull(std::optional<E> v) { return v ? QVariant(int(*v)) : QVariant(QMetaType(QMetaType::Int)); }
} // namespace

RowInserter::RowInserter(const QSqlDatabase &db)
    : m_db(db), m_followUp(db), m_event(db), m_promise(db), m_survey(db), m_run(db), m_runItem(db), m_compliant(db)
{
}

Result<void> RowInserter::prepare()
{
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_followUp, QStringLiteral("INSERT INTO followup (id, reference, kind, title, requester, requester_contact, "
                                     "owner, team, priority, category, status, opened_at, first_response_at, "
                                     "next_update_due, last_contact_at, resolved_at, closed_at, reopen_count, sla_met, "
                                     "satisfaction, checklist_compliant, notes, contact_type, updated_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_event, QStringLiteral("INSERT INTO event (id, followup_id, at, type, channel, summary, due_at, from_status, "
                                  "to_status, actor, checklist_item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_promise, QStringLiteral("INSERT INTO promise (id, followup_id, made_at, due_at, ended_at, outcome) "
                                    "VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_survey, QStringLiteral("INSERT INTO survey_response (id, followup_id, reference, score, comment, received_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_run, QStringLiteral("INSERT INTO checklist_run (id, followup_id, template_id, template_name, attached_at, "
                                "overridden_at, override_reason, override_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_runItem, QStringLiteral("INSERT INTO checklist_run_item (id, run_id, template_item_id, position, text, required, "
                                    "hint, checked_at, checked_by, note, skipped_at_resolve) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)")},
        {&m_compliant, QStringLiteral("UPDATE followup SET checklist_compliant = ? WHERE id = ?")},
    };
    for (const auto &[query, text] : statements) {
        if (!query->prepare(text))
            return sql::errorOf(*query, text.left(40));
    }
    return {};
}

Result<qint64> RowInserter::run(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return sql::errorOf(query, QLatin1String(what));
    return query.lastInsertId().toLongLong();
}

Result<qint64> RowInserter::followUp(qint64 id, const FollowUp &f, std::optional<bool> checklistCompliant)
{
    QSqlQuery &q = m_followUp;
    q.bindValue(0, idOrNull(id));
    q.bindValue(1, f.reference.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(f.reference));
    q.bindValue(2, int(f.kind));
    q.bindValue(3, sql::text(f.title));
    q.bindValue(4, sql::text(f.requester));
    q.bindValue(5, sql::text(f.requesterContact));
    q.bindValue(6, sql::text(f.owner));
    q.bindValue(7, sql::text(f.team));
    q.bindValue(8, int(f.priority));
    q.bindValue(9, sql::text(f.category));
    q.bindValue(10, int(f.status));
    q.bindValue(11, f.openedAt);
    q.bindValue(12, sql::nullable(f.firstResponseAt));
    q.bindValue(13, sql::nullable(f.nextUpdateDue));
    q.bindValue(14, sql::nullable(f.lastContactAt));
    q.bindValue(15, sql::nullable(f.resolvedAt));
    q.bindValue(16, sql::nullable(f.closedAt));
    q.bindValue(17, f.reopenCount);
    q.bindValue(18, f.slaMet == SlaMet::Unknown ? QVariant(QMetaType(QMetaType::Int)) : QVariant(int(f.slaMet)));
    q.bindValue(19, intOrNull(f.satisfaction));
    q.bindValue(20, checklistCompliant ? QVariant(*checklistCompliant ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(21, sql::text(f.notes));
    q.bindValue(22, sql::text(f.contactType));
    q.bindValue(23, f.updatedAt);
    return run(q, "followup");
}

Result<qint64> RowInserter::event(qint64 id, const TimelineEvent &e, qint64 checklistItemId)
{
    QSqlQuery &q = m_event;
    q.bindValue(0, idOrNull(id));
    q.bindValue(1, e.followUpId);
    q.bindValue(2, e.at);
    q.bindValue(3, int(e.type));
    q.bindValue(4, enumOrNull(e.channel));
    q.bindValue(5, sql::text(e.summary));
    q.bindValue(6, sql::nullable(e.dueAt));
    q.bindValue(7, enumOrNull(e.fromStatus));
    q.bindValue(8, enumOrNull(e.toStatus));
    q.bindValue(9, sql::text(e.actor));
    q.bindValue(10, idOrNull(checklistItemId));
    return run(q, "event");
}

Result<qint64> RowInserter::promise(qint64 id, const Promise &p)
{
    QSqlQuery &q = m_promise;
    q.bindValue(0, idOrNull(id));
    q.bindValue(1, p.followUpId);
    q.bindValue(2, p.madeAt);
    q.bindValue(3, p.dueAt);
    q.bindValue(4, sql::nullable(p.endedAt));
    q.bindValue(5, int(p.outcome));
    return run(q, "promise");
}

Result<qint64> RowInserter::survey(qint64 id, FollowUpId followUp, const QString &reference, int score,
                                   const QString &comment, Timestamp receivedAt)
{
    QSqlQuery &q = m_survey;
    q.bindValue(0, idOrNull(id));
    q.bindValue(1, followUp);
    q.bindValue(2, sql::text(reference));
    q.bindValue(3, score);
    q.bindValue(4, sql::text(comment));
    q.bindValue(5, receivedAt);
    return run(q, "survey_response");
}

Result<qint64> RowInserter::checklistRun(qint64 id, FollowUpId followUp, const ChecklistPlan &plan, Timestamp attachedAt,
                                         const QString &actor)
{
    QSqlQuery &q = m_run;
    q.bindValue(0, idOrNull(id));
    q.bindValue(1, followUp);
    q.bindValue(2, plan.templateId);
    q.bindValue(3, sql::text(plan.templateName));
    q.bindValue(4, attachedAt);
    q.bindValue(5, sql::nullable(plan.overriddenAt));
    q.bindValue(6, sql::text(plan.overrideReason));
    q.bindValue(7, sql::text(plan.overriddenAt ? actor : QString()));
    return run(q, "checklist_run");
}

Result<qint64> RowInserter::checklistRunItem(qint64 id, qint64 runId, int position, const ChecklistItemPlan &item,
                                             const QString &actor)
{
    QSqlQuery &q = m_runItem;
    q.bindValue(0, idOrNull(id));
    q.bindValue(1, runId);
    q.bindValue(2, item.templateItemId);
    q.bindValue(3, position);
    q.bindValue(4, sql::text(item.text));
    q.bindValue(5, item.required ? 1 : 0);
    q.bindValue(6, sql::text(item.hint));
    q.bindValue(7, sql::nullable(item.checkedAt));
    q.bindValue(8, sql::text(item.checkedAt ? actor : QString()));
    q.bindValue(9, item.skippedAtResolve ? 1 : 0);
    return run(q, "checklist_run_item");
}

Result<void> RowInserter::setCompliant(FollowUpId id, bool compliant)
{
    m_compliant.bindValue(0, compliant ? 1 : 0);
    m_compliant.bindValue(1, id);
    if (!m_compliant.exec())
        return sql::errorOf(m_compliant, QStringLiteral("checklist_compliant"));
    return {};
}

} // namespace ft::demo
