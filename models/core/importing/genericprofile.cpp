#include "importing/genericprofile.h"

#include "importing/satisfaction.h"
#include "importing/toolprofiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

// Other names the same field goes by in service-desk exports.
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> all{
        {QStringLiteral("number"), QStringLiteral("reference")},
        {QStringLiteral("ticket"), QStringLiteral("reference")},
        {QStringLiteral("id"), QStringLiteral("reference")},
        {QStringLiteral("short_description"), QStringLiteral("title")},
        {QStringLiteral("summary"), QStringLiteral("title")},
        {QStringLiteral("subject"), QStringLiteral("title")},
        {QStringLiteral("state"), QStringLiteral("status")},
        {QStringLiteral("incident_state"), QStringLiteral("status")},
        {QStringLiteral("assigned_to"), QStringLiteral("owner")},
        {QStringLiteral("assignee"), QStringLiteral("owner")},
        {QStringLiteral("assignment_group"), QStringLiteral("team")},
        {QStringLiteral("group"), QStringLiteral("team")},
        {QStringLiteral("caller_id"), QStringLiteral("requester")},
        {QStringLiteral("caller"), QStringLiteral("requester")},
        {QStringLiteral("reporter"), QStringLiteral("requester")},
        {QStringLiteral("created"), QStringLiteral("opened_at")},
        {QStringLiteral("created_at"), QStringLiteral("opened_at")},
        {QStringLiteral("opened"), QStringLiteral("opened_at")},
        {QStringLiteral("resolved"), QStringLiteral("resolved_at")},
        {QStringLiteral("closed"), QStringLiteral("closed_at")},
        {QStringLiteral("made_sla"), QStringLiteral("sla_met")},
        {QStringLiteral("type"), QStringLiteral("kind")},
    };
    return all;
}

} // namespace

QString normalisedColumnName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n;
}

QString ungroupedNumber(const QString &text)
{
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([ \\x{00A0}\\x{202F},.'])\\d{3}(\\1\\d{3})*$"));
    if (!grouped.match(text).hasMatch())
        return text;
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QStringList genericDateFields()
{
    return {QStringLiteral("opened_at"), QStringLiteral("first_response_at"), QStringLiteral("resolved_at"),
            QStringLiteral("closed_at")};
}

QHash<QString, QString> suggestGenericMapping(const QStringList &header)
{
    QHash<QString, QString> mapping;
    const QStringList &fields = genericFields();
    // Exact field names first, so that "reference" beats its synonym "number" when both are there.
    for (const QString &column : header) {
        const QString n = normalisedColumnName(column);
        if (fields.contains(n) && !mapping.contains(n))
            mapping.insert(n, column);
    }
    for (const QString &column : header) {
        const auto it = synonyms().constFind(normalisedColumnName(column));
        if (it != synonyms().constEnd() && !mapping.contains(*it))
            mapping.insert(*it, column);
    }
    return mapping;
}

Result<void> collectGeneric(ImportContext &ctx, const QHash<QString, QString> &mapping, QList<TicketDraft> &drafts)
{
    const CsvReader &r = ctx.reader;
    QHash<QString, int> col;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        if (!genericFields().contains(it.key()) && !toolOnlyFields().contains(it.key()))
            return Error::badInput(Tr::tr("“%1” is not a field that can be imported; the fields are: %2.")
                                       .arg(it.key(), genericFields().join(QStringLiteral(", "))));
        const int index = r.columnOf(it.value());
        if (index < 0)
            return Error::badInput(Tr::tr("%1 has no column “%2” (mapped to %3); its columns are: %4.")
                                       .arg(r.fileName(), it.value(), it.key(), r.header().join(QStringLiteral(", "))));
        col.insert(it.key(), index);
    }
    if (col.isEmpty())
        return Error::badInput(Tr::tr("No column of %1 is mapped to a field. Map them with --map FIELD=COLUMN "
                                  "(fields: %2).").arg(r.fileName(), genericFields().join(QStringLiteral(", "))));
    const auto column = [&col](const char *field) { return col.value(QLatin1String(field), -1); };
    const QString fileName = r.fileName();
    QStringList mappedFields = col.keys();
    mappedFields.sort();

    return ctx.forEachRow([&]() -> Result<void> {
        TicketDraft d;
        d.line = r.line();
        FollowUp &f = d.item;
        quint32 &set = d.fields;
        const auto textField = [&](const char *field, QString &into, Field flag) {
            const int i = column(field);
            if (i < 0)
                return;
            into = ctx.text(i);
            set |= flag;
        };
        textField("reference", f.reference, FieldReference);
        if (ctx.vocabulary)
            f.reference = ungroupedNumber(f.reference);   // GLPI writes its ids as "52 267"
        textField("title", f.title, FieldTitle);
        textField("requester", f.requester, FieldRequester);
        textField("requester_contact", f.requesterContact, FieldRequesterContact);
        textField("owner", f.owner, FieldOwner);
        textField("team", f.team, FieldTeam);
        textField("category", f.category, FieldCategory);
        textField("notes", f.notes, FieldNotes);
        textField("contact_type", f.contactType, FieldContactType);
        if (f.title.isEmpty())
            set &= ~quint32(FieldTitle);   // an empty title keeps the one there is

        if (int i = column("kind"); i >= 0) {
            auto k = ctx.kind(i);
            if (!k)
                return k.error();
            if (k.value()) {
                f.kind = *k.value();
                set |= FieldKind;
            }
        }
        if (int i = column("priority"); i >= 0) {
            auto p = ctx.priority(i);
            if (!p)
                return p.error();
            if (p.value()) {
                f.priority = *p.value();
                set |= FieldPriority;
            }
        }
        const auto timeField = [&](const char *field, std::optional<Timestamp> &into, Field flag) -> Result<void> {
            const int i = column(field);
            if (i < 0)
                return {};
            auto t = ctx.time(i);
            if (!t)
                return t.error();
            into = t.value();
            set |= flag;
            return {};
        };
        std::optional<Timestamp> opened;
        if (auto ok = timeField("opened_at", opened, FieldOpenedAt); !ok)
            return ok;
        if (opened)
            f.openedAt = *opened;
        else
            set &= ~quint32(FieldOpenedAt);   // no opening time keeps the one there is
        if (auto ok = timeField("first_response_at", f.firstResponseAt, FieldFirstResponseAt); !ok)
            return ok;
        if (const int i = column("first_response_minutes"); i >= 0 && !f.firstResponseAt && (set & FieldOpenedAt)) {
            // Minutes to the first reply, as the tool counted them (Zendesk, Zammad, OTRS).
            auto minutes = ctx.integer(i, 0, 100'000'000);
            if (!minutes)
                return minutes.error();
            if (minutes.value()) {
                f.firstResponseAt = f.openedAt + Timestamp(*minutes.value()) * 60;
                set |= FieldFirstResponseAt;
            }
        }
        if (auto ok = timeField("resolved_at", f.resolvedAt, FieldResolvedAt); !ok)
            return ok;
        if (auto ok = timeField("closed_at", f.closedAt, FieldClosedAt); !ok)
            return ok;
        if (int i = column("reopen_count"); i >= 0) {
            auto n = ctx.integer(i, 0, 1'000'000);
            if (!n)
                return n.error();
            f.reopenCount = n.value().value_or(0);
            set |= FieldReopenCount;
        }
        if (int i = column("sla_met"); i >= 0) {
            auto b = ctx.boolean(i);
            if (!b)
                return b.error();
            f.slaMet = !b.value() ? SlaMet::Unknown : (*b.value() ? SlaMet::Yes : SlaMet::No);
            set |= FieldSlaMet;
        }
        if (const int i = column("satisfaction"); i >= 0) {
            const auto rating = parseSatisfaction(ctx.cell(i));
            if (!rating)
                return ctx.cellError(i, Tr::tr("is not a satisfaction rating (a score from 1 to 5, Good or Bad, "
                                               "Extremely Happy … Extremely Unhappy)."));
            d.surveyScore = rating->score;
        }
        std::optional<Status> status;
        if (int i = column("status"); i >= 0) {
            auto s = ctx.status(i);
            if (!s)
                return s.error();
            status = s.value();
        }
        // Tools without a resolved state (OTRS, Zammad, osTicket's closed tickets) resolve by closing:
        // their closing time is the resolution time when the export has no other.
        if (ctx.vocabulary && status == Status::Closed && !f.resolvedAt && f.closedAt) {
            f.resolvedAt = f.closedAt;
            set |= FieldResolvedAt;
        }
        // Without a status, the times say how far the work got.
        if (!status && !(set & FieldStatus) && column("status") < 0) {
            if (f.closedAt)
                status = Status::Closed;
            else if (f.resolvedAt)
                status = Status::Resolved;
        }
        if (status) {
            f.status = *status;
            set |= FieldStatus;
        }

        // Defaults for a new follow-up; never written over existing values (their flags are off).
        if (!(set & FieldOpenedAt))
            f.openedAt = ctx.now;
        if (!(set & FieldTitle))
            f.title = f.reference.isEmpty() ? Tr::tr("Imported from %1, line %2").arg(fileName).arg(r.line())
                                            : f.reference;

        // The row's identity: a hash of the mapped cells, so that the same row imports once.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QString &field : std::as_const(mappedFields)) {
            hash.addData(field.toUtf8());
            hash.addData(QByteArrayView("=", 1));
            hash.addData(r.rawField(col.value(field)));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        const QString rowKey = QStringLiteral("generic:") + QString::fromLatin1(hash.result().toHex());
        EventDraft imported;
        imported.event.at = ctx.now;
        imported.event.type = EventType::Imported;
        imported.event.summary = Tr::tr("Imported from %1, line %2").arg(fileName).arg(r.line());
        imported.sourceKey = rowKey;
        d.events.append(imported);
        EventDraft created;
        created.event.at = f.openedAt;
        created.event.type = EventType::Created;
        created.event.toStatus = f.status;
        created.event.summary = f.title;
        created.sourceKey = f.reference.isEmpty()
                                ? QString(rowKey + QStringLiteral(":created"))
                                : QString(QStringLiteral("generic:ref:") + f.reference + QStringLiteral(":created"));
        d.events.append(created);
        d.statusEventKey = rowKey + QStringLiteral(":status");
        d.eventsOnlyWithChanges = true;
        drafts.append(std::move(d));
        return {};
    });
}

} // namespace ft::importing
