// Starts the window, or runs a command of the command line (SPEC §3) without one.
#include "cli/commandline.h"
#include "desktop/actionicons.h"
#include "mainwindow.h"
#include "store/backuprotation.h"
#include "store/store.h"
#include "threading/backgroundtask.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("followthrough"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("followthrough"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("FollowThrough"));
}

// The window on one store until it quits; `reopenOn` is set when it closed to be opened on another.
int runWindowOn(const QString &path, const ft::Store::Options &options, QString &reopenOn)
{
    auto store = ft::Store::open(path, options);
    if (!store) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "FollowThrough"),
                        QCoreApplication::translate("main", "FollowThrough cannot open its store"), QMessageBox::Ok);
        box.setObjectName(QStringLiteral("storeRefusedMessage"));
        QString text = store.error().message;
        // The way back from a damaged store is its newest automatic backup: say where it is.
        const QStringList backups = ft::BackupRotation(path).backups();
        if (!backups.isEmpty())
            text += QStringLiteral("\n\n") + QCoreApplication::translate("main", "The newest automatic backup is %1. "
                                                                              "To use it, open it with --db, or copy it "
                                                                              "in place of the store.")
                                                   .arg(backups.constFirst());
        box.setInformativeText(text);
        box.exec();
        return ft::cli::Failure;
    }
    ft::MainWindow window(*store.value());
    // File → Move this register to a server…, then "open it": this window goes, one on the copy comes.
    QObject::connect(&window, &ft::MainWindow::storeChangeRequested, &window, [&reopenOn](const QString &address) {
        reopenOn = address;
        QCoreApplication::quit();
    });
    window.show();

    // The daily automatic backup (SPEC §4) runs beside the window on a connection of its own, so
    // opening never waits for it; a failure is said in the status bar rather than hidden.
    // Declared after the window: destroyed first, it waits for a backup still being written.
    ft::BackgroundTask backup;
    backup.setObjectName(QStringLiteral("dailyBackup"));
    backup.start([path = store.value()->path()](ft::TaskControl &) { return ft::BackupRotation(path).backUpIfDue(); },
                 [&window](const ft::Result<QString> &backedUp) {
                     if (!backedUp.ok())
                         window.statusBar()->showMessage(QCoreApplication::translate("main", "The daily backup failed: %1")
                                                             .arg(backedUp.error().message));
                 });
    return QApplication::exec();
}

int runWindow(const ft::cli::Invocation &invocation)
{
    QGuiApplication::setDesktopFileName(QStringLiteral("org.followthrough.FollowThrough"));
    QApplication::setWindowIcon(ft::icons::application());
    QString path = invocation.dbPath.isEmpty() ? ft::Store::defaultPath() : invocation.dbPath;
    ft::Store::Options options;
    options.createFolders = invocation.create || invocation.dbPath.isEmpty();
    options.adoptEmptyFile = invocation.create;
    for (;;) {
        QString reopenOn;
        const int status = runWindowOn(path, options, reopenOn);
        if (reopenOn.isEmpty())
            return status;
        // The copy was just written there: open it, never make a new one.
        path = reopenOn;
        options = ft::Store::Options{false};
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Which kind of application object is needed depends on the command; Qt's own options
    // (-platform …) are only understood after it exists, so look twice.
    const ft::cli::Invocation first = ft::cli::parseInvocation(rawArguments(argc, argv));
    const ft::cli::Command *command = ft::cli::findCommand(first.commandName);
    const bool headless = command || first.help || first.version || !first.usageError.isEmpty();
    if (command && command->needsGui && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (headless && !(command && command->needsGui))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    ft::installTranslations(first.language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const ft::cli::Invocation invocation = ft::cli::parseInvocation(QCoreApplication::arguments());
    if (!invocation.usageError.isEmpty()) {
        err << invocation.usageError << "\n\n" << ft::cli::usageText();
        return ft::cli::BadUsage;
    }
    if (invocation.help) {
        out << ft::cli::usageText();
        return ft::cli::Success;
    }
    if (invocation.version) {
        out << QStringLiteral("followthrough %1\n").arg(QCoreApplication::applicationVersion());
        return ft::cli::Success;
    }
    if (!invocation.commandName.isEmpty())
        return ft::cli::runCommand(invocation, out, err);
    return runWindow(invocation);
}
