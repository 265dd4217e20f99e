#include "store/todayqueries.h"

#include "store/followupconditions.h"
#include "store/followuprows.h"
#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft {

namespace {

// The open condition literally, in every open section: the partial indexes followup_open_due and
// followup_open_quiet are declared with it.
const QString quietExpression = QStringLiteral("coalesce(last_contact_at, opened_at)");

struct SectionSql
{
    sql::Condition condition;
    QString order;
};

SectionSql sectionSql(ReviewSection section, const ReviewTimes &t)
{
    const QString open = sql::openCondition + QStringLiteral(" AND ");
    switch (section) {
    case ReviewSection::Overdue:
        return {{open + QStringLiteral("next_update_due < ?"), {t.now}}, QStringLiteral("next_update_due, id")};
    case ReviewSection::DueToday:
        return {{open + QStringLiteral("next_update_due >= ? AND next_update_due < ?"), {t.now, t.endOfToday}},
                QStringLiteral("next_update_due, id")};
    case ReviewSection::GoneQuiet:
        return {{open + quietExpression + QStringLiteral(" < ? AND (next_update_due IS NULL OR next_update_due >= ?)"),
                 {t.quietSince, t.endOfToday}},
                quietExpression + QStringLiteral(", id")};
    case ReviewSection::WaitingToClose:
        break;
    }
    return {{QStringLiteral("status = ?"), {int(Status::Resolved)}}, QStringLiteral("resolved_at, id")};
}

} // namespace

Result<ReviewSectionRows> readReviewSection(const Connection &connection, ReviewSection section, const ReviewTimes &times,
                                            const FollowUpFilter &narrow, const QTimeZone &zone, int limit)
{
    const SectionSql s = sectionSql(section, times);
    const sql::Condition c = s.condition && sql::conditionOf(narrow, zone, engineOf(connection));
    ReviewSectionRows read;
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup") + c.where(), c.values); !ok)
        return ok.error();
    if (q.next())
        read.count = q.value(0).toLongLong();
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + repo::followUpColumns + QStringLiteral(" FROM followup") + c.where()
                                   + QStringLiteral(" ORDER BY ") + s.order + QStringLiteral(" LIMIT ?"),
                            c.values + QVariantList{limit});
        !ok)
        return ok.error();
    while (q.next())
        read.rows.append(repo::followUpFromQuery(q));
    return read;
}

Result<QHash<QString, qint64>> reviewSectionByOwner(const Connection &connection, ReviewSection section,
                                                    const ReviewTimes &times)
{
    const sql::Condition c = sectionSql(section, times).condition;
    QSqlQuery q(databaseOf(connection));
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT coalesce(owner, ''), count(*) FROM followup") + c.where()
                                   + QStringLiteral(" GROUP BY coalesce(owner, '')"),
                            c.values);
        !ok)
        return ok.error();
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

Result<qint64> openFollowUpCount(const Connection &connection)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*) FROM followup WHERE ") + sql::openCondition); !ok)
        return ok.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ft
