#pragma once

#include "demo/demoplan.h"
#include "domain/error.h"

#include <QSqlDatabase>
#include <memory>

namespace ft {
class FollowUpService;
}

namespace ft::demo {

// Prepared once, bound and run for every row: the statements both writers share. An id of
// 0 lets SQLite choose (max + 1), so both writers arrive at the same ids. Speaks to SQLite
// directly through the Qt driver's handle: QSqlQuery's binding costs more than the insert itself
// at a million rows.
class RowInserter
{
public:
    explicit RowInserter(const QSqlDatabase &db);
    ~RowInserter();
    RowInserter(const RowInserter &) = delete;
    RowInserter &operator=(const RowInserter &) = delete;
    Result<void> prepare();

    Result<qint64> followUp(qint64 id, const FollowUp &f, std::optional<bool> checklistCompliant);
    Result<qint64> event(qint64 id, const TimelineEvent &e, qint64 checklistItemId = 0);
    Result<qint64> promise(qint64 id, const Promise &p);
    Result<qint64> survey(qint64 id, FollowUpId followUp, const QString &reference, int score, const QString &comment,
                          Timestamp receivedAt);
    Result<qint64> checklistRun(qint64 id, FollowUpId followUp, const ChecklistPlan &run, Timestamp attachedAt,
                                const QString &actor);
    Result<qint64> checklistRunItem(qint64 id, qint64 runId, int position, const ChecklistItemPlan &item,
                                    const QString &actor);
    Result<void> setCompliant(FollowUpId id, bool compliant);

private:
    struct Statements;
    Result<qint64> run(void *statement, const char *what);

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_s;
};

// Turns one planned follow-up into rows.
class DemoWriter
{
public:
    virtual ~DemoWriter() = default;
    virtual Result<void> write(const ItemPlan &plan) = 0;
};

// The reference: every action through FollowUpService, exactly as the window would do it.
std::unique_ptr<DemoWriter> makeDomainWriter(const QSqlDatabase &db, FollowUpService &service);
// The fast path: applies the same rules in memory and writes each row once. Its rows equal the
// domain writer's (tst_demogenerator compares both stores).
std::unique_ptr<DemoWriter> makeBulkWriter(const QSqlDatabase &db);

} // namespace ft::demo
