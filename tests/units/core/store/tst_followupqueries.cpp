// The list's reads behind the storage seam: a FollowUpFilter value in, rows and counts out.
#include "domain/followupservice.h"
#include "store/followupqueries.h"
#include "store/todayqueries.h"
#include "testsupport.h"

#include <QTest>

using namespace ft;

class tst_FollowUpQueries : public QObject
{
    Q_OBJECT

    static FollowUpId add(FollowUpService &service, const QString &title, std::optional<Timestamp> due = {})
    {
        FollowUp f;
        f.title = title;
        f.nextUpdateDue = due;
        auto created = service.create(f);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created.value().id;
    }

    static QStringList titles(const QList<FollowUp> &rows)
    {
        QStringList list;
        for (const FollowUp &f : rows)
            list << f.title;
        return list;
    }

private slots:
    void shouldMatchTheFilterTextLiterallyNeverAsQuerySyntax()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        service.setClock([] { return test::at(2026, 3, 2, 9, 0); });
        add(service, QStringLiteral("Disk 50% full"));
        add(service, QStringLiteral("Disk 500 GB"));
        add(service, QStringLiteral("Quote \"x\" OR y"));
        const Connection c = temp.store().connection();
        const QTimeZone zone = temp.store().timeZone();
        FollowUpFilter f;
        f.text = QStringLiteral("50%");   // three characters: the trigram index, as an FTS5 phrase
        QCOMPARE(FollowUpListing::of(c, f, zone).count(c).value(), 1);
        f.text = QStringLiteral("0%");    // two: LIKE, with % escaped
        QCOMPARE(FollowUpListing::of(c, f, zone).count(c).value(), 1);
        f.text = QStringLiteral("\"x\" OR");
        QCOMPARE(FollowUpListing::of(c, f, zone).count(c).value(), 1);
        f.text = QStringLiteral("disk");
        QCOMPARE(FollowUpListing::of(c, f, zone).count(c).value(), 2);
    }

    void shouldSelectDueByTheEndOfThatDayInTheStoresZone()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        service.setClock([] { return test::at(2026, 3, 2, 9, 0); });
        add(service, QStringLiteral("Friday late"), test::at(2026, 3, 6, 23, 30));
        add(service, QStringLiteral("Saturday early"), test::at(2026, 3, 7, 0, 30));
        const Connection c = temp.store().connection();
        FollowUpFilter f;
        f.dueBy = QDate(2026, 3, 6);
        QStringList selected;
        QVERIFY(forEachFollowUp(c, f, temp.store().timeZone(), [&](const FollowUp &row) {
            selected << row.title;
            return true;
        }));
        QCOMPARE(selected, QStringList{QStringLiteral("Friday late")});
    }

    void shouldReadTheSamePagesForwardByKeyAndBackwardFromTheEnd()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        Timestamp now = test::at(2026, 3, 2, 9, 0);
        service.setClock([&now] { return now; });
        for (int i = 0; i < 7; ++i) {
            now += 60;
            add(service, QStringLiteral("Item %1").arg(i));
        }
        const Connection c = temp.store().connection();
        const FollowUpListing listing = FollowUpListing::of(c, {}, temp.store().timeZone());
        FollowUpRange first;
        first.order = FollowUpOrder::Title;
        first.sortOrder = Qt::AscendingOrder;
        first.limit = 3;
        auto page1 = listing.read(c, first);
        QVERIFY(page1);
        QCOMPARE(titles(page1.value().rows), (QStringList{QStringLiteral("Item 0"), QStringLiteral("Item 1"), QStringLiteral("Item 2")}));
        QCOMPARE(page1.value().keys.size(), 3);
        FollowUpRange next = first;
        next.anchor = page1.value().keys.constLast();
        auto page2 = listing.read(c, next);
        QCOMPARE(titles(page2.value().rows), (QStringList{QStringLiteral("Item 3"), QStringLiteral("Item 4"), QStringLiteral("Item 5")}));
        FollowUpRange last = first;
        last.direction = FollowUpRange::Direction::Backward;
        last.limit = 2;
        auto end = listing.read(c, last);
        QCOMPARE(titles(end.value().rows), (QStringList{QStringLiteral("Item 5"), QStringLiteral("Item 6")}));
        QVERIFY(FollowUpListing::readsByKey(FollowUpOrder::Title));
        QVERIFY(!FollowUpListing::readsByKey(FollowUpOrder::Reference));
    }

    void shouldCountOpenFollowUpsAsTheReviewDoes()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        service.setClock([] { return test::at(2026, 3, 2, 9, 0); });
        add(service, QStringLiteral("Open"), test::at(2026, 3, 2, 8, 0));
        const FollowUpId done = add(service, QStringLiteral("Done"), test::at(2026, 3, 2, 8, 0));
        QVERIFY(service.changeStatus(done, Status::Resolved));
        const Connection c = temp.store().connection();
        QCOMPARE(openFollowUpCount(c).value(), 1);
        ReviewTimes times;
        times.now = test::at(2026, 3, 2, 9, 0);
        times.endOfToday = test::at(2026, 3, 3, 0, 0);
        auto overdue = readReviewSection(c, ReviewSection::Overdue, times, {}, temp.store().timeZone(), 10);
        QCOMPARE(overdue.value().count, 1);
        QCOMPARE(titles(overdue.value().rows), QStringList{QStringLiteral("Open")});
        auto waiting = readReviewSection(c, ReviewSection::WaitingToClose, times, {}, temp.store().timeZone(), 10);
        QCOMPARE(titles(waiting.value().rows), QStringList{QStringLiteral("Done")});
    }
};

QTEST_GUILESS_MAIN(tst_FollowUpQueries)
#include "tst_followupqueries.moc"
