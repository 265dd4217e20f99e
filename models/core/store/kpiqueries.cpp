#include "store/kpiqueries.h"

#include "store/rowcursor.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <algorithm>

namespace ft {

namespace {

// SQLite's planner hints (INDEXED BY, NOT INDEXED) are measured choices for SQLite's planner; PostgreSQL
// has no such syntax and plans these reads itself.
QString hint(const RowCursor &rows, const char *sqliteHint)
{
    return rows.engine() == Engine::SQLite ? QLatin1String(sqliteHint) : QString();
}

} // namespace

Result<DataRange> dataRangeOf(const Connection &connection)
{
    // Each sub-select is a single min() or max() over an indexed column: a seek, not a scan.
    RowCursor q(connection);
    if (auto ok = q.exec(QStringLiteral(
            "SELECT (SELECT min(opened_at) FROM followup), (SELECT max(opened_at) FROM followup), "
            "(SELECT min(resolved_at) FROM followup WHERE resolved_at IS NOT NULL), "
            "(SELECT max(resolved_at) FROM followup WHERE resolved_at IS NOT NULL), "
            "(SELECT min(closed_at) FROM followup WHERE closed_at IS NOT NULL), "
            "(SELECT max(closed_at) FROM followup WHERE closed_at IS NOT NULL), "
            "(SELECT min(received_at) FROM survey_response), (SELECT max(received_at) FROM survey_response)"));
        !ok)
        return ok.error();
    DataRange range;
    if (!q.next())
        return q.error() ? Result<DataRange>(*q.error()) : Result<DataRange>(range);
    for (int c = 0; c < 8; ++c) {
        const auto t = q.optional(c);
        if (!t)
            continue;
        if (c % 2 == 0)
            range.first = range.first ? std::min(*range.first, *t) : *t;
        else
            range.last = range.last ? std::max(*range.last, *t) : *t;
    }
    return range;
}

Result<qint64> largestFollowUpId(const Connection &connection)
{
    RowCursor q(connection);
    if (auto ok = q.exec(QStringLiteral("SELECT max(id) FROM followup")); !ok)
        return ok.error();
    if (!q.next())
        return q.error() ? Result<qint64>(*q.error()) : Result<qint64>(qint64(0));
    return q.integer(0);   // null (no rows) reads as 0
}

KpiReadSnapshot::KpiReadSnapshot(const Connection &connection)
    : m_connection(connection)
{
    // A caller already inside a transaction has its snapshot: then BEGIN fails, and that is fine.
    const QSqlDatabase db = databaseOf(connection);
    QSqlQuery begin(db);
    if (engineOf(db) == Engine::PostgreSQL) {
        // BEGIN inside a transaction only warns there: ask, and see one snapshot for the whole pass.
        m_own = sql::transactionDepth(db) == 0
                && begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    } else {
        m_own = begin.exec(QStringLiteral("BEGIN"));
    }
}

KpiReadSnapshot::~KpiReadSnapshot()
{
    if (m_own) {
        QSqlQuery end(databaseOf(m_connection));
        end.exec(QStringLiteral("COMMIT"));
    }
}

Result<void> readKpiItems(RowCursor &rows)
{
    return rows.exec(QStringLiteral(
        "SELECT id, opened_at, first_response_at, resolved_at, closed_at, reopen_count, sla_met, "
        "checklist_compliant FROM followup %1 ORDER BY id").arg(hint(rows, "INDEXED BY followup_kpi")));
}

Result<void> readWaitingChanges(RowCursor &rows)
{
    return rows.exec(QStringLiteral(
        "SELECT followup_id, at, to_status FROM event %1 "
        "WHERE type IN (3, 4) AND (from_status IN (2, 3) OR to_status IN (2, 3)) "
        "ORDER BY followup_id, at").arg(hint(rows, "INDEXED BY event_waiting")));
}

Result<void> readSurveyScores(RowCursor &rows, Timestamp from, Timestamp until)
{
    // NOT INDEXED: the range is most of the history as a rule, and reading the survey_by_received
    // index would look up every row's score in the table, a seek per row instead of one sequential read.
    return rows.exec(QStringLiteral("SELECT received_at, score FROM survey_response %1 "
                                    "WHERE received_at >= ? AND received_at < ?").arg(hint(rows, "NOT INDEXED")),
                     {from, until});
}

Result<void> readPromisesDueBefore(RowCursor &rows, Timestamp until, bool withItemTimes, Timestamp never)
{
    // NOT INDEXED: every promise due before the range ends is nearly every promise, and going
    // through promise_by_due costs a table seek per row (measured: 3.5 times the sequential read
    // at 100,000 follow-ups, far worse from disk).
    // The smaller of two values: SQLite's two-argument min(), PostgreSQL's least().
    const QString least = rows.engine() == Engine::SQLite ? QStringLiteral("min") : QStringLiteral("least");
    const QString statement = !withItemTimes
        ? QStringLiteral("SELECT due_at, ended_at, outcome, followup_id FROM promise %1 WHERE due_at < ?")
              .arg(hint(rows, "NOT INDEXED"))
        : QStringLiteral("SELECT p.due_at, p.ended_at, p.outcome, p.followup_id, f.opened_at, "
                         "%3(coalesce(f.resolved_at, %1), coalesce(f.closed_at, %1)) "
                         "FROM promise p %2 JOIN followup f ON f.id = p.followup_id WHERE p.due_at < ?")
              .arg(never).arg(hint(rows, "NOT INDEXED"), least);
    return rows.exec(statement, {until});
}

Result<QList<KpiTargetRow>> readKpiTargets(const Connection &connection)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT kpi, value, higher_is_better, valid_from FROM kpi_target "
                                              "ORDER BY kpi, valid_from"));
        !ok)
        return ok.error();
    QList<KpiTargetRow> targets;
    while (q.next())
        targets.append({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt() == 1,
                        QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    return targets;
}

Result<QString> readTeamName(const Connection &connection)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QStringLiteral("team")}); !ok)
        return ok.error();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace ft
