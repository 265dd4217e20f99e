// Given / when / then over the real main window: closing work against its closure checklist.
#include "checklist/checklistservice.h"
#include "checklist/templaterepository.h"
#include "checklists/checklistrunwidget.h"
#include "domain/followupservice.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace ft;

class tst_ClosureChecklist : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // Runs `respond` on the next modal dialog or message box, while `trigger` waits in it.
    void whenModal(const std::function<void(QWidget *)> &respond)
    {
        QTimer::singleShot(0, this, [respond] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            respond(modal);
        });
    }

    FollowUpId createIncident()
    {
        FollowUp f;
        f.title = QStringLiteral("Outlook keeps asking for the password");
        f.kind = Kind::Incident;
        const FollowUpId id = m_window->service().create(f).value().id;
        m_window->refresh();
        m_window->setCurrent(id);
        return id;
    }

    QList<QCheckBox *> boxes()
    {
        QList<QCheckBox *> out;
        for (QCheckBox *b : m_window->checklistWidget()->findChildren<QCheckBox *>()) {
            if (b->objectName().startsWith(QLatin1String("checklistItem_")))
                out << b;
        }
        std::sort(out.begin(), out.end(), [](QCheckBox *a, QCheckBox *b) { return a->objectName() < b->objectName(); });
        return out;
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings(QStringLiteral("tst_closurechecklist"));
    }

    void init()
    {
        QSettings().clear();
        // A store with one incident checklist: two required items and one advisory item.
        m_temp = std::make_unique<test::TempStore>();
        test::addIncidentClosureChecklist(m_temp->store());
        m_window = std::make_unique<MainWindow>(m_temp->store());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void shouldRefuseClosingUntilTheRequiredItemsAreChecked()
    {
        // Given an incident with its checklist attached
        const FollowUpId id = createIncident();
        QCOMPARE(boxes().size(), 3);
        QCOMPARE(m_window->checklistWidget()->progressText(), QStringLiteral("0 of 3 checked"));

        // When the lead resolves it, the window names the unchecked required items and refuses
        QString refusal;
        whenModal([&](QWidget *modal) {
            auto box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("checklistRefusal"));
            refusal = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        action("actionResolve")->trigger();
        QVERIFY(refusal.contains(QStringLiteral("User confirmed it is fixed")));
        QVERIFY(refusal.contains(QStringLiteral("Root cause noted")));
        QVERIFY(!refusal.contains(QStringLiteral("Knowledge article")));
        QCOMPARE(m_window->currentFollowUp()->status, Status::New);

        // When the lead checks the two required items (each undoable)
        const int before = m_window->undoStack()->count();
        boxes().at(0)->click();
        QTRY_COMPARE(m_window->checklistWidget()->progressText(), QStringLiteral("1 of 3 checked"));
        boxes().at(1)->click();
        QTRY_COMPARE(m_window->checklistWidget()->progressText(), QStringLiteral("2 of 3 checked"));
        QCOMPARE(m_window->undoStack()->count(), before + 2);
        action("actionUndo")->trigger();
        QTRY_COMPARE(m_window->checklistWidget()->progressText(), QStringLiteral("1 of 3 checked"));
        QVERIFY(!boxes().at(1)->isChecked());
        action("actionRedo")->trigger();
        QTRY_COMPARE(m_window->checklistWidget()->progressText(), QStringLiteral("2 of 3 checked"));

        // Then resolving only warns about the advisory item, and "Resolve anyway" resolves it
        bool warned = false;
        whenModal([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("checklistAdvisory"));
            QVERIFY(qobject_cast<QMessageBox *>(modal)->informativeText().contains(QStringLiteral("Knowledge article linked")));
            warned = true;
            modal->findChild<QPushButton *>(QStringLiteral("closeAnywayButton"))->click();
        });
        action("actionResolve")->trigger();
        QVERIFY(warned);
        QCOMPARE(m_window->currentFollowUp()->status, Status::Resolved);
        QCOMPARE(m_window->currentFollowUp()->id, id);
    }

    void shouldCloseWithAWrittenOverrideReason()
    {
        // Given an incident with nothing checked
        const FollowUpId id = createIncident();

        // When the lead closes it and chooses Override… with a reason
        const QString reason = QStringLiteral("Requester left the company; access removed.");
        bool overridden = false;
        whenModal([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("checklistRefusal"));
            whenModal([&](QWidget *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("overrideReasonDialog"));
                auto ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
                QVERIFY(!ok->isEnabled());   // no reason, no override
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"))->setPlainText(reason);
                QVERIFY(ok->isEnabled());
                overridden = true;
                ok->click();
            });
            modal->findChild<QPushButton *>(QStringLiteral("overrideButton"))->click();
        });
        action("actionClose")->trigger();
        QVERIFY(overridden);

        // Then it is closed, and the override with its reason is on the checklist
        QCOMPARE(m_window->currentFollowUp()->status, Status::Closed);
        ChecklistService checklists(m_temp->store());
        const auto runs = checklists.runs(id).value();
        QCOMPARE(runs.at(0).overrideReason, reason);
        QVERIFY(runs.at(0).overriddenAt.has_value());
        for (QCheckBox *b : boxes())
            QVERIFY(!b->isEnabled());   // a closed follow-up's checklist is read-only
    }
};

QTEST_MAIN(tst_ClosureChecklist)
#include "tst_closurechecklist.moc"
