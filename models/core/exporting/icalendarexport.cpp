#include "exporting/icalendarexport.h"

#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include "store/safeoutput.h"

namespace ft::exporting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::exporting)
};

QString utcStamp(Timestamp t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

constexpr int promiseMinutes = 15;   // a promise is a moment; calendars show it as a short slot

} // namespace

QString escapeIcsText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray foldIcsLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;   // the first line has 75 octets; continuation lines a space and 74 more
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        // Back up to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out += bytes.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;
    }
    out += bytes.mid(start);
    out += "\r\n";
    return out;
}

Result<int> exportPromisesIcs(const QSqlDatabase &db, const QString &path, Timestamp now)
{
    if (now == 0)
        now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT p.id, p.made_at, p.due_at, f.reference, f.title, f.requester, "
                                              "f.requester_contact, f.owner, f.status FROM promise p "
                                              "JOIN followup f ON f.id = p.followup_id "
                                              "WHERE p.outcome = ? ORDER BY p.due_at, p.id"),
                            {int(PromiseOutcome::Open)});
        !ok)
        return ok.error();

    const QString storeId = Store::idOf(db);
    int events = 0;
    // Complete or not at all, owner-only, never over the store (SPEC §3 "Files written").
    auto written = output::write(path, output::Rules{{QStringLiteral("ics")}, db.databaseName()},
                                 [&](QIODevice &file, QString &) {
    bool ok = true;
    const auto line = [&file, &ok](const QString &text) { ok = ok && file.write(foldIcsLine(text)) >= 0; };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//FollowThrough//Promised updates//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeIcsText(Tr::tr("Promised updates")));
    while (ok && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Timestamp due = q.value(2).toLongLong();
        const QString reference = q.value(3).toString();
        const QString title = q.value(4).toString();
        const QString requester = q.value(5).toString();
        const QString contact = q.value(6).toString();
        const QString owner = q.value(7).toString();
        const Status status = static_cast<Status>(q.value(8).toInt());
        const QString summary = reference.isEmpty() ? Tr::tr("Update due: %1").arg(title)
                                                    : Tr::tr("Update due: %1 %2").arg(reference, title);
        QStringList description;
        if (!requester.isEmpty())
            description << Tr::tr("Requester: %1").arg(contact.isEmpty() ? requester : Tr::tr("%1 (%2)").arg(requester, contact));
        if (!owner.isEmpty())
            description << Tr::tr("Owner: %1").arg(owner);
        description << Tr::tr("Status: %1").arg(statusLabel(status));
        description << Tr::tr("Promised on %1").arg(QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong())
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        line(QStringLiteral("BEGIN:VEVENT"));
        // The store's own id in it: promises of two stores never share a UID in one calendar.
        line(storeId.isEmpty() ? QStringLiteral("UID:promise-%1@followthrough").arg(id)
                               : QStringLiteral("UID:promise-%1-%2@followthrough").arg(id).arg(storeId));
        line(QStringLiteral("DTSTAMP:") + utcStamp(now));
        line(QStringLiteral("DTSTART:") + utcStamp(due));
        line(QStringLiteral("DTEND:") + utcStamp(due + promiseMinutes * 60));
        line(QStringLiteral("SUMMARY:") + escapeIcsText(summary));
        line(QStringLiteral("DESCRIPTION:") + escapeIcsText(description.join(QLatin1Char('\n'))));
        line(QStringLiteral("END:VEVENT"));
        ++events;
    }
    line(QStringLiteral("END:VCALENDAR"));
    return ok;
    });
    if (!written)
        return written.error();
    return events;
}

Result<int> exportPromisesIcs(const Store &store, const QString &path, Timestamp now)
{
    return exportPromisesIcs(store.database(), path, now);
}

} // namespace ft::exporting
