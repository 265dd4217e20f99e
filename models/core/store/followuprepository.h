#pragma once

#include "domain/error.h"
#include "domain/followup.h"

#include <QSqlDatabase>
#include <optional>

// Rows of followup, event and promise as domain values. Plain reads and writes: the rules that
// keep them in step live in domain/followuprules.h. The writes go through FollowUpWriter
// (store/followupwriter.h), the one write path of follow-ups and their timeline events.
namespace ft::repo {

extern const QString followUpColumns;   // for SELECTs that read whole follow-ups
FollowUp followUpFromQuery(const QSqlQuery &query, int firstColumn = 0);

Result<FollowUp> loadFollowUp(const QSqlDatabase &db, FollowUpId id);
Result<std::optional<FollowUpId>> findByReference(const QSqlDatabase &db, const QString &reference);
Result<FollowUpId> insertFollowUp(const QSqlDatabase &db, const FollowUp &f);
Result<void> updateFollowUp(const QSqlDatabase &db, const FollowUp &f);

Result<qint64> insertEvent(const QSqlDatabase &db, const TimelineEvent &e, const QString &sourceKey = {});
Result<QList<TimelineEvent>> loadTimeline(const QSqlDatabase &db, FollowUpId id);

Result<std::optional<Promise>> openPromise(const QSqlDatabase &db, FollowUpId id);
Result<qint64> insertPromise(const QSqlDatabase &db, const Promise &p);
Result<void> endPromise(const QSqlDatabase &db, qint64 promiseId, Timestamp endedAt, PromiseOutcome outcome);

Result<qint64> insertSurveyResponse(const QSqlDatabase &db, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt);

} // namespace ft::repo
