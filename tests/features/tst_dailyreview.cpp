// Given / when / then over the real main window: the lead's morning review.
#include "domain/followupservice.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "followuptablemodel.h"
#include "todaymodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <functional>

using namespace ft;

class tst_DailyReview : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // Triggers `name`, and fills and accepts the modal dialog it opens.
    void runDialogAction(const char *name, const QString &dialogName, const std::function<void(QDialog *)> &fill)
    {
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto dialog = m_window->findChild<QDialog *>(dialogName);
            QVERIFY2(dialog && dialog->isVisible(), qPrintable(dialogName));
            fill(dialog);
            auto buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
            QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            filled = true;
            ok->click();
        });
        QAction *a = action(name);
        QVERIFY2(a && a->isEnabled(), name);
        a->trigger();
        QVERIFY(filled);
    }

    QList<FollowUpId> idsIn(TodayModel::Section section)
    {
        TodayModel *model = m_window->todayModel();
        QList<FollowUpId> ids;
        const QModelIndex parent = model->sectionIndex(section);
        for (int r = 0; r < model->rowCount(parent); ++r)
            ids << model->idAt(model->index(r, 0, parent));
        return ids;
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings(QStringLiteral("tst_dailyreview"));   // QSettings go to a test location
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

    void shouldOfferAWelcomeOnAnEmptyStore()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        auto pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("loadSampleButton"))->isEnabled());
        QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());   // the import wizard
        m_window->findChild<QPushButton *>(QStringLiteral("startEmptyButton"))->click();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
    }

    void shouldLoadSampleDataWithoutBlockingTheWindow()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        m_window->setSampleSize(40);
        m_window->show();
        auto pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        m_window->findChild<QPushButton *>(QStringLiteral("loadSampleButton"))->click();
        // The generator runs on its own thread: the click returns before it is done.
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("mainSplitter"), 60000);
        QVERIFY(m_window->listModel()->rowCount() > 0);
        QVERIFY(m_window->todayModel()->openCount() > 0);
    }

    void shouldCancelLoadingSampleDataLeavingTheStoreEmpty()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        m_window->setSampleSize(100000);   // long enough to be cancelled part way
        m_window->show();
        auto pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QString shown;
        QTimer watcher;
        watcher.setInterval(10);
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        watcher.start();
        m_window->findChild<QPushButton *>(QStringLiteral("loadSampleButton"))->click();
        auto progress = m_window->findChild<QProgressDialog *>(QStringLiteral("sampleDataProgress"));
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);   // it has started writing
        progress->findChild<QPushButton *>()->click();   // what a person does: QProgressDialog::cancel() says nothing
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        QVERIFY2(shown.contains(QLatin1String("cancelled")), qPrintable(shown));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QCOMPARE(m_window->listModel()->rowCount(), 0);   // all or nothing: the demo is one transaction
    }

    void shouldOpenOnTodayWithoutLastSessionsSearchOrFilters()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        const FollowUpFilter fresh = m_window->listModel()->filter();
        m_window->showView(MainWindow::View::List);
        m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->setText(QStringLiteral("printer"));
        auto status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(statusKey(Status::Resolved)));
        m_window->close();
        m_window.reset();

        // Restarted (or opened on another store): Today, and the whole list behind it.
        m_window = std::make_unique<MainWindow>(m_temp->store());
        QCOMPARE(m_window->currentView(), MainWindow::View::Today);
        QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->text(), QString());
        QCOMPARE(m_window->listModel()->filter(), fresh);
        QVERIFY(!QSettings().contains(QStringLiteral("list/search")));
    }

    void shouldRecordActionsUnderTheNameTheLeadGave()
    {
        QSettings().setValue(QStringLiteral("user/displayName"), QStringLiteral("Dana Kim"));
        m_window = std::make_unique<MainWindow>(m_temp->store());
        QCOMPARE(m_window->service().actor(), QStringLiteral("Dana Kim"));
        runDialogAction("actionWhoYouAre", QStringLiteral("whoYouAreDialog"), [](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral(" Sam Ortiz "));
        });
        QCOMPARE(m_window->service().actor(), QStringLiteral("Sam Ortiz"));
        QCOMPARE(QSettings().value(QStringLiteral("user/displayName")).toString(), QStringLiteral("Sam Ortiz"));
        FollowUp f;
        f.title = QStringLiteral("Printer");
        auto created = m_window->service().create(f);
        QVERIFY(created);
        m_window->refresh();
        m_window->setCurrent(created.value().id);
        auto timeline = m_window->findChild<QAbstractItemModel *>(QStringLiteral("timelineModel"));
        QVERIFY(timeline->rowCount() > 0);
        bool named = false;
        for (int c = 0; c < timeline->columnCount(); ++c)
            named = named || timeline->index(0, c).data().toString() == QStringLiteral("Sam Ortiz");
        QVERIFY(named);
    }

    void shouldMoveToTheNextOverdueFollowUpAfterAnAction()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        QList<FollowUpId> ids;
        for (int i = 0; i < 3; ++i) {
            FollowUp f;
            f.title = QStringLiteral("Overdue %1").arg(i);
            f.nextUpdateDue = m_window->service().now() - (10 - i) * 3600;
            ids << m_window->service().create(f).value().id;
        }
        m_window->refresh();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCurrent(ids[0]);
        auto tree = m_window->findChild<QTreeView *>(QStringLiteral("todayTree"));
        QCOMPARE(m_window->todayModel()->idAt(tree->currentIndex()), ids[0]);
        // Working down the list: each contact takes one off, and the next is the current one.
        for (int i = 0; i < 2; ++i) {
            runDialogAction("actionLogContact", QStringLiteral("logContactDialog"), [](QDialog *dialog) {
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"))->setPlainText(QStringLiteral("Called"));
            });
            QCOMPARE(m_window->currentId(), ids[i + 1]);
            QCOMPARE(m_window->todayModel()->idAt(tree->currentIndex()), ids[i + 1]);
        }
    }

    void shouldSayWhatWasUndoneAndOfferTheActionsOnARightClick()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        FollowUp f;
        f.title = QStringLiteral("Printer");
        f.nextUpdateDue = m_window->service().now() - 3600;
        const FollowUpId id = m_window->service().create(f).value().id;
        m_window->refresh();
        m_window->setCurrent(id);
        runDialogAction("actionLogContact", QStringLiteral("logContactDialog"), [](QDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"))->setPlainText(QStringLiteral("Called"));
        });
        action("actionUndo")->trigger();
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Undone: ")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        action("actionRedo")->trigger();
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Redone: ")));

        auto tree = m_window->findChild<QTreeView *>(QStringLiteral("todayTree"));
        QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(tree->actions().contains(action("actionLogContact")));
        QVERIFY(tree->actions().contains(action("actionReopen")));

        // The register is in the View menu, with a key; Import and Export PDF have keys too.
        QCOMPARE(action("actionShowRegister")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
        action("actionShowRegister")->trigger();
        QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->currentWidget()->objectName(),
                 QStringLiteral("csiRegisterView"));
        QVERIFY(!action("actionImport")->shortcut().isEmpty());
        QVERIFY(!action("actionChecklistEffect")->shortcut().isEmpty());
    }

    void shouldTakeAnOverdueFollowUpOffTheReviewOnceContacted()
    {
        // Given a window on an empty store
        m_window = std::make_unique<MainWindow>(m_temp->store());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // When the lead records a follow-up whose promised update was an hour ago
        const Timestamp anHourAgo = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 3600;
        runDialogAction("actionNewFollowUp", QStringLiteral("newFollowUpDialog"), [&](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Printer on floor 3 jams"));
            dialog->findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(QStringLiteral("INC0001"));
            dialog->findChild<QCheckBox *>(QStringLiteral("promiseCheck"))->setChecked(true);
            auto due = dialog->findChild<QDateTimeEdit *>(QStringLiteral("dueEdit"));
            const QDateTime local = QDateTime::fromSecsSinceEpoch(anHourAgo, m_temp->store().timeZone());
            due->setDateTime(QDateTime(local.date(), local.time()));
        });

        // Then it is under Overdue, in the model, the view and the status bar, and it is the current one
        const FollowUpId id = m_window->currentId();
        QVERIFY(id != 0);
        QCOMPARE(idsIn(TodayModel::Overdue), QList<FollowUpId>{id});
        auto pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
        auto tree = m_window->findChild<QTreeView *>(QStringLiteral("todayTree"));
        QCOMPARE(tree->currentIndex().parent(), m_window->todayModel()->sectionIndex(TodayModel::Overdue));
        auto counts = m_window->findChild<QLabel *>(QStringLiteral("statusCounts"));
        QVERIFY2(counts->text().contains(QStringLiteral("Overdue: 1")), qPrintable(counts->text()));
        QCOMPARE(m_window->currentFollowUp()->nextUpdateDue, std::optional<Timestamp>(anHourAgo));
        QVERIFY(action("actionLogContact")->isEnabled());
        QVERIFY(!action("actionReopen")->isEnabled());

        // When the lead logs a phone call, keeping the default promise (next business day, 10:00)
        const Timestamp expectedPromise = m_window->service().defaultNextUpdate();
        runDialogAction("actionLogContact", QStringLiteral("logContactDialog"), [](QDialog *dialog) {
            auto channel = dialog->findChild<QComboBox *>(QStringLiteral("channelCombo"));
            channel->setCurrentIndex(channel->findData(int(Channel::Phone)));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"))->setPlainText(QStringLiteral("Toner ordered"));
        });

        // Then it has left Overdue, the promise is the default one, and the timeline says so
        QVERIFY(idsIn(TodayModel::Overdue).isEmpty());
        QVERIFY2(counts->text().contains(QStringLiteral("Overdue: 0")), qPrintable(counts->text()));
        QCOMPARE(m_window->currentId(), id);
        QCOMPARE(m_window->currentFollowUp()->nextUpdateDue, std::optional<Timestamp>(expectedPromise));
        QCOMPARE(m_window->currentFollowUp()->status, Status::InProgress);
        auto timeline = m_window->findChild<QTreeView *>(QStringLiteral("timelineView"));
        QVERIFY(timeline->model()->rowCount() >= 4);   // opened, promised, call, started, promised
        bool sawCall = false;
        for (int r = 0; r < timeline->model()->rowCount(); ++r)
            sawCall |= timeline->model()->index(r, 1).data().toString() == QStringLiteral("Phone call: Toner ordered");
        QVERIFY(sawCall);

        // When the lead undoes the call, it is overdue again; redo takes it off again
        QVERIFY(action("actionUndo")->isEnabled());
        action("actionUndo")->trigger();
        QCOMPARE(idsIn(TodayModel::Overdue), QList<FollowUpId>{id});
        QCOMPARE(m_window->currentFollowUp()->status, Status::New);
        QVERIFY2(counts->text().contains(QStringLiteral("Overdue: 1")), qPrintable(counts->text()));
        action("actionRedo")->trigger();
        QVERIFY(idsIn(TodayModel::Overdue).isEmpty());

        // When it is resolved it waits to close; closing takes it off the review entirely
        action("actionResolve")->trigger();
        QCOMPARE(idsIn(TodayModel::WaitingToClose), QList<FollowUpId>{id});
        QVERIFY(action("actionReopen")->isEnabled());
        QVERIFY(!action("actionResolve")->isEnabled());
        action("actionClose")->trigger();
        QVERIFY(!m_window->todayModel()->indexOfId(id).isValid());
        QVERIFY(!action("actionLogContact")->isEnabled());
        // Undoing twice brings it back to In progress
        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        QCOMPARE(m_window->currentFollowUp()->status, Status::InProgress);
    }

    void shouldSavePanelEditsAsOneUndoableEdit()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        m_window->show();
        FollowUp f;
        f.title = QStringLiteral("Printer jams");
        f.owner = QStringLiteral("Ana");
        const FollowUpId id = m_window->service().create(f).value().id;
        m_window->refresh();
        m_window->setCurrent(id);
        auto title = m_window->findChild<QLineEdit *>(QStringLiteral("panelTitle"));
        auto save = m_window->findChild<QPushButton *>(QStringLiteral("panelSave"));
        QVERIFY(!save->isEnabled());
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" on floor 3"));
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(m_window->currentFollowUp()->title, QStringLiteral("Printer jams on floor 3"));
        QCOMPARE(m_window->currentFollowUp()->owner, QStringLiteral("Ana"));
        QVERIFY(!save->isEnabled());
        auto timeline = m_window->findChild<QTreeView *>(QStringLiteral("timelineView"));
        QCOMPARE(timeline->model()->index(0, 1).data().toString(),
                 QStringLiteral("Edited: Title: “Printer jams” → “Printer jams on floor 3”"));
        m_window->undoStack()->undo();
        QCOMPARE(m_window->currentFollowUp()->title, QStringLiteral("Printer jams"));
        QCOMPARE(title->text(), QStringLiteral("Printer jams"));
    }

    void shouldRefuseAnUndoThatAnotherWriterOvertook()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        FollowUp f;
        f.title = QStringLiteral("VPN drops");
        const FollowUpId id = m_window->service().create(f).value().id;
        m_window->refresh();
        m_window->setCurrent(id);
        m_window->findChild<QAction *>(QStringLiteral("actionResolve"))->trigger();
        QCOMPARE(m_window->currentFollowUp()->status, Status::Resolved);
        QCOMPARE(m_window->undoStack()->count(), 1);
        // Someone else closes it meanwhile (another window on the same store)
        FollowUpService other(m_temp->store());
        QVERIFY(other.close(id));
        // The refusal is shown in a message box naming the follow-up; accept it when it comes.
        QString shown;
        QTimer watcher;
        watcher.setInterval(10);
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
            }
        });
        watcher.start();
        m_window->undoStack()->undo();
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.contains(QStringLiteral("VPN drops")), qPrintable(shown));
        QCOMPARE(m_window->currentFollowUp()->status, Status::Closed);   // nothing was overwritten
        QCOMPARE(m_window->undoStack()->count(), 0);                     // the stale step is gone
    }
};

QTEST_MAIN(tst_DailyReview)
#include "tst_dailyreview.moc"
