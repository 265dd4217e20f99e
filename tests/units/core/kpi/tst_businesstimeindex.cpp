#include "kpi/businesstimeindex.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ft;

// The prefix-sum index must give exactly what the day-by-day reference gives.
class tst_BusinessTimeIndex : public QObject
{
    Q_OBJECT

    static BusinessCalendar calendar()
    {
        // Mon-Fri 08:00-17:00, from July 2026 Mon-Sat 07:30-16:00, and two holidays.
        return BusinessCalendar({CalendarVersion{QDate(1970, 1, 1)}, CalendarVersion{QDate(2026, 7, 1), 0x3f, 450, 960}},
                                {QDate(2026, 4, 3), QDate(2026, 12, 25)}, QTimeZone::systemTimeZone());
    }

private slots:
    void shouldMatchTheReferenceForHandPickedIntervals()
    {
        const BusinessCalendar cal = calendar();
        const BusinessTimeIndex index(cal, QDate(2025, 12, 1), QDate(2027, 2, 1));
        // Mon Mar 2 09:00 -> Tue Mar 3 12:00: 8 + 4 hours.
        QCOMPARE(index.businessSeconds(test::at(2026, 3, 2, 9), test::at(2026, 3, 3, 12)), qint64(12 * 3600));
        // Across the spring DST change (weekend) and the Good Friday holiday Apr 3:
        // Thu Mar 26 16:00 -> Mon Mar 30 09:00: Thu 1 + Fri 9 + Mon 1 = 11 hours.
        QCOMPARE(index.businessSeconds(test::at(2026, 3, 26, 16), test::at(2026, 3, 30, 9)), qint64(11 * 3600));
        // Thu Apr 2 16:00 -> Mon Apr 6 08:30: Thu 1 + Mon 0.5.
        QCOMPARE(index.businessSeconds(test::at(2026, 4, 2, 16), test::at(2026, 4, 6, 8, 30)), qint64(90 * 60));
        // The July calendar: Sat Jul 4 07:00 -> 17:00 counts 07:30-16:00 = 8.5 hours.
        QCOMPARE(index.businessSeconds(test::at(2026, 7, 4, 7), test::at(2026, 7, 4, 17)), qint64(510 * 60));
        QCOMPARE(index.businessSeconds(test::at(2026, 7, 4, 17), test::at(2026, 7, 4, 7)), qint64(0));
    }

    void shouldMatchTheReferenceForRandomIntervals()
    {
        const BusinessCalendar cal = calendar();
        const BusinessTimeIndex index(cal, QDate(2025, 12, 1), QDate(2027, 2, 1));
        QRandomGenerator random(7);
        const Timestamp first = test::at(2026, 1, 1);
        const Timestamp span = test::at(2027, 1, 1) - first;
        for (int i = 0; i < 2000; ++i) {
            const Timestamp a = first + Timestamp(random.bounded(quint64(span)));
            const Timestamp b = a + Timestamp(random.bounded(quint64(40 * 86400)));
            QCOMPARE(index.businessSeconds(a, b), cal.businessSeconds(a, b));
        }
    }

    void shouldFallBackOutsideItsRange()
    {
        const BusinessCalendar cal = calendar();
        const BusinessTimeIndex index(cal, QDate(2026, 3, 1), QDate(2026, 3, 31));
        const Timestamp a = test::at(2026, 2, 20, 9);
        const Timestamp b = test::at(2026, 4, 8, 15);
        QCOMPARE(index.businessSeconds(a, b), cal.businessSeconds(a, b));
    }
};

QTEST_GUILESS_MAIN(tst_BusinessTimeIndex)
#include "tst_businesstimeindex.moc"
