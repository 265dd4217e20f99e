#include "importing/importer.h"

#include "importing/csvreader.h"
#include "importing/eventsprofile.h"
#include "importing/genericprofile.h"
#include "importing/importcontext.h"
#include "importing/servicenowprofile.h"
#include "importing/spreadsheet.h"
#include "importing/surveysprofile.h"
#include "importing/ticketwriter.h"
#include "importing/toolprofiles.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

constexpr int rowsPerTick = 2000;

QList<int> dateColumns(const CsvReader &reader, Profile profile, const QHash<QString, QString> &mapping)
{
    QList<int> columns;
    const auto add = [&](const QString &name) {
        if (int i = reader.columnOf(name); i >= 0 && !columns.contains(i))
            columns << i;
    };
    switch (profile) {
    case Profile::ServiceNow:
        for (const QString &name : serviceNowDateColumns())
            add(name);
        break;
    case Profile::Surveys:
        if (int i = surveyColumns(reader).date; i >= 0)
            columns << i;
        break;
    case Profile::Generic:
    case Profile::Jira:
    case Profile::Zendesk:
    case Profile::Freshservice:
    case Profile::Glpi:
    case Profile::Otrs:
    case Profile::Osticket:
    case Profile::Zammad:
        for (const QString &field : genericDateFields()) {
            if (mapping.contains(field))
                add(mapping.value(field));
        }
        break;
    case Profile::Events:
        if (mapping.contains(QStringLiteral("at")))
            add(mapping.value(QStringLiteral("at")));
        break;
    }
    return columns;
}

// The file the CSV reader reads: the file itself, or its first sheet converted to CSV in a
// temporary folder that lives as long as this.
struct Source
{
    QString csv;
    QString name;   // for messages: the file's own name
    std::unique_ptr<QTemporaryDir> dir;
};

Result<Source> openSource(const QString &path)
{
    Source s;
    s.csv = path;
    s.name = QFileInfo(path).fileName();
    if (spreadsheetKind(path) == SpreadsheetKind::None)
        return s;
    s.dir = std::make_unique<QTemporaryDir>();
    if (!s.dir->isValid())
        return Error::failed(Tr::tr("Cannot create a temporary folder to read %1.").arg(s.name));
    s.csv = s.dir->filePath(QStringLiteral("sheet.csv"));
    if (auto converted = spreadsheetToCsv(path, s.csv); !converted)
        return converted.error();
    return s;
}

struct Evidence
{
    qint64 line = 0;
    QString value;
};

// Reads every date of the file once to learn the order of day and month (SPEC: detected from the
// whole column, a day above 12 decides). Ragged or damaged rows are left to the real pass.
Result<DateOrder> detectDateOrder(const QString &path, const QString &name, std::optional<TextEncoding> encoding,
                                  const QList<int> &columns, const ImportOptions &options, qint64 total, bool &assumed,
                                  int &rows)
{
    CsvReader reader(path);
    reader.setDisplayName(name);
    reader.setEncoding(encoding);
    if (auto ok = reader.open(); !ok)
        return ok.error();
    reader.setValidateUtf8(false);   // the real pass checks every record
    DateOrderDetector detector;
    Evidence dayFirst, monthFirst;
    qint64 sinceTick = 0;
    rows = 0;
    for (;;) {
        auto next = reader.next();
        if (!next && reader.fatalError())
            return next.error();
        if (next && !next.value())
            break;
        ++rows;
        if (++sinceTick >= rowsPerTick) {
            sinceTick = 0;
            if (options.progress && !options.progress(reader.bytesRead(), total))
                return Error::cancelled(Tr::tr("The import of %1 was cancelled; nothing was changed.").arg(reader.fileName()));
        }
        if (!next)
            continue;
        for (int c : columns) {
            const bool hadDay = detector.sawDayFirst();
            const bool hadMonth = detector.sawMonthFirst();
            const QString value = reader.field(c);
            detector.add(value);
            if (!hadDay && detector.sawDayFirst())
                dayFirst = {reader.line(), value};
            if (!hadMonth && detector.sawMonthFirst())
                monthFirst = {reader.line(), value};
        }
    }
    if (detector.contradictory())
        return Error::badInput(Tr::tr("%1: the dates are written day first (line %2: “%3”) and month first (line %4: "
                                  "“%5”). Say which with --date-order dmy, mdy or ymd.")
                                   .arg(reader.fileName())
                                   .arg(dayFirst.line)
                                   .arg(dayFirst.value)
                                   .arg(monthFirst.line)
                                   .arg(monthFirst.value));
    if (auto order = detector.decided()) {
        assumed = false;
        return *order;
    }
    // Every date fits either order (or there are none): day first, as most of the world and the
    // ServiceNow sample write them; the report says it was assumed.
    assumed = detector.values() > 0;
    return DateOrder::DayMonthYear;
}

} // namespace

QString profileKey(Profile p)
{
    switch (p) {
    case Profile::ServiceNow: return QStringLiteral("servicenow");
    case Profile::Surveys: return QStringLiteral("surveys");
    case Profile::Generic: return QStringLiteral("generic");
    case Profile::Events: return QStringLiteral("events");
    case Profile::Jira: return QStringLiteral("jira");
    case Profile::Zendesk: return QStringLiteral("zendesk");
    case Profile::Freshservice: return QStringLiteral("freshservice");
    case Profile::Glpi: return QStringLiteral("glpi");
    case Profile::Otrs: return QStringLiteral("otrs");
    case Profile::Osticket: return QStringLiteral("osticket");
    case Profile::Zammad: return QStringLiteral("zammad");
    }
    return {};
}

const QList<Profile> &allProfiles()
{
    static const QList<Profile> all{Profile::ServiceNow, Profile::Jira,     Profile::Zendesk, Profile::Freshservice,
                                    Profile::Glpi,       Profile::Otrs,     Profile::Osticket, Profile::Zammad,
                                    Profile::Events,     Profile::Surveys,  Profile::Generic};
    return all;
}

std::optional<Profile> profileFromKey(const QString &key)
{
    for (Profile p : allProfiles()) {
        if (profileKey(p).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return toolProfileFromAlias(key);
}

QString profileLabel(Profile p)
{
    switch (p) {
    case Profile::ServiceNow: return Tr::tr("ServiceNow incidents");
    case Profile::Surveys: return Tr::tr("Survey responses");
    case Profile::Generic: return Tr::tr("Other CSV (columns mapped to fields)");
    case Profile::Events: return Tr::tr("Event log (one row per change of a ticket)");
    case Profile::Jira: return Tr::tr("Jira Service Management issues");
    case Profile::Zendesk: return Tr::tr("Zendesk tickets");
    case Profile::Freshservice: return Tr::tr("Freshservice or Freshdesk tickets");
    case Profile::Glpi: return Tr::tr("GLPI tickets");
    case Profile::Otrs: return Tr::tr("OTRS or Znuny tickets");
    case Profile::Osticket: return Tr::tr("osTicket tickets");
    case Profile::Zammad: return Tr::tr("Zammad tickets");
    }
    return {};
}

const QStringList &genericFields()
{
    static const QStringList fields{
        QStringLiteral("reference"),   QStringLiteral("title"),        QStringLiteral("kind"),
        QStringLiteral("status"),      QStringLiteral("priority"),     QStringLiteral("owner"),
        QStringLiteral("team"),        QStringLiteral("requester"),    QStringLiteral("requester_contact"),
        QStringLiteral("category"),    QStringLiteral("opened_at"),    QStringLiteral("first_response_at"),
        QStringLiteral("resolved_at"), QStringLiteral("closed_at"),    QStringLiteral("reopen_count"),
        QStringLiteral("sla_met"),     QStringLiteral("contact_type"), QStringLiteral("notes"),
    };
    return fields;
}

Profile detectProfile(const QStringList &header)
{
    const auto has = [&header](const char *name) {
        return std::any_of(header.begin(), header.end(), [name](const QString &h) {
            return h.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
        });
    };
    // ServiceNow: the audit log, and list or Table API exports by field name or by label.
    if (has("number") && (has("incident_state") || has("state") || has("incident state"))
        && (has("sys_mod_count") || has("sys_id") || has("short_description") || has("short description")
            || has("assignment_group") || has("assignment group") || has("caller_id") || has("sys_updated_on")))
        return Profile::ServiceNow;
    if (auto tool = detectToolProfile(header))
        return *tool;
    // An event log: a status with its detail, or a column named as event logs name their times.
    const QHash<QString, QString> events = suggestEventMapping(header);
    if (events.contains(QStringLiteral("reference")) && events.contains(QStringLiteral("status"))
        && events.contains(QStringLiteral("at")) && !has("opened_at")
        && (events.contains(QStringLiteral("status_detail")) || has("time:timestamp") || has("change date+time")
            || has("event_time") || has("changed_at") || has("complete timestamp")))
        return Profile::Events;
    if (looksLikeSurveys(header) && !has("title") && !has("status"))
        return Profile::Surveys;
    return Profile::Generic;
}

QHash<QString, QString> suggestMapping(const QStringList &header) { return suggestGenericMapping(header); }

QHash<QString, QString> suggestMapping(const QStringList &header, Profile profile)
{
    if (isToolProfile(profile))
        return suggestToolMapping(profile, header);
    return profile == Profile::Events ? suggestEventMapping(header) : suggestGenericMapping(header);
}

QHash<QString, QString> effectiveMapping(const QStringList &header, Profile profile,
                                         const QHash<QString, QString> &chosen)
{
    QHash<QString, QString> mapping = suggestMapping(header, profile);
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it) {
        if (it.value().trimmed().isEmpty())
            mapping.remove(it.key());   // --map FIELD= : left out
        else
            mapping.insert(it.key(), it.value());
    }
    return mapping;
}

Result<FilePreview> previewFile(const QString &path, int rows)
{
    auto source = openSource(path);
    if (!source)
        return source.error();
    CsvReader reader(source.value().csv);
    reader.setDisplayName(source.value().name);
    if (auto ok = reader.open(); !ok)
        return ok.error();
    FilePreview preview;
    preview.file = path;
    preview.separator = reader.separator();
    preview.header = reader.header();
    preview.profile = detectProfile(preview.header);
    preview.suggestedMapping = suggestMapping(preview.header, preview.profile);
    const QList<int> columns = dateColumns(reader, preview.profile, preview.suggestedMapping);
    DateOrderDetector detector;
    while (preview.rows.size() < rows) {
        auto next = reader.next();
        if (!next) {
            if (reader.fatalError())
                return next.error();
            continue;
        }
        if (!next.value())
            break;
        preview.rows << reader.fields();
        for (int c : columns)
            detector.add(reader.field(c));
    }
    preview.dateOrder = detector.decided();
    return preview;
}

Result<QList<FollowUp>> previewFollowUps(const QString &path, const QTimeZone &zone, const ImportOptions &options,
                                         int rows)
{
    auto source = openSource(path);
    if (!source)
        return source.error();
    const std::optional<TextEncoding> encoding = source.value().dir ? std::optional(TextEncoding::Utf8) : options.encoding;
    CsvReader reader(source.value().csv);
    reader.setDisplayName(source.value().name);
    reader.setEncoding(encoding);
    if (auto ok = reader.open(); !ok)
        return ok.error();
    ImportReport report;
    report.profile = options.profile.value_or(detectProfile(reader.header()));
    if (report.profile == Profile::Surveys)
        return QList<FollowUp>();
    const bool tool = isToolProfile(report.profile);
    QHash<QString, QString> mapping;
    if (report.profile == Profile::Generic || report.profile == Profile::Events || tool)
        mapping = effectiveMapping(reader.header(), report.profile, options.mapping);
    // A tool's own export may repeat a column once per value (Jira's Labels, Component/s): the tool
    // profile reads the first. Anywhere else two columns of one name are a guess, and refused.
    if (auto unique = tool ? Result<void>() : reader.checkColumnsUnique(reader.header()); !unique)
        return unique.error();
    DateOrder order = options.dateOrder.value_or(DateOrder::DayMonthYear);
    if (!options.dateOrder) {
        // From the previewed rows only; the import reads every date of the file.
        auto previewed = previewFile(path, rows);
        if (previewed && previewed.value().dateOrder)
            order = *previewed.value().dateOrder;
    }
    ImportOptions limited = options;
    limited.maxRows = rows;
    limited.progress = nullptr;
    ImportContext context(reader, limited, report, options.timeZone.value_or(zone), order, QDateTime::currentSecsSinceEpoch());
    if (tool)
        context.vocabulary = &toolVocabulary(report.profile);
    QList<TicketDraft> drafts;
    auto collected = report.profile == Profile::ServiceNow ? collectServiceNow(context, drafts)
                     : report.profile == Profile::Events   ? collectEvents(context, mapping, drafts)
                                                           : collectGeneric(context, mapping, drafts);
    if (!collected)
        return collected.error();
    QList<FollowUp> items;
    for (const TicketDraft &d : std::as_const(drafts)) {
        FollowUp f = d.item;
        if (f.isOpen()) {   // as the store keeps them
            f.resolvedAt.reset();
            f.closedAt.reset();
        } else if (f.status == Status::Resolved) {
            f.closedAt.reset();
        }
        items << f;
    }
    return items;
}

Result<ImportReport> importFile(const QSqlDatabase &db, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.file = QFileInfo(path).absoluteFilePath();
    report.dryRun = options.dryRun;
    const Timestamp now = options.now != 0 ? options.now : QDateTime::currentSecsSinceEpoch();

    auto source = openSource(path);
    if (!source)
        return source.error();
    // A converted sheet is UTF-8 whatever the options say.
    const std::optional<TextEncoding> encoding = source.value().dir ? std::optional(TextEncoding::Utf8) : options.encoding;
    CsvReader reader(source.value().csv);
    reader.setDisplayName(source.value().name);
    reader.setEncoding(encoding);
    if (auto ok = reader.open(); !ok)
        return ok.error();
    report.encoding = reader.encoding();
    report.encodingDetected = !encoding;
    const QTimeZone localZone = options.timeZone.value_or(zone);
    report.timeZone = localZone.id();
    report.profile = options.profile.value_or(detectProfile(reader.header()));
    // A mapping without a profile is for a profile that takes one: the fixed layouts do not.
    if (!options.profile && !options.mapping.isEmpty()
        && (report.profile == Profile::ServiceNow || report.profile == Profile::Surveys))
        report.profile = Profile::Generic;
    QHash<QString, QString> mapping;
    const bool tool = isToolProfile(report.profile);
    if (report.profile == Profile::Generic || report.profile == Profile::Events || tool)
        mapping = effectiveMapping(reader.header(), report.profile, options.mapping);
    // A tool's own export may repeat a column once per value (Jira's Labels, Component/s): the tool
    // profile reads the first. Anywhere else two columns of one name are a guess, and refused.
    if (auto unique = tool ? Result<void>() : reader.checkColumnsUnique(reader.header()); !unique)
        return unique.error();
    if (tool && (!mapping.contains(QStringLiteral("reference")) || !mapping.contains(QStringLiteral("status")))) {
        const Profile looksLike = detectProfile(reader.header());
        const bool hasReference = mapping.contains(QStringLiteral("reference"));   // notr: field key
        const QString missing = hasReference ? QStringLiteral("status") : QStringLiteral("reference");   // notr: field key
        const QString names = toolHeaders(report.profile).value(missing).mid(0, 4).join(QStringLiteral("”, “"));
        return Error::badInput(
            Tr::tr("%1 does not look like a %2 export: it has no column for the %3 (the %2 profile looks for “%4”). "
                   "Its header looks like %5; try --profile %6, or map the columns with --map FIELD=COLUMN.")
                .arg(reader.fileName(), profileLabel(report.profile),
                     hasReference ? Tr::tr("status") : Tr::tr("ticket number"), names,
                     profileLabel(looksLike), profileKey(looksLike)));
    }

    const qint64 size = std::max<qint64>(1, reader.size());
    const QList<int> dates = dateColumns(reader, report.profile, mapping);
    const bool scan = !options.dateOrder && !dates.isEmpty();
    const qint64 total = size * (scan ? 3 : 2);
    if (options.dateOrder) {
        report.dateOrder = *options.dateOrder;
    } else if (scan) {
        int rows = 0;
        auto order = detectDateOrder(source.value().csv, source.value().name, encoding, dates, options, total,
                                     report.dateOrderAssumed, rows);
        if (!order)
            return order.error();
        report.dateOrder = order.value();
    }

    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    ImportContext context(reader, options, report, localZone, report.dateOrder, now);
    if (tool)
        context.vocabulary = &toolVocabulary(report.profile);
    const qint64 readFrom = scan ? size : 0;
    context.setProgressSpan(readFrom, readFrom + size / 2, total);

    if (report.profile == Profile::Surveys) {
        context.setProgressSpan(readFrom, total, total);
        if (auto done = importSurveys(context, db); !done)
            return done.error();
    } else {
        QList<TicketDraft> drafts;
        auto collected = report.profile == Profile::ServiceNow ? collectServiceNow(context, drafts)
                         : report.profile == Profile::Events   ? collectEvents(context, mapping, drafts)
                                                               : collectGeneric(context, mapping, drafts);
        if (!collected)
            return collected.error();
        context.setProgressSpan(readFrom + size / 2, total, total);
        TicketWriter writer(db, now, report);
        if (auto prepared = writer.prepare(); !prepared)
            return prepared.error();
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            if (i % 500 == 0 && !context.tick(i, drafts.size()))
                return context.cancelledError();
            if (auto written = writer.write(drafts[i]); !written)
                return Error::failed(Tr::tr("%1, line %2: %3")
                                         .arg(reader.fileName())
                                         .arg(drafts.at(i).line)
                                         .arg(written.error().message));
        }
    }
    if (report.rows == 0)
        return Error::badInput(Tr::tr("%1 has a header line but no data rows.").arg(reader.fileName()));

    if (auto recorded = sql::exec(db, QStringLiteral("INSERT INTO import_run (at, file, profile, added, updated, rejected) "
                                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                                  {now, report.file, profileKey(report.profile), report.added, report.updated,
                                   report.rejected});
        !recorded)
        return recorded.error();
    if (!options.dryRun) {
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }
    // A dry run leaves here with the transaction still open: its destructor rolls everything back.
    if (options.progress)
        options.progress(total, total);
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<ImportReport> importFile(const Store &store, const QString &path, const ImportOptions &options)
{
    return importFile(store.database(), store.timeZone(), path, options);
}

Result<ImportReport> importFile(const ScopedConnection &connection, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options)
{
    return importFile(connection.database(), zone, path, options);
}

} // namespace ft::importing
