#include "domain/followupservice.h"
#include "store/followuprepository.h"
#include "store/schema.h"
#include "store/sqlhelpers.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// The trigram full-text index of schema version 4 (the list's search box): built from the rows an older
// store already holds when it is upgraded, and kept equal to the follow-ups by its triggers on every
// insert, edit, undo, redo and delete.
class tst_SearchIndex : public QObject
{
    Q_OBJECT

    // The ids whose text contains `word`, through the index (as the list's filter asks for it).
    static QList<FollowUpId> found(const Store &store, const QString &word)
    {
        QSqlQuery q(store.database());
        if (!sql::exec(q, u"SELECT rowid FROM followup_search WHERE followup_search MATCH ? ORDER BY rowid"_s,
                       {u"\"%1\""_s.arg(word)}))
            return {-1};
        QList<FollowUpId> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    // FTS5's own check that an external-content index holds exactly what the content table says.
    static bool indexMatchesRows(const Store &store)
    {
        return bool(sql::exec(store.database(),
                              u"INSERT INTO followup_search (followup_search, rank) VALUES ('integrity-check', 1)"_s));
    }

    static FollowUp draft(const QString &title, const QString &owner)
    {
        FollowUp f;
        f.title = title;
        f.owner = owner;
        f.requester = u"Dana Requester"_s;
        f.category = u"Network"_s;
        return f;
    }

private slots:
    void shouldIndexTheRowsOfAVersion2StoreWhenUpgrading()
    {
        test::TempStore temp;
        const QString path = temp.path();
        FollowUpId printer = 0;
        {
            auto store = Store::open(path);
            QVERIFY(store);
            FollowUpService service(*store.value());
            auto made = service.create(draft(u"Printer jams on floor 3"_s, u"Ana"_s));
            QVERIFY(made);
            printer = made.value().id;
            QVERIFY(service.create(draft(u"New laptop"_s, u"Ben"_s)));
            // Back to version 2 exactly: version 3 only adds the KPI index, version 4 the text index and its triggers,
            // version 6 the sort indexes, version 7 two columns.
            for (const QString &statement : {u"DROP TRIGGER followup_search_insert"_s, u"DROP TRIGGER followup_search_update"_s,
                                             u"DROP TRIGGER followup_search_delete"_s, u"DROP TABLE followup_search"_s,
                                             u"DROP INDEX followup_kpi"_s, u"PRAGMA user_version = 2"_s})
                QVERIFY2(sql::exec(store.value()->database(), statement), qPrintable(statement));
            for (const char *index : {"title", "owner", "team", "requester", "category", "priority", "kind", "due", "contact"})
                QVERIFY(sql::exec(store.value()->database(), u"DROP INDEX followup_sort_"_s + QLatin1String(index)));
            // Version 7 added the row versions.
            for (const char *column : {"row_version", "changed_by"})
                QVERIFY(sql::exec(store.value()->database(), u"ALTER TABLE followup DROP COLUMN "_s + QLatin1String(column)));
        }
        auto upgraded = Store::open(path);
        QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error().message));
        QCOMPARE(upgraded.value()->schemaVersion(), schema::currentVersion());
        QVERIFY(schema::currentVersion() >= 4);
        // A copy of the version-2 file was taken before anything changed.
        const QString backup = upgraded.value()->migrationBackupPath();
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(backup.contains(u".v2-"_s));
        QCOMPARE(found(*upgraded.value(), u"rinter"_s), QList<FollowUpId>{printer});
        QCOMPARE(found(*upgraded.value(), u"PRINTER"_s), QList<FollowUpId>{printer});   // any case
        QCOMPARE(found(*upgraded.value(), u"Dana"_s).size(), 2);                        // requester
        QCOMPARE(found(*upgraded.value(), u"work"_s).size(), 2);                        // category
        QVERIFY(found(*upgraded.value(), u"floor 4"_s).isEmpty());
        QVERIFY(indexMatchesRows(*upgraded.value()));
    }

    void shouldKeepTheIndexEqualToTheRowsThroughEditsUndoAndRedo()
    {
        test::TempStore temp;
        Store &store = temp.store();
        FollowUpService service(store);
        auto made = service.create(draft(u"Printer jams"_s, u"Ana"_s));
        QVERIFY(made);
        const FollowUpId id = made.value().id;
        QCOMPARE(found(store, u"jams"_s), QList<FollowUpId>{id});
        QVERIFY(indexMatchesRows(store));

        auto current = repo::loadFollowUp(store.connection(), id);
        QVERIFY(current);
        FollowUp edited = current.value();
        edited.title = u"Scanner offline"_s;
        edited.owner = u"Chidi"_s;
        auto edit = service.edit(edited);
        QVERIFY(edit);
        QVERIFY(found(store, u"jams"_s).isEmpty());
        QCOMPARE(found(store, u"scanner"_s), QList<FollowUpId>{id});
        QCOMPARE(found(store, u"chidi"_s), QList<FollowUpId>{id});
        QVERIFY(indexMatchesRows(store));

        QVERIFY(service.undo(edit.value().changes));
        QCOMPARE(found(store, u"jams"_s), QList<FollowUpId>{id});
        QVERIFY(found(store, u"scanner"_s).isEmpty());
        QVERIFY(indexMatchesRows(store));
        QVERIFY(service.redo(edit.value().changes));
        QCOMPARE(found(store, u"scanner"_s), QList<FollowUpId>{id});
        QVERIFY(indexMatchesRows(store));
        // A status change saves the whole row but changes no indexed text: the index is not written at all
        // (version 5), while a changed title is (each write of the index adds rows to its data table).
        const auto segments = [&store] {
            QSqlQuery q(store.database());
            return q.exec(u"SELECT count(*) FROM followup_search_data"_s) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 before = segments();
        QVERIFY(before > 0);
        QVERIFY(service.changeStatus(id, Status::InProgress));
        QCOMPARE(segments(), before);
        QVERIFY(indexMatchesRows(store));
        QCOMPARE(found(store, u"scanner"_s), QList<FollowUpId>{id});


        // Undoing the creation deletes the row; the index forgets it.
        auto other = service.create(draft(u"Badge reader"_s, u"Ben"_s));
        QVERIFY(other);
        QCOMPARE(found(store, u"badge"_s), QList<FollowUpId>{other.value().id});
        QVERIFY(service.undo(other.value().changes));
        QVERIFY(found(store, u"badge"_s).isEmpty());
        QVERIFY(indexMatchesRows(store));

        QVERIFY(sql::exec(store.database(), u"DELETE FROM followup WHERE id = ?"_s, {id}));
        QVERIFY(found(store, u"scanner"_s).isEmpty());
        QVERIFY(found(store, u"Dana"_s).isEmpty());
        QVERIFY(indexMatchesRows(store));
    }
};

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_searchindex.moc"
