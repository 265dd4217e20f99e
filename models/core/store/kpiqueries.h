#pragma once

#include "domain/error.h"
#include "domain/types.h"
#include "store/connection.h"

#include <QDate>
#include <QList>
#include <optional>

namespace ft {

class RowCursor;

// The reads behind the KPIs: the data's extent, the rows of the KPI engine's passes and the targets.
// The passes come as RowCursors over integer columns, in the order of the enums below.

// The first and last instant any KPI could count (openings, resolutions, closings, surveys).
struct DataRange
{
    std::optional<Timestamp> first;
    std::optional<Timestamp> last;
};

Result<DataRange> dataRangeOf(const Connection &connection);

// The largest follow-up id; 0 when there is none.
Result<qint64> largestFollowUpId(const Connection &connection);

// One read transaction while it lives, so that every pass sees the same snapshot while others
// write. Inside a transaction the caller already holds, it does nothing: that one is the snapshot.
class KpiReadSnapshot
{
public:
    explicit KpiReadSnapshot(const Connection &connection);
    ~KpiReadSnapshot();
    KpiReadSnapshot(const KpiReadSnapshot &) = delete;
    KpiReadSnapshot &operator=(const KpiReadSnapshot &) = delete;

private:
    Connection m_connection;
    bool m_own = false;
};

// Every follow-up's KPI columns in id order. Opened is never null.
enum KpiItemColumn { ItemId, ItemOpened, ItemFirstResponse, ItemResolved, ItemClosed, ItemReopenCount, ItemSlaMet,
                     ItemChecklistCompliant };
Result<void> readKpiItems(RowCursor &rows);

// The status changes into or out of a waiting status, by follow-up id then time. Straight from the
// covering index: changes within the same second come in index order, not insertion order.
enum KpiWaitingColumn { WaitingFollowUp, WaitingAt, WaitingToStatus };
Result<void> readWaitingChanges(RowCursor &rows);

// The survey responses received in [from, until).
enum KpiSurveyColumn { SurveyReceived, SurveyScore };
Result<void> readSurveyScores(RowCursor &rows, Timestamp from, Timestamp until);

// The promises due before `until`. With `withItemTimes`, each joined to its follow-up: its opening and
// the first of its resolving and closing (`never` when neither happened); promises whose follow-up is
// gone are left out then.
enum KpiPromiseColumn { PromiseDue, PromiseEnded, PromiseOutcomeValue, PromiseFollowUp, PromiseItemOpened,
                        PromiseItemLastOpen };
Result<void> readPromisesDueBefore(RowCursor &rows, Timestamp until, bool withItemTimes, Timestamp never);

// A KPI target as stored: the KPI's key, its value, direction and first day (invalid when the stored
// text is not a date). Every one, by key then day.
struct KpiTargetRow
{
    QString kpiKey;
    double value = 0;
    bool higherIsBetter = true;
    QDate validFrom;
};
Result<QList<KpiTargetRow>> readKpiTargets(const Connection &connection);

// The team's name as the settings keep it; empty when none is set.
Result<QString> readTeamName(const Connection &connection);

} // namespace ft
