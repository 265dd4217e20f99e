#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QList>
#include <QString>
#include <optional>

namespace ft {

class Store;

// Items resolved in a period, and how many of them the user came back about (reopen_count ≥ 1).
struct CallbackGroup
{
    int resolved = 0;
    int calledBack = 0;
    std::optional<double> rate() const { return resolved ? std::optional<double>(double(calledBack) / resolved) : std::nullopt; }
};

// One checklist item (by template and text) over the items resolved in the period.
struct ChecklistItemEffect
{
    QString templateName;
    QString text;
    bool required = false;
    int skipped = 0;                // resolved with this item unchecked
    int skippedThenCalledBack = 0;  // … and reopened
    int checked = 0;
    int checkedThenCalledBack = 0;

    std::optional<double> callbackRateWhenSkipped() const
    {
        return skipped ? std::optional<double>(double(skippedThenCalledBack) / skipped) : std::nullopt;
    }
    std::optional<double> callbackRateWhenChecked() const
    {
        return checked ? std::optional<double>(double(checkedThenCalledBack) / checked) : std::nullopt;
    }
};

// Whether closure checklists cut callbacks, for items resolved in [from, to) that have a checklist:
// "complete" = every item checked and no override; "incomplete" = some item skipped (required ones
// only with an override) or overridden. A callback is reopen_count ≥ 1, as in SPEC §2 callback_rate.
struct ChecklistEffect
{
    CallbackGroup complete;
    CallbackGroup incomplete;
    // SPEC §2 checklist_compliance_rate: of items resolved in the period that have a checklist, the
    // share resolved with all required items checked and no override (followup.checklist_compliant = 1).
    int withChecklist = 0;
    int compliant = 0;
    std::optional<double> complianceRate() const
    {
        return withChecklist ? std::optional<double>(double(compliant) / withChecklist) : std::nullopt;
    }
    // Sorted by callback rate after skipping (highest first; never skipped last), then by times skipped;
    // steps skipped fewer than KpiFewItems times (too few to judge) after all the others.
    QList<ChecklistItemEffect> items;
};

// Reads through its own connection, so it may run on a worker thread.
Result<ChecklistEffect> computeChecklistEffect(const Store &store, Timestamp from, Timestamp to);

} // namespace ft
