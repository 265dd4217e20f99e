#include "desktop/windowreminders.h"

#include "desktop/remindertray.h"
#include "duewatcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace ft {

void connectReminders(MainWindow *window, ReminderTray *tray, DueWatcher *watcher)
{
    QObject::connect(tray, &ReminderTray::openRequested, window, &MainWindow::openFollowUp);
    QObject::connect(tray, &ReminderTray::showWindowRequested, window, &MainWindow::bringToFront);
    QObject::connect(tray, &ReminderTray::showOverdueRequested, window, [window] {
        window->bringToFront();
        window->refresh();
        window->showView(MainWindow::View::Today);
        window->focusView();
    });
    QObject::connect(tray, &ReminderTray::quitRequested, window, &QWidget::close);
    QObject::connect(tray, &ReminderTray::notified, window, [window, tray](FollowUpId, const QString &title, const QString &) {
        // Without a tray the notification has nowhere to go: say it in the window and ask for attention.
        if (!tray->trayIcon()->isVisible()) {
            window->statusBar()->showMessage(title, ReminderTray::MessageMs);
            QApplication::alert(window);
        }
        window->refresh();
    });
    QObject::connect(watcher, &DueWatcher::failed, window,
                     [window](const QString &message) { window->statusBar()->showMessage(message); });
    tray->showIfAvailable();
    watcher->start();
}

} // namespace ft
