#pragma once

#include "domain/types.h"

#include <QString>
#include <QTimeZone>
#include <optional>

// Reading the values of imported cells: empty markers, dates in three orders, booleans,
// priorities and statuses in the spellings service-desk exports use.
namespace ft::importing {

enum class DateOrder { DayMonthYear, MonthDayYear, YearMonthDay };

QString dateOrderKey(DateOrder order);                 // dmy, mdy, ymd
std::optional<DateOrder> dateOrderFromKey(const QString &key);
QString dateOrderLabel(DateOrder order);               // "day first (31/12/2016)"

// "?" and blanks mean no value.
bool isEmptyValue(const QString &cell);

// Collects evidence for the order of day and month over every value of a column (or a file):
// a first part above 12 can only be a day, a second part above 12 only a day too.
class DateOrderDetector
{
public:
    void add(const QString &cell);
    bool sawDayFirst() const { return m_dayFirst > 0; }
    bool sawMonthFirst() const { return m_monthFirst > 0; }
    bool sawYearFirst() const { return m_yearFirst > 0; }
    int values() const { return m_values; }
    // The order the evidence points to; nullopt when it cannot tell (or contradicts itself).
    std::optional<DateOrder> decided() const;
    bool contradictory() const { return m_dayFirst > 0 && m_monthFirst > 0; }

private:
    int m_dayFirst = 0;
    int m_monthFirst = 0;
    int m_yearFirst = 0;
    int m_values = 0;
};

// A date with an optional time (H:MM, HH:MM, optional :SS; "T" or a space between) in local
// time of `zone`, unless the text carries its own offset ("Z", "+01:00"). A four-digit first
// part is always year-month-day. nullopt when the text is no such date.
// Years outside minimumYear–maximumYear are refused (nullopt, and *outOfRange set when given).
constexpr int minimumYear = 1970;
constexpr int maximumYear = 2100;
std::optional<Timestamp> parseDateTime(const QString &text, DateOrder order, const QTimeZone &zone,
                                       bool *outOfRange = nullptr);

// true/false, yes/no, y/n, 1/0, TRUE/FALSE …; nullopt for anything else.
std::optional<bool> parseBool(const QString &text);

// "1 - Critical", "1", "Critical", "1 Critical", "P1"; ServiceNow's 5 (Planning) reads as Low.
std::optional<Priority> parsePriority(const QString &text);

// Our keys and labels, and the states of ServiceNow incidents (SPEC §3's profile): see the table in values.cpp.
std::optional<Status> parseStatus(const QString &text);

std::optional<Kind> parseKind(const QString &text);

} // namespace ft::importing
