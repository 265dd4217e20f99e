#include "exporting/icalendarexport.h"

#include "store/exportqueries.h"
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

Result<int> exportPromisesIcs(const Store &store, const QString &path, Timestamp now)
{
    if (now == 0)
        now = QDateTime::currentSecsSinceEpoch();
    const QString storeId = store.id();
    int events = 0;
    // Complete or not at all, owner-only, never over the store (SPEC §3 "Files written").
    auto written = output::write(path, output::Rules{{QStringLiteral("ics")}, store.path()},
                                 [&](QIODevice &file, QString &why) {
    bool ok = true;
    const auto line = [&file, &ok](const QString &text) { ok = ok && file.write(foldIcsLine(text)) >= 0; };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//FollowThrough//Promised updates//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeIcsText(Tr::tr("Promised updates")));
    auto read = forEachOpenPromise(store.connection(), [&](const OpenPromiseEntry &p) {
        const QString summary = p.reference.isEmpty() ? Tr::tr("Update due: %1").arg(p.title)
                                                      : Tr::tr("Update due: %1 %2").arg(p.reference, p.title);
        QStringList description;
        if (!p.requester.isEmpty())
            description << Tr::tr("Requester: %1").arg(p.requesterContact.isEmpty()
                                                           ? p.requester
                                                           : Tr::tr("%1 (%2)").arg(p.requester, p.requesterContact));
        if (!p.owner.isEmpty())
            description << Tr::tr("Owner: %1").arg(p.owner);
        description << Tr::tr("Status: %1").arg(statusLabel(p.status));
        description << Tr::tr("Promised on %1").arg(QDateTime::fromSecsSinceEpoch(p.madeAt)
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        line(QStringLiteral("BEGIN:VEVENT"));
        // The store's own id in it: promises of two stores never share a UID in one calendar.
        line(storeId.isEmpty() ? QStringLiteral("UID:promise-%1@followthrough").arg(p.id)
                               : QStringLiteral("UID:promise-%1-%2@followthrough").arg(p.id).arg(storeId));
        line(QStringLiteral("DTSTAMP:") + utcStamp(now));
        line(QStringLiteral("DTSTART:") + utcStamp(p.dueAt));
        line(QStringLiteral("DTEND:") + utcStamp(p.dueAt + promiseMinutes * 60));
        line(QStringLiteral("SUMMARY:") + escapeIcsText(summary));
        line(QStringLiteral("DESCRIPTION:") + escapeIcsText(description.join(QLatin1Char('\n'))));
        line(QStringLiteral("END:VEVENT"));
        ++events;
        return ok;
    });
    if (!read) {
        why = read.error().message;
        return false;
    }
    line(QStringLiteral("END:VCALENDAR"));
    return ok;
    });
    if (!written)
        return written.error();
    return events;
}

} // namespace ft::exporting
