#pragma once

#include "importing/importcontext.h"
#include "store/connection.h"
#include "store/followupwriter.h"

// The surveys profile: reference, score 1–5, comment, date. Each response is matched to the
// follow-up of its reference and recorded as FollowUpService::recordSurvey does (a
// survey_response row, a SurveyReceived event, the follow-up's satisfaction = its latest score);
// rows whose reference matches nothing are reported and not imported.
namespace ft::importing {

struct SurveyColumns
{
    int reference = -1, score = -1, comment = -1, date = -1;
};
SurveyColumns surveyColumns(const CsvReader &reader);
bool looksLikeSurveys(const QStringList &header);

Result<void> importSurveys(ImportContext &context, const Connection &connection);

// One imported survey response with its SurveyReceived event, both under response.sourceKey so that
// importing it again adds nothing: true when it is new. Refreshing the follow-up's satisfaction is
// the caller's (once per follow-up, after the file). Used by this profile and by the tools' ratings.
Result<bool> writeImportedSurvey(FollowUpWriter &rows, const SurveyRow &response, ImportReport &report);

} // namespace ft::importing
