#include "domain/followupservice.h"
#include "followuptablemodel.h"
#include "store/sqlhelpers.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
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
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
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
};

QTEST_MAIN(tst_FollowUpTableModel)
#include "tst_followuptablemodel.moc"
