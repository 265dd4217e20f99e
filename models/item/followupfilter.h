#pragma once

#include "domain/types.h"

#include <QDate>
#include <QString>
#include <QVariantList>
#include <optional>

class QTimeZone;

namespace ft {

// What the full list is narrowed to, as the lead types and picks.
struct FollowUpFilter
{
    QString text;                       // matches reference, title, requester, owner, category
    std::optional<Status> status;
    bool openOnly = false;
    QString owner;
    QString team;
    std::optional<Kind> kind;
    std::optional<Priority> priority;
    std::optional<QDate> dueBy;         // next update due on or before this day

    bool isEmpty() const;
    friend bool operator==(const FollowUpFilter &, const FollowUpFilter &) = default;
};

// The filter as an SQL condition over followup with its values in binding order.
// The text only ever reaches SQL as a bound LIKE pattern.
struct SqlCondition
{
    QString where;          // "" or " WHERE …"
    QVariantList values;
};
// How the words of three characters or more are looked up in the trigram index: FromIndex reads the
// matching ids first (best when they are few, and for counting); InScanOrder lets SQLite walk the rows in
// an index's order and test each against them (best for the first page of a word found in thousands
// of rows, which shows up within the first few rows walked).
enum class TextLookup { FromIndex, InScanOrder };
SqlCondition sqlCondition(const FollowUpFilter &filter, const QTimeZone &zone, TextLookup lookup = TextLookup::FromIndex);
// The full-text query for the trigram index of the filter's words of three characters or more; empty
// when there are none.
QString fullTextQuery(const FollowUpFilter &filter);

} // namespace ft
