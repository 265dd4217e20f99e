#include "store/kpiqueries.h"

#include "store/rowcursor.h"

#include <algorithm>

namespace ft {

Result<DataRange> dataRangeOf(const QSqlDatabase &db)
{
    // Each sub-select is a single min() or max() over an indexed column: a seek, not a scan.
    sql::RowCursor q(db);
    if (auto ok = q.exec(QStringLiteral(
            "SELECT (SELECT min(opened_at) FROM followup), (SELECT max(opened_at) FROM followup), "
            "(SELECT min(resolved_at) FROM followup WHERE resolved_at IS NOT NULL), "
            "(SELECT max(resolved_at) FROM followup WHERE resolved_at IS NOT NULL), "
            "(SELECT min(closed_at) FROM followup WHERE closed_at IS NOT NULL), "
            "(SELECT max(closed_at) FROM followup WHERE closed_at IS NOT NULL), "
            "(SELECT min(received_at) FROM survey_response), (SELECT max(received_at) FROM survey_response)"));
        !ok)
        return ok.error();
    DataRange range;
    if (!q.next())
        return q.error() ? Result<DataRange>(*q.error()) : Result<DataRange>(range);
    for (int c = 0; c < 8; ++c) {
        const auto t = q.optional(c);
        if (!t)
            continue;
        if (c % 2 == 0)
            range.first = range.first ? std::min(*range.first, *t) : *t;
        else
            range.last = range.last ? std::max(*range.last, *t) : *t;
    }
    return range;
}

} // namespace ft
