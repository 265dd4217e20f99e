#include "domain/followupconflict.h"

#include <QCoreApplication>

namespace ft::conflict {

namespace {

// The labels are the edit's own (FollowUpService): one translation each.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::FollowUpService)
};

QString timeText(const std::optional<Timestamp> &t) { return t ? QString::number(*t) : QString(); }

QString someone(const QString &actor) { return actor.isEmpty() ? Tr::tr("Someone") : actor; }

} // namespace

QStringList editableFieldsChanged(const FollowUp &a, const FollowUp &b)
{
    QStringList fields;
    const auto differ = [&fields](bool different, const QString &label) {
        if (different)
            fields << label;
    };
    differ(a.title != b.title, Tr::tr("Title"));
    differ(a.reference != b.reference, Tr::tr("Reference"));
    differ(a.kind != b.kind, Tr::tr("Kind"));
    differ(a.requester != b.requester, Tr::tr("Requester"));
    differ(a.requesterContact != b.requesterContact, Tr::tr("Contact"));
    differ(a.owner != b.owner, Tr::tr("Owner"));
    differ(a.team != b.team, Tr::tr("Team"));
    differ(a.priority != b.priority, Tr::tr("Priority"));
    differ(a.category != b.category, Tr::tr("Category"));
    differ(a.notes != b.notes, Tr::tr("Notes"));
    differ(a.slaMet != b.slaMet, Tr::tr("SLA met"));
    return fields;
}

QStringList otherFieldsChanged(const FollowUp &a, const FollowUp &b)
{
    QStringList fields;
    const auto differ = [&fields](bool different, const QString &label) {
        if (different)
            fields << label;
    };
    differ(a.status != b.status, Tr::tr("Status"));
    differ(timeText(a.nextUpdateDue) != timeText(b.nextUpdateDue), Tr::tr("Update due"));
    differ(timeText(a.lastContactAt) != timeText(b.lastContactAt), Tr::tr("Last contact"));
    differ(timeText(a.firstResponseAt) != timeText(b.firstResponseAt), Tr::tr("First response"));
    differ(timeText(a.resolvedAt) != timeText(b.resolvedAt), Tr::tr("Resolved"));
    differ(timeText(a.closedAt) != timeText(b.closedAt), Tr::tr("Closed"));
    differ(a.reopenCount != b.reopenCount, Tr::tr("Callbacks"));
    differ(a.satisfaction != b.satisfaction, Tr::tr("Satisfaction"));
    return fields;
}

Error editRefused(const FollowUp &base, const FollowUp &current, const QList<TimelineEvent> &timeline)
{
    const QStringList fields = editableFieldsChanged(base, current) + otherFieldsChanged(base, current);
    QStringList actors;
    for (const TimelineEvent &e : timeline) {
        if (e.at > base.updatedAt && !e.actor.isEmpty() && !actors.contains(e.actor))
            actors << e.actor;
    }
    if (!actors.contains(current.changedBy))
        actors << someone(current.changedBy);
    return Error::conflict(Tr::tr("%1 changed %2 of “%3” in another window or program while you were editing it. None "
                                  "of your edits were saved, so that change was not written over.")
                               .arg(actors.join(Tr::tr(", ")), fields.join(Tr::tr(", ")), current.title));
}

std::optional<Error> statusMovedOn(const std::optional<SeenState> &seen, const FollowUp &current,
                                   const QList<TimelineEvent> &timeline)
{
    if (!seen || seen->rowVersion == current.rowVersion || seen->status == current.status)
        return std::nullopt;
    QString actor = current.changedBy;
    for (auto e = timeline.crbegin(); e != timeline.crend(); ++e) {
        if (e->toStatus) {
            if (*e->toStatus == current.status && !e->actor.isEmpty())
                actor = e->actor;
            break;
        }
    }
    return Error::conflict(Tr::tr("%1 set “%2” to %3 since this window showed it as %4. Nothing was changed: see "
                                  "how it stands now before you act on it.")
                               .arg(someone(actor), current.title, statusLabel(current.status), statusLabel(seen->status)));
}

} // namespace ft::conflict
