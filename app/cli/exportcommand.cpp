#include "cli/commandline.h"

#include "exporting/csvexport.h"
#include "exporting/icalendarexport.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

const QString name = QStringLiteral("export");

int runExport(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("FILE.csv (follow-ups) or FILE.ics (promised updates)."),
                                       QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (!parser.parse(arguments))
        return usageFailure(context, name, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, name, Tr::tr("Unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return usageFailure(context, name, Tr::tr("export needs --out FILE.csv or --out FILE.ics."));
    const QString suffix = QFileInfo(out).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv");
    const bool ics = suffix == QLatin1String("ics");
    if (!csv && !ics)
        return usageFailure(context, name, Tr::tr("--out must end in .csv or .ics, not “%1”.").arg(out));

    auto store = Store::open(context.dbPath, Store::Options{false});
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    auto written = csv ? exporting::exportFollowUpsCsv(*store.value(), out)
                       : exporting::exportPromisesIcs(*store.value(), out);
    if (!written) {
        context.err << written.error().message << '\n';
        return Failure;
    }
    context.out << (csv ? Tr::tr("Wrote %1 follow-ups to %2.") : Tr::tr("Wrote %1 promised updates to %2."))
                           .arg(written.value())
                           .arg(out)
                << '\n';
    return Success;
}
} // namespace

const Command &exportCommand()
{
    static const Command command{name, QStringLiteral("export --out FILE.csv|FILE.ics"),
                                 QT_TRANSLATE_NOOP("ft::cli", "write the follow-ups as CSV, or the open promised updates as iCalendar"), false,
                                 runExport, {}};
    return command;
}

} // namespace ft::cli
