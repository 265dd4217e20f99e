#pragma once

#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace ft {

// The three period lengths of SPEC §2.
enum class PeriodKind { Week, Month, Quarter };

QString periodKindKey(PeriodKind kind);                        // "week", "month", "quarter"
std::optional<PeriodKind> periodKindFromKey(const QString &key);

// A half-open interval [start, end) of local time: its first day and the first day after it,
// and the same two instants in UTC seconds (so that a DST change inside it is counted right).
struct Period
{
    QString label;        // 2026-W07, 2026-02, 2026-Q1
    QDate firstDay;
    QDate endDay;         // the day after the last day
    Timestamp start = 0;
    Timestamp end = 0;
};

// The first day of the period that contains `day` (ISO weeks start on Monday).
QDate periodFirstDay(QDate day, PeriodKind kind);
Period periodStartingOn(QDate firstDay, PeriodKind kind, const QTimeZone &zone);
// Every whole period that touches [from, to] (inclusive days), in order.
QList<Period> periodsCovering(QDate from, QDate to, PeriodKind kind, const QTimeZone &zone);

} // namespace ft
