#pragma once

#include "demo/demoplan.h"
#include "domain/error.h"
#include "store/connection.h"
#include "store/followupwriter.h"

#include <memory>

namespace ft {
class FollowUpService;
}

namespace ft::demo {

// The rows of a planned checklist run and of its item at `position`, as both writers write them.
ChecklistRunRow checklistRunRow(FollowUpId followUp, const ChecklistPlan &run, Timestamp attachedAt, const QString &actor);
ChecklistRunItemRow checklistItemRow(qint64 runId, int position, const ChecklistItemPlan &item, const QString &actor);

// Turns one planned follow-up into rows. Both writers run the same rules (domain/followuprules.h)
// and write through the same write path (store/followupwriter.h); they differ in how often.
class DemoWriter
{
public:
    virtual ~DemoWriter() = default;
    virtual Result<void> write(const ItemPlan &plan) = 0;
};

// The reference: every action through FollowUpService, exactly as the window would do it.
std::unique_ptr<DemoWriter> makeDomainWriter(const Connection &connection, FollowUpService &service);
// The bulk mode: the rules run on the follow-up in memory and each row is written once, with ids it
// hands out itself. Its rows equal the domain writer's (tst_demogenerator compares both stores).
std::unique_ptr<DemoWriter> makeBulkWriter(const Connection &connection);

} // namespace ft::demo
