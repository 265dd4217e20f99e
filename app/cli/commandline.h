#pragma once

#include "store/store.h"

#include <QDate>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

namespace ft::cli {

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

// What every command gets: the store path chosen with --db (or the default) and the streams.
struct Context
{
    QString dbPath;
    QTextStream &out;
    QTextStream &err;
    bool create = false;         // --create: a new store may be made in a new folder, or in an empty file
    bool defaultStore = false;   // no --db: the app data folder is ours to create
};

// How a command that may make a new store (import, demo) opens it: folders and an empty file only
// with --create (SPEC §3).
Store::Options storeOptionsFor(const Context &context);

// One sub-command of the followthrough binary (SPEC §3).
struct Command
{
    QString name;
    QString synopsis;        // e.g. "kpi [--from YYYY-MM-DD] …"
    const char *summary = nullptr; // one line for --help, QT_TRANSLATE_NOOP("ft::cli"): translated when printed,
                             // since the table is built before the translator is installed
    bool needsGui = false;   // paints (report): runs under a QApplication, offscreen without a display
    std::function<int(const QStringList &arguments, Context &context)> run;
    std::function<QString()> details;   // more for COMMAND --help (a list of names …), optional
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

// The split of argv into global options (--db, --lang) and the command with its own arguments.
struct Invocation
{
    QString dbPath;                 // empty: the default store
    QString language;               // --lang; empty: the system's
    QString commandName;            // empty: open the window
    QStringList commandArguments;   // argv[0] of the command first, for QCommandLineParser
    bool help = false;
    bool version = false;
    bool create = false;            // --create
    QString usageError;             // non-empty: exit 2 with this and the usage text
};

Invocation parseInvocation(const QStringList &arguments);
QString usageText();


// COMMAND --help (or -h) anywhere among the command's own arguments: its usage, exit 0.
bool asksForHelp(const QStringList &commandArguments);
QString commandHelp(const Command &command);

// Runs the command, returns the exit status.
int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err);

// A day as the options take it (YYYY-MM-DD), or nothing when it is not one.
std::optional<QDate> parseDay(const QString &text);

// --by and --format as the kpi and signals commands take them: what is wrong with them, empty when
// both are right (--by week|month|quarter, --format csv|json).
QString tableOptionsProblem(const QString &by, const QString &format);

// Message for a bad usage of one command: the error, then the command's synopsis.
int usageFailure(Context &context, const QString &commandName, const QString &message);

} // namespace ft::cli
