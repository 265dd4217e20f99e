#include "cli/commandline.h"

#include "store/storecopy.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

const QString name = QStringLiteral("copy");

int runCopy(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("The store to copy into: a store file (made when missing) or a PostgreSQL "
                                       "server (postgresql://user@host[:port]/database or service=NAME)."),
                                QStringLiteral("TARGET"));
    parser.addOption(to);
    if (!parser.parse(arguments))
        return usageFailure(context, name, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageFailure(context, name, Tr::tr("Unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    const QString target = parser.value(to);
    if (target.trimmed().isEmpty())
        return usageFailure(context, name, Tr::tr("copy needs --to TARGET."));

    auto source = Store::open(context.dbPath, Store::Options{false});
    if (!source) {
        context.err << source.error().message << '\n';
        return Failure;
    }
    const QString targetName = storecopy::displayName(target);
    auto copied = copyStoreTo(source.value()->connection(), target);
    if (!copied) {
        context.err << copied.error().message << '\n';
        return Failure;
    }
    for (const CopyFacts::Table &table : copied->tables)
        context.out << QStringLiteral("%1 %2\n").arg(table.name, -24).arg(table.rows);   // notr: table name and count
    context.out << Tr::tr("Copied %1 rows from %2 to %3.").arg(copied->totalRows()).arg(source.value()->path(), targetName)
                << '\n';
    return Success;
}
} // namespace

const Command &copyCommand()
{
    static const Command command{
        name, QStringLiteral("copy --to TARGET"),
        QT_TRANSLATE_NOOP("ft::cli", "copy the whole store into an empty store: a file, or a PostgreSQL server "
                                     "(postgresql://user@host/database or service=NAME)"),
        false, runCopy, [] {
            return Tr::tr("Every table is copied with its ids, in one transaction: the target either holds the whole\n"
                          "store afterwards or is left as it was. A target that already holds follow-ups, events,\n"
                          "surveys, targets, initiatives, holidays, import runs or checklist runs is refused; a new\n"
                          "store is fine (it keeps its own store id). A missing target file is created.\n"
                          "Give a server's password through ~/.pgpass or PGPASSWORD rather than on the command line.\n");
        }};
    return command;
}

} // namespace ft::cli
