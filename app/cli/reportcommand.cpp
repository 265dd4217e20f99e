#include "cli/commandline.h"

#include "domain/isodate.h"
#include "report/reportgatherer.h"
#include "report/reportrenderer.h"
#include "store/safeoutput.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPdfWriter>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

int runReport(const QStringList &arguments, Context &context)
{
    const QString name = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day of the charts (inclusive)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day (inclusive); its period is the one reviewed."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption by(QStringLiteral("by"), Tr::tr("week, month or quarter."), QStringLiteral("PERIOD"),
                                QStringLiteral("month"));
    const QCommandLineOption paper(QStringLiteral("paper"), Tr::tr("a4 or letter."), QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption kpis(QStringLiteral("kpis"), Tr::tr("Comma-separated KPI columns to include."), QStringLiteral("LIST"));
    parser.addOptions({out, from, to, by, paper, kpis});
    if (!parser.parse(arguments))
        return usageFailure(context, name, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, name, Tr::tr("Unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageFailure(context, name, Tr::tr("report needs --out FILE.pdf."));
    if (QFileInfo(parser.value(out)).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return usageFailure(context, name, Tr::tr("--out must end in .pdf, not “%1”.").arg(parser.value(out)));

    ReportOptions options;
    for (const auto &[option, target] : {std::pair{&from, &options.from}, std::pair{&to, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        const QDate day = QDate::fromString(parser.value(*option), IsoDateFormat);
        if (!day.isValid())
            return usageFailure(context, name, Tr::tr("--%1 needs a day as YYYY-MM-DD, not “%2”.")
                                                   .arg(option->names().constFirst(), parser.value(*option)));
        if (day.year() < 1970 || day.year() > 2100)
            return usageFailure(context, name, Tr::tr("--%1 is a day from 1970 to 2100, not “%2”.")
                                                   .arg(option->names().constFirst(), parser.value(*option)));
        *target = day;
    }
    if (options.from && options.to && *options.to < *options.from)
        return usageFailure(context, name, Tr::tr("--to (%1) is before --from (%2).")
                                               .arg(parser.value(to), parser.value(from)));
    const QString byValue = parser.value(by).toLower();
    if (byValue == QLatin1String("week"))
        options.by = ReportOptions::By::Week;
    else if (byValue == QLatin1String("month"))
        options.by = ReportOptions::By::Month;
    else if (byValue == QLatin1String("quarter"))
        options.by = ReportOptions::By::Quarter;
    else
        return usageFailure(context, name, Tr::tr("--by is week, month or quarter, not “%1”.").arg(parser.value(by)));
    const QString paperValue = parser.value(paper).toLower();
    if (paperValue == QLatin1String("a4"))
        options.paper = ReportPaper::A4;
    else if (paperValue == QLatin1String("letter"))
        options.paper = ReportPaper::Letter;
    else
        return usageFailure(context, name, Tr::tr("--paper is a4 or letter, not “%1”.").arg(parser.value(paper)));
    if (parser.isSet(kpis)) {
        for (const QString &key : parser.value(kpis).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!kpiFromKey(key.trimmed()))
                return usageFailure(context, name, Tr::tr("--kpis: unknown KPI column “%1”.").arg(key.trimmed()));
            options.kpiKeys << key.trimmed();
        }
    }

    auto store = Store::open(context.dbPath, Store::Options{false});
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    auto data = gatherReport(*store.value(), options, QDate::currentDate());
    if (!data) {
        context.err << data.error().message << '\n';
        return Failure;
    }
    const qint64 gathered = timer.elapsed();

    const output::Rules rules{{QStringLiteral("pdf")}, store.value()->path()};
    // Refused before the pages are laid out, so that a wrong target costs nothing.
    if (auto target = output::checkTarget(parser.value(out), rules); !target) {
        context.err << target.error().message << '\n';
        return Failure;
    }
    qsizetype pages = 0;
    auto written = output::write(parser.value(out), rules, [&](QIODevice &device, QString &) {
        QPdfWriter writer(&device);
        writer.setTitle(Tr::tr("CSI review %1").arg(data->periodName));
        writer.setCreator(QStringLiteral("FollowThrough"));
        setUpReportPage(writer, options.paper);
        const ReportLayout layout = layoutReport(*data, writer, ReportFonts::standard());
        pages = layout.pages.size();
        return paintReport(*data, layout, writer);
    });
    if (!written) {
        context.err << written.error().message << '\n';
        return Failure;
    }
    const QString file = *written;
    context.out << Tr::tr("Wrote %1 pages to %2 in %3 s (figures %4 s, pages %5 s).")
                       .arg(pages)
                       .arg(file)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                       .arg(double(gathered) / 1000.0, 0, 'f', 2)
                       .arg(double(timer.elapsed() - gathered) / 1000.0, 0, 'f', 2)
                << '\n';
    return Success;
}
} // namespace

const Command &reportCommand()
{
    static const Command command{
        QStringLiteral("report"),
        QStringLiteral("report --out FILE.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by week|month|quarter] "
                       "[--paper a4|letter] [--kpis LIST]"),
        QT_TRANSLATE_NOOP("ft::cli", "write the CSI review pack as a PDF (no display needed)"), true, runReport, {}};
    return command;
}

} // namespace ft::cli
