// File → Move this register to a server…: the menu entry, a copy run from the dialog into a store
// file, a server address refused with its message (never its password), and Cancel.
#include "demo/demogenerator.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "movetoserverdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

class tst_MoveToServerDialog : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(const QObject &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    static void fill(Store &store, int items)
    {
        DemoOptions options;
        options.items = items;
        options.endAt = test::at(2025, 6, 30);
        if (auto demo = generateDemo(store, options); !demo)
            qFatal("demo: %s", qPrintable(demo.error().message));
    }

private slots:
    void initTestCase() { test::useTestSettings(u"tst_movetoserverdialog"_s); QSettings().clear(); }

    void shouldOfferTheMoveInTheFileMenuAndReopenOnTheCopy()
    {
        test::TempStore temp;
        MainWindow window(temp.store());
        window.show();
        auto file = window.menuBar()->findChild<QMenu *>(u"menuFile"_s);
        QVERIFY(file);
        QAction *move = nullptr;
        for (QAction *a : file->actions())
            move = a->objectName() == "actionMoveToServer"_L1 ? a : move;
        QVERIFY(move);
        QCOMPARE(move->text(), u"&Move this register to a server…"_s);
        QVERIFY(move->isEnabled());

        // "Open it now" after a copy: the window closes and asks main for a window on the copy.
        QSignalSpy reopen(&window, &MainWindow::storeChangeRequested);
        emit child<MainActions>(window, u"mainActions"_s)->openStoreRequested(u"/tmp/the-copy.sqlite"_s);
        QCOMPARE(reopen.size(), 1);
        QCOMPARE(reopen.first().first().toString(), u"/tmp/the-copy.sqlite"_s);
        QVERIFY(!window.isVisible());
    }

    void shouldCopyIntoAFileAndOfferToOpenIt()
    {
        test::TempStore temp;
        fill(temp.store(), 200);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"copy.sqlite"_s);
        MoveToServerDialog dialog(temp.store());
        dialog.show();
        auto open = child<QPushButton>(dialog, u"openButton"_s);
        auto password = child<QLineEdit>(dialog, u"passwordEdit"_s);
        QVERIFY(!child<QPushButton>(dialog, u"copyButton"_s)->isEnabled());
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(target);
        QVERIFY(!password->isEnabled());   // a file has no password
        QVERIFY(!open->isVisible());

        QSignalSpy ended(&dialog, &MoveToServerDialog::copyEnded);
        QTest::mouseClick(child<QPushButton>(dialog, u"copyButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isCopying());
        QVERIFY(ended.wait(30000));
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(ended.first().at(1).toString()));
        QVERIFY(child<QLabel>(dialog, u"copyMessage"_s)->text().contains(temp.path()));   // "stays as it is"
        QVERIFY(open->isVisible());
        {
            auto copy = Store::open(target, Store::Options{false});
            QVERIFY(copy);
            QCOMPARE(test::scalar(*copy.value(), u"SELECT count(*) FROM followup"_s), 200);
            QCOMPARE(test::scalar(*copy.value(), u"SELECT count(*) FROM event"_s),
                     test::scalar(temp.store(), u"SELECT count(*) FROM event"_s));
        }
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.openAddress(), target);
    }

    void shouldShowWhyAServerCannotBeUsedWithoutItsPassword()
    {
        test::TempStore temp;
        MoveToServerDialog dialog(temp.store());
        dialog.show();
        // Port 1 of this machine refuses at once: a server out of reach.
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(u"postgresql://ann@127.0.0.1:1/desk"_s);
        auto password = child<QLineEdit>(dialog, u"passwordEdit"_s);
        QVERIFY(password->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(u"s3cret"_s);
        QSignalSpy ended(&dialog, &MoveToServerDialog::copyEnded);
        dialog.startCopy();
        QVERIFY(ended.wait(30000));
        QVERIFY(!ended.first().at(0).toBool());
        const QString shown = child<QLabel>(dialog, u"copyMessage"_s)->text();
        QVERIFY2(shown.contains(u"postgresql://ann@127.0.0.1:1/desk"_s) && shown.contains(u"Cannot reach"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"s3cret"_s), qPrintable(shown));
        QVERIFY(!child<QPushButton>(dialog, u"openButton"_s)->isVisible());
        QVERIFY(child<QPushButton>(dialog, u"copyButton"_s)->isEnabled());   // try another address

        // A service takes its password from pg_service.conf or ~/.pgpass.
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(u"service=desk"_s);
        QVERIFY(!password->isEnabled());
    }

    void shouldLeaveNoTargetWhenCancelled()
    {
        test::TempStore temp;
        fill(temp.store(), 2000);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"cancelled.sqlite"_s);
        MoveToServerDialog dialog(temp.store());
        dialog.show();
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(target);
        QSignalSpy ended(&dialog, &MoveToServerDialog::copyEnded);
        dialog.startCopy();
        QVERIFY(child<QProgressBar>(dialog, u"copyProgress"_s)->isVisible());
        QCOMPARE(child<QPushButton>(dialog, u"closeButton"_s)->text(), u"Cancel"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());   // stays to say how it ended
        QVERIFY(ended.wait(30000));
        QVERIFY(!ended.first().at(0).toBool());
        QVERIFY2(ended.first().at(1).toString().contains(u"cancelled"_s), qPrintable(ended.first().at(1).toString()));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(child<QPushButton>(dialog, u"closeButton"_s)->text(), u"Close"_s);
    }
};

QTEST_MAIN(tst_MoveToServerDialog)
#include "tst_movetoserverdialog.moc"
