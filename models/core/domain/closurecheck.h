#pragma once

#include <QStringList>

namespace ft {

// What closing a follow-up would meet at its checklist, for the window to ask before it tries:
// required items block (only a written override reason lets the work close), advisory items warn.
struct ClosureCheck
{
    bool hasChecklist = false;
    QStringList requiredUnchecked;   // item texts, in checklist order
    QStringList advisoryUnchecked;
    // Resolved already with an override: closing it now needs no second reason.
    bool overridden = false;
    // Resolved already: the advisory warning was seen (or the checklist complete) when it was resolved.
    bool alreadyResolved = false;

    bool blocks() const { return !requiredUnchecked.isEmpty() && !overridden; }
    bool warns() const { return !blocks() && !alreadyResolved && !advisoryUnchecked.isEmpty(); }
};

} // namespace ft
