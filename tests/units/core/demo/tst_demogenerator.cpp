#include "demo/demogenerator.h"
#include "schemacatalog.h"
#include "store/followuprepository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace ft;
using test::scalar;

namespace {

const Timestamp demoEnd = test::at(2026, 3, 2, 12, 0);   // a Monday noon

// Every row of the tables the demo writes, in id order, hashed.
QByteArray digest(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"followup", "event", "promise", "survey_response", "checklist_run", "checklist_run_item",
                              "csi_initiative", "kpi_target"}) {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            qFatal("%s", qPrintable(q.lastError().text()));
        hash.addData(table);
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData((q.isNull(c) ? QStringLiteral("<null>") : q.value(c).toString() + QLatin1Char('|')).toUtf8());
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

double ratio(Store &store, const QString &statement)
{
    QSqlQuery q(store.database());
    if (!q.exec(statement) || !q.next())
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q.value(0).toDouble();
}

DemoOptions options(int items, quint32 seed = 7)
{
    DemoOptions o;
    o.items = items;
    o.seed = seed;
    o.endAt = demoEnd;
    return o;
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

    // One demo store shared by the read-only checks below (generating it is the slow part).
    std::unique_ptr<test::TempStore> m_shared;

    Store &shared()
    {
        if (!m_shared) {
            m_shared = std::make_unique<test::TempStore>(test::Checklists::Stock);
            auto done = generateDemo(m_shared->store(), options(3000));
            if (!done)
                qFatal("%s", qPrintable(done.error().message));
        }
        return m_shared->store();
    }

private slots:
    void shouldGiveTheSameStoreForTheSameSeedAndEnd()
    {
        test::TempStore a(test::Checklists::Stock);
        test::TempStore b(test::Checklists::Stock);
        test::TempStore c(test::Checklists::Stock);
        QVERIFY(generateDemo(a.store(), options(500)).ok());
        QVERIFY(generateDemo(b.store(), options(500)).ok());
        QVERIFY(generateDemo(c.store(), options(500, 8)).ok());
        QCOMPARE(digest(a.store()), digest(b.store()));
        QVERIFY(digest(a.store()) != digest(c.store()));
    }

    void shouldWriteTheSameRowsAsTheDomainService()
    {
        // The bulk writer claims to apply FollowUpService's rules; the service itself is the judge.
        // Without checklist templates: the domain writer still writes checklist rows itself, while
        // FollowUpService now attaches applicable templates on create and runs the closure gate, so
        // the two agree on checklists only once the domain writer checks items through
        // ChecklistService and overrides through CloseRequest at the moment of resolving.
        test::TempStore bulk;
        test::TempStore service;
        DemoOptions viaService = options(400, 3);
        viaService.writer = DemoOptions::Writer::DomainService;
        QVERIFY(generateDemo(bulk.store(), options(400, 3)).ok());
        auto done = generateDemo(service.store(), viaService);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        // About five timeline events or more per follow-up (the bench's stores are made this way).
        QVERIFY(scalar(bulk.store(), QStringLiteral("SELECT count(*) FROM event")) > 5 * 400);
        QCOMPARE(digest(bulk.store()), digest(service.store()));
    }

    void shouldWriteTheSameStoreWhenLoadingInBulk()
    {
        // The bulk load (rollback journal, foreign keys unchecked, indexes built at the end) is a
        // way of writing, not a different store: same rows, same schema, valid, back in WAL mode.
        test::TempStore plain(test::Checklists::Stock);
        test::TempStore loaded(test::Checklists::Stock);
        DemoOptions inBulk = options(1500, 5);
        inBulk.bulkLoadFrom = 1000;
        QVERIFY(generateDemo(plain.store(), options(1500, 5)).ok());
        auto done = generateDemo(loaded.store(), inBulk);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(digest(loaded.store()), digest(plain.store()));
        QCOMPARE(test::schemaCatalog(loaded.store()), test::schemaCatalog(plain.store()));
        if (test::onServer()) {
            // The bulk writer handed out its own ids; the id sequences moved on with them, so the next
            // follow-up the store numbers itself comes after them instead of colliding.
            const qint64 largest = test::scalar(loaded.store(), QStringLiteral("SELECT max(id) FROM followup"));
            FollowUp next;
            next.title = QStringLiteral("After the load");
            auto made = repo::insertFollowUp(loaded.store().connection(), next);
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            QCOMPARE(made.value(), largest + 1);
            return;   // the rest is SQLite's: its integrity and foreign-key checks, its journal (the server checks every key)
        }
        QSqlQuery q(loaded.store().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The search index, rebuilt at the end of the bulk load, finds what the row-by-row one finds.
        const auto found = [](Store &s, const QString &text) {
            QSqlQuery f(s.database());
            if (!f.exec(QStringLiteral("SELECT rowid FROM followup_search WHERE followup_search MATCH '\"%1\"' "
                                       "ORDER BY rowid").arg(text)))
                qFatal("%s", qPrintable(f.lastError().text()));
            QList<qint64> ids;
            while (f.next())
                ids << f.value(0).toLongLong();
            return ids;
        };
        for (const QString &text : {QStringLiteral("rint"), QStringLiteral("INC"), QStringLiteral("Hardware")}) {
            QVERIFY(!found(plain.store(), text).isEmpty());
            QCOMPARE(found(loaded.store(), text), found(plain.store(), text));
        }
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO followup_search (followup_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
    }

    void shouldKeepEveryFieldInStepWithTheTimeline()
    {
        Store &s = shared();
        // last_contact_at is the latest contact with the requester (notes do not count).
        QCOMPARE(scalar(s, QStringLiteral(
                     "SELECT count(*) FROM followup f WHERE f.last_contact_at IS DISTINCT FROM (SELECT max(at) FROM event e "
                     "WHERE e.followup_id = f.id AND e.type = 1 AND e.channel <> 4)")), 0);
        // first_response_at is the first such contact.
        QCOMPARE(scalar(s, QStringLiteral(
                     "SELECT count(*) FROM followup f WHERE f.first_response_at IS DISTINCT FROM (SELECT min(at) FROM event e "
                     "WHERE e.followup_id = f.id AND e.type = 1 AND e.channel <> 4 AND e.at >= f.opened_at)")), 0);
        // next_update_due is the one open promise, and open promises belong to open work.
        QCOMPARE(scalar(s, QStringLiteral(
                     "SELECT count(*) FROM followup f WHERE f.next_update_due IS DISTINCT FROM (SELECT due_at FROM promise p "
                     "WHERE p.followup_id = f.id AND p.outcome = 0)")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM promise p JOIN followup f ON f.id = p.followup_id "
                                          "WHERE p.outcome = 0 AND f.status >= 4")), 0);
        // A promise is kept only by a contact at or before its due time.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM promise WHERE outcome = 1 AND ended_at > due_at")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM promise WHERE outcome = 2 AND ended_at <= due_at")), 0);
        // reopen_count counts the Reopened events.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM followup f WHERE f.reopen_count <> (SELECT count(*) "
                                          "FROM event e WHERE e.followup_id = f.id AND e.type = 4)")), 0);
        // Status and its time stamps agree.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE (status >= 4) <> (resolved_at IS NOT NULL) "
                                          "OR (status = 5) <> (closed_at IS NOT NULL) OR resolved_at < opened_at "
                                          "OR closed_at < resolved_at")), 0);
        // The status is the one the last status event left.
        QCOMPARE(scalar(s, QStringLiteral(
                     "SELECT count(*) FROM followup f WHERE f.status <> coalesce((SELECT to_status FROM event e "
                     "WHERE e.followup_id = f.id AND e.type IN (0, 1, 3, 4) AND e.to_status IS NOT NULL "
                     "ORDER BY e.at DESC, e.id DESC LIMIT 1), 0)")), 0);
        // satisfaction is the latest survey score.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM followup f WHERE f.satisfaction IS DISTINCT FROM (SELECT score "
                                          "FROM survey_response r WHERE r.followup_id = f.id "
                                          "ORDER BY received_at DESC, id DESC LIMIT 1)")), 0);
        // Each timeline runs forward in time, and nothing happens after the end of the history.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM event a JOIN event b ON b.followup_id = a.followup_id "
                                          "AND b.id = a.id + 1 WHERE b.at < a.at")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM event WHERE at > %1").arg(demoEnd)), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE opened_at > %1").arg(demoEnd)), 0);
    }

    void shouldRecordChecklistsAsTheClosureGateWould()
    {
        Store &s = shared();
        // Compliant: resolved with every required item checked and no override; only then.
        QCOMPARE(scalar(s, QStringLiteral(
                     "SELECT count(*) FROM followup f JOIN checklist_run r ON r.followup_id = f.id "
                     "WHERE f.resolved_at IS NOT NULL AND f.checklist_compliant IS DISTINCT FROM "
                     "(CASE WHEN r.overridden_at IS NULL AND NOT EXISTS (SELECT 1 FROM checklist_run_item i "
                     "WHERE i.run_id = r.id AND i.required = 1 AND i.checked_at IS NULL) THEN 1 ELSE 0 END)")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM followup f WHERE checklist_compliant IS NOT NULL AND "
                                          "NOT EXISTS (SELECT 1 FROM checklist_run r WHERE r.followup_id = f.id)")), 0);
        // Every override has its reason, its author and its event; skipped items are unchecked.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM checklist_run r WHERE overridden_at IS NOT NULL AND "
                                          "(override_reason = '' OR override_by = '' OR NOT EXISTS (SELECT 1 FROM event e "
                                          "WHERE e.followup_id = r.followup_id AND e.type = 7 AND e.at = r.overridden_at "
                                          "AND e.summary = r.override_reason))")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM checklist_run_item WHERE skipped_at_resolve = 1 "
                                          "AND checked_at IS NOT NULL")), 0);
        // One Checked event per checked item, at the time it was checked.
        const qint64 checked = scalar(s, QStringLiteral("SELECT count(*) FROM checklist_run_item WHERE checked_at IS NOT NULL"));
        QVERIFY(checked > 1000);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM event WHERE type = 5")), checked);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM event e JOIN checklist_run_item i ON i.id = e.checklist_item_id "
                                          "JOIN checklist_run r ON r.id = i.run_id WHERE e.type = 5 AND e.at = i.checked_at "
                                          "AND e.followup_id = r.followup_id")),
                 checked);
        // Runs copy their template's items.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM checklist_run_item i JOIN checklist_template_item t "
                                          "ON t.id = i.template_item_id WHERE t.text <> i.text OR t.required <> i.required")),
                 0);
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM checklist_run WHERE overridden_at IS NOT NULL")) >= 5);
        QVERIFY(scalar(s, QStringLiteral("SELECT count(DISTINCT run_id) FROM checklist_run_item i WHERE "
                                         "skipped_at_resolve = 1 AND required = 0")) >= 10);
        const double compliance = ratio(s, QStringLiteral("SELECT avg(checklist_compliant) FROM followup "
                                                          "WHERE checklist_compliant IS NOT NULL"));
        QVERIFY2(compliance > 0.8 && compliance < 0.98, qPrintable(QString::number(compliance)));
    }

    void shouldLookLikeATeamsHistory()
    {
        Store &s = shared();
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM followup")), 3000);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(DISTINCT team) FROM followup")), 4);
        const qint64 owners = scalar(s, QStringLiteral("SELECT count(DISTINCT owner) FROM followup"));
        QVERIFY2(owners >= 5 && owners <= 50, qPrintable(QString::number(owners)));
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(DISTINCT kind) FROM followup")), 4);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(DISTINCT priority) FROM followup")), 4);
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE priority IN (3, 4)"))
                > 3 * scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE priority IN (1, 2)")));
        QVERIFY(scalar(s, QStringLiteral("SELECT count(DISTINCT category) FROM followup")) >= 6);
        QVERIFY(scalar(s, QStringLiteral("SELECT count(DISTINCT channel) FROM event WHERE type = 1")) == 5);
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE requester = '' OR requester_contact = ''")) == 0);
        // Spread over years, ending at the end.
        QVERIFY(demoEnd - scalar(s, QStringLiteral("SELECT min(opened_at) FROM followup")) > 2 * 365 * 86400);
        QVERIFY(demoEnd - scalar(s, QStringLiteral("SELECT max(opened_at) FROM followup")) < 7 * 86400);

        const double reopened = ratio(s, QStringLiteral("SELECT avg(CASE WHEN reopen_count > 0 THEN 1.0 ELSE 0 END) FROM followup WHERE resolved_at IS NOT NULL"));
        QVERIFY2(reopened >= 0.03 && reopened <= 0.15, qPrintable(QString::number(reopened)));
        const double kept = ratio(s, QStringLiteral("SELECT avg(CASE WHEN outcome = 1 THEN 1.0 ELSE 0 END) FROM promise WHERE outcome IN (1, 2)"));
        QVERIFY2(kept >= 0.7 && kept <= 0.9, qPrintable(QString::number(kept)));
        const double surveyed = ratio(s, QStringLiteral("SELECT avg(CASE WHEN satisfaction IS NOT NULL THEN 1.0 ELSE 0 END) FROM followup WHERE resolved_at IS NOT NULL"));
        QVERIFY2(surveyed >= 0.18 && surveyed <= 0.32, qPrintable(QString::number(surveyed)));
        const double happy = ratio(s, QStringLiteral("SELECT avg(CASE WHEN score >= 4 THEN 1.0 ELSE 0 END) FROM survey_response"));
        QVERIFY2(happy > 0.6 && happy < 0.95, qPrintable(QString::number(happy)));
        QVERIFY(ratio(s, QStringLiteral("SELECT avg(score) FROM survey_response r JOIN followup f ON f.id = r.followup_id WHERE f.reopen_count > 0"))
                < ratio(s, QStringLiteral("SELECT avg(score) FROM survey_response r JOIN followup f ON f.id = r.followup_id WHERE f.reopen_count = 0")));
        const double slaKnown = ratio(s, QStringLiteral("SELECT avg(CASE WHEN sla_met IS NOT NULL THEN 1.0 ELSE 0 END) FROM followup WHERE resolved_at IS NOT NULL AND kind IN (0, 1)"));
        QVERIFY2(slaKnown > 0.9, qPrintable(QString::number(slaKnown)));
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM event WHERE type = 3 AND to_status IN (2, 3)")) > 50);
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE status = 4")) > 0);   // waiting to close
    }

    void shouldLeaveWorkOpenAndSomePromisesOverdueAtTheEnd()
    {
        Store &s = shared();
        const qint64 open = scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE status < 4"));
        QVERIFY2(open >= 5 && open < 300, qPrintable(QString::number(open)));
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE status < 4 AND next_update_due < %1")
                               .arg(demoEnd)) >= 1);
        // Gone quiet: open, no contact for more than a week.
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM followup WHERE status < 4 AND "
                                         "coalesce(last_contact_at, opened_at) < %1").arg(demoEnd - 7 * 86400)) >= 1);
        QVERIFY(scalar(s, QStringLiteral("SELECT min(opened_at) FROM followup WHERE status < 4")) > demoEnd - 200 * 86400);
    }

    void shouldShowFewerCallbacksAfterTheChecklistInitiative()
    {
        Store &s = shared();
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM csi_initiative")), 4);
        QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM kpi_target")) >= 6);
        QSqlQuery q(s.database());
        QVERIFY(q.exec(QStringLiteral("SELECT start_date FROM csi_initiative WHERE kpi = 'callback_rate'")) && q.next());
        const Timestamp start = QDateTime(QDate::fromString(q.value(0).toString(), Qt::ISODate), QTime(0, 0)).toSecsSinceEpoch();
        QVERIFY(start > demoEnd - 3 * 365 * 86400 && start < demoEnd);
        const QString rate = QStringLiteral("SELECT avg(CASE WHEN reopen_count > 0 THEN 1.0 ELSE 0 END) FROM followup WHERE resolved_at IS NOT NULL "
                                            "AND kind <> 3 AND opened_at %1 %2");
        const double before = ratio(s, rate.arg(QLatin1String("<")).arg(start));
        const double after = ratio(s, rate.arg(QLatin1String(">=")).arg(start));
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        // Checklists were there all along; completing them is what changed.
        const QString compliance = QStringLiteral("SELECT avg(checklist_compliant) FROM followup WHERE "
                                                  "checklist_compliant IS NOT NULL AND opened_at %1 %2");
        QVERIFY(ratio(s, compliance.arg(QLatin1String("<")).arg(start)) + 0.05
                < ratio(s, compliance.arg(QLatin1String(">=")).arg(start)));
        // … and callbacks are rarest where the checklist was complete.
        const QString byCompliance = QStringLiteral("SELECT avg(CASE WHEN reopen_count > 0 THEN 1.0 ELSE 0 END) FROM followup WHERE checklist_compliant = %1");
        QVERIFY(ratio(s, byCompliance.arg(1)) < ratio(s, byCompliance.arg(0)));
    }

    void shouldLeaveTheStoreUnchangedWhenCancelled()
    {
        test::TempStore t;
        const QByteArray before = digest(t.store());
        qint64 seen = 0;
        auto done = generateDemo(t.store(), options(2000), [&seen](qint64 n, qint64 total) {
            seen = n;
            return n < total / 2;
        });
        QVERIFY(!done);
        QCOMPARE(done.error().code, Error::Code::Cancelled);
        QVERIFY(seen >= 1000 && seen < 2000);
        QCOMPARE(digest(t.store()), before);
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM event")), 0);
        // … and the store still works afterwards.
        QVERIFY(generateDemo(t.store(), options(50)).ok());
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM followup")), 50);
    }

    void shouldRefuseAStoreThatHoldsFollowUps()
    {
        test::TempStore t;
        QVERIFY(generateDemo(t.store(), options(20)).ok());
        const QByteArray before = digest(t.store());
        auto again = generateDemo(t.store(), options(20));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Refused);
        QVERIFY(again.error().message.contains(t.path()));
        QCOMPARE(digest(t.store()), before);
    }

    void shouldSpanMoreYearsForMoreItems()
    {
        QCOMPARE(demoYears(100), 1.0);
        QCOMPARE(demoYears(1000), 3.0);
        QVERIFY(demoYears(20000) > 5.5 && demoYears(20000) < 6.5);
        QCOMPARE(demoYears(1'000'000), 10.0);
    }

    void cleanupTestCase() { m_shared.reset(); }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
