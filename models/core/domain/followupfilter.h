#pragma once

#include "domain/types.h"

#include <QDate>
#include <QString>
#include <optional>

namespace ft {

// What the full list is narrowed to, as the lead types and picks. A value: it crosses the layers as
// it is (the list, the export, the Today review's owner and team), and only the store turns it into a
// query (store/followupqueries.h).
struct FollowUpFilter
{
    QString text;                       // matches reference, title, requester, owner, category
    std::optional<Status> status;
    bool openOnly = false;
    QString owner;
    QString team;
    std::optional<Kind> kind;
    std::optional<Priority> priority;
    std::optional<QDate> dueBy;         // next update due on or before this day (in the store's zone)

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !status && !openOnly && owner.isEmpty() && team.isEmpty() && !kind && !priority
            && !dueBy;
    }
    friend bool operator==(const FollowUpFilter &, const FollowUpFilter &) = default;
};

} // namespace ft
