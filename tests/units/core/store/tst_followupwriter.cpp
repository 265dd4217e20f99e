#include "domain/followupservice.h"
#include "store/changeset.h"
#include "store/followuprepository.h"
#include "store/followupwriter.h"
#include "store/schema.h"
#include "store/sqlhelpers.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// Optimistic concurrency at the one write path of follow-ups (schema version 7, SPEC §6): a row is
// saved only at the version it was read at; each save adds one and records who saved it.
class tst_FollowUpWriter : public QObject
{
    Q_OBJECT

    static FollowUp load(Store &store, FollowUpId id) { return repo::loadFollowUp(store.connection(), id).value(); }

    static FollowUpId insert(Store &store, const QString &title, const QString &by)
    {
        FollowUp f;
        f.title = title;
        f.requester = u"Ben"_s;
        f.openedAt = test::at(2026, 3, 2, 9, 0);
        f.updatedAt = f.openedAt;
        f.changedBy = by;
        auto id = FollowUpWriter(store.connection()).insertFollowUp(f);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return id.value();
    }

private slots:
    void shouldStartAtVersionOneSavedByItsWriter()
    {
        test::TempStore temp;
        const FollowUp f = load(temp.store(), insert(temp.store(), u"VPN drops"_s, u"Anna"_s));
        QCOMPARE(f.rowVersion, qint64(1));
        QCOMPARE(f.changedBy, u"Anna"_s);
    }

    void shouldAddOneToTheVersionAndRecordWhoSavedOnEachSave()
    {
        test::TempStore temp;
        const FollowUpId id = insert(temp.store(), u"VPN drops"_s, u"Anna"_s);
        FollowUpWriter writer(temp.store().connection());
        FollowUp f = load(temp.store(), id);
        f.owner = u"Ben"_s;
        f.changedBy = u"Ben"_s;
        QVERIFY(writer.updateFollowUp(f));
        FollowUp saved = load(temp.store(), id);
        QCOMPARE(saved.rowVersion, qint64(2));
        QCOMPARE(saved.changedBy, u"Ben"_s);
        QCOMPARE(saved.owner, u"Ben"_s);

        saved.priority = Priority::High;
        saved.changedBy = u"Carla"_s;
        QVERIFY(writer.updateFollowUp(saved));
        QCOMPARE(load(temp.store(), id).rowVersion, qint64(3));
        QCOMPARE(load(temp.store(), id).changedBy, u"Carla"_s);
    }

    void shouldRefuseASaveAtAnOlderVersionNamingWhoSavedSinceAndWriteNothing()
    {
        test::TempStore temp;
        const FollowUpId id = insert(temp.store(), u"VPN drops"_s, u"Anna"_s);
        const FollowUpId other = insert(temp.store(), u"Printer"_s, u"Anna"_s);
        FollowUpWriter writer(temp.store().connection());
        const FollowUp read = load(temp.store(), id);   // both read version 1

        FollowUp anna = read;
        anna.owner = u"Anna"_s;
        anna.changedBy = u"Anna"_s;
        QVERIFY(writer.updateFollowUp(anna));

        FollowUp ben = read;
        ben.owner = u"Ben"_s;
        ben.title = u"Ben's title"_s;
        ben.changedBy = u"Ben"_s;
        auto refused = writer.updateFollowUp(ben);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(u"Anna"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"VPN drops"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"version 1, now 2"_s), qPrintable(refused.error().message));

        const FollowUp stored = load(temp.store(), id);
        QCOMPARE(stored.owner, u"Anna"_s);
        QCOMPARE(stored.title, u"VPN drops"_s);
        QCOMPARE(stored.rowVersion, qint64(2));
        QCOMPARE(stored.changedBy, u"Anna"_s);
        QCOMPARE(load(temp.store(), other).rowVersion, qint64(1));   // the statement touched no other row
    }

    void shouldSayAFollowUpThatIsGoneIsNotFound()
    {
        test::TempStore temp;
        FollowUp ghost;
        ghost.id = 4711;
        ghost.title = u"Gone"_s;
        auto refused = FollowUpWriter(temp.store().connection()).updateFollowUp(ghost);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotFound);
    }

    void shouldSaveASurveysSatisfactionAsANewVersion()
    {
        test::TempStore temp;
        const FollowUpId id = insert(temp.store(), u"VPN drops"_s, u"Anna"_s);
        FollowUpWriter writer(temp.store().connection());
        QVERIFY(writer.insertSurvey({id, {}, 4, {}, test::at(2026, 3, 3), u"k1"_s}));
        QVERIFY(writer.refreshSatisfaction(id, test::at(2026, 3, 3), u"import (surveys)"_s));
        const FollowUp f = load(temp.store(), id);
        QCOMPARE(f.satisfaction, std::optional<int>(4));
        QCOMPARE(f.rowVersion, qint64(2));
        QCOMPARE(f.changedBy, u"import (surveys)"_s);
    }

    // Undo and redo write old row images back: the version still only goes up, so that a window that
    // read the row before the undo cannot save over it.
    void shouldSaveAnUndoneAndRedoneFollowUpAsNewVersions()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        service.setActor(u"Anna"_s);
        FollowUp draft;
        draft.title = u"VPN drops"_s;
        draft.requester = u"Ben"_s;
        const FollowUpId id = service.create(draft).value().id;
        QCOMPARE(load(temp.store(), id).rowVersion, qint64(1));
        FollowUp edited = load(temp.store(), id);
        edited.owner = u"Anna"_s;
        auto change = service.edit(edited);
        QVERIFY(change);
        const FollowUp afterEdit = load(temp.store(), id);
        QCOMPARE(afterEdit.rowVersion, qint64(2));

        service.setActor(u"Ben"_s);
        QVERIFY(service.undo(change.value().changes));
        FollowUp undone = load(temp.store(), id);
        QCOMPARE(undone.owner, QString());
        QCOMPARE(undone.rowVersion, qint64(3));
        QCOMPARE(undone.changedBy, u"Ben"_s);

        // The window that read version 2 cannot save its older view over the undo.
        FollowUp stale = afterEdit;
        stale.title = u"Stale"_s;
        auto refused = repo::updateFollowUp(temp.store().connection(), stale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);

        QVERIFY(service.redo(change.value().changes));
        QCOMPARE(load(temp.store(), id).owner, u"Anna"_s);
        QCOMPARE(load(temp.store(), id).rowVersion, qint64(4));
    }

    // A store of schema version 6 gains the columns on opening: every follow-up at version 1, saved by nobody known.
    void shouldGiveTheFollowUpsOfAnOlderStoreVersionOne()
    {
        test::TempStore temp;
        const QString path = temp.dir() + u"/old.sqlite"_s;
        {
            auto store = Store::open(path);
            QVERIFY(store);
            insert(*store.value(), u"VPN drops"_s, u"Anna"_s);
            for (const QString &statement : {u"ALTER TABLE followup DROP COLUMN row_version"_s,
                                             u"ALTER TABLE followup DROP COLUMN changed_by"_s, u"PRAGMA user_version = 6"_s})
                QVERIFY2(sql::exec(store.value()->database(), statement), qPrintable(statement));
        }
        auto upgraded = Store::open(path);
        QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error().message));
        QCOMPARE(upgraded.value()->schemaVersion(), 7);
        QCOMPARE(schema::currentVersion(), 7);
        const FollowUp f = load(*upgraded.value(), 1);
        QCOMPARE(f.title, u"VPN drops"_s);
        QCOMPARE(f.rowVersion, qint64(1));
        QCOMPARE(f.changedBy, QString());
    }
};

QTEST_MAIN(tst_FollowUpWriter)
#include "tst_followupwriter.moc"
