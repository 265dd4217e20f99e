#include "store/surveyrepository.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft::repo {

Result<qint64> insertSurveyResponse(const Connection &connection, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO survey_response (followup_id, reference, score, comment, "
                                              "received_at) VALUES (?, ?, ?, ?, ?)"),
                            {id, sql::text(reference), score, sql::text(comment), receivedAt});
        !ok)
        return ok.error();
    return q.lastInsertId().toLongLong();
}

} // namespace ft::repo
