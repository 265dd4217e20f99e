#include "domain/types.h"

#include <QCoreApplication>
#include <array>

namespace ft {

namespace {
template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<const char *, N> &keys, const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key.compare(QLatin1String(keys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, KindCount> kindKeys{"incident", "request", "change", "problem"};
constexpr std::array<const char *, StatusCount> statusKeys{"new", "in_progress", "waiting_requester",
                                                           "waiting_vendor", "resolved", "closed"};
constexpr std::array<const char *, ChannelCount> channelKeys{"phone", "email", "chat", "in_person", "note"};
} // namespace

bool isOpenStatus(Status s) { return s != Status::Resolved && s != Status::Closed; }
bool isWaitingStatus(Status s) { return s == Status::WaitingOnRequester || s == Status::WaitingOnVendor; }

QString kindKey(Kind k) { return QLatin1String(kindKeys.at(static_cast<std::size_t>(k))); }
std::optional<Kind> kindFromKey(const QString &key) { return fromKey<Kind>(kindKeys, key); }
QString kindLabel(Kind k)
{
    switch (k) {
    case Kind::Incident: return QCoreApplication::translate("ft::Kind", "Incident");
    case Kind::Request: return QCoreApplication::translate("ft::Kind", "Service request");
    case Kind::Change: return QCoreApplication::translate("ft::Kind", "Change");
    case Kind::Problem: return QCoreApplication::translate("ft::Kind", "Problem");
    }
    return {};
}

QString statusKey(Status s) { return QLatin1String(statusKeys.at(static_cast<std::size_t>(s))); }
std::optional<Status> statusFromKey(const QString &key) { return fromKey<Status>(statusKeys, key); }
QString statusLabel(Status s)
{
    switch (s) {
    case Status::New: return QCoreApplication::translate("ft::Status", "New");
    case Status::InProgress: return QCoreApplication::translate("ft::Status", "In progress");
    case Status::WaitingOnRequester: return QCoreApplication::translate("ft::Status", "Waiting on requester");
    case Status::WaitingOnVendor: return QCoreApplication::translate("ft::Status", "Waiting on vendor");
    case Status::Resolved: return QCoreApplication::translate("ft::Status", "Resolved");
    case Status::Closed: return QCoreApplication::translate("ft::Status", "Closed");
    }
    return {};
}

QString priorityLabel(Priority p)
{
    switch (p) {
    case Priority::Critical: return QCoreApplication::translate("ft::Priority", "1 Critical");
    case Priority::High: return QCoreApplication::translate("ft::Priority", "2 High");
    case Priority::Moderate: return QCoreApplication::translate("ft::Priority", "3 Moderate");
    case Priority::Low: return QCoreApplication::translate("ft::Priority", "4 Low");
    }
    return {};
}

std::optional<Priority> priorityFromInt(int p)
{
    if (p < 1 || p > 4)
        return std::nullopt;
    return static_cast<Priority>(p);
}

QString channelKey(Channel c) { return QLatin1String(channelKeys.at(static_cast<std::size_t>(c))); }
std::optional<Channel> channelFromKey(const QString &key) { return fromKey<Channel>(channelKeys, key); }
QString channelLabel(Channel c)
{
    switch (c) {
    case Channel::Phone: return QCoreApplication::translate("ft::Channel", "Phone");
    case Channel::Email: return QCoreApplication::translate("ft::Channel", "Email");
    case Channel::Chat: return QCoreApplication::translate("ft::Channel", "Chat");
    case Channel::InPerson: return QCoreApplication::translate("ft::Channel", "In person");
    case Channel::Note: return QCoreApplication::translate("ft::Channel", "Note");
    }
    return {};
}

QString eventTypeLabel(EventType t)
{
    switch (t) {
    case EventType::Created: return QCoreApplication::translate("ft::EventType", "Created");
    case EventType::ContactLogged: return QCoreApplication::translate("ft::EventType", "Contact logged");
    case EventType::UpdatePromised: return QCoreApplication::translate("ft::EventType", "Update promised");
    case EventType::StatusChanged: return QCoreApplication::translate("ft::EventType", "Status changed");
    case EventType::Reopened: return QCoreApplication::translate("ft::EventType", "Reopened (callback)");
    case EventType::ChecklistItemChecked: return QCoreApplication::translate("ft::EventType", "Checklist item checked");
    case EventType::ChecklistItemUnchecked: return QCoreApplication::translate("ft::EventType", "Checklist item unchecked");
    case EventType::ChecklistOverridden: return QCoreApplication::translate("ft::EventType", "Checklist overridden");
    case EventType::SurveyReceived: return QCoreApplication::translate("ft::EventType", "Survey received");
    case EventType::Imported: return QCoreApplication::translate("ft::EventType", "Imported");
    case EventType::FieldChanged: return QCoreApplication::translate("ft::EventType", "Field changed");
    case EventType::ChecklistAttached: return QCoreApplication::translate("ft::EventType", "Checklist attached");
    }
    return {};
}

} // namespace ft
