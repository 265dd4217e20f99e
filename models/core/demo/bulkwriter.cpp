#include "demo/demowriter.h"

#include "domain/followuprules.h"

namespace ft::demo {

ChecklistRunRow checklistRunRow(FollowUpId followUp, const ChecklistPlan &run, Timestamp attachedAt, const QString &actor)
{
    return {followUp,         run.templateId,     run.templateName, attachedAt,
            run.overriddenAt, run.overrideReason, run.overriddenAt ? actor : QString()};
}

ChecklistRunItemRow checklistItemRow(qint64 runId, int position, const ChecklistItemPlan &item, const QString &actor)
{
    return {runId,     item.templateItemId, position, item.text, item.required, item.hint, item.checkedAt,
            item.checkedAt ? actor : QString(), item.skippedAtResolve};
}

namespace {

// The write path's bulk mode for the demo: FollowUpService's rules (domain/followuprules.h) run on
// one follow-up in memory, and its rows are written once at the end, with ids handed out here.
class BulkWriter final : public DemoWriter, private FollowUpEffects
{
public:
    explicit BulkWriter(const Connection &connection)
        : m_rows(connection)
    {
        auto ids = m_rows.nextIds();
        if (ids)
            m_next = ids.value();
        else
            m_prepared = ids.error();
    }

    Result<void> write(const ItemPlan &plan) override
    {
        if (!m_prepared)
            return m_prepared;
        m_item = plan.draft;
        m_item.id = m_next.followUp++;
        m_item.rowVersion = 0;   // each action below is one save of the row, as the service counts them
        m_events.clear();
        m_promises.clear();
        m_surveys.clear();
        m_open = -1;
        m_actor = plan.draft.owner;
        std::optional<bool> compliant;
        bool attached = false;
        Timestamp attachedAt = 0;

        for (const Action &a : plan.actions) {
            m_now = a.at;
            Result<void> done;
            switch (a.type) {
            case Action::Type::Create:
                done = rules::checkNew(m_item);
                if (done) {
                    rules::prepareNew(m_item, a.at);
                    done = rules::created(m_item, a.at, *this);
                }
                break;
            case Action::Type::Contact: done = rules::logContact(m_item, a.at, a.channel, a.text, a.due, *this); break;
            case Action::Type::Promise:
                done = rules::checkPromise(m_item);
                if (done)
                    done = rules::promise(m_item, a.at, *a.due, *this);
                break;
            case Action::Type::Status:
                done = rules::checkStatusChange(m_item, a.to);
                if (done)
                    done = rules::changeStatus(m_item, a.to, a.at, *this);
                // Resolving or closing open work runs the closure gate, which records compliance.
                if (!isOpenStatus(a.to) && plan.checklist)
                    compliant = plan.checklist->compliant;
                break;
            case Action::Type::Survey:
                done = rules::checkSurvey(a.score);
                if (done)
                    done = rules::recordSurvey(m_item, a.score, a.text, a.at, *this);
                break;
            case Action::Type::AttachChecklist:
                attached = true;
                attachedAt = a.at;
                addEvent(EventType::ChecklistAttached, plan.checklist->templateName);
                continue;   // checklist events leave the follow-up as it is
            case Action::Type::CheckItem:
                addEvent(EventType::ChecklistItemChecked, plan.checklist->items[std::size_t(a.itemIndex)].text,
                         a.itemIndex);
                continue;
            case Action::Type::OverrideChecklist: addEvent(EventType::ChecklistOverridden, a.text); continue;
            }
            if (!done)
                return done;
            m_item.updatedAt = a.at;   // as the service saves it
            ++m_item.rowVersion;
        }
        return flush(plan, attached, attachedAt, compliant);
    }

private:
    struct PendingEvent
    {
        TimelineEvent event;
        int checklistItem = -1;   // index into the run's items, resolved to its id when written
    };

    void addEvent(EventType type, const QString &summary, int checklistItem = -1)
    {
        TimelineEvent e;
        e.type = type;
        e.summary = summary;
        (void)addEvent(e);
        m_events.back().checklistItem = checklistItem;
    }

    // FollowUpEffects, in memory.
    Result<void> addEvent(const TimelineEvent &e) override
    {
        m_events.push_back({e, -1});
        TimelineEvent &added = m_events.back().event;
        added.followUpId = m_item.id;
        added.at = m_now;
        added.actor = m_actor;
        return {};
    }
    Result<std::optional<Promise>> openPromise() override
    {
        if (m_open < 0)
            return std::optional<Promise>();
        return std::optional<Promise>(m_promises[std::size_t(m_open)]);
    }
    Result<void> endPromise(const Promise &, Timestamp at, PromiseOutcome outcome) override
    {
        Promise &p = m_promises[std::size_t(m_open)];
        p.outcome = outcome;
        p.endedAt = at;
        m_open = -1;
        return {};
    }
    Result<void> addPromise(Timestamp at, Timestamp due) override
    {
        m_promises.push_back(Promise{0, m_item.id, at, due, {}, PromiseOutcome::Open});
        m_open = int(m_promises.size()) - 1;
        return {};
    }
    Result<void> addSurveyResponse(int score, const QString &comment, Timestamp receivedAt) override
    {
        m_surveys.push_back({m_item.id, {}, score, comment, receivedAt, {}});
        return {};
    }

    Result<void> flush(const ItemPlan &plan, bool attached, Timestamp attachedAt, std::optional<bool> compliant)
    {
        m_item.changedBy = m_actor;
        if (auto f = m_rows.insertFollowUp(m_item, compliant, m_item.id); !f)
            return f.error();
        std::vector<qint64> itemIds;
        if (attached) {
            const ChecklistPlan &run = *plan.checklist;
            const qint64 runId = m_next.run++;
            if (auto r = m_rows.insertChecklistRun(checklistRunRow(m_item.id, run, attachedAt, m_actor), runId); !r)
                return r.error();
            for (std::size_t i = 0; i < run.items.size(); ++i) {
                itemIds.push_back(m_next.runItem++);
                if (auto r = m_rows.insertChecklistRunItem(checklistItemRow(runId, int(i), run.items[i], m_actor),
                                                           itemIds.back());
                    !r)
                    return r.error();
            }
        }
        for (const PendingEvent &e : m_events) {
            const qint64 checklistItem = e.checklistItem >= 0 ? itemIds[std::size_t(e.checklistItem)] : 0;
            if (auto r = m_rows.insertEvent(e.event, {}, checklistItem, m_next.event++); !r)
                return r.error();
        }
        for (const Promise &p : m_promises) {
            if (auto r = m_rows.insertPromise(p, m_next.promise++); !r)
                return r.error();
        }
        for (SurveyRow &s : m_surveys) {
            s.reference = m_item.reference;
            if (auto r = m_rows.insertSurvey(s, m_next.survey++); !r)
                return r.error();
        }
        return {};
    }

    FollowUpWriter m_rows;
    Result<void> m_prepared;
    FollowUpWriter::NextIds m_next;

    FollowUp m_item;
    QString m_actor;
    Timestamp m_now = 0;
    std::vector<PendingEvent> m_events;
    std::vector<Promise> m_promises;
    std::vector<SurveyRow> m_surveys;
    int m_open = -1;
};

} // namespace

std::unique_ptr<DemoWriter> makeBulkWriter(const Connection &connection)
{
    return std::make_unique<BulkWriter>(connection);
}

} // namespace ft::demo
