// Given / when / then over the real main window: restoring yesterday's backup after a bad day.
#include "backupactions.h"
#include "domain/followupservice.h"
#include "followuptablemodel.h"
#include "mainwindow.h"
#include "store/backuprotation.h"
#include "testsupport.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ft;

class tst_RestoreBackup : public QObject
{
    Q_OBJECT

    static FollowUp draft(const QString &title)
    {
        FollowUp f;
        f.title = title;
        f.requester = QStringLiteral("Ana");
        return f;
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings(QStringLiteral("tst_restorebackup"));
        QSettings().clear();
    }

    void shouldOfferBackUpAndRestoreInTheFileMenu()
    {
        test::TempStore temp;
        MainWindow window(temp.store());
        auto file = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        QStringList names;
        for (QAction *a : file->actions())
            names << a->objectName();
        QVERIFY2(names.contains(QStringLiteral("actionBackUpNow")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("actionRestoreBackup")), qPrintable(names.join(u',')));
    }

    void shouldShowTheBackupsContentAfterRestoring()
    {
        // Given a store with two follow-ups, backed up, and then a third added and a contact logged
        test::TempStore temp;
        MainWindow window(temp.store());
        window.show();
        FollowUpService &service = window.service();
        const FollowUpId first = service.create(draft(QStringLiteral("Printer jams"))).value().id;
        QVERIFY(service.create(draft(QStringLiteral("VPN drops"))));
        const QString backup = temp.dir() + QStringLiteral("/yesterday.sqlite");
        QVERIFY(temp.store().backupTo(backup));
        QVERIFY(service.create(draft(QStringLiteral("Added after the backup"))));
        QVERIFY(service.logContact(first, Channel::Phone, QStringLiteral("Called back")));
        window.undoStack()->push(new QUndoCommand(QStringLiteral("something to undo")));
        window.refresh();
        QCOMPARE(window.listModel()->rowCount(), 3);

        // When the lead restores the backup
        auto actions = window.findChild<BackupActions *>(QStringLiteral("backupActions"));
        QVERIFY(actions);
        QSignalSpy restored(actions, &BackupActions::restored);
        auto safety = actions->restoreFile(backup);
        QVERIFY2(safety, safety ? "" : qPrintable(safety.error().message));

        // Then the window shows the backup's content, undo cannot reach into the content before,
        // and the store as it was is kept beside the rotating backups
        QCOMPARE(restored.count(), 1);
        QCOMPARE(window.listModel()->rowCount(), 2);
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(QFileInfo(safety.value()).absolutePath(), BackupRotation(temp.path()).folder());
        auto before = Store::open(safety.value(), Store::Options{false});
        QVERIFY(before);
        QCOMPARE(FollowUpService(*before.value()).calendar().timeZone().isValid(), true);
    }

    void shouldRefuseAFileThatIsNotABackupAndChangeNothing()
    {
        test::TempStore temp;
        MainWindow window(temp.store());
        QVERIFY(window.service().create(draft(QStringLiteral("Keep me"))));
        window.refresh();
        const QString notes = temp.dir() + QStringLiteral("/notes.sqlite");
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a store");
        f.close();
        auto actions = window.findChild<BackupActions *>(QStringLiteral("backupActions"));
        QSignalSpy restored(actions, &BackupActions::restored);
        auto refused = actions->restoreFile(notes);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not a FollowThrough backup")),
                 qPrintable(refused.error().message));
        QCOMPARE(restored.count(), 0);
        QCOMPARE(window.listModel()->rowCount(), 1);
    }
};

QTEST_MAIN(tst_RestoreBackup)
#include "tst_restorebackup.moc"
