#pragma once

#include "kpi/processlimits.h"

#include <QString>
#include <QStringList>

namespace ft {

// The three detection rules of SPEC §2b, as bits so that a period can fire several.
enum SignalRule : unsigned {
    NoSignal = 0,
    BeyondLimits = 1u << 0,   // a value outside its limits (a value on a limit is inside)
    RunOfEight = 1u << 1,     // the 8th and every further successive value on the same side of the centre
    ThreeOfFour = 1u << 2,    // 3 of 4 successive values closer to the same limit than to the centre
};

// Which side of the centre line a value lies on.
enum class Side { Below = -1, On = 0, Above = 1 };

struct PointSignals
{
    unsigned rules = NoSignal;
    Side side = Side::On;          // the side of the centre of the value (the direction of any signal)
    int run = 0;                   // successive judged values on this side, this one included
    int nearLimitOfLastFour = 0;   // of the last up to 4 judged values, how many lie in this one's limit zone
};

// Judges the points in `judged` (complete periods after the baseline) against `limits`; points
// outside it, without a value or without limits get no signal. Runs and windows start at
// judged.first; a period without a value is skipped (it neither extends nor breaks a run).
std::vector<PointSignals> judgeSignals(const std::vector<SeriesPoint> &points, const ProcessLimits &limits,
                                       IndexRange judged);

// "beyond_limits;run_of_8" in the order of SPEC §2b; empty for none.
QString signalKeys(unsigned rules);

} // namespace ft
