#pragma once

#include "domain/error.h"
#include "domain/followup.h"
#include "store/connection.h"

#include <optional>

// Rows of followup, event and promise as domain values, one at a time, for code outside the store
// (domain rules, tests). Plain reads and writes: the rules that keep them in step live in
// domain/followuprules.h. The writes go through FollowUpWriter (store/followupwriter.h), the one
// write path of follow-ups and their timeline events.
namespace ft::repo {

Result<FollowUp> loadFollowUp(const Connection &connection, FollowUpId id);
Result<std::optional<FollowUpId>> findByReference(const Connection &connection, const QString &reference);
Result<FollowUpId> insertFollowUp(const Connection &connection, const FollowUp &f);
Result<void> updateFollowUp(const Connection &connection, const FollowUp &f);
Result<qint64> insertEvent(const Connection &connection, const TimelineEvent &e, const QString &sourceKey = {});
Result<QList<TimelineEvent>> loadTimeline(const Connection &connection, FollowUpId id);
Result<std::optional<Promise>> openPromise(const Connection &connection, FollowUpId id);
Result<qint64> insertPromise(const Connection &connection, const Promise &p);
Result<void> endPromise(const Connection &connection, qint64 promiseId, Timestamp endedAt, PromiseOutcome outcome);
Result<qint64> insertSurveyResponse(const Connection &connection, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt);

} // namespace ft::repo
