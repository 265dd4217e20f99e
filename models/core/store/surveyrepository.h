#pragma once

#include "domain/error.h"
#include "domain/types.h"
#include "store/connection.h"

#include <QString>

// Writes of survey_response rows one at a time (the window's "Record survey"); the rules that go
// with a response (the follow-up's satisfaction, the timeline) live in FollowUpService.
namespace ft::repo {

// Gives the new row's id.
Result<qint64> insertSurveyResponse(const Connection &connection, FollowUpId id, const QString &reference, int score,
                                    const QString &comment, Timestamp receivedAt);

} // namespace ft::repo
