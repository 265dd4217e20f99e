#include "cli/commandline.h"

#include "csi/csiregister.h"
#include "kpi/kpisignals.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

namespace ft::cli {

const Command &signalsCommand();

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

const QString name = QStringLiteral("signals");

// The rows of periods that touch [from, to]; every row without them.
IndexRange shownRows(const KpiTable &table, std::optional<QDate> from, std::optional<QDate> to)
{
    IndexRange shown{0, -1};
    bool found = false;
    for (int i = 0; i < table.rows.size(); ++i) {
        const Period &p = table.rows.at(i).period;
        if ((to && p.firstDay > *to) || (from && p.endDay <= *from))
            continue;
        if (!found)
            shown.first = i;
        found = true;
        shown.last = i;
    }
    return shown;
}

// For signals --help: the KPIs by their column names and short labels, from the one table of KPI names.
QString kpiNames()
{
    QString text = Tr::tr("KPIs for --kpi:") + QLatin1Char('\n');
    for (const KpiInfo &info : kpiInfos())
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(info.key), -30).arg(kpiShortLabel(info.kpi));
    return text;
}

int runSignals(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kpi(QStringLiteral("kpi"), Tr::tr("a KPI column, repeat for more (default: every KPI)"),
                                 QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("first day shown (inclusive)"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("last day shown (inclusive)"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption by(QStringLiteral("by"), Tr::tr("period: week, month or quarter"), QStringLiteral("PERIOD"),
                                QStringLiteral("month"));
    const QCommandLineOption baselineFrom(QStringLiteral("baseline-from"),
                                          Tr::tr("first day of the baseline (default: before the first initiative)"),
                                          QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption baselineTo(QStringLiteral("baseline-to"), Tr::tr("last day of the baseline"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("csv or json"), QStringLiteral("FORMAT"),
                                    QStringLiteral("csv"));
    parser.addOptions({kpi, from, to, by, baselineFrom, baselineTo, format});
    if (!parser.parse(arguments))
        return usageFailure(context, name, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, name, Tr::tr("signals takes no arguments, only options: %1")
                                               .arg(parser.positionalArguments().join(QLatin1Char(' '))));

    QList<Kpi> kpis;
    for (const QString &key : parser.values(kpi)) {
        const auto k = kpiFromKey(key);
        if (!k)
            return usageFailure(context, name, Tr::tr("--kpi: unknown KPI column “%1”.").arg(key));
        if (!kpis.contains(*k))
            kpis << *k;
    }
    if (kpis.isEmpty()) {
        for (const KpiInfo &info : kpiInfos())
            kpis << info.kpi;
    }

    std::optional<QDate> days[4];
    const QCommandLineOption *dayOptions[4] = {&from, &to, &baselineFrom, &baselineTo};
    for (int i = 0; i < 4; ++i) {
        if (!parser.isSet(*dayOptions[i]))
            continue;
        days[i] = parseDay(parser.value(*dayOptions[i]));
        if (!days[i])
            return usageFailure(context, name, Tr::tr("--%1 needs a day as YYYY-MM-DD, not “%2”.")
                                                   .arg(dayOptions[i]->names().constFirst(), parser.value(*dayOptions[i])));
    }
    const auto &[shownFrom, shownTo, baseFrom, baseTo] = days;
    if (shownFrom && shownTo && *shownTo < *shownFrom)
        return usageFailure(context, name, Tr::tr("--to (%1) is before --from (%2).")
                                               .arg(parser.value(to), parser.value(from)));
    if (bool(baseFrom) != bool(baseTo))
        return usageFailure(context, name, Tr::tr("--baseline-from and --baseline-to go together."));
    if (baseFrom && *baseTo < *baseFrom)
        return usageFailure(context, name, Tr::tr("--baseline-to (%1) is before --baseline-from (%2).")
                                               .arg(parser.value(baselineTo), parser.value(baselineFrom)));
    if (const QString problem = tableOptionsProblem(parser.value(by), parser.value(format)); !problem.isEmpty())
        return usageFailure(context, name, problem);
    const auto period = periodKindFromKey(parser.value(by));
    const QString outputFormat = parser.value(format);

    auto store = Store::open(context.dbPath, Store::Options{false});
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    // The table covers all the data (and any day asked for beyond it), whatever --from and --to show,
    // so that the limits, the default baseline and the runs never depend on the rows shown.
    KpiRequest request;
    request.by = *period;
    auto span = kpiDataSpan(*store.value());
    if (!span) {
        context.err << span.error().message << '\n';
        return Failure;
    }
    const std::optional<QDate> firstDataDay = span->has_value() ? std::optional<QDate>((*span)->first) : std::nullopt;
    for (const std::optional<QDate> &day : {shownFrom, baseFrom, firstDataDay}) {
        if (day)
            request.from = request.from ? std::min(*request.from, *day) : *day;
    }
    const std::optional<QDate> lastDataDay = span->has_value() ? std::optional<QDate>((*span)->last) : std::nullopt;
    for (const std::optional<QDate> &day : {shownTo, baseTo, lastDataDay}) {
        if (day)
            request.to = request.to ? std::max(*request.to, *day) : *day;
    }
    auto table = computeKpis(*store.value(), request);
    if (!table) {
        context.err << table.error().message << '\n';
        return Failure;
    }
    QHash<QString, QList<QDate>> startsByKpi;
    if (!baseFrom) {
        auto initiatives = CsiRegister(*store.value()).list();
        if (!initiatives) {
            context.err << initiatives.error().message << '\n';
            return Failure;
        }
        for (const CsiInitiative &i : std::as_const(initiatives.value()))
            startsByKpi[i.kpiKey] << i.startDate;
    }
    for (const KpiDataProblem &problem : table->problems)
        context.err << Tr::tr("Data problem (%1): %2").arg(problem.key, problem.description) << '\n';

    QList<KpiSignalSeries> series;
    for (Kpi k : std::as_const(kpis)) {
        const IndexRange baseline = baseFrom ? baselineBetween(*table, *baseFrom, *baseTo)
                                             : defaultBaseline(*table, startsByKpi.value(kpiKey(k)));
        series << analyseKpi(*table, k, baseline);
        if (!series.constLast().noLimitsReason.isEmpty())
            context.err << series.constLast().noLimitsReason << '\n';
    }
    const IndexRange shown = shownRows(*table, shownFrom, shownTo);
    context.out << (outputFormat == QLatin1String("json") ? signalsJson(*table, series, shown)
                                                          : signalsCsv(*table, series, shown));
    return Success;
}
} // namespace

const Command &signalsCommand()
{
    static const Command command{
        name,
        QStringLiteral("signals [--kpi NAME]... [--by week|month|quarter] [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                       "[--baseline-from YYYY-MM-DD --baseline-to YYYY-MM-DD] [--format csv|json]"),
        QT_TRANSLATE_NOOP("ft::cli", "print each KPI's process behaviour chart figures: value, n, centre line, limits "
                                     "and the signals that fire (default: every KPI, by month)"),
        false, runSignals, kpiNames};
    return command;
}

} // namespace ft::cli
