#include "domain/closuregate.h"

#include "checklist/checklistruns.h"
#include "domain/followupservice.h"
#include "store/followuprepository.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ClosureGate)
};

QString quoted(const QStringList &texts)
{
    QStringList out;
    for (const QString &t : texts)
        out << Tr::tr("“%1”").arg(t);
    return out.join(QStringLiteral(", "));
}

struct FollowUpState
{
    QString title;
    Status status = Status::New;
    std::optional<Timestamp> resolvedAt;
};

Result<FollowUpState> stateOf(const QSqlDatabase &db, FollowUpId id)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT title, status, resolved_at FROM followup WHERE id = ?"), {id}); !ok)
        return ok.error();
    if (!q.next())
        return Error::notFound(Tr::tr("Follow-up %1 does not exist.").arg(id));
    return FollowUpState{q.value(0).toString(), static_cast<Status>(q.value(1).toInt()), sql::optionalTime(q.value(2))};
}

bool hasUncheckedRequired(const ChecklistRun &run)
{
    return std::any_of(run.items.cbegin(), run.items.cend(),
                       [](const ChecklistRunItem &i) { return i.required && !i.isChecked(); });
}

ClosureCheck checkOf(const QList<ChecklistRun> &runs, const FollowUpState &state)
{
    ClosureCheck c;
    c.hasChecklist = !runs.isEmpty();
    c.alreadyResolved = state.status == Status::Resolved;
    bool everyBlockingRunOverridden = true;
    for (const ChecklistRun &run : runs) {
        for (const ChecklistRunItem &item : run.items) {
            if (item.isChecked())
                continue;
            (item.required ? c.requiredUnchecked : c.advisoryUnchecked) << item.text;
        }
        // An override counts for the resolution it was given at, not for later ones after a reopen.
        if (hasUncheckedRequired(run)
            && !(c.alreadyResolved && run.overriddenAt && state.resolvedAt && *run.overriddenAt >= *state.resolvedAt))
            everyBlockingRunOverridden = false;
    }
    c.overridden = !c.requiredUnchecked.isEmpty() && everyBlockingRunOverridden;
    return c;
}

Result<void> setCompliant(const QSqlDatabase &db, FollowUpId id, bool compliant)
{
    return sql::exec(db, QStringLiteral("UPDATE followup SET checklist_compliant = ? WHERE id = ?"), {compliant ? 1 : 0, id});
}

} // namespace

Result<ClosureCheck> closureCheck(const QSqlDatabase &db, FollowUpId id)
{
    auto state = stateOf(db, id);
    if (!state)
        return state.error();
    auto runs = checklistruns::load(db, id);
    if (!runs)
        return runs.error();
    return checkOf(runs.value(), state.value());
}

Result<void> checkClosureGate(const QSqlDatabase &db, FollowUpId id, Status to, const CloseRequest &request,
                              Timestamp now, const QString &actor, ChangeJournal *journal)
{
    auto state = stateOf(db, id);
    if (!state)
        return state.error();
    auto loaded = checklistruns::load(db, id);
    if (!loaded)
        return loaded.error();
    const QList<ChecklistRun> &runs = loaded.value();
    if (runs.isEmpty())
        return {};   // no checklist: closes freely, compliance stays unknown (NULL)

    const ClosureCheck check = checkOf(runs, state.value());
    const bool resolvingNow = isOpenStatus(state->status);
    const QString action = to == Status::Closed ? Tr::tr("closed") : Tr::tr("resolved");
    const QString reason = request.overrideReason.trimmed();

    bool overriddenNow = false;
    if (check.blocks()) {
        if (reason.isEmpty())
            return Error::refused(Tr::tr("“%1” cannot be %2 yet: these required checklist items are not checked: %3. "
                                     "Check them, or override with a written reason.")
                                      .arg(state->title, action, quoted(check.requiredUnchecked)));
        for (const ChecklistRun &run : runs) {
            if (!hasUncheckedRequired(run))
                continue;
            if (journal)
                journal->touch(QStringLiteral("checklist_run"), run.id);
            if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_run SET overridden_at = ?, override_reason = ?, "
                                                       "override_by = ? WHERE id = ?"),
                                    {now, reason, sql::text(actor), run.id});
                !ok)
                return ok;
        }
        TimelineEvent e;
        e.followUpId = id;
        e.at = now;
        e.actor = actor;
        e.type = EventType::ChecklistOverridden;
        e.summary = reason;
        auto event = repo::insertEvent(db, e);
        if (!event)
            return event.error();
        if (journal)
            journal->inserted(QStringLiteral("event"), event.value());
        overriddenNow = true;
    } else if (check.warns() && !request.advisoryAcknowledged) {
        return Error::unacknowledged(Tr::tr("“%1” has advisory checklist items that are not checked: %2. Close it anyway?")
                                         .arg(state->title, quoted(check.advisoryUnchecked)));
    }

    if (resolvingNow) {
        // What was left unchecked at the moment of resolving, for the checklist-effect view.
        for (const ChecklistRun &run : runs) {
            for (const ChecklistRunItem &item : run.items) {
                if (item.skippedAtResolve == !item.isChecked())
                    continue;
                if (journal)
                    journal->touch(QStringLiteral("checklist_run_item"), item.id);
                if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_run_item SET skipped_at_resolve = ? WHERE id = ?"),
                                        {item.isChecked() ? 0 : 1, item.id});
                    !ok)
                    return ok;
            }
        }
        return setCompliant(db, id, !overriddenNow && check.requiredUnchecked.isEmpty());
    }
    if (overriddenNow)
        return setCompliant(db, id, false);
    return {};
}

} // namespace ft
