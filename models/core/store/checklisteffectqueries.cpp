#include "store/checklisteffectqueries.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft {

namespace {

// Items resolved in the period with a checklist (checklist_compliant is set when a follow-up with
// a checklist is resolved), and whether any of their checklist items was left unchecked.
// Conditions count as CASE … THEN 1 ELSE 0: a comparison is an integer on SQLite but a boolean on
// PostgreSQL, which neither sums nor compares with 1.
const QString groupsQuery = QStringLiteral(
    "SELECT CASE WHEN g.checklist_compliant = 1 AND g.skipped = 0 THEN 1 ELSE 0 END AS complete, count(*), "
    "sum(CASE WHEN g.reopen_count >= 1 THEN 1 ELSE 0 END), sum(g.checklist_compliant) "
    "FROM (SELECT f.reopen_count, f.checklist_compliant, CASE WHEN EXISTS (SELECT 1 FROM checklist_run r "
    "JOIN checklist_run_item i ON i.run_id = r.id WHERE r.followup_id = f.id AND i.skipped_at_resolve = 1) "
    "THEN 1 ELSE 0 END AS skipped "
    "FROM followup f WHERE f.resolved_at >= ? AND f.resolved_at < ? AND f.checklist_compliant IS NOT NULL) g "
    "GROUP BY complete");

const QString itemsQuery = QStringLiteral(
    "SELECT r.template_name, i.text, max(i.required), sum(i.skipped_at_resolve), "
    "sum(CASE WHEN i.skipped_at_resolve = 1 AND f.reopen_count >= 1 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN i.skipped_at_resolve = 0 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN i.skipped_at_resolve = 0 AND f.reopen_count >= 1 THEN 1 ELSE 0 END) "
    "FROM followup f JOIN checklist_run r ON r.followup_id = f.id JOIN checklist_run_item i ON i.run_id = r.id "
    "WHERE f.resolved_at >= ? AND f.resolved_at < ? AND f.checklist_compliant IS NOT NULL "
    "GROUP BY r.template_name, i.text");

} // namespace

Result<ChecklistEffect> readChecklistEffect(const Connection &connection, Timestamp from, Timestamp to)
{
    const QSqlDatabase db = databaseOf(connection);
    ChecklistEffect effect;
    {
        QSqlQuery q(db);
        if (auto ok = sql::exec(q, groupsQuery, {from, to}); !ok)
            return ok.error();
        while (q.next()) {
            CallbackGroup &g = q.value(0).toInt() ? effect.complete : effect.incomplete;
            g.resolved = q.value(1).toInt();
            g.calledBack = q.value(2).toInt();
            effect.withChecklist += g.resolved;
            effect.compliant += q.value(3).toInt();
        }
    }
    {
        QSqlQuery q(db);
        if (auto ok = sql::exec(q, itemsQuery, {from, to}); !ok)
            return ok.error();
        while (q.next()) {
            ChecklistItemEffect e;
            e.templateName = q.value(0).toString();
            e.text = q.value(1).toString();
            e.required = q.value(2).toInt() != 0;
            e.skipped = q.value(3).toInt();
            e.skippedThenCalledBack = q.value(4).toInt();
            e.checked = q.value(5).toInt();
            e.checkedThenCalledBack = q.value(6).toInt();
            effect.items << e;
        }
    }
    return effect;
}

} // namespace ft
