// The import wizard driven as a lead would: file, settings, mapping, dry run, import, cancel.
#include "importing/importer.h"
#include "importwizard/importrunner.h"
#include "importwizard/importwizard.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace ft;

class tst_ImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return test::writeFile(m_dir.filePath(name), bytes); }

    static qint64 followUps(const Store &store) { return test::scalar(store, QStringLiteral("SELECT count(*) FROM followup")); }

    // Screenshots for a person to look at, when FT_SCREENSHOT_DIR says where.
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("FT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    static QByteArray serviceNowRows(int incidents)
    {
        QByteArray bytes("number,incident_state,sys_mod_count,made_sla,caller_id,opened_at,sys_updated_at,priority,"
                         "assignment_group,assigned_to,resolved_at,closed_at\n");
        for (int i = 0; i < incidents; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray day = QByteArray::number(13 + i % 15);
            bytes += "INC" + n + ",New,0,true,Caller " + n + "," + day + "/3/2016 9:00," + day
                     + "/3/2016 9:05,3 - Moderate,Group 1,?,?,?\n";
            bytes += "INC" + n + ",Resolved,1,true,Caller " + n + "," + day + "/3/2016 9:00," + day
                     + "/3/2016 15:00,3 - Moderate,Group 1,Resolver 2," + day + "/3/2016 15:00,?\n";
        }
        return bytes;
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings(QStringLiteral("tst_importwizard"));
        QSettings().clear();
    }

    void shouldDetectPreviewDryRunAndImportAServiceNowFile()
    {
        test::TempStore temp;
        const QString path = write(QStringLiteral("incidents.csv"), serviceNowRows(3));
        ImportWizard wizard(temp.store());
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SettingsPage));
        auto profile = wizard.findChild<QComboBox *>(QStringLiteral("importProfile"));
        QCOMPARE(profile->currentData().toInt(), int(importing::Profile::ServiceNow));
        auto rows = wizard.findChild<QTableWidget *>(QStringLiteral("importPreviewRows"));
        QCOMPARE(rows->rowCount(), 6);
        QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("INC0"));
        QCOMPARE(rows->horizontalHeaderItem(5)->text(), QStringLiteral("opened_at"));
        auto note = wizard.findChild<QLabel *>(QStringLiteral("importDateNote"));
        QVERIFY2(note->text().contains(QStringLiteral("day first")), qPrintable(note->text()));
        shoot(&wizard, QStringLiteral("import-2-settings"));

        wizard.next();   // servicenow: no mapping page
        QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPage));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        auto summary = wizard.findChild<QLabel *>(QStringLiteral("importDryRunSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("add 3</b>")), qPrintable(summary->text()));
        QCOMPARE(followUps(temp.store()), 0);   // a dry run writes nothing
        shoot(&wizard, QStringLiteral("import-3-dryrun"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(followUps(temp.store()), 3);
        auto done = wizard.findChild<QLabel *>(QStringLiteral("importRunSummary"));
        QVERIFY2(done->text().contains(QStringLiteral("<b>3</b> follow-ups added")), qPrintable(done->text()));
        QCOMPARE(wizard.findChild<QProgressBar *>(QStringLiteral("importRunProgress"))->value(), 1000);
        shoot(&wizard, QStringLiteral("import-4-done"));
    }

    void shouldMapGenericColumnsAndRememberTheMappingForTheSameHeader()
    {
        test::TempStore temp;
        const QByteArray csv = "Ticket;Subject;Agent;Opened\nT-1;Dock;Ana;2026-03-02 09:00\nT-2;VPN;Ben;2026-03-03 10:00\n";
        const QString path = write(QStringLiteral("sheet.csv"), csv);
        {
            ImportWizard wizard(temp.store());
            wizard.show();
            wizard.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(path);
            wizard.next();
            QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("importProfile"))->currentData().toInt(),
                     int(importing::Profile::Generic));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
            // Suggested from the names: Ticket is a reference, Subject a title; Agent is not known.
            auto reference = wizard.findChild<QComboBox *>(QStringLiteral("importMap_reference"));
            auto owner = wizard.findChild<QComboBox *>(QStringLiteral("importMap_owner"));
            auto opened = wizard.findChild<QComboBox *>(QStringLiteral("importMap_opened_at"));
            QCOMPARE(reference->currentText(), QStringLiteral("Ticket"));
            QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("importMap_title"))->currentText(), QStringLiteral("Subject"));
            QCOMPARE(owner->currentIndex(), 0);
            owner->setCurrentIndex(owner->findData(QStringLiteral("Agent")));
            opened->setCurrentIndex(opened->findData(QStringLiteral("Opened")));
            shoot(&wizard, QStringLiteral("import-mapping"));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPage));
            QTRY_VERIFY(wizard.currentPage()->isComplete());
            wizard.next();
            QTRY_VERIFY(wizard.currentPage()->isComplete());
            QCOMPARE(followUps(temp.store()), 2);
        }
        QSqlQuery q(temp.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT owner, opened_at FROM followup WHERE reference = 'T-2'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ben"));
        QCOMPARE(q.value(1).toLongLong(), test::at(2026, 3, 3, 10, 0));

        // Next time, a file with the same columns comes with the same choice.
        ImportWizard again(temp.store());
        again.show();
        again.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(
            write(QStringLiteral("sheet2.csv"), csv));
        again.next();
        again.next();
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("importMap_owner"))->currentText(), QStringLiteral("Agent"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("importMap_opened_at"))->currentText(), QStringLiteral("Opened"));
    }

    void shouldMapAnEventLogsValuesAndUnmapASuggestedColumn()
    {
        test::TempStore temp;
        const QByteArray log = "case,timestamp,status,sub status,summary\n"
                               "A,2026-03-02 09:00,Queued,Awaiting Assignment,Printer\n"
                               "A,2026-03-02 10:00,Accepted,In Progress,Printer\n"
                               "A,2026-03-02 12:00,Completed,Resolved,Printer\n"
                               "B,2026-03-03 08:00,Accepted,In Progress,VPN\n";
        const QString path = write(QStringLiteral("events.csv"), log);
        {
            ImportWizard wizard(temp.store());
            wizard.resize(1000, 700);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(path);
            wizard.next();
            QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("importProfile"))->currentData().toInt(),
                     int(importing::Profile::Events));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
            QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("importMap_status_detail"))->currentText(),
                     QStringLiteral("sub status"));
            auto title = wizard.findChild<QComboBox *>(QStringLiteral("importMap_title"));
            QCOMPARE(title->currentText(), QStringLiteral("summary"));
            title->setCurrentIndex(0);   // left out although suggested
            auto values = wizard.findChild<QTableWidget *>(QStringLiteral("importValueMaps"));
            QCOMPARE(values->rowCount(), 3);   // Queued/…, Accepted/In Progress, Completed/Resolved
            QCOMPARE(values->item(1, 1)->text(), QStringLiteral("Accepted/In Progress"));
            QCOMPARE(values->item(1, 2)->text(), QStringLiteral("2"));
            const QStringList meant{QStringLiteral("new"), QStringLiteral("in_progress"), QStringLiteral("resolved")};
            for (int i = 0; i < 3; ++i) {
                auto choice = qobject_cast<QComboBox *>(values->cellWidget(i, 3));
                QVERIFY(choice->currentText().contains(QStringLiteral("not known")));
                choice->setCurrentIndex(choice->findData(meant.at(i)));
            }
            shoot(&wizard, QStringLiteral("import-2b-mapping-values"));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPage));
            QTRY_VERIFY(wizard.currentPage()->isComplete());
            auto summary = wizard.findChild<QLabel *>(QStringLiteral("importDryRunSummary"));
            QVERIFY2(summary->text().contains(QStringLiteral("add 2</b>")), qPrintable(summary->text()));
            // The first rows as they will be stored: A resolved at 12:00 with no title but its reference.
            auto stored = wizard.findChild<QTableWidget *>(QStringLiteral("importStoredPreview"));
            QCOMPARE(stored->rowCount(), 2);
            QCOMPARE(stored->item(0, 0)->text(), QStringLiteral("A"));
            QCOMPARE(stored->item(0, 1)->text(), QStringLiteral("A"));
            QCOMPARE(stored->item(0, 3)->text(), statusLabel(Status::Resolved));
            QVERIFY(!stored->item(0, 9)->text().isEmpty());   // resolved
            QCOMPARE(stored->item(1, 3)->text(), statusLabel(Status::InProgress));
            shoot(&wizard, QStringLiteral("import-3b-dryrun-stored"));
            wizard.next();
            QTRY_VERIFY(wizard.currentPage()->isComplete());
        }
        QSqlQuery q(temp.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT title, status FROM followup WHERE reference = 'A'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A"));   // no title column: the reference
        QCOMPARE(q.value(1).toInt(), int(Status::Resolved));

        // The same columns again: the value maps are remembered.
        ImportWizard again(temp.store());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(path);
        again.next();
        again.next();
        auto values = again.findChild<QTableWidget *>(QStringLiteral("importValueMaps"));
        QCOMPARE(again.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(values->rowCount(), 3);
        QCOMPARE(qobject_cast<QComboBox *>(values->cellWidget(2, 3))->currentData().toString(), QStringLiteral("resolved"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("importMap_title"))->currentIndex(), 0);
    }

    void shouldReportABadRowInTheDryRunAndOfferToSkipIt()
    {
        test::TempStore temp;
        QByteArray csv = serviceNowRows(2);
        csv += "INC9,New,0,true,Caller 9,31/2/2016 9:00,31/2/2016 9:00,3 - Moderate,Group 1,?,?,?\n";   // line 6
        ImportWizard wizard(temp.store());
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(write(QStringLiteral("bad.csv"), csv));
        wizard.next();
        wizard.next();
        auto summary = wizard.findChild<QLabel *>(QStringLiteral("importDryRunSummary"));
        QTRY_VERIFY(summary->text().contains(QStringLiteral("cannot be imported")));
        QVERIFY2(summary->text().contains(QStringLiteral("line 6")), qPrintable(summary->text()));
        QVERIFY(!wizard.currentPage()->isComplete());
        shoot(&wizard, QStringLiteral("import-badrow"));
        wizard.findChild<QCheckBox *>(QStringLiteral("importSkipBadRows"))->setChecked(true);
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QVERIFY2(summary->text().contains(QStringLiteral("reject 1</b>")), qPrintable(summary->text()));
        wizard.next();
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(followUps(temp.store()), 2);
    }

    void shouldRefuseAFileThatCannotBeReadOnTheFirstPage()
    {
        test::TempStore temp;
        ImportWizard wizard(temp.store());
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(write(QStringLiteral("empty.csv"), ""));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importFileError"))->text().contains(QStringLiteral("empty")));
    }

    void shouldCancelARunningImportAndLeaveTheStoreAsItWas()
    {
        test::TempStore temp;
        ImportRunner runner(temp.store());
        QSignalSpy finished(&runner, &ImportRunner::finished);
        runner.start(write(QStringLiteral("many.csv"), serviceNowRows(20000)), importing::ImportOptions{});
        QVERIFY(runner.isRunning());
        runner.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(3).toBool(), true);
        QCOMPARE(followUps(temp.store()), 0);
    }

    // By hand: FT_WIZARD_FULL_LOG=path/to/incident_event_log.csv FT_SCREENSHOT_DIR=/tmp/shots
    // imports the whole file through the window and keeps screenshots of its progress.
    void shouldImportTheFullLogThroughTheWindow()
    {
        const QString path = qEnvironmentVariable("FT_WIZARD_FULL_LOG");
        if (path.isEmpty())
            QSKIP("set FT_WIZARD_FULL_LOG to run this by hand");
        test::TempStore temp;
        ImportWizard wizard(temp.store());
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("importFilePath"))->setText(path);
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        shoot(&wizard, QStringLiteral("full-dryrun"));
        wizard.next();
        auto bar = wizard.findChild<QProgressBar *>(QStringLiteral("importRunProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 300, 120000);
        shoot(&wizard, QStringLiteral("full-progress"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        shoot(&wizard, QStringLiteral("full-done"));
        QCOMPARE(followUps(temp.store()), 24918);
    }
};

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
