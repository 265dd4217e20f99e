#include "calendar/promisepresets.h"
#include "datetimeinput.h"
#include "logcontactdialog.h"
#include "promisedialog.h"
#include "reopendialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace ft;

// Promising an update as a lead says it on the phone, and never for a time that has passed.
class tst_PromiseDialog : public QObject
{
    Q_OBJECT

    static QTimeZone berlin() { return QTimeZone(QByteArrayLiteral("Europe/Berlin")); }
    static BusinessCalendar calendar(QSet<QDate> holidays = {})
    {
        return BusinessCalendar({CalendarVersion{QDate(2000, 1, 1)}}, std::move(holidays), berlin());
    }
    static QDateTime at(int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), berlin()); }
    static QPushButton *ok(PromiseDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    }

private slots:
    void shouldOfferThePresetsAheadOfNow()
    {
        // Wednesday 2 December 2026, 15:05.
        const auto presets = promisePresets(calendar(), at(2026, 12, 2, 15, 5));
        QCOMPARE(presets.size(), 4);
        QCOMPARE(presets[0].at, at(2026, 12, 2, 17, 15));   // in 2 hours, rounded up to the quarter
        QCOMPARE(presets[1].at, at(2026, 12, 3, 9, 0));
        QCOMPARE(presets[2].at, at(2026, 12, 3, 10, 0));
        QCOMPARE(presets[3].at, at(2026, 12, 4, 16, 0));
    }

    void shouldUseTheBusinessCalendarAndNextWeeksFridayLate()
    {
        // Friday 4 December 2026, 16:30; Monday the 7th is a holiday.
        const auto presets = promisePresets(calendar({QDate(2026, 12, 7)}), at(2026, 12, 4, 16, 30));
        QCOMPARE(presets[1].at, at(2026, 12, 5, 9, 0));     // tomorrow is tomorrow, working day or not
        QCOMPARE(presets[2].at, at(2026, 12, 8, 10, 0));    // the next working day skips the weekend and holiday
        QCOMPARE(presets[3].at, at(2026, 12, 11, 16, 0));   // this Friday 16:00 has passed
        for (const PromisePreset &p : presets)
            QVERIFY(p.at > at(2026, 12, 4, 16, 30));
    }

    void shouldNotPrefillAnOverduePromise()
    {
        const Timestamp now = at(2026, 12, 2, 15, 5).toSecsSinceEpoch();
        const Timestamp overdue = at(2026, 10, 15, 10, 0).toSecsSinceEpoch();   // 48 days ago
        PromiseDialog dialog(QStringLiteral("INC1"), overdue, calendar(), [now] { return now; });
        QCOMPARE(dialog.due(), at(2026, 12, 3, 10, 0).toSecsSinceEpoch());
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("preset2"))->isChecked());
        QVERIFY(ok(dialog)->isEnabled());
    }

    void shouldKeepAPromiseStillAhead()
    {
        const Timestamp now = at(2026, 12, 2, 15, 5).toSecsSinceEpoch();
        const Timestamp ahead = at(2026, 12, 9, 11, 30).toSecsSinceEpoch();
        PromiseDialog dialog(QStringLiteral("INC1"), ahead, calendar(), [now] { return now; });
        QCOMPARE(dialog.due(), ahead);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("presetOther"))->isChecked());
    }

    void shouldSetTheTimeFromAPreset()
    {
        const Timestamp now = at(2026, 12, 2, 15, 5).toSecsSinceEpoch();
        PromiseDialog dialog(QStringLiteral("INC1"), std::nullopt, calendar(), [now] { return now; });
        dialog.findChild<QRadioButton *>(QStringLiteral("preset3"))->click();
        QCOMPARE(dialog.due(), at(2026, 12, 4, 16, 0).toSecsSinceEpoch());
        dialog.findChild<QRadioButton *>(QStringLiteral("preset0"))->click();
        QCOMPARE(dialog.due(), at(2026, 12, 2, 17, 15).toSecsSinceEpoch());
        // Typing a preset's time checks that preset.
        dialog.findChild<DateTimeInput *>(QStringLiteral("dueEdit"))->setTimestamp(at(2026, 12, 3, 9, 0).toSecsSinceEpoch());
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("preset1"))->isChecked());
    }

    void shouldRefuseATimeThatHasPassed()
    {
        Timestamp now = at(2026, 12, 2, 15, 5).toSecsSinceEpoch();
        PromiseDialog dialog(QStringLiteral("INC1"), std::nullopt, calendar(), [&now] { return now; });
        auto edit = dialog.findChild<DateTimeInput *>(QStringLiteral("dueEdit"));
        edit->setTimestamp(at(2026, 12, 1, 10, 0).toSecsSinceEpoch());
        QVERIFY(dialog.due() <= now);   // the field stops at now
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->isHidden());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // A time chosen ahead that passes while the dialog is open is refused on Enter too.
        dialog.findChild<QRadioButton *>(QStringLiteral("preset0"))->click();
        QVERIFY(ok(dialog)->isEnabled());
        now = at(2026, 12, 2, 18, 0).toSecsSinceEpoch();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Log contact's "promise the next update by" follows the same rule: an overdue promise is not
    // offered again, and a time that has passed is refused.
    void shouldNotLetLogContactPromiseATimeThatHasPassed()
    {
        const Timestamp now = QDateTime::currentSecsSinceEpoch();
        LogContactDialog dialog(QStringLiteral("INC1 · Printer"), now - 48 * 86400, berlin());
        auto due = dialog.findChild<DateTimeInput *>(QStringLiteral("dueEdit"));
        QVERIFY(due->timestamp() > now);   // the overdue time was not offered
        QVERIFY(!dialog.nextUpdate() || *dialog.nextUpdate() > now);
        due->setTimestamp(now - 3600);      // the field keeps no time before its minimum
        QVERIFY(due->timestamp() > now);
    }

    void shouldAskWhyAndWhenBeforeReopening()
    {
        const Timestamp now = at(2026, 12, 2, 15, 5).toSecsSinceEpoch();
        ReopenDialog dialog(QStringLiteral("INC1"), calendar(), [now] { return now; });
        auto okButton = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        QVERIFY(!okButton->isEnabled());   // no reason yet
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("  Jams again \n"));
        QVERIFY(okButton->isEnabled());
        QCOMPARE(dialog.reason(), QStringLiteral("Jams again"));
        // A new promise is part of reopening: the next working day 10:00 unless the lead picks another.
        QCOMPARE(dialog.nextUpdate(), at(2026, 12, 3, 10, 0).toSecsSinceEpoch());
        dialog.findChild<QRadioButton *>(QStringLiteral("preset0"))->click();
        QCOMPARE(dialog.nextUpdate(), at(2026, 12, 2, 17, 15).toSecsSinceEpoch());
    }
};

QTEST_MAIN(tst_PromiseDialog)
#include "tst_promisedialog.moc"
