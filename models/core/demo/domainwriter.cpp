#include "demo/demowriter.h"

#include "domain/followupservice.h"

namespace ft::demo {

namespace {

// Every follow-up action goes through FollowUpService with its clock set to the action's time.
// Checklist rows are written directly (the checklist API is not in the domain layer yet), through
// the write path the bulk writer uses.
class DomainWriter final : public DemoWriter
{
public:
    DomainWriter(const Connection &connection, FollowUpService &service)
        : m_rows(connection), m_service(service)
    {
        m_service.setClock([this] { return m_now; });
    }

    Result<void> write(const ItemPlan &plan) override
    {
        m_service.setActor(plan.draft.owner);
        FollowUpId id = 0;
        std::vector<qint64> itemIds;
        for (const Action &a : plan.actions) {
            m_now = a.at;
            Result<void> done;
            switch (a.type) {
            case Action::Type::Create: {
                auto created = m_service.create(plan.draft);
                if (!created)
                    return created.error();
                id = created.value().id;
                break;
            }
            case Action::Type::Contact:
                done = outcome(m_service.logContact(id, a.channel, a.text, a.due));
                break;
            case Action::Type::Promise:
                done = outcome(m_service.promiseUpdate(id, *a.due));
                break;
            case Action::Type::Status: {
                CloseRequest request;
                request.advisoryAcknowledged = true;
                if (plan.checklist)
                    request.overrideReason = plan.checklist->overrideReason;
                done = outcome(m_service.changeStatus(id, a.to, request));
                if (done && !isOpenStatus(a.to) && plan.checklist)
                    done = m_rows.setChecklistCompliant(id, plan.checklist->compliant);
                break;
            }
            case Action::Type::Survey:
                done = outcome(m_service.recordSurvey(id, a.score, a.text, a.at));
                break;
            case Action::Type::AttachChecklist: {
                const ChecklistPlan &run = *plan.checklist;
                auto runId = m_rows.insertChecklistRun(checklistRunRow(id, run, a.at, plan.draft.owner));
                if (!runId)
                    return runId.error();
                for (std::size_t i = 0; i < run.items.size(); ++i) {
                    auto itemId = m_rows.insertChecklistRunItem(
                        checklistItemRow(runId.value(), int(i), run.items[i], plan.draft.owner));
                    if (!itemId)
                        return itemId.error();
                    itemIds.push_back(itemId.value());
                }
                done = event(id, a, EventType::ChecklistAttached, run.templateName);
                break;
            }
            case Action::Type::CheckItem:
                done = event(id, a, EventType::ChecklistItemChecked,
                             plan.checklist->items[std::size_t(a.itemIndex)].text, itemIds[std::size_t(a.itemIndex)]);
                break;
            case Action::Type::OverrideChecklist:
                done = event(id, a, EventType::ChecklistOverridden, a.text);
                break;
            }
            if (!done)
                return done;
        }
        return {};
    }

private:
    static Result<void> outcome(const Result<Change> &change)
    {
        if (!change)
            return change.error();
        return {};
    }

    Result<void> event(FollowUpId id, const Action &a, EventType type, const QString &summary, qint64 itemId = 0)
    {
        TimelineEvent e;
        e.followUpId = id;
        e.at = a.at;
        e.type = type;
        e.summary = summary;
        e.actor = m_service.actor();
        auto added = m_rows.insertEvent(e, {}, itemId);
        if (!added)
            return added.error();
        return {};
    }

    FollowUpWriter m_rows;
    FollowUpService &m_service;
    Timestamp m_now = 0;
};

} // namespace

std::unique_ptr<DemoWriter> makeDomainWriter(const Connection &connection, FollowUpService &service)
{
    return std::make_unique<DomainWriter>(connection, service);
}

} // namespace ft::demo
