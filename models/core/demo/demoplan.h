#pragma once

#include "domain/followup.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

// One generated follow-up as the list of things that happened to it, in time order. The
// writers turn it into rows: DomainDemoWriter through FollowUpService, BulkDemoWriter directly
// (the same rows, much faster).
namespace ft::demo {

struct ChecklistItemPlan
{
    qint64 templateItemId = 0;
    QString text;
    bool required = true;
    QString hint;
    std::optional<Timestamp> checkedAt;   // absent: left unchecked
    bool skippedAtResolve = false;
};

struct ChecklistPlan
{
    qint64 templateId = 0;
    QString templateName;
    std::vector<ChecklistItemPlan> items;
    std::optional<Timestamp> overriddenAt;
    QString overrideReason;
    // Set on the follow-up when it is resolved: all required items checked and no override.
    bool compliant = true;
};

struct Action
{
    enum class Type { Create, Contact, Promise, Status, Survey, AttachChecklist, CheckItem, OverrideChecklist };
    Type type = Type::Create;
    Timestamp at = 0;
    Channel channel = Channel::Phone;   // Contact
    QString text;                       // Contact summary, Survey comment, override reason
    std::optional<Timestamp> due;       // Contact (next promise), Promise
    Status to = Status::InProgress;     // Status
    int score = 0;                      // Survey
    int itemIndex = 0;                  // CheckItem

    static Action make(Type type, Timestamp at)
    {
        Action a;
        a.type = type;
        a.at = at;
        return a;
    }
};

struct ItemPlan
{
    FollowUp draft;   // the fields given at creation (opened_at, owner, sla_met …)
    std::optional<ChecklistPlan> checklist;
    std::vector<Action> actions;   // time order, the first one is Create
};

} // namespace ft::demo
