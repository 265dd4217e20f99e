#pragma once

#include "domain/error.h"
#include "domain/followup.h"
#include "store/connection.h"

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

// The same on a Connection, for code outside the store (domain rules). The QSqlDatabase forms above
// stay only while item models, importers and tests not yet moved to Connection still call them.
Result<FollowUp> loadFollowUp(const Connection &connection, FollowUpId id);
Result<std::optional<FollowUpId>> findByReference(const Connection &connection, const QString &reference);
Result<FollowUpId> insertFollowUp(const Connection &connection, const FollowUp &f);
Result<void> updateFollowUp(const Connection &connection, const FollowUp &f);
Result<qint64> insertEvent(const Connection &connection, const TimelineEvent &e, const QString &sourceKey = {});
Result<QList<TimelineEvent>> loadTimeline(const Connection &connection, FollowUpId id);
Result<std::optional<Promise>> openPromise(const Connection &connection, FollowUpId id);
Result<qint64> insertPromise(const Connection &connection, const Promise &p);
Result<void> endPromise(const Connection &connection, qint64 promiseId, Timestamp endedAt, PromiseOutcome outcome);
// A survey response of the follow-up (the window's "Record survey"); gives the new row's id.
Result<qint64> insertSurveyResponse(const Connection &connection, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt);
Result<qint64> insertSurveyResponse(const QSqlDatabase &db, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt);

} // namespace ft::repo
