#include "cli/commandline.h"

#include "store/safeoutput.h"
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

QStringList backupExtensions()
{
    return {QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db")};
}

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
        return usageFailure(context, QStringLiteral("backup"), Tr::tr("backup needs --out FILE.sqlite."));
    if (!backupExtensions().contains(QFileInfo(parser.value(out)).suffix().toLower()))
        return usageFailure(context, QStringLiteral("backup"),
                            Tr::tr("--out must end in .sqlite, .sqlite3 or .db, not “%1”.").arg(parser.value(out)));

    // Opening checks the store first: a file that is not a store is refused, not copied.
    auto store = Store::open(context.dbPath, Store::Options{false});
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    // Never over the store or any SQLite file; an existing file of another kind is refused too (a
    // backup never replaces anything).
    auto target = output::checkTarget(parser.value(out), output::Rules{backupExtensions(), store.value()->path()});
    if (!target) {
        context.err << target.error().message << '\n';
        return Failure;
    }
    if (auto done = store.value()->backupTo(*target); !done) {
        context.err << done.error().message << '\n';
        return Failure;
    }
    context.out << Tr::tr("Backed up %1 to %2 (checked: integrity ok).").arg(store.value()->path(), *target) << '\n';
    return Success;
}
} // namespace

const Command &backupCommand()
{
    static const Command command{QStringLiteral("backup"), QStringLiteral("backup --out FILE.sqlite"),
                                 QT_TRANSLATE_NOOP("ft::cli", "write a consistent copy of the store, also while it is in use"), false,
                                 runBackup, {}};
    return command;
}

} // namespace ft::cli
