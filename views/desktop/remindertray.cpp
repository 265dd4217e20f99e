#include "remindertray.h"

#include "actionicons.h"
#include "displayformat.h"
#include "duewatcher.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

namespace ft {

namespace {

QString labelOf(const FollowUp &f)
{
    return f.reference.isEmpty() ? f.title : QCoreApplication::translate("ft::ReminderTray", "%1 “%2”").arg(f.reference, f.title);
}

// Menu text: long titles would make the menu as wide as the screen.
QString shortLabel(const FollowUp &f)
{
    const QString label = labelOf(f);
    return label.size() > 60 ? label.left(58) + QStringLiteral("…") : label;
}

} // namespace

ReminderTray::ReminderTray(DueWatcher *watcher, const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_watcher(watcher)
    , m_zone(zone)
    , m_base(icons::application())
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    setObjectName(QStringLiteral("reminderTray"));
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(m_base);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastNotified)
            emit openRequested(m_lastNotified);
        else
            emit showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_watcher, &DueWatcher::updated, this, &ReminderTray::update);
    connect(m_watcher, &DueWatcher::fellDue, this, &ReminderTray::notify);
    update();
}

// The menu has no parent widget (the tray is not one), so it is ours to delete.
ReminderTray::~ReminderTray() { delete m_menu; }

bool ReminderTray::showIfAvailable()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_tray->show();
    return true;
}

QString ReminderTray::toolTip() const
{
    const qint64 overdue = m_watcher->overdueCount();
    if (overdue == 0)
        return tr("FollowThrough: nothing overdue");
    // Two source strings rather than %n: without an English translation file "%n follow-up(s)" would show as is.
    if (overdue == 1)
        return tr("FollowThrough: 1 follow-up overdue");
    return tr("FollowThrough: %1 follow-ups overdue").arg(QLocale().toString(overdue));
}

QIcon ReminderTray::badgeIcon(const QIcon &base, qint64 count)
{
    if (count <= 0)
        return base;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm = base.pixmap(size, size);
        if (pm.isNull()) {
            pm = QPixmap(size, size);
            pm.fill(Qt::transparent);
        }
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(qMax(7, size * 9 / 20));
        p.setFont(font);
        const int height = qMax(9, size * 11 / 20);
        const int width = qMax(height, QFontMetrics(font).horizontalAdvance(text) + height / 2);
        const QRectF badge(size - qMin(width, size), 0, qMin(width, size), height);
        // Badge colours are the convention of every desktop, not the palette's: red with white.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x21, 0x21));
        p.drawRoundedRect(badge, height / 2.0, height / 2.0);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

void ReminderTray::update()
{
    const qint64 overdue = m_watcher->overdueCount();
    if (overdue != m_shownCount) {
        m_tray->setIcon(badgeIcon(m_base, overdue));
        m_shownCount = overdue;
    }
    m_tray->setToolTip(toolTip());
    rebuildMenu();
}

void ReminderTray::rebuildMenu()
{
    m_menu->clear();
    QAction *show = m_menu->addAction(icons::application(), tr("&Show FollowThrough"));
    show->setObjectName(QStringLiteral("trayShowWindow"));
    connect(show, &QAction::triggered, this, &ReminderTray::showWindowRequested);
    m_menu->addSeparator();

    const QLocale locale;
    const qint64 overdue = m_watcher->overdueCount();
    QAction *overdueAction = m_menu->addAction(
        overdue ? tr("%1 overdue: show the Today review").arg(locale.toString(overdue)) : tr("Nothing overdue"));
    overdueAction->setObjectName(QStringLiteral("trayOverdue"));
    overdueAction->setEnabled(overdue > 0);
    connect(overdueAction, &QAction::triggered, this, &ReminderTray::showOverdueRequested);

    const QList<FollowUp> upcoming = m_watcher->upcoming();
    if (!upcoming.isEmpty()) {
        QAction *heading = m_menu->addSection(tr("Next due"));
        heading->setObjectName(QStringLiteral("trayNextDue"));
    }
    const Timestamp now = QDateTime::currentSecsSinceEpoch();
    for (const FollowUp &f : upcoming) {
        const QString when = f.nextUpdateDue ? display::dateTime(*f.nextUpdateDue, m_zone, now) : QString();
        QAction *item = m_menu->addAction(tr("%1 · %2").arg(when, shortLabel(f)));
        item->setObjectName(QStringLiteral("trayDue_%1").arg(f.id));
        item->setStatusTip(labelOf(f));
        const FollowUpId id = f.id;
        connect(item, &QAction::triggered, this, [this, id] { emit openRequested(id); });
    }
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(icons::action(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &ReminderTray::quitRequested);
}

void ReminderTray::notify(const QList<FollowUp> &items)
{
    if (items.isEmpty())
        return;
    const FollowUp &first = items.first();
    m_lastNotified = first.id;
    QString title;
    QString message;
    if (items.size() == 1) {
        title = tr("Update due: %1").arg(first.reference.isEmpty() ? first.title : first.reference);
        message = first.requester.isEmpty()
            ? tr("You promised an update on “%1” by now.").arg(first.title)
            : tr("You promised %1 an update on “%2” by now.").arg(first.requester, first.title);
    } else {
        title = tr("%1 promised updates due").arg(items.size());
        QStringList lines;
        for (qsizetype i = 0; i < items.size() && i < 3; ++i)
            lines << labelOf(items.at(i));
        if (items.size() > 3)
            lines << tr("and %1 more").arg(items.size() - 3);
        message = lines.join(QLatin1Char('\n'));
    }
    message += QLatin1Char('\n') + (items.size() == 1 ? tr("Click to open it.") : tr("Click to open the first."));
    if (m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, MessageMs);
    emit notified(first.id, title, message);
}

} // namespace ft
