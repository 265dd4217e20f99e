#include "cli/commandline.h"

#include "store/postgres/serveraddress.h"
#include "store/storecopy.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ft::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};

const QString name = QStringLiteral("copy");

// The target as messages name it: a server address never with its password.
QString displayName(const QString &target)
{
    if (isServerAddress(target)) {
        const auto address = parseServerAddress(target);
        return address ? address->display() : Tr::tr("the server address given");
    }
    return QFileInfo(target).absoluteFilePath();
}

// A store file this command made and could not fill goes again: nothing half-written stays behind.
void removeNewStore(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
}

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
    const bool isFile = !isServerAddress(target);
    const bool madeHere = isFile && !QFileInfo::exists(target);
    const QString targetName = displayName(target);
    Store::Options options;   // as --create would: a new store, also in a new folder or an empty file
    options.createFolders = true;
    options.adoptEmptyFile = true;
    auto opened = Store::open(target, options);
    if (!opened) {
        context.err << Tr::tr("Nothing was copied to %1: %2").arg(targetName, opened.error().message) << '\n';
        return Failure;
    }
    std::unique_ptr<Store> targetStore = std::move(opened).value();
    auto copied = copyStore(source.value()->connection(), targetStore->connection());
    targetStore.reset();
    if (!copied) {
        if (madeHere)
            removeNewStore(QFileInfo(target).absoluteFilePath());
        context.err << Tr::tr("Nothing was copied to %1: %2").arg(targetName, copied.error().message) << '\n';
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
