#include "cli/commandline.h"

#include "demo/demogenerator.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <unistd.h>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

int runDemo(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption items(QStringLiteral("items"), Tr::tr("How many follow-ups."), QStringLiteral("N"),
                                   QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Random seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    parser.addOptions({items, seed});
    if (!parser.parse(arguments))
        return usageFailure(context, QStringLiteral("demo"), parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, QStringLiteral("demo"),
                            Tr::tr("Unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    bool okItems = false;
    bool okSeed = false;
    DemoOptions options;
    options.items = parser.value(items).toInt(&okItems);
    options.seed = parser.value(seed).toUInt(&okSeed);
    if (!okItems || options.items < 1 || options.items > 10'000'000)
        return usageFailure(context, QStringLiteral("demo"),
                            Tr::tr("--items takes a whole number from 1 to 10000000, not “%1”.").arg(parser.value(items)));
    if (!okSeed)
        return usageFailure(context, QStringLiteral("demo"),
                            Tr::tr("--seed takes a whole number, not “%1”.").arg(parser.value(seed)));

    auto store = Store::open(context.dbPath, storeOptionsFor(context));
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    // A million items take a while: show how far it got when someone is watching.
    const bool watched = isatty(fileno(stderr));
    int shown = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = int(100 * done / total);
        if (watched && percent != shown) {
            shown = percent;
            context.err << '\r' << Tr::tr("Generating demo history: %1 %").arg(percent) << Qt::flush;
        }
        return true;
    };
    auto done = generateDemo(*store.value(), options, progress);
    if (watched)
        context.err << '\n' << Qt::flush;
    if (!done) {
        context.err << done.error().message << '\n';
        return Failure;
    }
    context.out << Tr::tr("Added %1 demo follow-ups to %2 in %3 s.")
                       .arg(options.items)
                       .arg(store.value()->path())
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << '\n';
    return Success;
}
} // namespace

const Command &demoCommand()
{
    static const Command command{QStringLiteral("demo"), QStringLiteral("demo [--items N] [--seed S]"),
                                 QT_TRANSLATE_NOOP("ft::cli", "fill the store with a realistic sample history, reproducible by seed"), false,
                                 runDemo, {}};
    return command;
}

} // namespace ft::cli
