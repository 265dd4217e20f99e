#include "csi/csiinitiative.h"

#include <QCoreApplication>
#include <array>

namespace ft {

namespace {
constexpr std::array<const char *, CsiStatusCount> statusKeys{"proposed", "in_progress", "done", "dropped"};
}

QString csiStatusKey(CsiStatus s) { return QLatin1String(statusKeys.at(static_cast<std::size_t>(s))); }

std::optional<CsiStatus> csiStatusFromKey(const QString &key)
{
    for (std::size_t i = 0; i < statusKeys.size(); ++i) {
        if (key.compare(QLatin1String(statusKeys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<CsiStatus>(i);
    }
    return std::nullopt;
}

QString csiStatusLabel(CsiStatus s)
{
    switch (s) {
    case CsiStatus::Proposed: return QCoreApplication::translate("ft::CsiStatus", "Proposed");
    case CsiStatus::InProgress: return QCoreApplication::translate("ft::CsiStatus", "In progress");
    case CsiStatus::Done: return QCoreApplication::translate("ft::CsiStatus", "Done");
    case CsiStatus::Dropped: return QCoreApplication::translate("ft::CsiStatus", "Dropped");
    }
    return {};
}

bool isClosedCsiStatus(CsiStatus s) { return s == CsiStatus::Done || s == CsiStatus::Dropped; }

} // namespace ft
