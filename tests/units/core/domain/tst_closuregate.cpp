#include "checklist/checklistservice.h"
#include "checklist/templaterepository.h"
#include "domain/closuregate.h"
#include "domain/followupservice.h"
#include "store/followuprepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ft;

// The closure rule of SPEC §1, in the domain layer: every way of resolving or closing obeys it.
class tst_ClosureGate : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    std::unique_ptr<ChecklistService> m_checklists;
    Timestamp m_now = 0;

    QSqlDatabase db() { return m_temp->store().database(); }
    FollowUp load(FollowUpId id) { return repo::loadFollowUp(m_temp->store().connection(), id).value(); }
    QList<TimelineEvent> timeline(FollowUpId id) { return repo::loadTimeline(m_temp->store().connection(), id).value(); }
    QList<ChecklistRun> runs(FollowUpId id) { return m_checklists->runs(id).value(); }
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    QVariant compliant(FollowUpId id) { return scalar(QStringLiteral("SELECT checklist_compliant FROM followup WHERE id = ?"), {id}); }

    FollowUpId createItem(Kind kind = Kind::Incident)
    {
        FollowUp f;
        f.title = QStringLiteral("VPN drops every hour");
        f.kind = kind;
        auto c = m_service->create(f);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return c.value().id;
    }
    qint64 itemId(FollowUpId id, const QString &text)
    {
        for (const ChecklistRun &r : runs(id))
            for (const ChecklistRunItem &i : r.items)
                if (i.text == text)
                    return i.id;
        qFatal("no checklist item %s", qPrintable(text));
    }
    QList<int> skipped(FollowUpId id)
    {
        QList<int> out;
        const ChecklistRun run = runs(id).at(0);
        for (const ChecklistRunItem &i : run.items)
            out << int(i.skippedAtResolve);
        return out;
    }

private slots:
    void init()
    {
        m_checklists.reset();
        m_service.reset();
        m_temp = std::make_unique<test::TempStore>();
        m_now = test::at(2026, 3, 2, 9, 0);
        m_service = std::make_unique<FollowUpService>(m_temp->store());
        m_service->setClock([this] { return m_now; });
        m_service->setActor(QStringLiteral("lead"));
        m_checklists = std::make_unique<ChecklistService>(m_temp->store());
        m_checklists->setClock([this] { return m_now; });
        m_checklists->setActor(QStringLiteral("tech"));
        test::addIncidentClosureChecklist(m_temp->store());
        ChecklistTemplateRepository templates(m_temp->store());
        const auto other = templates.create(QStringLiteral("Change closure")).value();
        QVERIFY(templates.setApplicability(other, kindBit(Kind::Change), {}));
        QVERIFY(templates.addItem(other, QStringLiteral("Tested after implementation"), true));
    }

    void cleanup()
    {
        m_checklists.reset();
        m_service.reset();
        m_temp.reset();
    }

    void shouldAttachApplicableTemplatesWhenAFollowUpIsCreated()
    {
        const FollowUpId id = createItem();
        const auto attached = runs(id);
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached.at(0).templateName, QStringLiteral("Incident closure"));
        QCOMPARE(attached.at(0).items.size(), 3);
        QCOMPARE(progressOf(attached).text(), QStringLiteral("0 of 3"));
        QCOMPARE(timeline(id).at(1).type, EventType::ChecklistAttached);
        QVERIFY(runs(createItem(Kind::Problem)).isEmpty());
    }

    void shouldUndoTheAttachedChecklistWithTheCreation()
    {
        FollowUp f;
        f.title = QStringLiteral("New laptop");
        auto created = m_service->create(f);
        QVERIFY(created);
        QVERIFY(m_service->undo(created->changes));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checklist_run_item")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checklist_run")).toInt(), 0);
    }

    void shouldRefuseResolvingWithUncheckedRequiredItemsNamingThem()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_checklists->check(itemId(id, QStringLiteral("Root cause noted"))));
        const int events = int(timeline(id).size());
        auto resolved = m_service->resolve(id);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, Error::Code::Refused);
        QVERIFY2(resolved.error().message.contains(QStringLiteral("“User confirmed it is fixed”")), qPrintable(resolved.error().message));
        QVERIFY(!resolved.error().message.contains(QStringLiteral("Root cause")));
        QVERIFY(!resolved.error().message.contains(QStringLiteral("Knowledge")));
        QCOMPARE(load(id).status, Status::New);
        QCOMPARE(timeline(id).size(), events);
        QVERIFY(compliant(id).isNull());
        QCOMPARE(m_service->close(id, {QStringLiteral("   "), true}).error().code, Error::Code::Refused);   // blank is no reason
        const ClosureCheck check = m_checklists->closureCheck(id).value();
        QVERIFY(check.blocks());
        QCOMPARE(check.requiredUnchecked, QStringList{QStringLiteral("User confirmed it is fixed")});
        QCOMPARE(check.advisoryUnchecked, QStringList{QStringLiteral("Knowledge article linked")});
    }

    void shouldResolveWithAnOverrideRecordingTheReasonOnTheTimeline()
    {
        const FollowUpId id = createItem();
        m_now += 3600;
        const QString reason = QStringLiteral("User is on leave; her manager confirmed it works.");
        QVERIFY(m_service->resolve(id, {QStringLiteral("  ") + reason + QStringLiteral(" "), false}));
        QCOMPARE(load(id).status, Status::Resolved);
        const ChecklistRun run = runs(id).at(0);
        QCOMPARE(run.overriddenAt, std::optional<Timestamp>(m_now));
        QCOMPARE(run.overrideReason, reason);
        QCOMPARE(run.overrideBy, QStringLiteral("lead"));
        const auto events = timeline(id);
        const auto overridden = std::find_if(events.cbegin(), events.cend(),
                                             [](const TimelineEvent &e) { return e.type == EventType::ChecklistOverridden; });
        QVERIFY(overridden != events.cend());
        QCOMPARE(overridden->summary, reason);
        QCOMPARE(overridden->actor, QStringLiteral("lead"));
        QCOMPARE(overridden->at, m_now);
        QCOMPARE(compliant(id), QVariant(0));
        QCOMPARE(skipped(id), (QList<int>{1, 1, 1}));
    }

    void shouldCloseAnOverriddenResolutionWithoutASecondReason()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_service->resolve(id, {QStringLiteral("Vendor confirmed the fix"), false}));
        m_now += 86400;
        QVERIFY(m_service->close(id));
        QCOMPARE(compliant(id), QVariant(0));
    }

    void shouldNeedANewOverrideAfterAReopen()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_service->resolve(id, {QStringLiteral("Vendor confirmed the fix"), false}));
        m_now += 3600;
        QVERIFY(m_service->reopen(id));
        m_now += 3600;
        QCOMPARE(m_service->resolve(id).error().code, Error::Code::Refused);
    }

    void shouldWarnAboutAdvisoryItemsUntilAcknowledged()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_checklists->check(itemId(id, QStringLiteral("User confirmed it is fixed"))));
        QVERIFY(m_checklists->check(itemId(id, QStringLiteral("Root cause noted"))));
        const ClosureCheck check = m_checklists->closureCheck(id).value();
        QVERIFY(!check.blocks());
        QVERIFY(check.warns());
        auto resolved = m_service->resolve(id);
        QCOMPARE(resolved.error().code, Error::Code::Unacknowledged);
        QVERIFY(resolved.error().message.contains(QStringLiteral("“Knowledge article linked”")));
        QCOMPARE(load(id).status, Status::New);
        QVERIFY(m_service->resolve(id, {{}, true}));
        QCOMPARE(compliant(id), QVariant(1));   // every required item checked, no override
        QCOMPARE(skipped(id), (QList<int>{0, 0, 1}));
        QVERIFY(!m_checklists->closureCheck(id).value().warns());   // seen when it was resolved
        QVERIFY(m_service->close(id));
    }

    void shouldResolveACompleteChecklistAsCompliant()
    {
        const FollowUpId id = createItem();
        const ChecklistRun run = runs(id).at(0);
        for (const ChecklistRunItem &i : run.items)
            QVERIFY(m_checklists->check(i.id));
        QCOMPARE(progressOf(runs(id)).text(), QStringLiteral("3 of 3"));
        QVERIFY(m_service->close(id));
        QCOMPARE(compliant(id), QVariant(1));
        QCOMPARE(skipped(id), (QList<int>{0, 0, 0}));
        QVERIFY(runs(id).at(0).overriddenAt == std::nullopt);
    }

    void shouldCloseFreelyWithoutAChecklist()
    {
        const FollowUpId id = createItem(Kind::Problem);
        QVERIFY(m_service->close(id));
        QCOMPARE(load(id).status, Status::Closed);
        QVERIFY(compliant(id).isNull());
        QVERIFY(!m_checklists->closureCheck(id).value().hasChecklist);
    }

    void shouldUndoAnOverrideCompletely()
    {
        const FollowUpId id = createItem();
        auto resolved = m_service->resolve(id, {QStringLiteral("Confirmed by phone"), false});
        QVERIFY(resolved);
        QVERIFY(m_service->undo(resolved->changes));
        QCOMPARE(load(id).status, Status::New);
        QVERIFY(compliant(id).isNull());
        QVERIFY(!runs(id).at(0).overriddenAt);
        QCOMPARE(skipped(id), (QList<int>{0, 0, 0}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event WHERE type = ?"), {int(EventType::ChecklistOverridden)}).toInt(), 0);
    }

    void shouldCheckWithWhoWhenAndNoteOnTheTimelineAndUndo()
    {
        const FollowUpId id = createItem();
        const qint64 item = itemId(id, QStringLiteral("Root cause noted"));
        m_now += 600;
        auto checked = m_checklists->check(item, QStringLiteral(" Expired certificate "));
        QVERIFY(checked);
        QCOMPARE(checked->id, id);
        ChecklistRunItem i = runs(id).at(0).items.at(1);
        QCOMPARE(i.checkedAt, std::optional<Timestamp>(m_now));
        QCOMPARE(i.checkedBy, QStringLiteral("tech"));
        QCOMPARE(i.note, QStringLiteral("Expired certificate"));
        QCOMPARE(timeline(id).constLast().type, EventType::ChecklistItemChecked);
        QCOMPARE(timeline(id).constLast().summary, QStringLiteral("Root cause noted — Expired certificate"));
        QCOMPARE(scalar(QStringLiteral("SELECT checklist_item_id FROM event WHERE type = ?"), {int(EventType::ChecklistItemChecked)})
                     .toLongLong(), item);
        QCOMPARE(m_checklists->check(item).error().code, Error::Code::Refused);   // already checked

        QVERIFY(m_checklists->undo(checked->changes));
        QVERIFY(!runs(id).at(0).items.at(1).isChecked());
        QCOMPARE(timeline(id).constLast().type, EventType::ChecklistAttached);
        QVERIFY(m_checklists->redo(checked->changes));
        QVERIFY(runs(id).at(0).items.at(1).isChecked());

        m_now += 600;
        auto unchecked = m_checklists->uncheck(item);
        QVERIFY(unchecked);
        i = runs(id).at(0).items.at(1);
        QVERIFY(!i.isChecked());
        QVERIFY(i.checkedBy.isEmpty());
        QCOMPARE(timeline(id).constLast().type, EventType::ChecklistItemUnchecked);
        QVERIFY(m_checklists->undo(unchecked->changes));
        QVERIFY(runs(id).at(0).items.at(1).isChecked());
    }

    void shouldRefuseChangingTheChecklistOfAClosedFollowUp()
    {
        const FollowUpId id = createItem();
        QVERIFY(m_service->close(id, {QStringLiteral("Duplicate ticket"), false}));
        QCOMPARE(m_checklists->check(itemId(id, QStringLiteral("Root cause noted"))).error().code, Error::Code::Refused);
    }

    void shouldAttachATemplateByHandOnlyOnce()
    {
        const FollowUpId id = createItem(Kind::Problem);
        const auto candidates = m_checklists->attachableTemplates(id).value();
        QCOMPARE(candidates.size(), 2);
        const ChecklistTemplateId change = candidates.at(1).id;
        QCOMPARE(candidates.at(1).name, QStringLiteral("Change closure"));
        auto attached = m_checklists->attach(id, change);
        QVERIFY(attached);
        QCOMPARE(runs(id).size(), 1);
        QCOMPARE(m_checklists->attach(id, change).error().code, Error::Code::Refused);
        QCOMPARE(m_service->close(id).error().code, Error::Code::Refused);
        QVERIFY(m_checklists->undo(attached->changes));
        QVERIFY(runs(id).isEmpty());
        QVERIFY(m_service->close(id));
    }

    void shouldKeepTheRunWhenItsTemplateIsEdited()
    {
        const FollowUpId id = createItem();
        ChecklistTemplateRepository templates(m_temp->store());
        const auto t = templates.templates().value().at(0);
        QVERIFY(templates.editItem(t.items.at(0).id, QStringLiteral("Changed"), false, {}));
        QVERIFY(templates.remove(t.id));
        const ChecklistRun run = runs(id).at(0);
        QCOMPARE(run.items.at(0).text, QStringLiteral("User confirmed it is fixed"));
        QVERIFY(run.items.at(0).required);
        QVERIFY(!run.templateId);
    }
};

QTEST_GUILESS_MAIN(tst_ClosureGate)
#include "tst_closuregate.moc"
