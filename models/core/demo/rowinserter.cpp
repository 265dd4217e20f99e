#include "demo/demowriter.h"

#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace ft::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::DemoGenerator)
};

// One prepared statement with typed binders; positions count from 1 as in SQLite.
class Statement
{
public:
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool prepare(sqlite3 *db, const char *text) { return sqlite3_prepare_v2(db, text, -1, &m_stmt, nullptr) == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_stmt; }

    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void idOrNull(int i, qint64 id) { id > 0 ? integer(i, id) : null(i); }
    void text(int i, const QString &s)
    {
        // NOT NULL text columns take '' for an empty string.
        const void *data = s.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(s.utf16());
        // SQLITE_TRANSIENT (copy the text now), spelt without the macro's C-style cast.
        const auto transient = reinterpret_cast<sqlite3_destructor_type>(static_cast<intptr_t>(-1));
        sqlite3_bind_text16(m_stmt, i, data, int(s.size() * 2), transient);
    }
    template<typename T>
    void optional(int i, const std::optional<T> &v) { v ? integer(i, qint64(*v)) : null(i); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

struct RowInserter::Statements
{
    sqlite3 *db = nullptr;
    Statement followUp, event, promise, survey, run, runItem, compliant;
};

RowInserter::RowInserter(const QSqlDatabase &db)
    : m_db(db)
    , m_s(std::make_unique<Statements>())
{
}

RowInserter::~RowInserter() = default;

Result<void> RowInserter::prepare()
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::failed(Tr::tr("The demo needs an SQLite store."));
    m_s->db = *static_cast<sqlite3 *const *>(handle.constData());
    const std::pair<Statement *, const char *> statements[] = {
        {&m_s->followUp, "INSERT INTO followup (id, reference, kind, title, requester, requester_contact, owner, team, "
                         "priority, category, status, opened_at, first_response_at, next_update_due, last_contact_at, "
                         "resolved_at, closed_at, reopen_count, sla_met, satisfaction, checklist_compliant, notes, "
                         "contact_type, updated_at) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_s->event, "INSERT INTO event (id, followup_id, at, type, channel, summary, due_at, from_status, to_status, "
                      "actor, checklist_item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_s->promise, "INSERT INTO promise (id, followup_id, made_at, due_at, ended_at, outcome) VALUES (?, ?, ?, ?, ?, ?)"},
        {&m_s->survey, "INSERT INTO survey_response (id, followup_id, reference, score, comment, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"},
        {&m_s->run, "INSERT INTO checklist_run (id, followup_id, template_id, template_name, attached_at, overridden_at, "
                    "override_reason, override_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_s->runItem, "INSERT INTO checklist_run_item (id, run_id, template_item_id, position, text, required, hint, "
                        "checked_at, checked_by, note, skipped_at_resolve) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)"},
        {&m_s->compliant, "UPDATE followup SET checklist_compliant = ? WHERE id = ?"},
    };
    for (const auto &[statement, text] : statements) {
        if (!statement->prepare(m_s->db, text))
            return Error::failed(QStringLiteral("%1: %2").arg(QLatin1String(text).left(40),
                                                              QString::fromUtf8(sqlite3_errmsg(m_s->db))));
    }
    return {};
}

Result<qint64> RowInserter::run(void *statement, const char *what)
{
    sqlite3_stmt *stmt = static_cast<sqlite3_stmt *>(statement);
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return Error::failed(QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_s->db))));
    return qint64(sqlite3_last_insert_rowid(m_s->db));
}

Result<qint64> RowInserter::followUp(qint64 id, const FollowUp &f, std::optional<bool> checklistCompliant)
{
    Statement &q = m_s->followUp;
    q.idOrNull(1, id);
    f.reference.isEmpty() ? q.null(2) : q.text(2, f.reference);
    q.integer(3, int(f.kind));
    q.text(4, f.title);
    q.text(5, f.requester);
    q.text(6, f.requesterContact);
    q.text(7, f.owner);
    q.text(8, f.team);
    q.integer(9, int(f.priority));
    q.text(10, f.category);
    q.integer(11, int(f.status));
    q.integer(12, f.openedAt);
    q.optional(13, f.firstResponseAt);
    q.optional(14, f.nextUpdateDue);
    q.optional(15, f.lastContactAt);
    q.optional(16, f.resolvedAt);
    q.optional(17, f.closedAt);
    q.integer(18, f.reopenCount);
    f.slaMet == SlaMet::Unknown ? q.null(19) : q.integer(19, int(f.slaMet));
    q.optional(20, f.satisfaction);
    q.optional(21, checklistCompliant);
    q.text(22, f.notes);
    q.text(23, f.contactType);
    q.integer(24, f.updatedAt);
    return run(q.get(), "followup");
}

Result<qint64> RowInserter::event(qint64 id, const TimelineEvent &e, qint64 checklistItemId)
{
    Statement &q = m_s->event;
    q.idOrNull(1, id);
    q.integer(2, e.followUpId);
    q.integer(3, e.at);
    q.integer(4, int(e.type));
    e.channel ? q.integer(5, int(*e.channel)) : q.null(5);
    q.text(6, e.summary);
    q.optional(7, e.dueAt);
    e.fromStatus ? q.integer(8, int(*e.fromStatus)) : q.null(8);
    e.toStatus ? q.integer(9, int(*e.toStatus)) : q.null(9);
    q.text(10, e.actor);
    q.idOrNull(11, checklistItemId);
    return run(q.get(), "event");
}

Result<qint64> RowInserter::promise(qint64 id, const Promise &p)
{
    Statement &q = m_s->promise;
    q.idOrNull(1, id);
    q.integer(2, p.followUpId);
    q.integer(3, p.madeAt);
    q.integer(4, p.dueAt);
    q.optional(5, p.endedAt);
    q.integer(6, int(p.outcome));
    return run(q.get(), "promise");
}

Result<qint64> RowInserter::survey(qint64 id, FollowUpId followUp, const QString &reference, int score,
                                   const QString &comment, Timestamp receivedAt)
{
    Statement &q = m_s->survey;
    q.idOrNull(1, id);
    q.integer(2, followUp);
    q.text(3, reference);
    q.integer(4, score);
    q.text(5, comment);
    q.integer(6, receivedAt);
    return run(q.get(), "survey_response");
}

Result<qint64> RowInserter::checklistRun(qint64 id, FollowUpId followUp, const ChecklistPlan &plan, Timestamp attachedAt,
                                         const QString &actor)
{
    Statement &q = m_s->run;
    q.idOrNull(1, id);
    q.integer(2, followUp);
    q.integer(3, plan.templateId);
    q.text(4, plan.templateName);
    q.integer(5, attachedAt);
    q.optional(6, plan.overriddenAt);
    q.text(7, plan.overrideReason);
    q.text(8, plan.overriddenAt ? actor : QString());
    return run(q.get(), "checklist_run");
}

Result<qint64> RowInserter::checklistRunItem(qint64 id, qint64 runId, int position, const ChecklistItemPlan &item,
                                             const QString &actor)
{
    Statement &q = m_s->runItem;
    q.idOrNull(1, id);
    q.integer(2, runId);
    q.integer(3, item.templateItemId);
    q.integer(4, position);
    q.text(5, item.text);
    q.integer(6, item.required ? 1 : 0);
    q.text(7, item.hint);
    q.optional(8, item.checkedAt);
    q.text(9, item.checkedAt ? actor : QString());
    q.integer(10, item.skippedAtResolve ? 1 : 0);
    return run(q.get(), "checklist_run_item");
}

Result<void> RowInserter::setCompliant(FollowUpId id, bool compliant)
{
    Statement &q = m_s->compliant;
    q.integer(1, compliant ? 1 : 0);
    q.integer(2, id);
    if (auto done = run(q.get(), "checklist_compliant"); !done)
        return done.error();
    return {};
}

} // namespace ft::demo
