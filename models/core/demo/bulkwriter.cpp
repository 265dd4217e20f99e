#include "demo/demowriter.h"

#include "store/sqlhelpers.h"

#include <QCoreApplication>

namespace ft::demo {

namespace {

// FollowUpService's rules (create, logContact, promiseUpdate, changeStatus, recordSurvey)
// applied to one follow-up in memory; the rows are written once at the end. Keep in step with
// followupservice.cpp: tst_demogenerator compares this writer's store with the domain writer's.
class BulkWriter final : public DemoWriter
{
public:
    explicit BulkWriter(const QSqlDatabase &db)
        : m_rows(db)
    {
        m_prepared = m_rows.prepare();
        if (m_prepared)
            m_prepared = readNextIds(db);
    }

    Result<void> write(const ItemPlan &plan) override
    {
        if (!m_prepared)
            return m_prepared;
        m_item = plan.draft;
        m_item.id = m_nextFollowUp++;
        m_events.clear();
        m_promises.clear();
        m_surveys.clear();
        m_open = -1;
        m_actor = plan.draft.owner;
        std::optional<bool> compliant;
        bool attached = false;
        Timestamp attachedAt = 0;

        for (const Action &a : plan.actions) {
            switch (a.type) {
            case Action::Type::Create: create(a.at); break;
            case Action::Type::Contact: contact(a); break;
            case Action::Type::Promise:
                settle(a.at, PromiseOutcome::Moved);
                promise(a.at, *a.due);
                m_item.updatedAt = a.at;
                break;
            case Action::Type::Status:
                changeStatus(a.at, a.to);
                // Resolving or closing open work runs the closure gate, which records compliance.
                if (!isOpenStatus(a.to) && plan.checklist)
                    compliant = plan.checklist->compliant;
                break;
            case Action::Type::Survey: survey(a); break;
            case Action::Type::AttachChecklist:
                attached = true;
                attachedAt = a.at;
                addEvent(a.at, EventType::ChecklistAttached).summary = plan.checklist->templateName;
                break;
            case Action::Type::CheckItem: {
                TimelineEvent &e = addEvent(a.at, EventType::ChecklistItemChecked);
                e.summary = plan.checklist->items[std::size_t(a.itemIndex)].text;
                e.id = -(a.itemIndex + 1);   // resolved to the run item's id when written
                break;
            }
            case Action::Type::OverrideChecklist: addEvent(a.at, EventType::ChecklistOverridden).summary = a.text; break;
            }
        }
        return flush(plan, attached, attachedAt, compliant);
    }

private:
    Result<void> readNextIds(const QSqlDatabase &db)
    {
        const std::pair<qint64 *, const char *> tables[] = {
            {&m_nextFollowUp, "SELECT coalesce(max(id), 0) + 1 FROM followup"},
            {&m_nextEvent, "SELECT coalesce(max(id), 0) + 1 FROM event"},
            {&m_nextPromise, "SELECT coalesce(max(id), 0) + 1 FROM promise"},
            {&m_nextSurvey, "SELECT coalesce(max(id), 0) + 1 FROM survey_response"},
            {&m_nextRun, "SELECT coalesce(max(id), 0) + 1 FROM checklist_run"},
            {&m_nextRunItem, "SELECT coalesce(max(id), 0) + 1 FROM checklist_run_item"},
        };
        for (const auto &[next, statement] : tables) {
            QSqlQuery q(db);
            if (!q.exec(QLatin1String(statement)) || !q.next())
                return sql::errorOf(q, QLatin1String(statement));
            *next = q.value(0).toLongLong();
        }
        return {};
    }

    TimelineEvent &addEvent(Timestamp at, EventType type)
    {
        TimelineEvent e;
        e.followUpId = m_item.id;
        e.at = at;
        e.type = type;
        e.actor = m_actor;
        m_events.push_back(e);
        return m_events.back();
    }

    void promise(Timestamp at, Timestamp due)
    {
        m_promises.push_back(Promise{0, m_item.id, at, due, {}, PromiseOutcome::Open});
        m_open = int(m_promises.size()) - 1;
        m_item.nextUpdateDue = due;
        addEvent(at, EventType::UpdatePromised).dueAt = due;
    }

    void settle(Timestamp at, PromiseOutcome onTime)
    {
        if (m_open < 0)
            return;
        Promise &p = m_promises[std::size_t(m_open)];
        p.outcome = at > p.dueAt ? PromiseOutcome::Missed : onTime;
        p.endedAt = at;
        m_open = -1;
        m_item.nextUpdateDue.reset();
    }

    void create(Timestamp at)
    {
        const std::optional<Timestamp> due = m_item.nextUpdateDue;
        m_item.openedAt = m_item.openedAt ? m_item.openedAt : at;
        m_item.updatedAt = at;
        m_item.reopenCount = 0;
        TimelineEvent &e = addEvent(at, EventType::Created);
        e.toStatus = m_item.status;
        e.summary = m_item.title;
        if (due) {
            m_promises.push_back(Promise{0, m_item.id, at, *due, {}, PromiseOutcome::Open});
            m_open = int(m_promises.size()) - 1;
            addEvent(at, EventType::UpdatePromised).dueAt = due;
        }
    }

    void contact(const Action &a)
    {
        TimelineEvent &e = addEvent(a.at, EventType::ContactLogged);
        e.channel = a.channel;
        e.summary = a.text.trimmed();
        if (a.channel != Channel::Note) {
            m_item.lastContactAt = a.at;
            if (!m_item.firstResponseAt && a.at >= m_item.openedAt)
                m_item.firstResponseAt = a.at;
            settle(a.at, PromiseOutcome::Kept);
            if (m_item.status == Status::New) {
                TimelineEvent &started = addEvent(a.at, EventType::StatusChanged);
                started.fromStatus = Status::New;
                started.toStatus = Status::InProgress;
                m_item.status = Status::InProgress;
            }
        }
        if (a.due) {
            settle(a.at, PromiseOutcome::Moved);
            promise(a.at, *a.due);
        }
        m_item.updatedAt = a.at;
    }

    void changeStatus(Timestamp at, Status to)
    {
        const Status from = m_item.status;
        EventType type = EventType::StatusChanged;
        if (!isOpenStatus(from) && isOpenStatus(to)) {
            type = EventType::Reopened;
            ++m_item.reopenCount;
            m_item.resolvedAt.reset();
            m_item.closedAt.reset();
        } else if (!isOpenStatus(to)) {
            if (!m_item.resolvedAt)
                m_item.resolvedAt = at;
            if (to == Status::Closed)
                m_item.closedAt = at;
            settle(at, PromiseOutcome::Cancelled);
        }
        m_item.status = to;
        TimelineEvent &e = addEvent(at, type);
        e.fromStatus = from;
        e.toStatus = to;
        m_item.updatedAt = at;
    }

    void survey(const Action &a)
    {
        m_surveys.push_back(a);
        m_item.satisfaction = a.score;
        TimelineEvent &e = addEvent(a.at, EventType::SurveyReceived);
        e.summary = a.text.isEmpty()
                        ? QCoreApplication::translate("ft::FollowUpService", "Score %1 of 5").arg(a.score)
                        : QCoreApplication::translate("ft::FollowUpService", "Score %1 of 5: %2").arg(a.score).arg(a.text);
        m_item.updatedAt = a.at;
    }

    Result<void> flush(const ItemPlan &plan, bool attached, Timestamp attachedAt, std::optional<bool> compliant)
    {
        if (auto f = m_rows.followUp(m_item.id, m_item, compliant); !f)
            return f.error();
        std::vector<qint64> itemIds;
        if (attached) {
            const ChecklistPlan &run = *plan.checklist;
            const qint64 runId = m_nextRun++;
            if (auto r = m_rows.checklistRun(runId, m_item.id, run, attachedAt, m_actor); !r)
                return r.error();
            for (std::size_t i = 0; i < run.items.size(); ++i) {
                itemIds.push_back(m_nextRunItem++);
                if (auto r = m_rows.checklistRunItem(itemIds.back(), runId, int(i), run.items[i], m_actor); !r)
                    return r.error();
            }
        }
        for (TimelineEvent &e : m_events) {
            const qint64 checklistItem = e.id < 0 ? itemIds[std::size_t(-e.id - 1)] : 0;
            if (auto r = m_rows.event(m_nextEvent++, e, checklistItem); !r)
                return r.error();
        }
        for (const Promise &p : m_promises) {
            if (auto r = m_rows.promise(m_nextPromise++, p); !r)
                return r.error();
        }
        for (const Action &s : m_surveys) {
            if (auto r = m_rows.survey(m_nextSurvey++, m_item.id, m_item.reference, s.score, s.text, s.at); !r)
                return r.error();
        }
        return {};
    }

    RowInserter m_rows;
    Result<void> m_prepared;
    qint64 m_nextFollowUp = 1, m_nextEvent = 1, m_nextPromise = 1, m_nextSurvey = 1, m_nextRun = 1, m_nextRunItem = 1;

    FollowUp m_item;
    QString m_actor;
    std::vector<TimelineEvent> m_events;
    std::vector<Promise> m_promises;
    std::vector<Action> m_surveys;
    int m_open = -1;
};

} // namespace

std::unique_ptr<DemoWriter> makeBulkWriter(const QSqlDatabase &db)
{
    return std::make_unique<BulkWriter>(db);
}

} // namespace ft::demo
