#include "importing/importer.h"

#include "domain/followuprules.h"
#include "importing/csvreader.h"
#include "importing/eventsprofile.h"
#include "importing/genericprofile.h"
#include "importing/importcontext.h"
#include "importing/importsource.h"
#include "importing/surveysprofile.h"
#include "importing/ticketwriter.h"
#include "importing/toolprofiles.h"
#include "store/bulkload.h"
#include "store/followupwriter.h"
#include "store/importrecords.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <memory>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

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

QString importActor(Profile p) { return Tr::tr("import (%1)").arg(profileKey(p)); }

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
    ImportReport report;
    Reading r;
    if (auto opened = openReading(path, zone, options, report, r); !opened)
        return opened.error();
    if (report.profile == Profile::Surveys)
        return QList<FollowUp>();
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
    ImportContext context(*r.reader, limited, report, options.timeZone.value_or(zone), order,
                          QDateTime::currentSecsSinceEpoch());
    QList<TicketDraft> drafts;
    if (auto collected = collectDrafts(context, r, drafts); !collected)
        return collected.error();
    QList<FollowUp> items;
    for (const TicketDraft &d : std::as_const(drafts)) {
        FollowUp f = d.item;
        rules::keepTimesConsistent(f);   // as the store keeps them
        items << f;
    }
    return items;
}

Result<ImportReport> importFile(const Connection &connection, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.file = QFileInfo(path).absoluteFilePath();
    report.dryRun = options.dryRun;
    const Timestamp now = options.now != 0 ? options.now : QDateTime::currentSecsSinceEpoch();

    Reading r;
    if (auto opened = openReading(path, zone, options, report, r); !opened)
        return opened.error();
    CsvReader &reader = *r.reader;
    const qint64 size = std::max<qint64>(1, reader.size());
    const QList<int> dates = dateColumns(reader, report.profile, r.mapping);
    const bool scan = !options.dateOrder && !dates.isEmpty();
    // Surveys learn the order of dates in a pass of their own before they write; the follow-up
    // profiles learn it while they read, and read again in the rare file that is not day first.
    const bool ownPass = scan && report.profile == Profile::Surveys;
    const qint64 total = size * (ownPass ? 3 : 2);
    const QTimeZone localZone = options.timeZone.value_or(zone);
    report.dateOrder = options.dateOrder.value_or(DateOrder::DayMonthYear);
    if (ownPass) {
        auto order = detectDateOrder(r.source.csv, r.source.name, r.encoding, dates, options, total,
                                     report.dateOrderAssumed);
        if (!order)
            return order.error();
        report.dateOrder = order.value();
    }

    QList<TicketDraft> drafts;
    if (report.profile != Profile::Surveys) {
        const auto collect = [&](CsvReader &from, DateOrderScan *scanning) -> Result<void> {
            ImportContext context(from, options, report, localZone, report.dateOrder, now);
            context.dateScan = scanning;
            context.setProgressSpan(0, size / 2, total);
            return collectDrafts(context, r, drafts);
        };
        const ImportReport unread = report;
        DateOrderScan scanning(dates);
        auto collected = collect(reader, scan ? &scanning : nullptr);
        if (scan && (collected || collected.error().code != Error::Code::Cancelled)) {
            // The order of the whole file: learnt by this pass when it read every record, else in a pass
            // of its own (an error may lie in a date read in the wrong order).
            bool assumed = false;
            auto order = collected && scanning.complete
                             ? scanning.result(reader.fileName(), assumed)
                             : detectDateOrder(r.source.csv, r.source.name, r.encoding, dates, options, total, assumed);
            if (!order)
                return order.error();
            if (order.value() != report.dateOrder) {
                report = unread;
                report.dateOrder = order.value();
                drafts.clear();
                CsvReader again(r.source.csv);
                again.setDisplayName(r.source.name);
                again.setEncoding(r.encoding);
                if (auto ok = again.open(); !ok)
                    return ok.error();
                collected = collect(again, nullptr);
            }
            report.dateOrderAssumed = assumed;
        }
        if (!collected)
            return collected.error();
    }

    // Into a store without follow-ups the import is a bulk load (store/bulkload.h): a rollback
    // journal, and the follow-ups' indexes and search index built once at the end. Into a store with
    // history it keeps them: building them again would cost more than the rows it adds.
    auto existing = FollowUpWriter(connection).followUpCount();
    if (!existing)
        return existing.error();
    const bool load = existing.value() == 0 && report.profile != Profile::Surveys;
    // A page cache for what it writes (a few hundred bytes of file make a row and its events).
    BulkWrite tx(connection, {load, load ? size / 256 : 0, {QStringLiteral("followup")}});
    if (!tx.isActive())
        return tx.beginError();
    if (auto deferred = tx.deferIndexes(); !deferred)
        return deferred.error();
    ImportContext context(reader, options, report, localZone, report.dateOrder, now);
    if (report.profile == Profile::Surveys) {
        context.setProgressSpan(ownPass ? size : 0, total, total);
        if (auto done = importSurveys(context, connection); !done)
            return done.error();
    } else {
        context.setProgressSpan(size / 2, total, total);
        TicketWriter writer(connection, now, report, importActor(report.profile));
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
        drafts = {};   // written: their memory goes back before the indexes are built
    }
    if (report.rows == 0)
        return Error::badInput(Tr::tr("%1 has a header line but no data rows.").arg(reader.fileName()));

    if (auto recorded = importrecords::recordImportRun(connection, {now, report.file, profileKey(report.profile),
                                                                    report.added, report.updated, report.rejected});
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
    return importFile(store.connection(), store.timeZone(), path, options);
}

Result<ImportReport> importFile(const ScopedConnection &connection, const QTimeZone &zone, const QString &path,
                                const ImportOptions &options)
{
    return importFile(connection.connection(), zone, path, options);
}

} // namespace ft::importing
