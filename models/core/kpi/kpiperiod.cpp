#include "kpi/kpiperiod.h"

namespace ft {

QString periodKindKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return QStringLiteral("week");
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Quarter:
        return QStringLiteral("quarter");
    }
    return {};
}

std::optional<PeriodKind> periodKindFromKey(const QString &key)
{
    for (PeriodKind k : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter}) {
        if (periodKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QDate periodFirstDay(QDate day, PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return day.addDays(1 - day.dayOfWeek());
    case PeriodKind::Month:
        return QDate(day.year(), day.month(), 1);
    case PeriodKind::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    }
    return day;
}

namespace {
QString labelOf(QDate first, PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week: {
        // The ISO week-numbering year can differ from the calendar year around New Year.
        int year = 0;
        const int week = first.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
    case PeriodKind::Month:
        return QStringLiteral("%1-%2").arg(first.year(), 4, 10, QLatin1Char('0')).arg(first.month(), 2, 10, QLatin1Char('0'));
    case PeriodKind::Quarter:
        return QStringLiteral("%1-Q%2").arg(first.year(), 4, 10, QLatin1Char('0')).arg((first.month() - 1) / 3 + 1);
    }
    return {};
}

QDate nextFirstDay(QDate first, PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return first.addDays(7);
    case PeriodKind::Month:
        return first.addMonths(1);
    case PeriodKind::Quarter:
        return first.addMonths(3);
    }
    return first;
}
} // namespace

Period periodStartingOn(QDate firstDay, PeriodKind kind, const QTimeZone &zone)
{
    Period p;
    p.firstDay = firstDay;
    p.endDay = nextFirstDay(firstDay, kind);
    p.label = labelOf(firstDay, kind);
    // startOfDay, not 00:00: in zones whose clocks jump at midnight the day starts at 01:00.
    p.start = p.firstDay.startOfDay(zone).toSecsSinceEpoch();
    p.end = p.endDay.startOfDay(zone).toSecsSinceEpoch();
    return p;
}

QList<Period> periodsCovering(QDate from, QDate to, PeriodKind kind, const QTimeZone &zone)
{
    QList<Period> periods;
    if (!from.isValid() || !to.isValid() || to < from)
        return periods;
    for (QDate first = periodFirstDay(from, kind); first <= to; first = nextFirstDay(first, kind))
        periods.append(periodStartingOn(first, kind, zone));
    return periods;
}

} // namespace ft
