#include "domain/closuregate.h"

#include "domain/change.h"
#include "domain/followup.h"
#include "store/changeset.h"
#include "store/checklistruns.h"
#include "store/followuprepository.h"

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

Result<FollowUpState> stateOf(const Connection &connection, FollowUpId id)
{
    auto f = repo::loadFollowUp(connection, id);
    if (!f)
        return f.error();
    return FollowUpState{f->title, f->status, f->resolvedAt};
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

} // namespace

Result<ClosureCheck> closureCheck(const Connection &connection, FollowUpId id)
{
    auto state = stateOf(connection, id);
    if (!state)
        return state.error();
    auto runs = checklistruns::load(connection, id);
    if (!runs)
        return runs.error();
    return checkOf(runs.value(), state.value());
}

Result<void> checkClosureGate(const Connection &connection, FollowUpId id, Status to, const CloseRequest &request,
                              Timestamp now, const QString &actor, ChangeJournal *journal)
{
    auto state = stateOf(connection, id);
    if (!state)
        return state.error();
    auto loaded = checklistruns::load(connection, id);
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
            if (auto ok = checklistruns::setOverride(connection, run.id, now, reason, actor); !ok)
                return ok;
        }
        TimelineEvent e;
        e.followUpId = id;
        e.at = now;
        e.actor = actor;
        e.type = EventType::ChecklistOverridden;
        e.summary = reason;
        auto event = repo::insertEvent(connection, e);
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
                if (auto ok = checklistruns::setSkippedAtResolve(connection, item.id, !item.isChecked()); !ok)
                    return ok;
            }
        }
        return checklistruns::setChecklistCompliant(connection, id, !overriddenNow && check.requiredUnchecked.isEmpty());
    }
    if (overriddenNow)
        return checklistruns::setChecklistCompliant(connection, id, false);
    return {};
}

} // namespace ft
