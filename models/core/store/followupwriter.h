#pragma once

#include "domain/error.h"
#include "domain/followup.h"
#include "store/connection.h"

#include <QHash>
#include <memory>
#include <optional>

namespace ft {

struct SurveyRow
{
    FollowUpId followUp = 0;
    QString reference;
    int score = 0;
    QString comment;
    Timestamp receivedAt = 0;
    QString sourceKey;   // empty: none (a response recorded by hand)
};

struct ChecklistRunRow
{
    FollowUpId followUp = 0;
    qint64 templateId = 0;
    QString templateName;
    Timestamp attachedAt = 0;
    std::optional<Timestamp> overriddenAt;
    QString overrideReason;
    QString overrideBy;
};

struct ChecklistRunItemRow
{
    qint64 runId = 0;
    qint64 templateItemId = 0;
    int position = 0;
    QString text;
    bool required = false;
    QString hint;
    std::optional<Timestamp> checkedAt;
    QString checkedBy;
    bool skippedAtResolve = false;
};

// The one write path of follow-ups and their timeline events (with their promises, survey
// responses and the checklist rows the demo writes): FollowUpService (through followuprepository),
// every import profile and the demo generator write these rows here, and nowhere else. Plain rows:
// the rules that keep them in step are in domain/followuprules.h.
//
// Each statement is prepared once per writer and bound for every row, so a writer kept for a whole
// import or demo (one transaction; see store/bulkload.h for the rest of a bulk load) writes at the
// speed of the engine. An id of 0 lets the store choose (max + 1); a bulk writer hands out its own.
class FollowUpWriter
{
public:
    explicit FollowUpWriter(const Connection &connection);
    ~FollowUpWriter();
    FollowUpWriter(const FollowUpWriter &) = delete;
    FollowUpWriter &operator=(const FollowUpWriter &) = delete;

    // At version f.rowVersion (1 for a new follow-up; the demo's bulk writer counts the saves it stands for).
    Result<FollowUpId> insertFollowUp(const FollowUp &f, std::optional<bool> checklistCompliant = std::nullopt,
                                      FollowUpId id = 0);
    // Every column but checklist_compliant, by f.id, when the stored row is still at f.rowVersion:
    // its version goes one up and changed_by becomes f.changedBy. Error::Conflict naming who saved it
    // since when it is not (nothing is written), NotFound when it is gone.
    Result<void> updateFollowUp(const FollowUp &f);
    Result<void> setChecklistCompliant(FollowUpId id, bool compliant);
    // The event's id; nullopt when an event with the same source key is there already (an import
    // that runs again adds nothing).
    Result<std::optional<qint64>> insertEvent(const TimelineEvent &e, const QString &sourceKey = {},
                                              qint64 checklistItemId = 0, qint64 id = 0);
    Result<qint64> insertPromise(const Promise &p, qint64 id = 0);
    Result<void> endPromise(qint64 promiseId, Timestamp endedAt, PromiseOutcome outcome);
    // nullopt when a response with the same source key is there already.
    Result<std::optional<qint64>> insertSurvey(const SurveyRow &s, qint64 id = 0);
    // satisfaction = the latest score received (whatever order responses came in), updated_at = at,
    // saved by `by` (a new row version).
    Result<void> refreshSatisfaction(FollowUpId id, Timestamp at, const QString &by);
    Result<qint64> insertChecklistRun(const ChecklistRunRow &r, qint64 id = 0);
    Result<qint64> insertChecklistRunItem(const ChecklistRunItemRow &r, qint64 id = 0);

    // What a writer that hands out ids or matches rows reads.
    Result<qint64> followUpCount();
    Result<FollowUp> load(FollowUpId id);
    Result<QHash<QString, FollowUpId>> idsByReference();
    Result<std::optional<FollowUpId>> followUpOfEvent(const QString &sourceKey);
    struct NextIds
    {
        qint64 followUp = 1, event = 1, promise = 1, survey = 1, run = 1, runItem = 1;
    };
    Result<NextIds> nextIds();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ft
