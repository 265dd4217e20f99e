// The tray side of the reminders: badge, tooltip, menu, and one notification per promise.
#include "desktop/remindertray.h"
#include "domain/followupservice.h"
#include "duewatcher.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace ft;

class tst_ReminderTray : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    Timestamp m_now = 0;

    FollowUpId add(const QString &reference, const QString &title, Timestamp due)
    {
        FollowUp f;
        f.reference = reference;
        f.title = title;
        f.requester = QStringLiteral("Dana Fischer");
        f.nextUpdateDue = due;
        auto created = m_service->create(f);
        return created ? created.value().id : 0;
    }

    QAction *menuAction(ReminderTray &tray, const QString &name)
    {
        for (QAction *a : tray.menu()->actions())
            if (a->objectName() == name)
                return a;
        return nullptr;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_now = test::at(2026, 3, 10, 9, 0);
        m_service->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void shouldNotifyOnceAndOpenTheFollowUpWhenTheNotificationIsClicked()
    {
        const FollowUpId id = add(QStringLiteral("INC0042"), QStringLiteral("Printer jams"), test::at(2026, 3, 10, 9, 30));
        QVERIFY(id);
        DueWatcher watcher(m_temp->store());
        watcher.setClock([this] { return m_now; });
        ReminderTray tray(&watcher, m_temp->store().timeZone());
        QSignalSpy notified(&tray, &ReminderTray::notified);
        QSignalSpy open(&tray, &ReminderTray::openRequested);
        watcher.start();

        m_now = test::at(2026, 3, 10, 9, 31);
        watcher.check();
        watcher.check();
        m_now = test::at(2026, 3, 10, 9, 40);
        watcher.check();
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).value<FollowUpId>(), id);
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("Update due: INC0042"));
        QVERIFY2(notified.at(0).at(2).toString().contains(QStringLiteral("Dana Fischer")),
                 qPrintable(notified.at(0).at(2).toString()));
        QCOMPARE(tray.lastNotified(), id);

        emit tray.trayIcon()->messageClicked();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).value<FollowUpId>(), id);
    }

    void shouldShowTheOverdueCountInTheTooltipAndTheBadge()
    {
        add(QString(), QStringLiteral("One"), test::at(2026, 3, 9, 10, 0));
        add(QString(), QStringLiteral("Two"), test::at(2026, 3, 9, 11, 0));
        DueWatcher watcher(m_temp->store());
        watcher.setClock([this] { return m_now; });
        ReminderTray tray(&watcher, m_temp->store().timeZone());
        watcher.start();
        QCOMPARE(tray.trayIcon()->toolTip(), QStringLiteral("FollowThrough: 2 follow-ups overdue"));
        QCOMPARE(menuAction(tray, QStringLiteral("trayOverdue"))->text(), QStringLiteral("2 overdue: show the Today review"));

        // The badge is red in the top right corner; without overdue work the icon is the plain one.
        const QImage plain = ReminderTray::badgeIcon(QIcon(), 0).pixmap(32, 32).toImage();
        QVERIFY(plain.isNull() || qAlpha(plain.pixel(29, 8)) == 0);
        const QImage badged = ReminderTray::badgeIcon(QIcon(), 2).pixmap(32, 32).toImage();
        const QColor corner = badged.pixelColor(30, 8);
        QVERIFY2(corner.red() > 180 && corner.green() < 80 && corner.alpha() == 255, qPrintable(corner.name()));
        QCOMPARE(qAlpha(badged.pixel(2, 28)), 0);
    }

    void shouldListTheNextDueInTheMenuAndOpenThemFromThere()
    {
        const FollowUpId first = add(QStringLiteral("INC1"), QStringLiteral("First"), test::at(2026, 3, 10, 10, 0));
        const FollowUpId second = add(QStringLiteral("INC2"), QStringLiteral("Second"), test::at(2026, 3, 10, 11, 0));
        DueWatcher watcher(m_temp->store());
        watcher.setClock([this] { return m_now; });
        ReminderTray tray(&watcher, m_temp->store().timeZone());
        QSignalSpy open(&tray, &ReminderTray::openRequested);
        QSignalSpy quit(&tray, &ReminderTray::quitRequested);
        watcher.start();

        QStringList names;
        for (QAction *a : tray.menu()->actions())
            if (!a->isSeparator() || !a->text().isEmpty())   // sections are separators with a title
                names << a->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("trayShowWindow"), QStringLiteral("trayOverdue"),
                                     QStringLiteral("trayNextDue"), QStringLiteral("trayDue_%1").arg(first),
                                     QStringLiteral("trayDue_%1").arg(second), QStringLiteral("trayQuit")}));
        QVERIFY(!menuAction(tray, QStringLiteral("trayOverdue"))->isEnabled());
        menuAction(tray, QStringLiteral("trayDue_%1").arg(second))->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).value<FollowUpId>(), second);
        menuAction(tray, QStringLiteral("trayQuit"))->trigger();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(tst_ReminderTray)
#include "tst_remindertray.moc"
