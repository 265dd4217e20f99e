#include "testsupport.h"

#include "checklists/checklisteffectdialog.h"
#include "demo/demogenerator.h"
#include "checklisteffectmodel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace ft;

// The dialog reads its figures in the background: the newest period asked for is the one shown,
// and closing it while a pass is running neither waits for nor shows an old answer.
class tst_ChecklistEffectDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

private slots:
    void initTestCase()
    {
        m_temp = std::make_unique<test::TempStore>(test::Checklists::Stock);
        DemoOptions options;
        options.items = 3000;
        QVERIFY(generateDemo(m_temp->store(), options).ok());
    }

    void shouldShowTheNewestPeriodAskedFor()
    {
        ChecklistEffectDialog dialog(m_temp->store());
        QSignalSpy computed(&dialog, &ChecklistEffectDialog::computed);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        // Three periods in a row: the answers for the first two are overtaken and never shown.
        computed.clear();
        dialog.setPeriod(QDate(1990, 1, 1), QDate(1990, 12, 31));
        dialog.setPeriod(QDate(1991, 1, 1), QDate(1991, 12, 31));
        dialog.setPeriod(QDate(1990, 1, 1), QDate::currentDate());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QTRY_COMPARE(computed.size(), 1);
        QVERIFY(dialog.model()->rowCount() > 0);   // the whole history, not 1990 with nothing in it
    }

    void shouldCloseWhileReadingWithoutShowingAnOldAnswer()
    {
        auto dialog = std::make_unique<ChecklistEffectDialog>(m_temp->store());
        QSignalSpy computed(dialog.get(), &ChecklistEffectDialog::computed);
        QVERIFY(dialog->isBusy());
        dialog.reset();   // cancels and waits; nothing is delivered to a dialog that is gone
        QTest::qWait(50);
        QCOMPARE(computed.size(), 0);
    }
};

QTEST_MAIN(tst_ChecklistEffectDialog)
#include "tst_checklisteffectdialog.moc"
