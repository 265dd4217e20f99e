#pragma once

#include "domain/followupfilter.h"
#include "domain/types.h"
#include "store/engine.h"

#include <QString>
#include <QVariantList>

class QTimeZone;

// Inside the storage seam only: the conditions over the followup table that the store's queries share,
// written once. Nothing outside models/core/store/ includes this header.
namespace ft::sql {

// Open (neither Resolved nor Closed) as SQL. A literal, never a bound value: the partial indexes
// followup_open_due and followup_open_quiet (schema.cpp) are declared with exactly this condition,
// and SQLite uses them only for a query that repeats it.
inline const QString openCondition = QStringLiteral("status < 4");
static_assert(int(Status::Resolved) == 4 && int(Status::Closed) == 5, "openCondition names the statuses below Resolved");

// A condition over followup with its values in binding order; empty text: every row.
struct Condition
{
    QString text;
    QVariantList values;

    // " WHERE …", or nothing for the empty condition.
    QString where() const;
    // Both conditions (each in parentheses), the values in order.
    Condition operator&&(const Condition &other) const;
};

// How the words of three characters or more are looked up in the trigram index: FromIndex reads the
// matching ids first (best when they are few, and for counting); InScanOrder lets SQLite walk the rows in
// an index's order and test each against them (best for the first page of a word found in thousands
// of rows, which shows up within the first few rows walked).
enum class TextLookup { FromIndex, InScanOrder };

// The filter as a condition; the text only ever reaches SQL as bound LIKE patterns and an FTS5 query
// (SQLite) or bound ILIKE patterns that the trigram index answers (PostgreSQL).
Condition conditionOf(const FollowUpFilter &filter, const QTimeZone &zone, Engine engine,
                      TextLookup lookup = TextLookup::FromIndex);

// PostgreSQL's searchable text of a follow-up: the five columns FTS5 indexes on SQLite, joined by a
// space (the words searched for hold none, so no match spans two columns). The trigram index
// followup_search (schema version 4) is declared on exactly this expression, and used only for it.
inline const QString searchDocument = QStringLiteral(
    "(coalesce(reference, '') || ' ' || title || ' ' || requester || ' ' || owner || ' ' || category)");
// The full-text query for the trigram index of the filter's words of three characters or more; empty
// when there are none.
QString fullTextQuery(const FollowUpFilter &filter);

} // namespace ft::sql
