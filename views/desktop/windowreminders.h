#pragma once

namespace ft {

class DueWatcher;
class MainWindow;
class ReminderTray;

// The reminders in the window: a reminder's "Open" shows its follow-up, the tray's menu brings the
// window up (on the overdue ones if asked) or quits, and a notification that has no tray to go to
// is said in the status bar. Then the tray is shown (where there is one) and the watcher started.
void connectReminders(MainWindow *window, ReminderTray *tray, DueWatcher *watcher);

} // namespace ft
