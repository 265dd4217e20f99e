// Given / when / then over the real main window: reminders, the keyboard alone, help and the
// things every desktop program is expected to do (names for screen readers, tooltips, geometry).
#include "desktop/remindertray.h"
#include "desktop/windowgeometry.h"
#include "domain/followupservice.h"
#include "duewatcher.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "todaymodel.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <functional>

using namespace ft;

class tst_DesktopCitizen : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<MainWindow> m_window;

    void showWindow()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    FollowUpId add(const QString &title, std::optional<Timestamp> due)
    {
        FollowUp f;
        f.title = title;
        f.nextUpdateDue = due;
        auto created = m_window->service().create(f);
        return created ? created.value().id : 0;
    }

    // Presses `key` on the window and returns the object name of the modal dialog it opened
    // (closed again at once), or an empty string when none opened.
    QString dialogOpenedBy(int key, Qt::KeyboardModifiers modifiers,
                           const std::function<void(QDialog *)> &inside = {})
    {
        QString opened;
        QTimer::singleShot(0, this, [&] {
            if (auto dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                opened = dialog->objectName();
                if (inside)
                    inside(dialog);
                if (dialog->isVisible())
                    dialog->reject();
            }
        });
        // The desktop gives the focus back to the window when a dialog closes; offscreen, we do.
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
        QCoreApplication::processEvents();
        return opened;
    }

    static QString accessibleName(QWidget *w)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings(QStringLiteral("tst_desktopcitizen"));
    }

    void init()
    {
        QSettings().clear();
        m_temp = std::make_unique<test::TempStore>();
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void shouldOpenTheFollowUpWhoseReminderWasClicked()
    {
        // Given a running window and a promise due in ten minutes, watched with a clock we move
        showWindow();
        // One clock for the review and the watcher, at a fixed morning: the real one could cross midnight.
        Timestamp now = test::at(2026, 3, 10, 9, 0);
        m_window->todayModel()->setClock([&now] { return now; });
        const FollowUpId quiet = add(QStringLiteral("Nothing due"), std::nullopt);
        const FollowUpId due = add(QStringLiteral("Call back about the VPN"), now + 600);
        m_window->refresh();
        m_window->setCurrent(quiet);
        DueWatcher *watcher = m_window->dueWatcher();
        watcher->setClock([&now] { return now; });
        watcher->start();
        QSignalSpy notified(m_window->reminders(), &ReminderTray::notified);

        // When the promise falls due, the watcher says so once
        now += 601;
        watcher->check();
        watcher->check();
        QCOMPARE(notified.count(), 1);
        QCOMPARE(watcher->overdueCount(), 1);

        // When the lead clicks the notification, that follow-up is the current one, selected in Today
        emit m_window->reminders()->trayIcon()->messageClicked();
        QCOMPARE(m_window->currentId(), due);
        QCOMPARE(m_window->currentView(), MainWindow::View::Today);
        auto tree = m_window->findChild<QTreeView *>(QStringLiteral("todayTree"));
        QCOMPARE(m_window->todayModel()->idAt(tree->currentIndex()), due);
    }

    void shouldReachEveryMainDialogWithTheKeyboardAlone()
    {
        showWindow();
        const FollowUpId id = add(QStringLiteral("Keyboard only"), std::nullopt);
        m_window->refresh();
        m_window->setCurrent(id);

        QCOMPARE(dialogOpenedBy(Qt::Key_N, Qt::ControlModifier), QStringLiteral("newFollowUpDialog"));
        QCOMPARE(dialogOpenedBy(Qt::Key_L, Qt::ControlModifier), QStringLiteral("logContactDialog"));
        QCOMPARE(dialogOpenedBy(Qt::Key_P, Qt::ControlModifier), QStringLiteral("promiseDialog"));
        QCOMPARE(dialogOpenedBy(Qt::Key_F1, Qt::NoModifier), QStringLiteral("shortcutsDialog"));

        // A new follow-up from the keyboard: Ctrl+N, type the title, Enter.
        const qint64 before = m_window->todayModel()->openCount();
        QCOMPARE(dialogOpenedBy(Qt::Key_N, Qt::ControlModifier,
                                [](QDialog *dialog) {
                                    QApplication::setActiveWindow(dialog);
                                    QVERIFY(QTest::qWaitForWindowActive(dialog));
                                    QWidget *focus = dialog->focusWidget();
                                    QCOMPARE(focus ? focus->objectName() : QString(), QStringLiteral("titleEdit"));
                                    QTest::keyClicks(focus, QStringLiteral("Typed without a mouse"));
                                    QTest::keyClick(focus, Qt::Key_Return);
                                }),
                 QStringLiteral("newFollowUpDialog"));
        QCOMPARE(m_window->todayModel()->openCount(), before + 1);
        QCOMPARE(m_window->currentFollowUp()->title, QStringLiteral("Typed without a mouse"));

        // Ctrl+R resolves it; Ctrl+Z takes that back.
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_window->currentFollowUp()->status, Status::Resolved);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->currentFollowUp()->status, Status::New);
    }

    void shouldSwitchBetweenListAndDetailsWithF6()
    {
        showWindow();
        const FollowUpId id = add(QStringLiteral("Focus"), std::nullopt);
        m_window->refresh();
        m_window->setCurrent(id);
        auto tree = m_window->findChild<QTreeView *>(QStringLiteral("todayTree"));
        tree->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("panelTitle"));
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), tree);
    }

    void shouldDescribeEveryActionAndListItsShortcutInAMenu()
    {
        showWindow();
        QSet<QAction *> inMenus;
        for (QAction *top : m_window->menuBar()->actions()) {
            QVERIFY2(top->menu() && !top->menu()->objectName().isEmpty(), qPrintable(top->text()));
            for (QAction *a : top->menu()->actions())
                inMenus.insert(a);
        }
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_DontShowShortcutsInContextMenus));
        int checked = 0;
        // The window's own actions and every action its menus offer (some belong to helpers like the backups).
        QSet<QAction *> all(inMenus.begin(), inMenus.end());
        for (QAction *a : m_window->findChildren<QAction *>(Qt::FindDirectChildrenOnly))
            all.insert(a);
        for (QAction *a : std::as_const(all)) {
            if (a->isSeparator() || a->menu())
                continue;
            ++checked;
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->objectName()));
            if (!a->shortcut().isEmpty()) {
                QVERIFY2(inMenus.contains(a), qPrintable(a->objectName()));
                QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->toolTip()));
            }
        }
        QVERIFY(checked >= 15);
        // The toolbar shows icons: every action on it has one (from the theme or bundled).
        auto bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (QAction *a : bar->actions())
            QVERIFY2(a->isSeparator() || !a->icon().isNull(), qPrintable(a->objectName()));

        // The shortcuts dialog lists exactly the actions that have shortcuts.
        QStringList listed;
        dialogOpenedBy(Qt::Key_F1, Qt::NoModifier, [&listed](QDialog *dialog) {
            auto list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
            for (int g = 0; g < list->topLevelItemCount(); ++g)
                for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
                    listed << list->topLevelItem(g)->child(i)->data(0, Qt::UserRole).toString();
        });
        QStringList expected;
        for (QAction *a : std::as_const(inMenus))
            if (!a->shortcut().isEmpty())
                expected << a->objectName();
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);
    }

    void shouldGiveThePanelMnemonicsThatClashWithNoMenu()
    {
        showWindow();
        const auto mnemonic = [](const QString &text) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        QSet<QChar> menus;
        for (QAction *top : m_window->menuBar()->actions())
            menus.insert(mnemonic(top->text()));
        QSet<QChar> panel;
        auto panelWidget = m_window->findChild<QWidget *>(QStringLiteral("followUpPanel"));
        const QList<QWidget *> widgets = panelWidget->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            QString text;
            if (auto label = qobject_cast<QLabel *>(w); label && label->buddy())
                text = label->text();
            else if (auto button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            const QChar key = mnemonic(text);
            if (key.isNull())
                continue;
            QVERIFY2(!menus.contains(key), qPrintable(text));
            QVERIFY2(!panel.contains(key), qPrintable(text));
            panel.insert(key);
        }
        QVERIFY(panel.size() >= 10);
    }

    void shouldNameEveryControlForScreenReaders()
    {
        showWindow();
        const FollowUpId id = add(QStringLiteral("Named"), std::nullopt);
        m_window->refresh();
        m_window->setCurrent(id);
        for (MainWindow::View view : {MainWindow::View::Today, MainWindow::View::List}) {
            m_window->showView(view);
            const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
            int checked = 0;
            for (QWidget *w : widgets) {
                if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || w->focusProxy()
                    || qobject_cast<QMenu *>(w) || w->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                if (!(qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                      || qobject_cast<QAbstractButton *>(w) || w->inherits("QPlainTextEdit")))
                    continue;
                ++checked;
                QVERIFY2(!accessibleName(w).isEmpty(), qPrintable(w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())));
            }
            QVERIFY(checked >= 8);
        }
    }

    void shouldRememberTheGeometryOfEachScreenSeparately()
    {
        showWindow();
        m_window->setGeometry(QRect(20, 30, 760, 700));   // within the offscreen 800x800 screen
        const QString key = geometry::screenKey(m_window->screen());
        const QSize size = m_window->screen()->size();
        QVERIFY2(key.endsWith(QStringLiteral(" %1x%2").arg(size.width()).arg(size.height())), qPrintable(key));
        m_window->close();
        m_window.reset();

        // A geometry saved for a screen that is not connected is never used…
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("window/geometryByScreen/") + key));
        settings.setValue(QStringLiteral("window/lastScreen"), QStringLiteral("HDMI-9 5120x2880"));
        QWidget other;
        other.setGeometry(QRect(900, 700, 300, 200));
        settings.setValue(QStringLiteral("window/geometryByScreen/HDMI-9 5120x2880"), other.saveGeometry());
        settings.sync();

        // …the one saved for this screen is.
        m_window = std::make_unique<MainWindow>(m_temp->store());
        QCOMPARE(m_window->size(), QSize(760, 700));
    }

    void shouldTellWhatRunsOnWhichStoreInAbout()
    {
        showWindow();
        add(QStringLiteral("One"), std::nullopt);
        add(QStringLiteral("Two"), std::nullopt);
        QString path;
        QString schema;
        QString count;
        QTimer::singleShot(0, this, [&] {
            auto dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == QLatin1String("aboutDialog"));
            path = dialog->findChild<QLabel *>(QStringLiteral("aboutStorePath"))->text();
            schema = dialog->findChild<QLabel *>(QStringLiteral("aboutSchemaVersion"))->text();
            count = dialog->findChild<QLabel *>(QStringLiteral("aboutCount_followup"))->text();
            dialog->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QCOMPARE(path, QDir::toNativeSeparators(m_temp->path()));
        QCOMPARE(schema, QString::number(m_temp->store().schemaVersion()));
        QCOMPARE(count, QStringLiteral("2"));
    }
};

QTEST_MAIN(tst_DesktopCitizen)
#include "tst_desktopcitizen.moc"
