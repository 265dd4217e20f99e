#pragma once

#include "store/followuprepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// Inside the storage seam only: the same reads and writes on a driver connection, and what the
// store's own queries share to read whole follow-ups. Nothing outside models/core/store/ includes it.
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
