#include "cli/commandline.h"

#include "store/store.h"
#include "store/storestatistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

int runCheck(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments))
        return usageFailure(context, QStringLiteral("check"), parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, QStringLiteral("check"), Tr::tr("check takes no arguments."));

    auto store = Store::open(context.dbPath, Store::Options{false});
    if (!store) {
        context.err << store.error().message << '\n';
        return Failure;
    }
    const Store &s = *store.value();
    context.out << Tr::tr("Store: %1").arg(s.path()) << '\n';
    context.out << Tr::tr("Schema version: %1").arg(s.schemaVersion()) << '\n';
    auto integrity = s.integrityCheck();
    if (!integrity) {
        context.err << Tr::tr("The store %1 could not be checked: %2").arg(s.path(), integrity.error().message) << '\n';
        return Failure;
    }
    if (integrity.value() != QLatin1String("ok"))
        context.err << Tr::tr("The store %1 is damaged; restore a backup.").arg(s.path()) << '\n';
    context.out << Tr::tr("Integrity: %1").arg(integrity.value()) << '\n';
    auto counts = tableCounts(s);
    if (!counts) {
        context.err << Tr::tr("%1: %2").arg(s.path(), counts.error().message) << '\n';
        return Failure;
    }
    for (const auto &[table, count] : counts.value())
        context.out << QStringLiteral("%1 %2").arg(QString(table + QLatin1Char(':')), -25).arg(count) << '\n';
    return integrity.value() == QLatin1String("ok") ? Success : Failure;
}
} // namespace

const Command &checkCommand()
{
    static const Command command{QStringLiteral("check"), QStringLiteral("check"),
                                 QT_TRANSLATE_NOOP("ft::cli", "print the schema version, the integrity check and the row counts"), false,
                                 runCheck, {}};
    return command;
}

} // namespace ft::cli
