#pragma once

#include <QString>
#include <optional>

namespace ft {

// How a KPI's number reads to someone who never saw its formula.
enum class PlainUnit {
    Count,           // whole things: 1,234
    Rate,            // a fraction 0–1 shown as a percentage: 12.5 %
    Hours,           // calendar hours: 45 minutes, 2.5 hours, 3 days
    BusinessHours,   // working hours: never turned into days, which would mean 24-hour days
    Score,           // survey average: 4.2 out of 5
};

// What the report needs to know about one KPI to talk about it.
struct PlainKpi
{
    QString key;                 // the SPEC §2 column, e.g. "callbacks"
    QString name;                // plain name that starts a sentence, e.g. "Callbacks"
    PlainUnit unit = PlainUnit::Count;
    bool higherIsBetter = true;
    // Volumes such as new work opened are neither good nor bad by themselves: without a target
    // the report states them and passes no judgement.
    bool judged = true;
};

// The value in words, rounded for reading: counts whole, rates and hours to one decimal
// (dropping a trailing .0), hours from 48 on as days, under one hour as minutes.
QString plainValue(double value, PlainUnit unit);
// The same, or a dash when there is no value.
QString plainValueOrDash(const std::optional<double> &value, PlainUnit unit);

// The change from `previous` to `current` as the reader should see it: percent of change for
// counts, hours and scores ("−36 %"), percentage points for rates ("+3 points"), because a rate
// going from 10 % to 13 % did not grow "30 %" in anyone's mind. Empty when it cannot be said
// (no previous value, or a percent change from zero).
QString plainChange(double previous, double current, PlainUnit unit);

} // namespace ft
