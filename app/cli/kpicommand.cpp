#include "cli/commandline.h"

#include "kpi/kpiengine.h"
#include "kpi/kpitableformat.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

const QString name = QStringLiteral("kpi");

int runKpi(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("first day (inclusive)"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("last day (inclusive)"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption by(QStringLiteral("by"), Tr::tr("period: week, month or quarter"), QStringLiteral("PERIOD"),
                                QStringLiteral("month"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("csv or json"), QStringLiteral("FORMAT"),
                                    QStringLiteral("csv"));
    parser.addOptions({from, to, by, format});
    if (!parser.parse(arguments))
        return usageFailure(context, name, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, name, Tr::tr("kpi takes no arguments, only options: %1")
                                               .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    KpiRequest request;
    for (const auto &[option, target] : {std::pair{&from, &request.from}, std::pair{&to, &request.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseDay(parser.value(*option));
        if (!*target)
            return usageFailure(context, name, Tr::tr("--%1 needs a day as YYYY-MM-DD, not “%2”.")
                                                   .arg(option->names().constFirst(), parser.value(*option)));
        // The years FollowThrough stores (SPEC §4): a day far outside made tables of 400,000 weeks.
        if ((*target)->year() < 1970 || (*target)->year() > 2100)
            return usageFailure(context, name, Tr::tr("--%1 is a day from 1970 to 2100, not “%2”.")
                                                   .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (request.from && request.to && *request.to < *request.from)
        return usageFailure(context, name, Tr::tr("--to (%1) is before --from (%2).")
                                               .arg(parser.value(to), parser.value(from)));
    if (const QString problem = tableOptionsProblem(parser.value(by), parser.value(format)); !problem.isEmpty())
        return usageFailure(context, name, problem);
    const auto period = periodKindFromKey(parser.value(by));
    request.by = *period;
    const QString outputFormat = parser.value(format);

    auto store = Store::open(context.dbPath, Store::Options{false});
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    auto table = computeKpis(*store.value(), request);
    if (!table) {
        context.err << table.error().message << '\n';
        return Failure;
    }
    // Data problems do not stop the figures; they are said, on stderr, so that a script still
    // gets clean output.
    for (const KpiDataProblem &problem : table->problems)
        context.err << Tr::tr("Data problem (%1): %2").arg(problem.key, problem.description) << '\n';
    context.out << (outputFormat == QLatin1String("json") ? kpiTableJson(table.value()) : kpiTableCsv(table.value()));
    return Success;
}
} // namespace

const Command &kpiCommand()
{
    static const Command command{
        name, QStringLiteral("kpi [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by week|month|quarter] [--format csv|json]"),
        QT_TRANSLATE_NOOP("ft::cli", "print the KPIs of every whole period touching the range (default: all the data), by month unless "
           "--by says otherwise"),
        false, runKpi, {}};
    return command;
}

} // namespace ft::cli
