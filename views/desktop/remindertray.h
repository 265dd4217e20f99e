#pragma once

#include "domain/followup.h"

#include <QIcon>
#include <QObject>
#include <QTimeZone>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace ft {

class DueWatcher;

// The reminders on the desktop: a tray icon whose badge and tooltip say how many follow-ups are
// overdue, a notification when a promised update falls due, and a menu with the next few due.
// Clicking the notification or a menu entry asks for that follow-up to be opened.
//
// Where the desktop has no tray (or under tests), the icon is never shown, but everything else
// works the same: `notified` still fires, so the window can say it some other way.
class ReminderTray : public QObject
{
    Q_OBJECT
public:
    static constexpr int MessageMs = 15 * 1000;

    ReminderTray(DueWatcher *watcher, const QTimeZone &zone, QObject *parent = nullptr);
    ~ReminderTray() override;

    // Shows the icon when the desktop has a tray; returns whether it is shown.
    bool showIfAvailable();
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    // The follow-up the last notification was about: what clicking it opens.
    FollowUpId lastNotified() const { return m_lastNotified; }
    QString toolTip() const;

    // The application icon with the count in a badge (none at zero; "99+" above 99).
    static QIcon badgeIcon(const QIcon &base, qint64 count);

signals:
    void openRequested(ft::FollowUpId id);
    void showOverdueRequested();
    void showWindowRequested();
    void quitRequested();
    // A notification was raised (also when there is no tray to show it).
    void notified(ft::FollowUpId id, const QString &title, const QString &message);

private:
    void update();
    void notify(const QList<FollowUp> &items);
    void rebuildMenu();

    DueWatcher *m_watcher;
    QTimeZone m_zone;
    QIcon m_base;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    FollowUpId m_lastNotified = 0;
    qint64 m_shownCount = -1;
};

} // namespace ft
