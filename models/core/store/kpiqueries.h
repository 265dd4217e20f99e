#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <optional>

class QSqlDatabase;

namespace ft {

// The first and last instant any KPI could count (openings, resolutions, closings, surveys).
struct DataRange
{
    std::optional<Timestamp> first;
    std::optional<Timestamp> last;
};

Result<DataRange> dataRangeOf(const QSqlDatabase &db);

} // namespace ft
