#pragma once

#include "domain/types.h"

#include <QDate>
#include <QString>
#include <optional>

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

} // namespace ft
