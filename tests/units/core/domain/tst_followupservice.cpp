#include "domain/followupservice.h"
#include "store/changeset.h"
#include "store/followuprepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ft;

class tst_FollowUpService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    Timestamp m_now = 0;

    FollowUp load(FollowUpId id) { return repo::loadFollowUp(m_temp->store().connection(), id).value(); }
    QList<TimelineEvent> timeline(FollowUpId id) { return repo::loadTimeline(m_temp->store().connection(), id).value(); }

    FollowUpId createItem(std::optional<Timestamp> promise = std::nullopt)
    {
        FollowUp f;
        f.title = QStringLiteral("Printer on floor 3 jams");
        f.requester = QStringLiteral("Ana");
        f.nextUpdateDue = promise;
        auto c = m_service->create(f);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return c.value().id;
    }

    // promise rows as (outcome, ended_at) in creation order
    QList<std::pair<int, qint64>> promises(FollowUpId id)
    {
        QSqlQuery q(m_temp->store().database());
        q.prepare(QStringLiteral("SELECT outcome, coalesce(ended_at, -1) FROM promise WHERE followup_id = ? ORDER BY id"));
        q.addBindValue(id);
        q.exec();
        QList<std::pair<int, qint64>> rows;
        while (q.next())
            rows.append({q.value(0).toInt(), q.value(1).toLongLong()});
        return rows;
    }

private slots:
    void init()
    {
        m_service.reset();
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_now = test::at(2026, 3, 2, 9, 0);   // a Monday
        m_service->setClock([this] { return m_now; });
        m_service->setActor(QStringLiteral("lead"));
    }

    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void shouldCreateWithACreatedEventAndOpenAtNow()
    {
        const FollowUpId id = createItem();
        const FollowUp f = load(id);
        QCOMPARE(f.status, Status::New);
        QCOMPARE(f.openedAt, m_now);
        const auto events = timeline(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).type, EventType::Created);
        QCOMPARE(events.at(0).actor, QStringLiteral("lead"));
    }

    void shouldRefuseAFollowUpWithoutTitle()
    {
        FollowUp f;
        f.title = QStringLiteral("   ");
        auto c = m_service->create(f);
        QVERIFY(!c);
        QCOMPARE(c.error().code, Error::Code::BadInput);
    }

    void shouldRecordAPromiseMadeAtCreation()
    {
        const FollowUpId id = createItem(m_now + 3600);
        QCOMPARE(load(id).nextUpdateDue, std::optional<Timestamp>(m_now + 3600));
        QCOMPARE(timeline(id).at(1).type, EventType::UpdatePromised);
        QCOMPARE(promises(id).size(), 1);
        QCOMPARE(promises(id).at(0).first, int(PromiseOutcome::Open));
    }

    void shouldSettleThePromiseAsKeptWhenContactIsOnTime()
    {
        const FollowUpId id = createItem(m_now + 3600);
        m_now += 1800;
        QVERIFY(m_service->logContact(id, Channel::Phone, QStringLiteral("Told her the part is ordered")));
        const FollowUp f = load(id);
        QCOMPARE(f.lastContactAt, std::optional<Timestamp>(m_now));
        QCOMPARE(f.firstResponseAt, std::optional<Timestamp>(m_now));
        QVERIFY(!f.nextUpdateDue);
        QCOMPARE(f.status, Status::InProgress);   // the first contact starts the work
        QCOMPARE(promises(id).at(0), std::make_pair(int(PromiseOutcome::Kept), m_now));
    }

    void shouldSettleThePromiseAsMissedWhenContactIsLate()
    {
        const FollowUpId id = createItem(m_now + 3600);
        m_now += 7200;
        QVERIFY(m_service->logContact(id, Channel::Email, QStringLiteral("Sorry for the delay")));
        QCOMPARE(promises(id).at(0).first, int(PromiseOutcome::Missed));
    }

    void shouldKeepTheFirstResponseAtTheFirstContact()
    {
        const FollowUpId id = createItem();
        const Timestamp first = m_now + 600;
        m_now = first;
        QVERIFY(m_service->logContact(id, Channel::Chat, QStringLiteral("On it")));
        m_now += 3600;
        QVERIFY(m_service->logContact(id, Channel::Phone, QStringLiteral("Fixed?")));
        QCOMPARE(load(id).firstResponseAt, std::optional<Timestamp>(first));
        QCOMPARE(load(id).lastContactAt, std::optional<Timestamp>(m_now));
    }

    void shouldNotCountAnInternalNoteAsContact()
    {
        const FollowUpId id = createItem(m_now + 3600);
        QVERIFY(m_service->logContact(id, Channel::Note, QStringLiteral("Vendor ticket 4411")));
        const FollowUp f = load(id);
        QVERIFY(!f.lastContactAt);
        QVERIFY(!f.firstResponseAt);
        QCOMPARE(f.nextUpdateDue, std::optional<Timestamp>(m_now + 3600));
        QCOMPARE(timeline(id).constLast().type, EventType::ContactLogged);
    }

    void shouldLogAContactAndPromiseTheNextUpdateInOneStep()
    {
        const FollowUpId id = createItem(m_now + 3600);
        const Timestamp next = m_now + 86400;
        QVERIFY(m_service->logContact(id, Channel::Phone, QStringLiteral("Waiting for the part"), next));
        const FollowUp f = load(id);
        QCOMPARE(f.nextUpdateDue, std::optional<Timestamp>(next));
        const auto p = promises(id);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0).first, int(PromiseOutcome::Kept));
        QCOMPARE(p.at(1).first, int(PromiseOutcome::Open));
    }

    void shouldMoveAPromiseReplacedBeforeItFallsDue()
    {
        const FollowUpId id = createItem(m_now + 3600);
        QVERIFY(m_service->promiseUpdate(id, m_now + 7200));
        QCOMPARE(promises(id).at(0).first, int(PromiseOutcome::Moved));
        QCOMPARE(load(id).nextUpdateDue, std::optional<Timestamp>(m_now + 7200));
        m_now += 10800;
        QVERIFY(m_service->promiseUpdate(id, m_now + 3600));
        QCOMPARE(promises(id).at(1).first, int(PromiseOutcome::Missed));
    }

    void shouldResolveCancelThePromiseAndStampTheTime()
    {
        const FollowUpId id = createItem(m_now + 3600);
        m_now += 600;
        QVERIFY(m_service->resolve(id));
        const FollowUp f = load(id);
        QCOMPARE(f.status, Status::Resolved);
        QCOMPARE(f.resolvedAt, std::optional<Timestamp>(m_now));
        QVERIFY(!f.nextUpdateDue);
        QCOMPARE(promises(id).at(0).first, int(PromiseOutcome::Cancelled));
    }

    void shouldCloseDirectlyAndStampBothTimes()
    {
        const FollowUpId id = createItem();
        m_now += 600;
        QVERIFY(m_service->close(id));
        const FollowUp f = load(id);
        QCOMPARE(f.status, Status::Closed);
        QCOMPARE(f.resolvedAt, std::optional<Timestamp>(m_now));
        QCOMPARE(f.closedAt, std::optional<Timestamp>(m_now));
    }

    void shouldCountAReopenAsACallback()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_service->resolve(id));
        m_now += 86400;
        QVERIFY(m_service->close(id));
        m_now += 86400;
        QVERIFY(m_service->reopen(id));
        FollowUp f = load(id);
        QCOMPARE(f.reopenCount, 1);
        QCOMPARE(f.status, Status::InProgress);
        QVERIFY(!f.resolvedAt);
        QVERIFY(!f.closedAt);
        const TimelineEvent last = timeline(id).constLast();
        QCOMPARE(last.type, EventType::Reopened);
        QCOMPARE(last.fromStatus, std::optional<Status>(Status::Closed));
        QVERIFY(m_service->resolve(id));
        QVERIFY(m_service->reopen(id));
        QCOMPARE(load(id).reopenCount, 2);
    }

    void shouldReopenWithAReasonAndANewPromiseInOneStep()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_service->close(id));
        m_now += 86400;
        // A promise for a time that has passed is refused, and nothing changes.
        auto past = m_service->reopen(id, QStringLiteral("Still broken"), m_now - 60);
        QVERIFY(!past);
        QCOMPARE(load(id).status, Status::Closed);
        auto reopened = m_service->reopen(id, QStringLiteral("  Printer jams again  "), m_now + 7200);
        QVERIFY(reopened);
        FollowUp f = load(id);
        QCOMPARE(f.status, Status::InProgress);
        QCOMPARE(f.nextUpdateDue, std::optional<Timestamp>(m_now + 7200));
        const auto events = timeline(id);
        const auto reopenEvent = std::find_if(events.begin(), events.end(),
                                              [](const TimelineEvent &e) { return e.type == EventType::Reopened; });
        QVERIFY(reopenEvent != events.end());
        QCOMPARE(reopenEvent->summary, QStringLiteral("Printer jams again"));
        QCOMPARE(events.constLast().type, EventType::UpdatePromised);
        // One step: one undo takes both back.
        QVERIFY(m_service->undo(reopened.value().changes));
        QCOMPARE(load(id).status, Status::Closed);
        QVERIFY(!m_service->reopen(createItem()));   // an open follow-up is not reopened
    }

    void shouldRefuseImpossibleTransitions()
    {
        const FollowUpId id = createItem();
        QVERIFY(!m_service->changeStatus(id, Status::New));
        QVERIFY(m_service->close(id));
        auto back = m_service->resolve(id);
        QVERIFY(!back);
        QCOMPARE(back.error().code, Error::Code::Refused);
        QVERIFY(!m_service->logContact(id, Channel::Phone, QStringLiteral("x")));
    }

    void shouldRecordFieldChangesOnTheTimeline()
    {
        const FollowUpId id = createItem();
        FollowUp f = load(id);
        f.owner = QStringLiteral("Ben");
        f.priority = Priority::High;
        QVERIFY(m_service->edit(f));
        QCOMPARE(load(id).owner, QStringLiteral("Ben"));
        const TimelineEvent last = timeline(id).constLast();
        QCOMPARE(last.type, EventType::FieldChanged);
        QVERIFY(last.summary.contains(QStringLiteral("Ben")));
        QVERIFY(!m_service->edit(load(id)));   // nothing changed
    }

    void shouldWriteNothingWhenAnActionFails()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_service->close(id));
        const auto before = timeline(id).size();
        QVERIFY(!m_service->promiseUpdate(id, m_now + 100));
        QCOMPARE(timeline(id).size(), before);
        QVERIFY(!m_service->logContact(4242, Channel::Phone, QStringLiteral("no such item")));
    }

    void shouldUndoAndRedoAnAction()
    {
        const FollowUpId id = createItem(m_now + 3600);
        m_now += 600;
        auto contact = m_service->logContact(id, Channel::Phone, QStringLiteral("Called"), m_now + 86400);
        QVERIFY(contact);
        const FollowUp after = load(id);
        QVERIFY(m_service->undo(contact.value().changes));
        const FollowUp undone = load(id);
        QVERIFY(!undone.lastContactAt);
        QCOMPARE(undone.nextUpdateDue, std::optional<Timestamp>(m_now - 600 + 3600));
        QCOMPARE(promises(id).size(), 1);
        QCOMPARE(promises(id).at(0).first, int(PromiseOutcome::Open));
        QCOMPARE(timeline(id).size(), 2);
        QVERIFY(m_service->redo(contact.value().changes));
        QCOMPARE(load(id).lastContactAt, after.lastContactAt);
        QCOMPARE(promises(id).size(), 2);
    }

    void shouldUndoCreation()
    {
        auto created = m_service->create([] { FollowUp f; f.title = QStringLiteral("Oops"); return f; }());
        QVERIFY(created);
        QVERIFY(m_service->undo(created.value().changes));
        QVERIFY(!repo::loadFollowUp(m_temp->store().connection(), created.value().id));
        QVERIFY(m_service->redo(created.value().changes));
        QCOMPARE(load(created.value().id).title, QStringLiteral("Oops"));
    }

    void shouldRefuseToUndoWhatWasChangedSince()
    {
        const FollowUpId id = createItem();
        auto contact = m_service->logContact(id, Channel::Phone, QStringLiteral("Called"));
        QVERIFY(contact);
        m_now += 60;
        QVERIFY(m_service->logContact(id, Channel::Email, QStringLiteral("Mailed")));
        auto undone = m_service->undo(contact.value().changes);
        QVERIFY(!undone);
        QCOMPARE(undone.error().code, Error::Code::Conflict);
    }

    void shouldRecordASurvey()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_service->recordSurvey(id, 4, QStringLiteral("Quick, thanks"), m_now));
        QCOMPARE(load(id).satisfaction, std::optional<int>(4));
        QVERIFY(!m_service->recordSurvey(id, 6, QString(), m_now));
    }

    void shouldUndoASurveyWithItsResponse()
    {
        const FollowUpId id = createItem();
        auto survey = m_service->recordSurvey(id, 2, QStringLiteral("Slow"), m_now);
        QVERIFY(survey);
        QSqlQuery q(m_temp->store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM survey_response WHERE followup_id = %1 AND score = 2").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(m_service->undo(survey.value().changes));
        QCOMPARE(load(id).satisfaction, std::nullopt);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM survey_response WHERE followup_id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // The one way every action (this service's and ChecklistService's) commits, journals and fails.
    void shouldRollBackWhatAFailedActionWrote()
    {
        const FollowUpId id = createItem();
        const qsizetype before = timeline(id).size();
        auto failed = m_service->runAction(QStringLiteral("test"), [&](const ActionContext &a) -> Result<FollowUpId> {
            TimelineEvent e;
            e.followUpId = id;
            e.at = a.now;
            e.actor = a.actor;
            e.type = EventType::ContactLogged;
            e.summary = QStringLiteral("half-written");
            if (auto written = repo::insertEvent(a.connection, e); !written)
                return written.error();
            return Error::refused(QStringLiteral("stop"));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Refused);
        QCOMPARE(timeline(id).size(), before);
    }

    void shouldJournalWhatAnActionWrites()
    {
        const FollowUpId id = createItem();
        const qsizetype before = timeline(id).size();
        auto done = m_service->runAction(QStringLiteral("Note it"), [&](const ActionContext &a) -> Result<FollowUpId> {
            TimelineEvent e;
            e.followUpId = id;
            e.at = a.now;
            e.actor = a.actor;
            e.type = EventType::ContactLogged;
            e.channel = Channel::Note;
            e.summary = QStringLiteral("noted");
            auto written = repo::insertEvent(a.connection, e);
            if (!written)
                return written.error();
            a.journal->inserted(QStringLiteral("event"), written.value());
            return id;
        });
        QVERIFY(done);
        QCOMPARE(done.value().id, id);
        QCOMPARE(done.value().changes.description, QStringLiteral("Note it"));
        QCOMPARE(done.value().changes.rows.size(), 1);
        QCOMPARE(timeline(id).size(), before + 1);
        QCOMPARE(timeline(id).constLast().actor, QStringLiteral("lead"));
        QCOMPARE(timeline(id).constLast().at, m_now);
        QVERIFY(m_service->undo(done.value().changes));
        QCOMPARE(timeline(id).size(), before);
    }

    void shouldDefaultTheNextUpdateToTheNextWorkingDayAtTen()
    {
        m_now = test::at(2026, 3, 6, 15, 0);   // a Friday
        QCOMPARE(m_service->defaultNextUpdate(), test::at(2026, 3, 9, 10, 0));
    }
};

QTEST_GUILESS_MAIN(tst_FollowUpService)
#include "tst_followupservice.moc"
