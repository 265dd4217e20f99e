#include "exporting/csvexport.h"

#include "importing/importtypes.h"

#include "store/followupqueries.h"
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

QString timeText(const std::optional<Timestamp> &t, const QTimeZone &zone)
{
    if (!t)
        return {};
    return QDateTime::fromSecsSinceEpoch(*t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString slaText(SlaMet s)
{
    switch (s) {
    case SlaMet::Yes: return QStringLiteral("yes");
    case SlaMet::No: return QStringLiteral("no");
    case SlaMet::Unknown: break;
    }
    return {};
}

QStringList cellsOf(const FollowUp &f, const QTimeZone &zone)
{
    return {f.reference,
            f.title,
            kindKey(f.kind),
            statusKey(f.status),
            QString::number(int(f.priority)),
            f.owner,
            f.team,
            f.requester,
            f.requesterContact,
            f.category,
            timeText(f.openedAt, zone),
            timeText(f.firstResponseAt, zone),
            timeText(f.resolvedAt, zone),
            timeText(f.closedAt, zone),
            QString::number(f.reopenCount),
            slaText(f.slaMet),
            f.contactType,
            f.notes,
            f.satisfaction ? QString::number(*f.satisfaction) : QString(),
            timeText(f.nextUpdateDue, zone),
            timeText(f.lastContactAt, zone)};
}

} // namespace

const QStringList &csvColumns()
{
    // The importable fields first, under the names the generic import reads, so an export
    // imports back as it is; then what only the timeline can set.
    static const QStringList columns = importing::genericFields()
        + QStringList{QStringLiteral("satisfaction"), QStringLiteral("next_update_due"),
                      QStringLiteral("last_contact_at")};
    return columns;
}

QString neutraliseFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        const QByteArray cell = cells.at(i).toUtf8();
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r')
            || cell.contains(';') || cell.contains('\t')) {
            QByteArray quoted = cell;
            quoted.replace("\"", "\"\"");
            line += '"' + quoted + '"';
        } else {
            line += cell;
        }
    }
    line += "\r\n";
    return line;
}

Result<int> exportFollowUpsCsv(const Store &store, const QString &path, const ExportSelection &selection)
{
    const QTimeZone zone = store.timeZone();
    int rows = 0;
    // Complete or not at all, owner-only, never over the store (SPEC §3 "Files written").
    auto written = output::write(path, output::Rules{{QStringLiteral("csv")}, store.path()},
                                 [&](QIODevice &file, QString &why) {
        if (file.write("\xEF\xBB\xBF") < 0 || file.write(csvLine(csvColumns())) < 0)
            return false;
        bool wrote = true;
        auto read = forEachFollowUp(store.connection(), selection.filter, zone, [&](const FollowUp &f) {
            QStringList cells = cellsOf(f, zone);
            for (QString &cell : cells)
                cell = neutraliseFormula(cell);
            wrote = file.write(csvLine(cells)) >= 0;
            rows += wrote ? 1 : 0;
            return wrote;
        });
        if (!read)
            why = read.error().message;
        return read.ok() && wrote;
    });
    if (!written)
        return written.error();
    return rows;
}

} // namespace ft::exporting
