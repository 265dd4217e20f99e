#include "cli/commandline.h"

#include "importing/importer.h"
#include "importing/inputlimits.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

const QString name = QStringLiteral("import");

int runImport(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), Tr::tr("servicenow, surveys or generic."),
                                           QStringLiteral("PROFILE"));
    const QCommandLineOption mapOption(QStringLiteral("map"), Tr::tr("Generic: read FIELD from COLUMN (repeatable)."),
                                       QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption dateOrderOption(QStringLiteral("date-order"), Tr::tr("dmy, mdy or ymd."),
                                             QStringLiteral("ORDER"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), Tr::tr("Report what would change; write nothing."));
    const QCommandLineOption skipOption(QStringLiteral("skip-bad-rows"),
                                        Tr::tr("Report bad rows and import the others instead of stopping."));
    parser.addOptions({profileOption, mapOption, dateOrderOption, dryRunOption, skipOption});
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
            return usageFailure(context, name, Tr::tr("--profile is servicenow, surveys or generic, not “%1”.")
                                                   .arg(parser.value(profileOption)));
    }
    if (parser.isSet(dateOrderOption)) {
        options.dateOrder = importing::dateOrderFromKey(parser.value(dateOrderOption));
        if (!options.dateOrder)
            return usageFailure(context, name, Tr::tr("--date-order is dmy, mdy or ymd, not “%1”.")
                                                   .arg(parser.value(dateOrderOption)));
    }
    for (const QString &map : parser.values(mapOption)) {
        const qsizetype eq = map.indexOf(QLatin1Char('='));
        const QString field = map.left(eq).trimmed().toLower();
        if (eq <= 0 || eq == map.size() - 1)
            return usageFailure(context, name, Tr::tr("--map takes FIELD=COLUMN, not “%1”.").arg(map));
        if (!importing::genericFields().contains(field))
            return usageFailure(context, name, Tr::tr("--map: “%1” is not a field; the fields are %2.")
                                                   .arg(field, importing::genericFields().join(QStringLiteral(", "))));
        options.mapping.insert(field, map.mid(eq + 1));
    }
    if (!options.mapping.isEmpty() && options.profile && *options.profile != importing::Profile::Generic)
        return usageFailure(context, name, Tr::tr("--map applies to the generic profile only."));
    if (!options.mapping.isEmpty())
        options.profile = importing::Profile::Generic;
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
        QStringLiteral("import FILE [--profile servicenow|surveys|generic] [--map FIELD=COLUMN]... "
                       "[--date-order dmy|mdy|ymd] [--dry-run] [--skip-bad-rows]"),
        QT_TRANSLATE_NOOP("ft::cli", "import follow-ups or survey responses from a CSV file (all or nothing; again changes nothing)"), false,
        runImport, {}};
    return command;
}

} // namespace ft::cli
