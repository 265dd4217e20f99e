#include "domain/followupservice.h"
#include "testsupport.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ft;

class tst_TimelineModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    Timestamp m_now = 0;

    static QStringList events(const TimelineModel &model)
    {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list << model.index(r, TimelineModel::EventColumn).data().toString();
        return list;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_service->setClock([this] { return m_now; });
        m_service->setActor(QStringLiteral("lead"));
    }
    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void shouldDescribeEachEventInWords()
    {
        m_now = test::at(2026, 3, 2, 9, 0);
        FollowUp f;
        f.title = QStringLiteral("Printer jams");
        const FollowUpId id = m_service->create(f).value().id;
        m_now = test::at(2026, 3, 2, 11, 0);
        QVERIFY(m_service->logContact(id, Channel::Phone, QStringLiteral("Asked for the model number"),
                                      test::at(2026, 3, 3, 10, 0)));
        m_now = test::at(2026, 3, 3, 9, 0);
        QVERIFY(m_service->resolve(id));
        m_now = test::at(2026, 3, 4, 9, 0);
        QVERIFY(m_service->reopen(id));

        TimelineModel model(m_temp->store());
        model.setClock([] { return test::at(2027, 1, 4, 9, 0); });   // last year's events show their year
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setNewestFirst(false);
        model.setFollowUp(id);
        QCOMPARE(events(model), QStringList({
                                    QStringLiteral("Opened: Printer jams"),
                                    QStringLiteral("Phone call: Asked for the model number"),
                                    QStringLiteral("Status: New → In progress"),   // the first contact starts the work
                                    QStringLiteral("Update promised for Tue 3 Mar 10:00"),
                                    QStringLiteral("Status: In progress → Resolved"),
                                    QStringLiteral("Reopened (callback): Resolved → In progress"),
                                }));
        QCOMPARE(model.index(0, TimelineModel::WhenColumn).data().toString(), QStringLiteral("2 Mar 2026 09:00"));
        QCOMPARE(model.index(0, TimelineModel::ActorColumn).data().toString(), QStringLiteral("lead"));
        QCOMPARE(model.index(4, 0).data(TimelineModel::EventTypeRole).toInt(), int(EventType::StatusChanged));

        model.setNewestFirst(true);
        QCOMPARE(model.index(0, TimelineModel::EventColumn).data().toString(),
                 QStringLiteral("Reopened (callback): Resolved → In progress"));
        QCOMPARE(model.index(0, 0).data(TimelineModel::TimestampRole).toLongLong(), test::at(2026, 3, 4, 9, 0));

        model.setFollowUp(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_TimelineModel)
#include "tst_timelinemodel.moc"
