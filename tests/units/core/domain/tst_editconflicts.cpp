#include "domain/followupservice.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// Two leads on one follow-up (SPEC §6): what one saved is never written over by the other's older
// view of it. The edit and the status actions of a lead who looked before the other saved are
// refused, saying who changed what, and nothing of theirs is written.
class tst_EditConflicts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_mine;     // this window, as "Ben"
    std::unique_ptr<FollowUpService> m_theirs;   // another lead's window on the same store, as "Anna"
    Timestamp m_now = 0;

    FollowUp load(FollowUpId id) { return repo::loadFollowUp(m_temp->store().connection(), id).value(); }
    QList<TimelineEvent> timeline(FollowUpId id) { return repo::loadTimeline(m_temp->store().connection(), id).value(); }

    FollowUpId createItem()
    {
        FollowUp f;
        f.title = u"VPN drops every hour"_s;
        f.requester = u"Dora"_s;
        f.owner = u"Ben"_s;
        return m_mine->create(f).value().id;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempStore>();
        m_now = test::at(2026, 3, 2, 9, 0);
        m_mine = std::make_unique<FollowUpService>(m_temp->store());
        m_mine->setClock([this] { return m_now; });
        m_mine->setActor(u"Ben"_s);
        m_theirs = std::make_unique<FollowUpService>(m_temp->store());
        m_theirs->setClock([this] { return m_now; });
        m_theirs->setActor(u"Anna"_s);
    }

    void cleanup()
    {
        m_mine.reset();
        m_theirs.reset();
        m_temp.reset();
    }

    void shouldRecordWhoSavedAFollowUpAndCountItsVersions()
    {
        const FollowUpId id = createItem();
        QCOMPARE(load(id).rowVersion, qint64(1));
        QCOMPARE(load(id).changedBy, u"Ben"_s);
        m_now += 60;
        QVERIFY(m_theirs->logContact(id, Channel::Phone, u"Called back"_s));
        QCOMPARE(load(id).rowVersion, qint64(2));
        QCOMPARE(load(id).changedBy, u"Anna"_s);
    }

    void shouldRefuseAnEditOverAnotherLeadsChangeNamingWhoAndWhat()
    {
        const FollowUpId id = createItem();
        const FollowUp base = load(id);   // Ben's window shows it and Ben starts editing
        const auto eventsBefore = timeline(id).size();

        // Anna saves another owner and priority meanwhile.
        FollowUp hers = load(id);
        hers.owner = u"Anna"_s;
        hers.priority = Priority::High;
        m_now += 120;
        QVERIFY(m_theirs->edit(hers, hers));
        const FollowUp annas = load(id);
        QCOMPARE(annas.rowVersion, qint64(2));

        FollowUp mine = base;
        mine.title = u"VPN drops every hour (Berlin office)"_s;
        mine.notes = u"Ben's notes"_s;
        m_now += 60;
        auto refused = m_mine->edit(mine, base);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"Anna changed Owner, Priority of “VPN drops every hour”"_s), qPrintable(message));
        QVERIFY2(message.contains(u"None of your edits were saved"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"Title"_s) && !message.contains(u"Notes"_s), qPrintable(message));   // Ben's, not Anna's

        // Nothing of Ben's was written: the row and the timeline are as Anna left them.
        const FollowUp after = load(id);
        QCOMPARE(after.title, annas.title);
        QCOMPARE(after.notes, QString());
        QCOMPARE(after.owner, u"Anna"_s);
        QCOMPARE(after.priority, Priority::High);
        QCOMPARE(after.rowVersion, qint64(2));
        QCOMPARE(after.changedBy, u"Anna"_s);
        QCOMPARE(after.updatedAt, annas.updatedAt);
        QCOMPARE(timeline(id).size(), eventsBefore + 1);   // Anna's edit only
        QCOMPARE(timeline(id).constLast().actor, u"Anna"_s);

        // Reloaded (a new base), Ben's edit goes through, over Anna's values he now saw.
        const FollowUp reloaded = load(id);
        FollowUp again = reloaded;
        again.title = mine.title;
        QVERIFY(m_mine->edit(again, reloaded));
        QCOMPARE(load(id).title, mine.title);
        QCOMPARE(load(id).owner, u"Anna"_s);
        QCOMPARE(load(id).rowVersion, qint64(3));
        QCOMPARE(load(id).changedBy, u"Ben"_s);
    }

    // The row names only who saved last; the timeline says who else changed it since the edit began.
    void shouldNameEveryoneWhoChangedItSinceTheEditBegan()
    {
        const FollowUpId id = createItem();
        const FollowUp base = load(id);
        FollowUp hers = base;
        hers.owner = u"Anna"_s;
        m_now += 60;
        QVERIFY(m_theirs->edit(hers, hers));
        FollowUpService carl(m_temp->store());
        carl.setClock([this] { return m_now; });
        carl.setActor(u"Carl"_s);
        m_now += 60;
        QVERIFY(carl.logContact(id, Channel::Phone, u"Called Dora"_s));
        QCOMPARE(load(id).changedBy, u"Carl"_s);

        FollowUp mine = base;
        mine.title = u"Mine"_s;
        auto refused = m_mine->edit(mine, base);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(u"Anna, Carl changed Owner, "_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"Last contact"_s), qPrintable(refused.error().message));
        QCOMPARE(load(id).title, u"VPN drops every hour"_s);
    }

    // Anna resolved it, Carl recorded the survey after: the status was Anna's doing, and the refusal says so.
    void shouldNameWhoSetTheStatusNotWhoSavedLast()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_mine->changeStatus(id, Status::InProgress));
        const FollowUp shown = load(id);
        m_now += 60;
        QVERIFY(m_theirs->resolve(id));
        FollowUpService carl(m_temp->store());
        carl.setClock([this] { return m_now; });
        carl.setActor(u"Carl"_s);
        m_now += 60;
        QVERIFY(carl.recordSurvey(id, 5, u"Great"_s, m_now));
        QCOMPARE(load(id).changedBy, u"Carl"_s);
        CloseRequest request;
        request.seen = SeenState{shown.rowVersion, shown.status};
        auto refused = m_mine->close(id, request);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(u"Anna set “VPN drops every hour” to Resolved"_s),
                 qPrintable(refused.error().message));
    }

    // Anna logged a contact (the facts moved, not the fields the edit writes): Ben's edit lands on top
    // of it, and her contact stays. Nothing is lost, so nothing is refused.
    void shouldSaveAnEditOverAChangeOfOtherFieldsKeepingThatChange()
    {
        const FollowUpId id = createItem();
        const FollowUp base = load(id);
        m_now += 300;
        QVERIFY(m_theirs->logContact(id, Channel::Phone, u"Called Dora"_s));
        const FollowUp contacted = load(id);
        QVERIFY(contacted.lastContactAt);

        FollowUp mine = base;
        mine.category = u"Network"_s;
        m_now += 60;
        QVERIFY(m_mine->edit(mine, base));
        const FollowUp after = load(id);
        QCOMPARE(after.category, u"Network"_s);
        QCOMPARE(after.lastContactAt, contacted.lastContactAt);
        QCOMPARE(after.status, contacted.status);
        QCOMPARE(after.rowVersion, contacted.rowVersion + 1);
    }

    // Ben's window showed the follow-up in progress; Anna resolved it since. Closing on what Ben saw is
    // refused with who did what; the close the window asks for on what it shows now goes through.
    void shouldRefuseAStatusActionChosenOnAnOlderViewOfTheStatus()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_mine->changeStatus(id, Status::InProgress));
        const FollowUp shown = load(id);
        m_now += 600;
        QVERIFY(m_theirs->resolve(id));
        const FollowUp resolved = load(id);
        const auto events = timeline(id).size();

        CloseRequest request;
        request.seen = SeenState{shown.rowVersion, shown.status};
        auto refused = m_mine->close(id, request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(u"Anna set “VPN drops every hour” to Resolved"_s),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"In progress"_s), qPrintable(refused.error().message));
        QCOMPARE(load(id).status, Status::Resolved);
        QCOMPARE(load(id).rowVersion, resolved.rowVersion);
        QCOMPARE(timeline(id).size(), events);

        auto reopened = m_mine->reopen(id, u"Not fixed"_s, std::nullopt, SeenState{shown.rowVersion, shown.status});
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, Error::Code::Conflict);
        QCOMPARE(load(id).status, Status::Resolved);

        request.seen = SeenState{resolved.rowVersion, resolved.status};
        QVERIFY(m_mine->close(id, request));
        QCOMPARE(load(id).status, Status::Closed);
        QCOMPARE(load(id).changedBy, u"Ben"_s);
    }

    // A contact logged by Anna moved the version but not the status: Ben's resolve still means what he saw.
    void shouldLetAStatusActionThroughWhenOnlyOtherFactsMoved()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_mine->changeStatus(id, Status::InProgress));
        const FollowUp shown = load(id);
        m_now += 60;
        QVERIFY(m_theirs->logContact(id, Channel::Email, u"Mailed"_s));
        QCOMPARE(load(id).status, Status::InProgress);
        QVERIFY(load(id).rowVersion > shown.rowVersion);
        CloseRequest request;
        request.seen = SeenState{shown.rowVersion, shown.status};
        QVERIFY(m_mine->resolve(id, request));
        QCOMPARE(load(id).status, Status::Resolved);
    }
};

QTEST_MAIN(tst_EditConflicts)
#include "tst_editconflicts.moc"
