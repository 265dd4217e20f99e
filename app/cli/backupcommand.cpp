#include "cli/commandline.h"

#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

int runBackup(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The backup file to write."), QStringLiteral("FILE"));
    parser.addOption(out);
    if (!parser.parse(arguments))
        return usageFailure(context, QStringLiteral("backup"), parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, QStringLiteral("backup"),
                            Tr::tr("Unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    if (parser.value(out).isEmpty())
        return usageFailure(context, QStringLiteral("backup"), Tr::tr("backup needs --out FILE."));

    // Opening checks the store first: a file that is not a store is refused, not copied.
    auto store = Store::open(context.dbPath, Store::Options{false});
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    if (auto done = store.value()->backupTo(parser.value(out)); !done) {
        context.err << done.error().message << '\n';
        return Failure;
    }
    context.out << Tr::tr("Backed up %1 to %2.").arg(store.value()->path(), parser.value(out)) << '\n';
    return Success;
}
} // namespace

const Command &backupCommand()
{
    static const Command command{QStringLiteral("backup"), QStringLiteral("backup --out FILE"),
                                 QT_TRANSLATE_NOOP("ft::cli", "write a consistent copy of the store, also while it is in use"), false,
                                 runBackup};
    return command;
}

} // namespace ft::cli
