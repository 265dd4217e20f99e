#include "domain/followupservice.h"
#include "followuppanel.h"
#include "mainwindow.h"
#include "processsupport.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace ft;
using namespace Qt::StringLiterals;

// A version per follow-up across processes (issue 16, SPEC §6): another process saves a follow-up
// between this process's read and its edit; the edit is refused with who changed what, nothing of it
// is written, and the window offers to reload (dropping the edits) or to keep them.
class tst_RowVersions : public QObject
{
    Q_OBJECT

    static FollowUp load(Store &store, FollowUpId id) { return repo::loadFollowUp(store.connection(), id).value(); }

    // Another lead's window: the store worker process edits `id` as `actor`.
    static void theirChange(const QString &path, FollowUpId id, const QString &actor, const QStringList &fields)
    {
        const test::Run run = test::runProgram(QStringLiteral(FT_STOREWORKER),
                                               QStringList{path, u"change"_s, QString::number(id), actor} + fields);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"changed %1 "_s.arg(id)), qPrintable(run.out));
    }

    static FollowUpId create(FollowUpService &service, const QString &title, const QString &reference = {})
    {
        FollowUp f;
        f.title = title;
        f.reference = reference;
        f.requester = u"Dora"_s;
        f.owner = u"Ben"_s;
        auto made = service.create(f);
        if (!made)
            qFatal("%s", qPrintable(made.error().message));
        return made.value().id;
    }

    // Answers the next conflict message box: Reload or Cancel; its text goes to `text`.
    struct ConflictAnswer
    {
        QTimer timer;
        QString text;
        ConflictAnswer(QObject *context, bool reload)
        {
            timer.setInterval(20);
            QObject::connect(&timer, &QTimer::timeout, context, [this, reload] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != u"conflictMessage"_s)
                    return;
                text = box->informativeText();
                auto *button = reload ? box->findChild<QPushButton *>(u"conflictReload"_s) : box->button(QMessageBox::Cancel);
                if (button)
                    button->click();
            });
            timer.start();
        }
    };

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"tst_rowversions"_s);
        QSettings().clear();
    }

    // The other process is a second window's service (its own connection) on the same SQLite store.
    void shouldRefuseAnEditOverAnotherProcesssChangeNamingWhoAndWhat()
    {
        test::TempStore temp;
        FollowUpService mine(temp.store());
        mine.setActor(u"Ben"_s);
        const FollowUpId id = create(mine, u"VPN drops every hour"_s);
        const FollowUp base = load(temp.store(), id);
        const auto events = repo::loadTimeline(temp.store().connection(), id).value().size();

        theirChange(temp.path(), id, u"Anna"_s, {u"owner=Anna"_s, u"priority=2"_s});

        FollowUp edited = base;
        edited.notes = u"Ben's notes"_s;
        auto refused = mine.edit(edited, base);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(u"Anna changed Owner, Priority"_s), qPrintable(refused.error().message));
        const FollowUp stored = load(temp.store(), id);
        QCOMPARE(stored.owner, u"Anna"_s);
        QCOMPARE(stored.notes, QString());
        QCOMPARE(stored.rowVersion, qint64(2));
        QCOMPARE(stored.changedBy, u"Anna"_s);
        QCOMPARE(repo::loadTimeline(temp.store().connection(), id).value().size(), events + 1);   // Anna's only
    }

    // The other process is the command line: an import updates the follow-up by its reference.
    void shouldRefuseAnEditOverAnImportByTheCommandLine()
    {
        test::TempStore temp;
        FollowUpService mine(temp.store());
        const FollowUpId id = create(mine, u"Printer jams"_s, u"INC-7"_s);
        const FollowUp base = load(temp.store(), id);

        const QString csv = test::writeFile(temp.dir() + u"/update.csv"_s,
                                            "number,short_description,opened\nINC-7,Printer jams on floor 3,2026-03-02 09:00\n");
        const test::Run run = test::runFollowThrough({u"--db"_s, temp.path(), u"import"_s, csv, u"--profile"_s, u"generic"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const FollowUp imported = load(temp.store(), id);
        QCOMPARE(imported.title, u"Printer jams on floor 3"_s);
        QCOMPARE(imported.rowVersion, base.rowVersion + 1);
        QCOMPARE(imported.changedBy, u"import (generic)"_s);

        FollowUp edited = base;
        edited.owner = u"Carla"_s;
        auto refused = mine.edit(edited, base);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(u"import (generic) changed Title"_s), qPrintable(refused.error().message));
        QCOMPARE(load(temp.store(), id).owner, u"Ben"_s);
        QCOMPARE(load(temp.store(), id).rowVersion, imported.rowVersion);
    }

    // The window: the lead edits in the panel while another process saves the same follow-up. Saving
    // says who changed what and offers Reload or Cancel: Cancel keeps the typing, Reload shows the saved values.
    void shouldOfferToReloadWhenAnEditInTheWindowWasOvertaken()
    {
        test::TempStore temp;
        MainWindow window(temp.store());
        window.show();
        const FollowUpId id = create(window.service(), u"VPN drops every hour"_s);
        window.refresh();
        window.showView(MainWindow::View::List);
        window.setCurrent(id);
        auto *panel = window.findChild<FollowUpPanel *>(u"followUpPanel"_s);
        auto *title = window.findChild<QLineEdit *>(u"panelTitle"_s);
        auto *owner = window.findChild<QComboBox *>(u"panelOwner"_s);
        auto *save = window.findChild<QPushButton *>(u"panelSave"_s);
        QVERIFY(panel && title && owner && save);
        QCOMPARE(owner->currentText(), u"Ben"_s);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, u"Mine"_s);
        QVERIFY(panel->isDirty());

        theirChange(temp.path(), id, u"Anna"_s, {u"owner=Anna"_s, u"priority=2"_s});
        // The window notices by itself, keeps the typing and says who saved meanwhile.
        auto *conflict = window.findChild<QLabel *>(u"panelConflict"_s);
        QVERIFY(conflict);
        QTRY_VERIFY_WITH_TIMEOUT(!conflict->isHidden(), 4 * MainWindow::StoreWatchMs);
        QVERIFY2(conflict->text().startsWith(u"Anna saved this follow-up"_s), qPrintable(conflict->text()));
        QCOMPARE(title->text(), u"Mine"_s);
        QCOMPARE(panel->editBase()->rowVersion, qint64(1));

        {
            ConflictAnswer cancel(&window, false);
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY(!cancel.text.isEmpty());
            QVERIFY2(cancel.text.contains(u"Anna changed Owner, Priority"_s), qPrintable(cancel.text));
            QVERIFY2(cancel.text.contains(u"Reload"_s), qPrintable(cancel.text));
        }
        QCOMPARE(title->text(), u"Mine"_s);   // Cancel: the typing stays
        QVERIFY(panel->isDirty());
        QCOMPARE(load(temp.store(), id).title, u"VPN drops every hour"_s);

        {
            ConflictAnswer reload(&window, true);
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY(!reload.text.isEmpty());
        }
        QTRY_VERIFY(!panel->isDirty());   // Reload: the edits are dropped, the saved values shown
        QCOMPARE(title->text(), u"VPN drops every hour"_s);
        QCOMPARE(owner->currentText(), u"Anna"_s);
        QCOMPARE(panel->editBase()->rowVersion, qint64(2));
        const FollowUp stored = load(temp.store(), id);
        QCOMPARE(stored.title, u"VPN drops every hour"_s);
        QCOMPARE(stored.owner, u"Anna"_s);
        QCOMPARE(stored.changedBy, u"Anna"_s);

        // Edited again on the reloaded values, the save goes through.
        title->selectAll();
        QTest::keyClicks(title, u"VPN drops (Berlin)"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(load(temp.store(), id).title, u"VPN drops (Berlin)"_s);
        QCOMPARE(load(temp.store(), id).owner, u"Anna"_s);
    }

    // The window showed the follow-up in progress; another lead resolved it since. Closing is refused
    // with who did what, rather than a second closing; Reload shows it resolved.
    void shouldRefuseToCloseWhatAnotherResolvedSinceTheWindowShowedIt()
    {
        test::TempStore temp;
        MainWindow window(temp.store());
        window.show();
        const FollowUpId id = create(window.service(), u"VPN drops every hour"_s);
        QVERIFY(window.service().changeStatus(id, Status::InProgress));
        window.refresh();
        window.showView(MainWindow::View::List);
        window.setCurrent(id);
        QCOMPARE(window.currentFollowUp()->status, Status::InProgress);
        {
            auto other = Store::open(temp.path());
            QVERIFY(other);
            FollowUpService theirs(*other.value());
            theirs.setActor(u"Anna"_s);
            QVERIFY(theirs.resolve(id));
        }
        ConflictAnswer reload(&window, true);
        window.closeCurrent();
        QTRY_VERIFY(!reload.text.isEmpty());
        QVERIFY2(reload.text.contains(u"Anna set “VPN drops every hour” to Resolved"_s), qPrintable(reload.text));
        QCOMPARE(load(temp.store(), id).status, Status::Resolved);
        QTRY_COMPARE(window.currentFollowUp()->status, Status::Resolved);
        auto *facts = window.findChild<QLabel *>(u"panelFacts"_s);
        QVERIFY(facts && facts->text().contains(u"Resolved"_s));
    }
};

QTEST_MAIN(tst_RowVersions)
#include "tst_rowversions.moc"
