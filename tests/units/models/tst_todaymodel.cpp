#include "domain/followupservice.h"
#include "testsupport.h"
#include "todaymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ft;

// The week of Monday 2 March 2026; the review is read on Thursday 5 March at 11:00.
class tst_TodayModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    Timestamp m_now = 0;
    const Timestamp m_reviewAt = test::at(2026, 3, 5, 11, 0);

    FollowUpId create(const QString &title, Timestamp openedAt, std::optional<Timestamp> promise = std::nullopt)
    {
        m_now = openedAt;
        FollowUp f;
        f.title = title;
        f.openedAt = openedAt;
        f.nextUpdateDue = promise;
        auto c = m_service->create(f);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return c.value().id;
    }

    static QStringList titles(const TodayModel &model, TodayModel::Section section)
    {
        QStringList list;
        const QModelIndex parent = model.sectionIndex(section);
        for (int r = 0; r < model.rowCount(parent); ++r)
            list << model.index(r, TodayModel::TitleColumn, parent).data().toString();
        return list;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_service->setClock([this] { return m_now; });
        const Timestamp monday = test::at(2026, 3, 2, 9, 0);
        create(QStringLiteral("Due Thursday 9:00"), monday, test::at(2026, 3, 5, 9, 0));
        create(QStringLiteral("Due Wednesday"), monday, test::at(2026, 3, 4, 10, 0));
        create(QStringLiteral("Due Thursday 15:00"), monday, test::at(2026, 3, 5, 15, 0));
        create(QStringLiteral("Due Friday"), monday, test::at(2026, 3, 6, 10, 0));
        create(QStringLiteral("Opened Monday, silent"), monday);
        create(QStringLiteral("Opened last Friday, silent"), test::at(2026, 2, 27, 9, 0));
        const FollowUpId called = create(QStringLiteral("Opened last Thursday, called Tuesday"), test::at(2026, 2, 26, 9, 0));
        m_now = test::at(2026, 3, 3, 14, 0);
        QVERIFY(m_service->logContact(called, Channel::Phone, QStringLiteral("Still looking")));
        const FollowUpId resolved = create(QStringLiteral("Resolved Tuesday"), monday);
        m_now = test::at(2026, 3, 3, 16, 0);
        QVERIFY(m_service->resolve(resolved));
        const FollowUpId closed = create(QStringLiteral("Closed"), monday);
        QVERIFY(m_service->close(closed));
        // A resolved item with a silent past is waiting to close, not quiet.
        const FollowUpId old = create(QStringLiteral("Resolved long ago"), test::at(2026, 1, 5, 9, 0));
        m_now = test::at(2026, 1, 6, 9, 0);
        QVERIFY(m_service->resolve(old));
    }
    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void shouldSortOpenWorkIntoSections()
    {
        TodayModel model(m_temp->store());
        model.setClock([this] { return m_reviewAt; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        QCOMPARE(model.rowCount(), int(TodayModel::SectionCount));
        // Most overdue first.
        QCOMPARE(titles(model, TodayModel::Overdue), QStringList({QStringLiteral("Due Wednesday"), QStringLiteral("Due Thursday 9:00")}));
        QCOMPARE(titles(model, TodayModel::DueToday), QStringList{QStringLiteral("Due Thursday 15:00")});
        // Three business days back from Thursday is Monday: silent since before Monday is quiet.
        QCOMPARE(titles(model, TodayModel::GoneQuiet), QStringList{QStringLiteral("Opened last Friday, silent")});
        QCOMPARE(titles(model, TodayModel::WaitingToClose),
                 QStringList({QStringLiteral("Resolved long ago"), QStringLiteral("Resolved Tuesday")}));
        QCOMPARE(model.count(TodayModel::Overdue), 2);
        QCOMPARE(model.openCount(), 7);
        QCOMPARE(model.sectionIndex(TodayModel::Overdue).data().toString(), QStringLiteral("Overdue: 2"));
        QCOMPARE(model.sectionIndex(TodayModel::GoneQuiet).data().toString(),
                 QStringLiteral("Gone quiet (no contact for 3 business days): 1"));
        const QModelIndex wednesday = model.index(0, TodayModel::WaitingColumn, model.sectionIndex(TodayModel::Overdue));
        QCOMPARE(wednesday.data().toString(), QStringLiteral("1 d 1 h overdue"));
        QCOMPARE(wednesday.data(TodayModel::OverdueRole).toBool(), true);
        const FollowUpId id = model.idAt(wednesday);
        QCOMPARE(model.indexOfId(id).parent(), model.sectionIndex(TodayModel::Overdue));
        QCOMPARE(model.idAt(model.sectionIndex(TodayModel::Overdue)), FollowUpId(0));
    }

    void shouldSortWithinEachSectionByAColumn()
    {
        TodayModel model(m_temp->store());
        model.setClock([this] { return m_reviewAt; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        model.sort(TodayModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(titles(model, TodayModel::Overdue), QStringList({QStringLiteral("Due Wednesday"), QStringLiteral("Due Thursday 9:00")}));
        QCOMPARE(titles(model, TodayModel::WaitingToClose),
                 QStringList({QStringLiteral("Resolved Tuesday"), QStringLiteral("Resolved long ago")}));
        model.sort(TodayModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(titles(model, TodayModel::Overdue), QStringList({QStringLiteral("Due Thursday 9:00"), QStringLiteral("Due Wednesday")}));
        model.refresh();   // kept across refreshes
        QCOMPARE(titles(model, TodayModel::Overdue), QStringList({QStringLiteral("Due Thursday 9:00"), QStringLiteral("Due Wednesday")}));
        // The Waiting column is the review's own order: most overdue first.
        model.sort(TodayModel::WaitingColumn, Qt::AscendingOrder);
        QCOMPARE(titles(model, TodayModel::Overdue), QStringList({QStringLiteral("Due Wednesday"), QStringLiteral("Due Thursday 9:00")}));
    }

    void shouldNarrowToAnOwnerOrTeam()
    {
        m_now = test::at(2026, 3, 2, 9, 0);
        FollowUp f;
        f.title = QStringLiteral("Ana's overdue");
        f.owner = QStringLiteral("Ana");
        f.team = QStringLiteral("Network");
        f.nextUpdateDue = test::at(2026, 3, 4, 9, 0);
        QVERIFY(m_service->create(f));
        TodayModel model(m_temp->store());
        model.setClock([this] { return m_reviewAt; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        QCOMPARE(model.count(TodayModel::Overdue), 3);
        model.setOwnerAndTeam(QStringLiteral("Ana"), QString());
        QCOMPARE(titles(model, TodayModel::Overdue), QStringList{QStringLiteral("Ana's overdue")});
        QCOMPARE(model.count(TodayModel::Overdue), 1);
        QCOMPARE(model.count(TodayModel::GoneQuiet), 0);
        model.setOwnerAndTeam(QString(), QStringLiteral("Service desk"));
        QCOMPARE(model.count(TodayModel::Overdue), 0);
        model.setOwnerAndTeam(QString(), QStringLiteral("Network"));
        QCOMPARE(model.count(TodayModel::Overdue), 1);
        model.setOwnerAndTeam(QString(), QString());
        QCOMPARE(model.count(TodayModel::Overdue), 3);
    }

    void shouldReadQuietDaysFromTheStore()
    {
        QVERIFY(m_temp->store().setSetting(TodayModel::quietDaysKey, QStringLiteral("1")));
        TodayModel model(m_temp->store());
        model.setClock([this] { return m_reviewAt; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        // One business day back from Thursday is Wednesday: Monday's and Tuesday's last words are quiet now,
        // even where an update is promised for a later day (quietest first, then in order of creation).
        QCOMPARE(titles(model, TodayModel::GoneQuiet),
                 QStringList({QStringLiteral("Opened last Friday, silent"), QStringLiteral("Due Friday"),
                              QStringLiteral("Opened Monday, silent"),
                              QStringLiteral("Opened last Thursday, called Tuesday")}));
        QCOMPARE(model.quietDays(), 1);
    }

    void shouldCapRowsButKeepExactCounts()
    {
        TodayModel model(m_temp->store());
        model.setClock([this] { return m_reviewAt; });
        model.setRowCap(1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        QCOMPARE(model.rowCount(model.sectionIndex(TodayModel::Overdue)), 1);
        QCOMPARE(model.count(TodayModel::Overdue), 2);
        QCOMPARE(model.sectionIndex(TodayModel::Overdue).data().toString(), QStringLiteral("Overdue: 2 (first 1 shown)"));
    }

    void shouldMoveAnItemOutOfOverdueWhenContacted()
    {
        TodayModel model(m_temp->store());
        model.setClock([this] { return m_reviewAt; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        const FollowUpId id = model.idAt(model.index(0, 0, model.sectionIndex(TodayModel::Overdue)));
        m_now = m_reviewAt;
        QVERIFY(m_service->logContact(id, Channel::Email, QStringLiteral("Parts ordered")));
        model.refresh();
        QCOMPARE(titles(model, TodayModel::Overdue), QStringList{QStringLiteral("Due Thursday 9:00")});
        QVERIFY(!model.indexOfId(id).isValid());   // contacted today: in no section
    }
};

QTEST_MAIN(tst_TodayModel)
#include "tst_todaymodel.moc"
