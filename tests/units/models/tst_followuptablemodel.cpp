#include "domain/followupservice.h"
#include "followuptablemodel.h"
#include "store/sqlhelpers.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ft;

class tst_FollowUpTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    Timestamp m_now = 0;

    FollowUpId create(const QString &title, const QString &owner = {}, Kind kind = Kind::Incident,
                      Priority priority = Priority::Moderate, std::optional<Timestamp> promise = std::nullopt)
    {
        FollowUp f;
        f.title = title;
        f.owner = owner;
        f.kind = kind;
        f.priority = priority;
        f.requester = QStringLiteral("Requester of ") + title;
        f.nextUpdateDue = promise;
        auto c = m_service->create(f);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return c.value().id;
    }

    static QStringList titles(const FollowUpTableModel &model)
    {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list << model.index(r, FollowUpTableModel::TitleColumn).data().toString();
        return list;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_now = test::at(2026, 3, 2, 9, 0);   // a Monday
        m_service->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void shouldCountAndPageThroughManyRows()
    {
        {
            sql::Transaction tx(m_temp->store().database());
            m_service->setRecordChanges(false);
            for (int i = 0; i < 1000; ++i) {
                m_now = test::at(2026, 1, 1, 8, 0) + i * 60;
                create(QStringLiteral("Item %1").arg(i, 4, 10, QLatin1Char('0')));
            }
            QVERIFY(tx.commit());
        }
        FollowUpTableModel model(m_temp->store());
        // The first page is there at once; the count follows from another thread (delivered by the
        // event loop, which has not run yet), and until then the view fetches more as it scrolls.
        QCOMPARE(model.rowCount(), FollowUpTableModel::PageSize);
        QVERIFY(!model.isLengthKnown());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // The tester fetched two more pages to check them.
        QCOMPARE(model.rowCount(), 3 * FollowUpTableModel::PageSize);
        QVERIFY(!model.isLengthKnown());
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(300, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Item 0699"));
        model.fetchMore({});   // the fourth page holds the last 232 rows: now the length is known
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.isLengthKnown());
        QVERIFY(!model.canFetchMore({}));
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 1000);
        // Default order: newest opened first.
        QCOMPARE(model.index(0, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Item 0999"));
        QCOMPARE(model.index(999, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Item 0000"));
        QCOMPARE(model.index(300, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Item 0699"));
        model.sort(FollowUpTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Item 0000"));
        QCOMPARE(model.index(257, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Item 0257"));
        const FollowUpId id = model.idAt(600);
        QCOMPARE(model.rowOfId(id, 590), 600);
        QCOMPARE(model.rowOfId(id, 10), -1);   // only the pages around the hint are searched

        // Without waiting for anything, a fresh model counts in the background.
        FollowUpTableModel counted(m_temp->store());
        QSignalSpy done(&counted, &FollowUpTableModel::counted);
        QVERIFY(done.wait(10000));
        QCOMPARE(counted.rowCount(), 1000);
        QVERIFY(counted.isLengthKnown());
    }

    // Pages are read by keyset next to a cached page and by the shortest OFFSET otherwise: whatever
    // the order of reading, every row is where one whole ordered read would put it.
    void shouldPutEveryRowInItsPlaceWhateverTheOrderOfReading()
    {
        {
            sql::Transaction tx(m_temp->store().database());
            m_service->setRecordChanges(false);
            for (int i = 0; i < 1100; ++i) {
                m_now = test::at(2026, 1, 1, 8, 0) + (i / 3) * 60;   // three opened in each minute: ties
                create(QStringLiteral("Item %1").arg(i, 4, 10, QLatin1Char('0')), {}, Kind::Incident,
                       Priority(1 + i % 4), i % 5 == 0 ? std::optional<Timestamp>(m_now + 3600 * (i % 7)) : std::nullopt);
            }
            QVERIFY(tx.commit());
        }
        struct Order
        {
            int column;
            Qt::SortOrder order;
            QString sql;
        };
        const QList<Order> orders{
            {FollowUpTableModel::OpenedColumn, Qt::DescendingOrder, QStringLiteral("opened_at DESC, id DESC")},
            {FollowUpTableModel::OpenedColumn, Qt::AscendingOrder, QStringLiteral("opened_at, id")},
            {FollowUpTableModel::PriorityColumn, Qt::AscendingOrder, QStringLiteral("priority, id")},
            {FollowUpTableModel::StatusColumn, Qt::DescendingOrder, QStringLiteral("status DESC, id DESC")},
            {FollowUpTableModel::NextUpdateDueColumn, Qt::AscendingOrder,
             QStringLiteral("coalesce(next_update_due, 9223372036854775807), id")},
            {FollowUpTableModel::TitleColumn, Qt::DescendingOrder, QStringLiteral("title DESC, id DESC")},
            {FollowUpTableModel::ReferenceColumn, Qt::AscendingOrder, QStringLiteral("reference, id")},
        };
        // Pages in a jumping order: forward, backward, far jumps, the end first.
        const QList<int> rows{1099, 0, 700, 300, 299, 256, 255, 1024, 1023, 512, 900, 100, 768, 767, 40, 1060};
        for (const Order &o : orders) {
            QList<FollowUpId> expected;
            QSqlQuery q(m_temp->store().database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM followup ORDER BY ") + o.sql));
            while (q.next())
                expected << q.value(0).toLongLong();
            QCOMPARE(expected.size(), 1100);

            FollowUpTableModel jumping(m_temp->store());
            QAbstractItemModelTester tester(&jumping, QAbstractItemModelTester::FailureReportingMode::Fatal);
            jumping.sort(o.column, o.order);
            QTRY_VERIFY(jumping.isLengthKnown() && !jumping.isCounting());
            for (int row : rows)
                QCOMPARE(jumping.idAt(row), expected.at(row));
            FollowUpTableModel backwards(m_temp->store());
            backwards.sort(o.column, o.order);
            QTRY_VERIFY(backwards.isLengthKnown() && !backwards.isCounting());
            for (int row = 1099; row >= 0; --row)
                QCOMPARE(backwards.idAt(row), expected.at(row));
            for (int row = 0; row < 1100; ++row)
                QCOMPARE(jumping.idAt(row), expected.at(row));
        }
    }

    void shouldFilterByEveryField()
    {
        const FollowUpId printer = create(QStringLiteral("Printer jams"), QStringLiteral("Ana"), Kind::Incident, Priority::High,
                                          test::at(2026, 3, 3, 10, 0));
        create(QStringLiteral("New laptop"), QStringLiteral("Ben"), Kind::Request, Priority::Low, test::at(2026, 3, 6, 10, 0));
        create(QStringLiteral("Printer driver rollout"), QStringLiteral("Ben"), Kind::Change, Priority::Moderate);
        const FollowUpId done = create(QStringLiteral("VPN drops 50% of the time"), QStringLiteral("Ana"));
        QVERIFY(m_service->resolve(done));

        FollowUpTableModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(FollowUpTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 4);

        FollowUpFilter f;
        f.text = QStringLiteral("printer");
        model.setFilter(f);
        QCOMPARE(titles(model), QStringList({QStringLiteral("Printer driver rollout"), QStringLiteral("Printer jams")}));
        f.text = QStringLiteral("printer ana");   // every word must match somewhere
        model.setFilter(f);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Printer jams")});
        f.text = QStringLiteral("50%");   // % is literal, not a wildcard
        model.setFilter(f);
        QCOMPARE(titles(model), QStringList{QStringLiteral("VPN drops 50% of the time")});
        f.text = QStringLiteral("5_%");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);

        f = {};
        f.openOnly = true;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3);
        f = {};
        f.status = Status::Resolved;
        model.setFilter(f);
        QCOMPARE(titles(model), QStringList{QStringLiteral("VPN drops 50% of the time")});
        f = {};
        f.owner = QStringLiteral("Ben");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f.kind = Kind::Request;
        model.setFilter(f);
        QCOMPARE(titles(model), QStringList{QStringLiteral("New laptop")});
        f = {};
        f.priority = Priority::High;
        model.setFilter(f);
        QCOMPARE(model.idAt(0), printer);
        QCOMPARE(model.rowCount(), 1);
        f = {};
        f.dueBy = QDate(2026, 3, 5);   // includes Tuesday's promise, not Friday's, not the unpromised
        model.setFilter(f);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Printer jams")});
        f.dueBy = QDate(2026, 3, 6);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
    }

    void shouldMarkOverdueAndShowLocalTimes()
    {
        const FollowUpId late = create(QStringLiteral("Late"), {}, Kind::Incident, Priority::High, test::at(2026, 3, 2, 10, 0));
        create(QStringLiteral("On time"), {}, Kind::Incident, Priority::High, test::at(2026, 3, 2, 16, 0));
        FollowUpTableModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClock([] { return test::at(2026, 3, 2, 12, 0); });
        model.sort(FollowUpTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.idAt(0), late);
        QCOMPARE(model.index(0, 0).data(FollowUpTableModel::OverdueRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(FollowUpTableModel::OverdueRole).toBool(), false);
        // 10:00 in Berlin is 09:00 UTC; the window shows local time.
        QCOMPARE(model.index(0, FollowUpTableModel::NextUpdateDueColumn).data().toString(), QStringLiteral("Mon 2 Mar 10:00"));
        QCOMPARE(model.index(0, FollowUpTableModel::StatusColumn).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.index(0, FollowUpTableModel::PriorityColumn).data().toString(), QStringLiteral("2 High"));
        QCOMPARE(model.index(0, 0).data(FollowUpTableModel::IdRole).toLongLong(), late);
    }

    void shouldSeeChangesAfterRefresh()
    {
        FollowUpTableModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const FollowUpId id = create(QStringLiteral("Later"));
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(id), 0);
        QVERIFY(m_service->resolve(id));
        model.refresh();
        QCOMPARE(model.index(0, FollowUpTableModel::StatusColumn).data().toString(), QStringLiteral("Resolved"));
    }

    // What the window does when the store changed: no reset (the view keeps its place), rows changed in place
    // and added or removed at the end.
    void shouldReloadInPlaceWithoutAReset()
    {
        const FollowUpId first = create(QStringLiteral("First"));
        FollowUpTableModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_service->resolve(first));
        m_now += 60;
        create(QStringLiteral("Second"));
        model.reload();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Second"));
        QCOMPARE(model.index(1, FollowUpTableModel::StatusColumn).data().toString(), QStringLiteral("Resolved"));

        // Longer than a page: the count comes from the other thread and the rows follow it.
        {
            sql::Transaction tx(m_temp->store().database());
            m_service->setRecordChanges(false);
            for (int i = 0; i < 300; ++i)
                create(QStringLiteral("More %1").arg(i));
            QVERIFY(tx.commit());
        }
        model.reload();
        QCOMPARE(resets.count(), 0);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 302);
        QCOMPARE(model.index(301, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("First"));
        QVERIFY(sql::exec(m_temp->store().database(), QStringLiteral("DELETE FROM followup WHERE title LIKE 'More%'")));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 0);
    }

    // Words of three letters or more are found through the trigram index, shorter ones by LIKE; both find
    // the same rows, in any case, and a word found in thousands of rows pages like any other.
    void shouldFindWordsThroughTheIndexAndShortOnesWithout()
    {
        {
            sql::Transaction tx(m_temp->store().database());
            m_service->setRecordChanges(false);
            for (int i = 0; i < 2100; ++i) {
                m_now = test::at(2026, 1, 1, 8, 0) + i * 60;
                create(i % 700 == 0 ? QStringLiteral("Badge reader %1").arg(i) : QStringLiteral("Printer %1").arg(i),
                       i % 2 ? QStringLiteral("Ana") : QStringLiteral("Ben"));
            }
            QVERIFY(tx.commit());
        }
        FollowUpTableModel model(m_temp->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        FollowUpFilter f;
        f.text = QStringLiteral("BADGE");
        model.setFilter(f);
        QCOMPARE(titles(model), QStringList({QStringLiteral("Badge reader 1400"), QStringLiteral("Badge reader 700"),
                                             QStringLiteral("Badge reader 0")}));
        f.text = QStringLiteral("ba");   // two letters: LIKE, same rows
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3);
        f.text = QStringLiteral("rinter an");   // a trigram word and a short one together
        model.setFilter(f);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 1050);   // Ana's are the odd ones; every Badge reader (0, 700, 1400) is Ben's
        QCOMPARE(model.index(0, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Printer 2099"));
        QCOMPARE(model.index(1049, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Printer 1"));
        f.text = QStringLiteral("printer");   // in 2097 rows: walked in the order of the opened index
        model.setFilter(f);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 2097);
        QCOMPARE(model.index(0, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Printer 2099"));
        QCOMPARE(model.index(2096, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Printer 1"));
        QCOMPARE(model.index(1000, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Printer 1098"));
    }
};

QTEST_MAIN(tst_FollowUpTableModel)
#include "tst_followuptablemodel.moc"
