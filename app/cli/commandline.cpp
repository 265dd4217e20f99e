#include "cli/commandline.h"

#include "domain/isodate.h"
#include "kpi/kpiperiod.h"
#include "store/store.h"

#include <QCoreApplication>

namespace ft::cli {

// Each command lives in its own file and hands out its description here.
const Command &demoCommand();
const Command &checkCommand();
const Command &kpiCommand();
const Command &importCommand();
const Command &exportCommand();
const Command &reportCommand();
const Command &backupCommand();
const Command &signalsCommand();
const Command &copyCommand();

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::cli)
};
} // namespace

const QList<Command> &commands()
{
    static const QList<Command> all{demoCommand(),   checkCommand(),  kpiCommand(),
                                    importCommand(), exportCommand(), reportCommand(), backupCommand(),
                                    signalsCommand(), copyCommand()};
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation inv;
    // Global options come before the command word; everything after it belongs to the command.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const auto valueOf = [&](const QString &option) -> std::optional<QString> {
            if (a.startsWith(option + QLatin1Char('=')))
                return a.mid(option.size() + 1);
            if (a == option) {
                if (i + 1 >= arguments.size()) {
                    inv.usageError = Tr::tr("%1 needs a value.").arg(option);
                    return QString();
                }
                return arguments.at(++i);
            }
            return std::nullopt;
        };
        if (!inv.commandName.isEmpty()) {
            inv.commandArguments << a;
            continue;
        }
        if (auto db = valueOf(QStringLiteral("--db"))) {
            inv.dbPath = *db;
            // Never the default store in its place: that would write where nobody asked.
            if (inv.usageError.isEmpty() && db->trimmed().isEmpty())
                inv.usageError = Tr::tr("--db needs a file name; it was empty.");
        } else if (a == QLatin1String("--create")) {
            inv.create = true;
        } else if (auto lang = valueOf(QStringLiteral("--lang"))) {
            inv.language = *lang;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            inv.help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            inv.version = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style …) are taken by QApplication before we see them.
            inv.usageError = Tr::tr("Unknown option %1.").arg(a);
        } else if (findCommand(a)) {
            inv.commandName = a;
            inv.commandArguments << arguments.value(0) + QLatin1Char(' ') + a;
        } else {
            inv.usageError = Tr::tr("Unknown command “%1”.").arg(a);
        }
        if (!inv.usageError.isEmpty())
            break;
    }
    return inv;
}

QString usageText()
{
    QString text = Tr::tr("Usage:\n"
                      "  followthrough [--db FILE] [--create] [--lang LANGUAGE]   open the window\n");
    for (const Command &c : commands())
        text += Tr::tr("  followthrough [--db FILE] %1\n      %2\n")
                    .arg(c.synopsis, QCoreApplication::translate("ft::cli", c.summary));
    text += Tr::tr("  followthrough --help | --version\n\n"
               "Without --db the store is %1.\n"
               "--create lets import, demo and the window make a new store in a folder that does not exist\n"
               "yet, or in an existing empty file.\n"
               "Exit status: 0 success, 1 failure, 2 bad usage.\n")
                .arg(Store::defaultPath());
    return text;
}

bool asksForHelp(const QStringList &commandArguments)
{
    // argv[0] of the command comes first; an argument after "--" is a value, never an option.
    for (qsizetype i = 1; i < commandArguments.size(); ++i) {
        const QString &a = commandArguments.at(i);
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return true;
    }
    return false;
}

QString commandHelp(const Command &command)
{
    const QString more = command.details ? QLatin1Char('\n') + command.details() : QString();
    return Tr::tr("Usage: followthrough [--db FILE] [--lang LANGUAGE] %1\n\n%2\n\n"
                  "Without --db the store is %3.\n"
                  "Exit status: 0 success, 1 failure, 2 bad usage.\n")
        .arg(command.synopsis, QCoreApplication::translate("ft::cli", command.summary), Store::defaultPath())
        + more;
}

Store::Options storeOptionsFor(const Context &context)
{
    Store::Options options;
    options.createIfMissing = true;
    options.createFolders = context.create || context.defaultStore;
    options.adoptEmptyFile = context.create;
    return options;
}

std::optional<QDate> parseDay(const QString &text)
{
    const QDate day = QDate::fromString(text, IsoDateFormat);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

QString tableOptionsProblem(const QString &by, const QString &format)
{
    if (!periodKindFromKey(by))
        return Tr::tr("--by is week, month or quarter, not “%1”.").arg(by);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return Tr::tr("--format is csv or json, not “%1”.").arg(format);
    return {};
}

int usageFailure(Context &context, const QString &commandName, const QString &message)
{
    context.err << message << '\n';
    if (const Command *c = findCommand(commandName))
        context.err << Tr::tr("Usage: followthrough [--db FILE] %1").arg(c->synopsis) << '\n';
    context.err.flush();
    return BadUsage;
}

int runCommand(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const Command *command = findCommand(inv.commandName);
    if (!command) {
        err << usageText();
        return BadUsage;
    }
    if (asksForHelp(inv.commandArguments)) {
        out << commandHelp(*command);
        out.flush();
        return Success;
    }
    Context context{inv.dbPath.isEmpty() ? Store::defaultPath() : inv.dbPath, out, err, inv.create, inv.dbPath.isEmpty()};
    const int status = command->run(inv.commandArguments, context);
    out.flush();
    err.flush();
    return status;
}

} // namespace ft::cli
