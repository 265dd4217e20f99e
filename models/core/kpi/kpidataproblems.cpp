#include "kpi/kpidataproblems.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::KpiEngine)
};
} // namespace

QString problemKey(int p)
{
    switch (p) {
    case ResolvedBeforeOpened: return QStringLiteral("resolved_before_opened");
    case ClosedBeforeOpened: return QStringLiteral("closed_before_opened");
    case ClosedBeforeResolved: return QStringLiteral("closed_before_resolved");
    case FirstResponseBeforeOpened: return QStringLiteral("first_response_before_opened");
    }
    return {};
}

QString problemDescription(int p, qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    switch (p) {
    case ResolvedBeforeOpened:
        return Tr::tr("%n follow-up(s) resolved before they were opened: left out of the resolution times.", nullptr, n);
    case ClosedBeforeOpened:
        return Tr::tr("%n follow-up(s) closed before they were opened: counted as closed, never in the backlog.", nullptr, n);
    case ClosedBeforeResolved:
        return Tr::tr("%n follow-up(s) closed before they were resolved: counted as they are.", nullptr, n);
    case FirstResponseBeforeOpened:
        return Tr::tr("%n follow-up(s) with a first response before they were opened: left out of the first response "
                  "times.", nullptr, n);
    }
    return {};
}

} // namespace ft
