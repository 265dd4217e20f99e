#include "calendar/businesscalendar.h"
#include "store/calendarrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace ft;

class tst_BusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void shouldWorkMondayToFridayByDefault()
    {
        const BusinessCalendar c;
        QVERIFY(c.isWorkingDay(QDate(2026, 3, 2)));    // Monday
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 7)));   // Saturday
        QCOMPARE(c.nextWorkingDay(QDate(2026, 3, 6)), QDate(2026, 3, 9));
        QCOMPARE(c.workingDaysBefore(QDate(2026, 3, 9), 3), QDate(2026, 3, 4));
    }

    void shouldSkipHolidays()
    {
        const BusinessCalendar c({CalendarVersion{QDate(2000, 1, 1)}}, {QDate(2026, 4, 3), QDate(2026, 4, 6)},
                                 QTimeZone::systemTimeZone());
        QCOMPARE(c.nextWorkingDay(QDate(2026, 4, 2)), QDate(2026, 4, 7));
    }

    void shouldCountBusinessSeconds()
    {
        const BusinessCalendar c;
        // Friday 16:00 to Monday 09:30: one hour on Friday, 1.5 on Monday.
        QCOMPARE(c.businessSeconds(test::at(2026, 3, 6, 16), test::at(2026, 3, 9, 9, 30)), qint64(2.5 * 3600));
        QCOMPARE(c.businessSeconds(test::at(2026, 3, 2, 6), test::at(2026, 3, 2, 7)), qint64(0));
        QCOMPARE(c.businessSeconds(test::at(2026, 3, 3), test::at(2026, 3, 2)), qint64(0));
        // A whole working week.
        QCOMPARE(c.businessSeconds(test::at(2026, 3, 2), test::at(2026, 3, 9)), qint64(5 * 9 * 3600));
    }

    void shouldCountAcrossADaylightSavingChange()
    {
        const BusinessCalendar c;
        // Berlin moves clocks forward on Sunday 29 March 2026; working hours are wall-clock hours.
        QCOMPARE(c.businessSeconds(test::at(2026, 3, 27, 16), test::at(2026, 3, 30, 9)), qint64(2 * 3600));
    }

    void shouldApplyACalendarChangeFromItsDateOnly()
    {
        CalendarVersion old{QDate(2000, 1, 1)};
        CalendarVersion longer{QDate(2026, 3, 4), 0x1f, 7 * 60, 19 * 60};
        const BusinessCalendar c({old, longer}, {}, QTimeZone::systemTimeZone());
        QCOMPARE(c.businessSeconds(test::at(2026, 3, 3), test::at(2026, 3, 4)), qint64(9 * 3600));
        QCOMPARE(c.businessSeconds(test::at(2026, 3, 4), test::at(2026, 3, 5)), qint64(12 * 3600));
    }

    void shouldLoadAndSaveTheCalendarOfAStore()
    {
        test::TempStore temp;
        auto loaded = loadCalendar(temp.store());
        QVERIFY(loaded);
        QCOMPARE(loaded.value().versions().size(), 1);
        QCOMPARE(loaded.value().versions().at(0).dayStartMinute, 8 * 60);
        QVERIFY(saveCalendarVersion(temp.store(), CalendarVersion{QDate(2026, 1, 1), 0x3f, 9 * 60, 18 * 60}));
        QVERIFY(setHoliday(temp.store(), QDate(2026, 12, 25), QStringLiteral("Christmas")));
        loaded = loadCalendar(temp.store());
        QCOMPARE(loaded.value().versions().size(), 2);
        QVERIFY(loaded.value().isWorkingDay(QDate(2026, 3, 7)));   // Saturdays from 2026
        QVERIFY(!loaded.value().isWorkingDay(QDate(2025, 3, 8)));
        QVERIFY(!loaded.value().isWorkingDay(QDate(2026, 12, 25)));
        QVERIFY(removeHoliday(temp.store(), QDate(2026, 12, 25)));
        QVERIFY(loadCalendar(temp.store()).value().isWorkingDay(QDate(2026, 12, 25)));
    }
};

QTEST_GUILESS_MAIN(tst_BusinessCalendar)
#include "tst_businesscalendar.moc"
