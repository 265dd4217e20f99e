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
SqlCondition sqlCondition(const FollowUpFilter &filter, const QTimeZone &zone);

} // namespace ft
