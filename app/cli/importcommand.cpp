#include "cli/commandline.h"

#include "importing/importer.h"
#include "importing/inputlimits.h"
#include "importing/valuemaps.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

const QString name = QStringLiteral("import");

QString profileKeys()
{
    QStringList keys;
    for (importing::Profile p : importing::allProfiles())
        keys << importing::profileKey(p);
    return keys.join(QStringLiteral(", "));
}

int runImport(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), Tr::tr("servicenow, jira, zendesk, freshservice (freshdesk), glpi, otrs (znuny), "
                                                  "osticket, zammad, events, surveys or generic; default: recognised "
                                                  "from the header."),
                                           QStringLiteral("PROFILE"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       Tr::tr("Generic, events: read FIELD from COLUMN; FIELD= leaves a suggested "
                                              "column out (repeatable)."),
                                       QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption valueOption(QStringLiteral("value"),
                                         Tr::tr("Read SOURCE (* is a wildcard) as VALUE for status, priority or "
                                                "kind; the first matching rule wins (repeatable)."),
                                         QStringLiteral("FIELD:SOURCE=VALUE"));
    const QCommandLineOption dateOrderOption(QStringLiteral("date-order"), Tr::tr("dmy, mdy or ymd."),
                                             QStringLiteral("ORDER"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            Tr::tr("utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: "
                                                   "detected)."),
                                            QStringLiteral("ENCODING"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        Tr::tr("The zone of times written without one, e.g. Europe/Berlin or UTC "
                                               "(default: the store's)."),
                                        QStringLiteral("ZONE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), Tr::tr("Report what would change; write nothing."));
    const QCommandLineOption skipOption(QStringLiteral("skip-bad-rows"),
                                        Tr::tr("Report bad rows and import the others instead of stopping."));
    parser.addOptions({profileOption, mapOption, valueOption, dateOrderOption, encodingOption, zoneOption, dryRunOption,
                       skipOption});
    if (!parser.parse(arguments))
        return usageFailure(context, name, parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageFailure(context, name, files.isEmpty() ? Tr::tr("import needs the file to import.")
                                                           : Tr::tr("import takes one file, not %1.").arg(files.size()));

    importing::ImportOptions options;
    if (parser.isSet(profileOption)) {
        options.profile = importing::profileFromKey(parser.value(profileOption));
        if (!options.profile)
            return usageFailure(context, name, Tr::tr("--profile is one of %1, not “%2”.")
                                                   .arg(profileKeys(), parser.value(profileOption)));
    }
    if (parser.isSet(dateOrderOption)) {
        options.dateOrder = importing::dateOrderFromKey(parser.value(dateOrderOption));
        if (!options.dateOrder)
            return usageFailure(context, name, Tr::tr("--date-order is dmy, mdy or ymd, not “%1”.")
                                                   .arg(parser.value(dateOrderOption)));
    }
    if (parser.isSet(encodingOption)) {
        options.encoding = encodingFromName(parser.value(encodingOption));
        if (!options.encoding)
            return usageFailure(context, name, Tr::tr("--encoding is utf-8, utf-16le, utf-16be, windows-1252 or latin1, "
                                                      "not “%1”.").arg(parser.value(encodingOption)));
    }
    if (parser.isSet(zoneOption)) {
        const QTimeZone zone(parser.value(zoneOption).trimmed().toUtf8());
        if (!zone.isValid())
            return usageFailure(context, name, Tr::tr("--time-zone: “%1” is not a time zone (for example Europe/Berlin, "
                                                      "America/New_York, UTC).").arg(parser.value(zoneOption)));
        options.timeZone = zone;
    }
    const bool events = options.profile == importing::Profile::Events;
    const QStringList fields = events ? importing::eventFields() : importing::genericFields() + QStringList{QStringLiteral("first_response_minutes")};
    for (const QString &map : parser.values(mapOption)) {
        const qsizetype eq = map.indexOf(QLatin1Char('='));
        const QString field = map.left(eq).trimmed().toLower();
        if (eq <= 0)
            return usageFailure(context, name, Tr::tr("--map takes FIELD=COLUMN (or FIELD= to leave a column out), "
                                                      "not “%1”.").arg(map));
        if (!fields.contains(field))
            return usageFailure(context, name, Tr::tr("--map: “%1” is not a field; the fields are %2.")
                                                   .arg(field, fields.join(QStringLiteral(", "))));
        options.mapping.insert(field, map.mid(eq + 1).trimmed());
    }
    if (!options.mapping.isEmpty() && options.profile
        && (*options.profile == importing::Profile::ServiceNow || *options.profile == importing::Profile::Surveys))
        return usageFailure(context, name, Tr::tr("--map does not apply to the servicenow and surveys profiles, whose "
                                                  "columns are fixed."));
    for (const QString &value : parser.values(valueOption)) {
        auto rule = importing::parseValueRule(value);
        if (!rule)
            return usageFailure(context, name, rule.error().message);
        options.valueRules.append(rule.value());
    }
    options.dryRun = parser.isSet(dryRunOption);
    options.skipBadRows = parser.isSet(skipOption);

    // Checked before the store: a device or an endless stream is refused without touching it.
    auto input = importing::InputSource::open(files.constFirst());
    if (!input) {
        context.err << input.error().message << '\n';
        return Failure;
    }
    auto store = Store::open(context.dbPath, storeOptionsFor(context));
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    // A damaged page is named before anything is written into the store (SPEC §4); a dry run writes nothing.
    if (auto sound = options.dryRun ? Result<void>() : store.value()->quickCheck(); !sound) {
        context.err << sound.error().message << '\n';
        return Failure;
    }
    auto imported = importing::importFile(*store.value(), input.value()->path(), options);
    if (!imported) {
        context.err << input.value()->named(imported.error().message) << '\n';
        return Failure;
    }
    importing::ImportReport r = imported.value();
    r.file = input.value()->named(r.file);
    for (importing::RejectedRow &row : r.rejectedRows)
        row.message = input.value()->named(row.message);
    context.out << (r.dryRun ? Tr::tr("Dry run of %1 (nothing was written)").arg(r.file) : Tr::tr("Imported %1").arg(r.file))
                << '\n';
    context.out << Tr::tr("Profile: %1").arg(importing::profileKey(r.profile)) << '\n';
    context.out << Tr::tr("Encoding: %1 (%2)")
                       .arg(encodingName(r.encoding), r.encodingDetected ? Tr::tr("detected") : Tr::tr("as asked"))
                << '\n';
    context.out << Tr::tr("Times without a zone read in: %1").arg(QString::fromUtf8(r.timeZone)) << '\n';
    context.out << Tr::tr("Date order: %1%2")
                       .arg(importing::dateOrderKey(r.dateOrder),
                            r.dateOrderAssumed ? Tr::tr(" (assumed: every date fits either order; use --date-order)")
                                               : QString())
                << '\n';
    context.out << Tr::tr("Rows read: %1").arg(r.rows) << '\n';
    context.out << Tr::tr("Added: %1").arg(r.added) << '\n';
    context.out << Tr::tr("Updated: %1").arg(r.updated) << '\n';
    context.out << Tr::tr("Unchanged: %1").arg(r.unchanged) << '\n';
    context.out << Tr::tr("Rejected: %1").arg(r.rejected) << '\n';
    context.out << Tr::tr("Timeline events added: %1").arg(r.eventsAdded) << '\n';
    if (r.dataProblems > 0) {
        context.out << Tr::tr("Data problems in the source: %1 (imported as the source has them, see below)")
                           .arg(r.dataProblems)
                    << '\n';
        for (const QString &note : r.dataProblemNotes)
            context.out << "  " << note << '\n';
    }
    context.out << Tr::tr("Time: %1 s").arg(double(r.elapsedMs) / 1000.0, 0, 'f', 2) << '\n';
    for (const importing::RejectedRow &row : r.rejectedRows)
        context.err << row.message << '\n';
    return Success;
}
} // namespace

const Command &importCommand()
{
    static const Command command{
        name,
        QStringLiteral("import FILE [--profile PROFILE] [--map FIELD=[COLUMN]]... "
                       "[--value FIELD:SOURCE=VALUE]... "
                       "[--date-order dmy|mdy|ymd] [--encoding ENCODING] [--time-zone ZONE] [--dry-run] [--skip-bad-rows]"),
        QT_TRANSLATE_NOOP("ft::cli", "import follow-ups or survey responses from a CSV file (all or nothing; again changes nothing)"), false,
        runImport, {}};
    return command;
}

} // namespace ft::cli
