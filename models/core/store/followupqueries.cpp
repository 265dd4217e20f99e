#include "store/followupqueries.h"

#include "store/followupconditions.h"
#include "store/followuprows.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <algorithm>

namespace ft {

namespace {

// The SQL expression each order sorts by; NULL times sort after every real time. Text sorts without
// regard to case: SQLite's NOCASE, PostgreSQL's lower() (schema version 6 indexes each, per engine).
QString sortExpression(FollowUpOrder order, Engine engine)
{
    const auto text = [engine](const char *column) {
        return engine == Engine::PostgreSQL ? QStringLiteral("lower(%1)").arg(QLatin1String(column))
                                            : QStringLiteral("%1 COLLATE NOCASE").arg(QLatin1String(column));
    };
    switch (order) {
    // A follow-up without a reference sorts first on both engines (SQLite's NULL is the least value).
    case FollowUpOrder::Reference:
        return engine == Engine::PostgreSQL ? QStringLiteral("coalesce(reference, '')") : QStringLiteral("reference");
    case FollowUpOrder::Title: return text("title");
    case FollowUpOrder::Status: return QStringLiteral("status");
    case FollowUpOrder::Priority: return QStringLiteral("priority");
    case FollowUpOrder::Owner: return text("owner");
    case FollowUpOrder::Team: return text("team");
    case FollowUpOrder::Kind: return QStringLiteral("kind");
    case FollowUpOrder::Requester: return text("requester");
    case FollowUpOrder::Category: return text("category");
    case FollowUpOrder::NextUpdateDue: return QStringLiteral("coalesce(next_update_due, 9223372036854775807)");
    case FollowUpOrder::LastContact: return QStringLiteral("coalesce(last_contact_at, 0)");
    case FollowUpOrder::Opened: return QStringLiteral("opened_at");
    }
    return QStringLiteral("id");
}

Result<qint64> countOf(const Connection &connection, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, statement, values); !ok)
        return ok.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

FollowUpListing FollowUpListing::of(const Connection &connection, const FollowUpFilter &filter, const QTimeZone &zone)
{
    FollowUpListing listing(filter, zone);
    const QString match = sql::fullTextQuery(filter);
    if (!match.isEmpty() && engineOf(connection) == Engine::SQLite) {
        // A bounded probe: at most BroadMatches ids. A failure only costs the faster plan.
        auto matches = countOf(connection,
                               QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM followup_search "
                                              "WHERE followup_search MATCH ? LIMIT ?)"),
                               {match, BroadMatches});
        listing.m_broadText = matches && matches.value() >= BroadMatches;
    }
    return listing;
}

Result<FollowUpRows> FollowUpListing::read(const Connection &connection, const FollowUpRange &range) const
{
    // Only an order that an index gives lets SQLite stop after the first page's rows; in any other
    // order every matching row is sorted, and reading the few matches first is the cheaper way.
    const bool indexedOrder = range.order == FollowUpOrder::Opened || range.order == FollowUpOrder::Status;
    const Engine engine = engineOf(connection);
    sql::Condition c = sql::conditionOf(m_filter, m_zone, engine,
                                        m_broadText && indexedOrder ? sql::TextLookup::InScanOrder
                                                                    : sql::TextLookup::FromIndex);
    const QString expression = sortExpression(range.order, engine);
    const bool forward = range.direction == FollowUpRange::Direction::Forward;
    const bool ascending = (range.sortOrder == Qt::AscendingOrder) == forward;
    if (range.anchor) {
        c = c && sql::Condition{QStringLiteral("(%1, id) %2 (?, ?)").arg(expression, ascending ? QStringLiteral(">") : QStringLiteral("<")),
                                {range.anchor->value, range.anchor->id}};
    }
    QVariantList values = c.values;
    values << range.limit << range.skip;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    // Built with arg(): GCC 12 misreads the string-builder chain here as an out-of-bounds copy.
    if (auto ok = sql::exec(q, QStringLiteral("SELECT %1, %2 FROM followup").arg(expression, repo::followUpColumns) + c.where()
                                   + QStringLiteral(" ORDER BY %1%2, id%2").arg(expression, direction)
                                   + QStringLiteral(" LIMIT ? OFFSET ?"),
                            values);
        !ok)
        return ok.error();
    FollowUpRows page;
    page.rows.reserve(range.limit);
    page.keys.reserve(range.limit);
    while (q.next()) {
        const FollowUp f = repo::followUpFromQuery(q, 1);
        page.keys.append({q.value(0), f.id});
        page.rows.append(f);
    }
    if (!forward) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(page.keys.begin(), page.keys.end());
    }
    return page;
}

Result<qint64> FollowUpListing::count(const Connection &connection) const
{
    const sql::Condition c = sql::conditionOf(m_filter, m_zone, engineOf(connection));
    return countOf(connection, QStringLiteral("SELECT count(*) FROM followup") + c.where(), c.values);
}

Result<void> forEachFollowUp(const Connection &connection, const FollowUpFilter &filter, const QTimeZone &zone,
                             const std::function<bool(const FollowUp &)> &each)
{
    const sql::Condition c = sql::conditionOf(filter, zone, engineOf(connection));
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + repo::followUpColumns + QStringLiteral(" FROM followup") + c.where()
                                   + QStringLiteral(" ORDER BY opened_at, id"),
                            c.values);
        !ok)
        return ok.error();
    while (q.next())
        if (!each(repo::followUpFromQuery(q)))
            break;
    return {};
}

Result<QStringList> distinctValues(const Connection &connection, FollowUpChoice choice)
{
    QString column;
    switch (choice) {
    case FollowUpChoice::Owner: column = QStringLiteral("owner"); break;
    case FollowUpChoice::Team: column = QStringLiteral("team"); break;
    case FollowUpChoice::Category: column = QStringLiteral("category"); break;
    }
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT DISTINCT %1 FROM followup WHERE %1 <> '' ORDER BY %1").arg(column)); !ok)
        return ok.error();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

Result<FollowUp> followUpWithId(const Connection &connection, FollowUpId id)
{
    return repo::loadFollowUp(databaseOf(connection), id);
}

Result<QList<TimelineEvent>> timelineOf(const Connection &connection, FollowUpId id)
{
    return repo::loadTimeline(databaseOf(connection), id);
}

Result<qint64> countAllFollowUps(const Connection &connection)
{
    return countOf(connection, QStringLiteral("SELECT count(*) FROM followup"));
}

} // namespace ft
