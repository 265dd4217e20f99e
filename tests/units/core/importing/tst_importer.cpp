#include "exporting/csvexport.h"
#include "importing/importer.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "importsupport.h"
#include "schemacatalog.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace ft::importing;
using test::byReference;

// The import engine end to end: profiles, the all-or-nothing and idempotence guarantees.
class tst_Importer : public QObject
{
    Q_OBJECT

    test::InputFiles m_files;

    QString write(const QByteArray &bytes) { return m_files.write(bytes); }

    static qint64 count(const Store &store, const QString &sql) { return test::scalar(store, sql); }

    static ImportReport mustImport(const Store &store, const QString &path, ImportOptions options = {})
    {
        return test::mustImportAt(test::at(2026, 3, 2, 9, 0), store, path, std::move(options));
    }

    static QList<TimelineEvent> timelineOf(const Store &store, FollowUpId id)
    {
        return repo::loadTimeline(store.connection(), id).value();
    }

private slots:
    void shouldImportAServiceNowAuditLogAsOneFollowUpPerNumber()
    {
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), write(test::smallServiceNowLog()));
        QCOMPARE(r.profile, Profile::ServiceNow);
        QCOMPARE(r.dateOrder, DateOrder::DayMonthYear);
        QVERIFY(!r.dateOrderAssumed);
        QCOMPARE(r.rows, 12);
        QCOMPARE(r.added, 2);

        const FollowUp one = byReference(temp.store(), QStringLiteral("INC1"));
        QCOMPARE(one.status, Status::Closed);
        QCOMPARE(one.kind, Kind::Incident);
        QCOMPARE(one.priority, Priority::High);   // from the final row
        QCOMPARE(one.owner, QStringLiteral("Resolver 4"));
        QCOMPARE(one.team, QStringLiteral("Group 1"));
        QCOMPARE(one.requester, QStringLiteral("Caller 1"));
        QCOMPARE(one.category, QStringLiteral("Category 5"));
        QCOMPARE(one.contactType, QStringLiteral("Phone"));
        QCOMPARE(one.title, QStringLiteral("Symptom 9 · Category 5 · Sub 7"));
        QCOMPARE(one.openedAt, test::at(2016, 3, 1, 9, 0));
        QCOMPARE(one.firstResponseAt, std::optional<Timestamp>(test::at(2016, 3, 1, 10, 0)));
        QCOMPARE(one.resolvedAt, std::optional<Timestamp>(test::at(2016, 3, 3, 16, 0)));
        QCOMPARE(one.closedAt, std::optional<Timestamp>(test::at(2016, 3, 10, 12, 0)));
        QCOMPARE(one.slaMet, SlaMet::Yes);
        QCOMPARE(one.reopenCount, 0);

        // Created + 6 imported rows + 5 status changes (New→Active→Waiting→Active→Resolved→Closed).
        const QList<TimelineEvent> t1 = timelineOf(temp.store(), one.id);
        QCOMPARE(t1.size(), 12);
        QCOMPARE(std::count_if(t1.begin(), t1.end(), [](const TimelineEvent &e) { return e.type == EventType::Imported; }), 6);
        QList<std::pair<Status, Status>> changes;
        for (const TimelineEvent &e : t1) {
            if (e.type == EventType::StatusChanged)
                changes.append({*e.fromStatus, *e.toStatus});
        }
        const QList<std::pair<Status, Status>> expected{{Status::New, Status::InProgress},
                                                        {Status::InProgress, Status::WaitingOnRequester},
                                                        {Status::WaitingOnRequester, Status::InProgress},
                                                        {Status::InProgress, Status::Resolved},
                                                        {Status::Resolved, Status::Closed}};
        QCOMPARE(changes, expected);

        // INC2: rows out of order in the file, a garbled state carried over, one reopening, no
        // resolved_at column value: taken from the last move into Resolved (15/3 10:00).
        const FollowUp two = byReference(temp.store(), QStringLiteral("INC2"));
        QCOMPARE(two.status, Status::Closed);
        QCOMPARE(two.priority, Priority::Critical);   // "1": the stripped variant
        QCOMPARE(two.reopenCount, 1);
        QCOMPARE(two.slaMet, SlaMet::No);
        QCOMPARE(two.owner, QStringLiteral("Resolver 8"));
        QCOMPARE(two.title, QStringLiteral("Category 6"));
        QCOMPARE(two.firstResponseAt, std::optional<Timestamp>(test::at(2016, 3, 13, 9, 0)));
        QCOMPARE(two.resolvedAt, std::optional<Timestamp>(test::at(2016, 3, 15, 10, 0)));
        const QList<TimelineEvent> t2 = timelineOf(temp.store(), two.id);
        QCOMPARE(std::count_if(t2.begin(), t2.end(), [](const TimelineEvent &e) { return e.type == EventType::Reopened; }), 1);
        // Created + 6 rows + New→Resolved, Resolved→Active (reopened), Active→Resolved, Resolved→Closed.
        QCOMPARE(t2.size(), 11);
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT count(*) FROM import_run WHERE added = 2")), 1);
    }

    void shouldLoadAnEmptyStoreInBulkAndGiveTheSameRowsAndSchema()
    {
        // Into a store without follow-ups the import is a bulk load (indexes and search index built at
        // the end, a rollback journal); into one with history it writes row by row. Same rows either way,
        // and the bulk-loaded store has every index and trigger back, is valid and in WAL mode again.
        const auto rows = [](const Store &s, const QString &statement) {
            QStringList out;
            QSqlQuery q(s.database());
            if (!q.exec(statement))
                qFatal("%s failed", qPrintable(statement));
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < q.record().count(); ++c)
                    cells << (q.isNull(c) ? QStringLiteral("<null>") : q.value(c).toString());
                out << cells.join(QLatin1Char('|'));
            }
            return out;
        };
        const QString path = write(test::smallServiceNowLog());
        test::TempStore bulk;
        test::TempStore rowByRow;
        FollowUp earlier;
        earlier.title = QStringLiteral("Before the import");
        earlier.openedAt = test::at(2016, 1, 4, 9, 0);
        QVERIFY(repo::insertFollowUp(rowByRow.store().connection(), earlier).ok());
        mustImport(bulk.store(), path);
        mustImport(rowByRow.store(), path);
        const QString followUps = QStringLiteral("SELECT reference, status, opened_at, resolved_at, closed_at, owner, "
                                                 "reopen_count FROM followup WHERE reference IS NOT NULL ORDER BY id");
        const QString events = QStringLiteral("SELECT f.reference, e.at, e.type, e.from_status, e.to_status, e.summary, "
                                              "e.source_key FROM event e JOIN followup f ON f.id = e.followup_id ORDER BY e.id");
        QCOMPARE(rows(bulk.store(), followUps).size(), 2);
        QCOMPARE(rows(bulk.store(), followUps), rows(rowByRow.store(), followUps));
        QCOMPARE(rows(bulk.store(), events), rows(rowByRow.store(), events));
        QCOMPARE(test::schemaCatalog(bulk.store()), test::schemaCatalog(rowByRow.store()));
        // SQLite's own: its integrity and foreign-key checks, its journal, its FTS5 table (the server
        // checks every key as rows come, and its trigram index follows the rows by itself).
        if (!test::onServer()) {
            QCOMPARE(rows(bulk.store(), QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
            QCOMPARE(rows(bulk.store(), QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
            QCOMPARE(rows(bulk.store(), QStringLiteral("PRAGMA foreign_keys")), QStringList{QStringLiteral("1")});
            QVERIFY(rows(bulk.store(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
            // The search index was built from the imported rows.
            QCOMPARE(rows(bulk.store(), QStringLiteral("SELECT f.reference FROM followup_search s JOIN followup f "
                                                       "ON f.id = s.rowid WHERE followup_search MATCH '\"INC2\"'")),
                     QStringList{QStringLiteral("INC2")});
        }
        // A dry run into an empty store rolls the dropped indexes back with everything else.
        test::TempStore dry;
        ImportOptions dryRun;
        dryRun.dryRun = true;
        mustImport(dry.store(), path, dryRun);
        QCOMPARE(test::schemaCatalog(dry.store()), test::schemaCatalog(rowByRow.store()));
    }

    void shouldChangeNothingWhenTheSameFileIsImportedAgain()
    {
        test::TempStore temp;
        const QString path = write(test::smallServiceNowLog());
        mustImport(temp.store(), path);
        const qint64 events = count(temp.store(), QStringLiteral("SELECT count(*) FROM event"));
        const qint64 stamp = count(temp.store(), QStringLiteral("SELECT sum(updated_at) FROM followup"));
        ImportOptions later;
        later.now = test::at(2026, 4, 1, 9, 0);
        const ImportReport again = mustImport(temp.store(), path, later);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.eventsAdded, 0);
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT count(*) FROM event")), events);
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT sum(updated_at) FROM followup")), stamp);
    }

    void shouldUpdateInPlaceFromALaterExportOfTheSameTickets()
    {
        test::TempStore temp;
        QByteArray log = test::smallServiceNowLog();
        // The first export stops before INC1 was resolved.
        QList<QByteArray> lines = log.split('\n');
        QByteArray early;
        for (const QByteArray &line : lines) {
            if (!line.startsWith("INC1,Resolved") && !line.startsWith("INC1,Closed"))
                early += line + '\n';
        }
        mustImport(temp.store(), write(early.trimmed() + '\n'));
        QCOMPARE(byReference(temp.store(), QStringLiteral("INC1")).status, Status::InProgress);
        QVERIFY(!byReference(temp.store(), QStringLiteral("INC1")).closedAt);

        const ImportReport r = mustImport(temp.store(), write(log));
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(r.eventsAdded, 4);   // two rows, two status changes
        const FollowUp one = byReference(temp.store(), QStringLiteral("INC1"));
        QCOMPARE(one.status, Status::Closed);
        QCOMPARE(one.closedAt, std::optional<Timestamp>(test::at(2016, 3, 10, 12, 0)));
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT count(*) FROM followup")), 2);
    }

    void shouldStopAtABadRowNamingFileLineColumnAndValueAndLeaveTheStoreByteForByteUnchanged()
    {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
        const QString good = write(test::smallServiceNowLog());
        QByteArray badLog = test::smallServiceNowLog();
        badLog.replace("INC2,Active,true,1,3,false,Caller 2,13/3/2016 8:00",
                       "INC2,Active,true,1,3,false,Caller 2,31/2/2016 8:00");   // line 11
        const QString bad = write(badLog);
        {
            auto store = Store::open(storePath);
            QVERIFY(store);
            mustImport(*store.value(), good);
        }
        const QByteArray before = test::fileBytes(storePath);
        QVERIFY(!before.isEmpty());
        {
            auto store = Store::open(storePath);
            QVERIFY(store);
            // Another file with the same bad row and a new incident: nothing of it may stay.
            QByteArray more = badLog;
            more.replace("INC1", "INC9");
            auto r = importFile(*store.value(), write(more), ImportOptions{});
            QVERIFY(!r);
            const QString message = r.error().message;
            QVERIFY2(message.contains(QLatin1String(".csv, line 11")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("opened_at")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("31/2/2016 8:00")), qPrintable(message));
            QCOMPARE(count(*store.value(), QStringLiteral("SELECT count(*) FROM followup")), 2);
            QVERIFY(!importFile(*store.value(), bad, ImportOptions{}));
        }
        QCOMPARE(test::fileBytes(storePath), before);
    }

    void shouldSkipAndReportBadRowsWhenAsked()
    {
        test::TempStore temp;
        QByteArray log = test::smallServiceNowLog();
        log.replace("INC2,Active,true,1,3,false,Caller 2,13/3/2016 8:00", "INC2,Active,true,1,3,false,Caller 2,soon");
        log += "INC3,New,true,0,0\n";   // ragged: line 14
        ImportOptions options;
        options.skipBadRows = true;
        const ImportReport r = mustImport(temp.store(), write(log), options);
        QCOMPARE(r.added, 2);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.rejectedRows.size(), 2);
        QCOMPARE(r.rejectedRows.at(0).line, 11);
        QCOMPARE(r.rejectedRows.at(1).line, 14);
        QVERIFY(r.rejectedRows.at(0).message.contains(QLatin1String("soon")));
    }

    void shouldReportADryRunWithoutWriting()
    {
        test::TempStore temp;
        const QString path = write(test::smallServiceNowLog());
        ImportOptions dry;
        dry.dryRun = true;
        const ImportReport r = mustImport(temp.store(), path, dry);
        QVERIFY(r.dryRun);
        QCOMPARE(r.added, 2);
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT count(*) FROM followup")), 0);
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT count(*) FROM event")), 0);
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT count(*) FROM import_run")), 0);
        mustImport(temp.store(), path);
        const ImportReport again = mustImport(temp.store(), path, dry);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.added, 0);
    }

    void shouldCancelFromTheProgressCallbackAndWriteNothing()
    {
        test::TempStore temp;
        ImportOptions options;
        qint64 lastTotal = 0;
        options.progress = [&lastTotal](qint64, qint64 total) {
            lastTotal = total;
            return false;
        };
        auto r = importFile(temp.store(), write(test::smallServiceNowLog()), options);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(lastTotal > 0);
        QCOMPARE(count(temp.store(), QStringLiteral("SELECT count(*) FROM followup")), 0);
    }

    void shouldRefuseEmptyAndHeaderOnlyFilesByName()
    {
        test::TempStore temp;
        auto empty = importFile(temp.store(), write(""), ImportOptions{});
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(QLatin1String("empty")), qPrintable(empty.error().message));
        const QString headerOnly = write("reference,title\r\n");
        auto r = importFile(temp.store(), headerOnly, ImportOptions{});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("no data rows"))
                     && r.error().message.contains(QFileInfo(headerOnly).fileName()),
                 qPrintable(r.error().message));
    }

    void shouldImportTheSpreadsheetSavedSubsetOfTheRealLog()
    {
        const QString path = qEnvironmentVariable("FT_SHARED_DATA")
                             + QStringLiteral("/uci-incident-event-log/incident_event_log.subset.csv");
        if (!QFile::exists(path))
            QSKIP("the shared sample data is not there (FT_SHARED_DATA)");
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), path);
        // Counted independently on the CSV with python3 (csv module), final row = highest sys_mod_count:
        //   rows = list(csv.DictReader(open(path))); by number → 890 distinct numbers (the issue says
        //   891; the file has 890, `cut -d, -f1 FILE | sort -u | wc -l` gives 891 with the header);
        //   final rows: 890 Closed, 10 with reopen_count > 0 (sum 11), 495 made_sla TRUE,
        //   861 with resolved_at, 51 distinct assignment groups, priorities 15/33/757/85;
        //   state changes between consecutive rows (sorted by sys_mod_count, then sys_updated_at
        //   parsed as %d-%m-%Y %H:%M), "-100" carried: 2787, 12 of them leaving Resolved/Closed.
        QCOMPARE(r.profile, Profile::ServiceNow);
        QCOMPARE(r.rows, 5998);
        QCOMPARE(r.added, 890);
        QCOMPARE(r.rejected, 0);
        const Store &s = temp.store();
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM followup")), 890);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM followup WHERE status = 5")), 890);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM followup WHERE reopen_count > 0")), 10);
        QCOMPARE(count(s, QStringLiteral("SELECT sum(reopen_count) FROM followup")), 11);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM followup WHERE sla_met = 1")), 495);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM followup WHERE resolved_at IS NOT NULL")), 890);
        QCOMPARE(count(s, QStringLiteral("SELECT count(DISTINCT team) FROM followup WHERE team <> ''")), 51);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM followup WHERE priority = 1")), 15);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM followup WHERE priority = 4")), 85);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM event WHERE type = 9")), 5998);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM event WHERE type IN (3, 4)")), 2787);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM event WHERE type = 4")), 12);
        // INC0000045: opened 29-02-2016 01:16, resolved 29-02-2016 11:29, closed 05-03-2016 12:00.
        const FollowUp first = byReference(s, QStringLiteral("INC0000045"));
        QCOMPARE(first.openedAt, test::at(2016, 2, 29, 1, 16));
        QCOMPARE(first.resolvedAt, std::optional<Timestamp>(test::at(2016, 2, 29, 11, 29)));
        QCOMPARE(first.closedAt, std::optional<Timestamp>(test::at(2016, 3, 5, 12, 0)));
        QCOMPARE(first.team, QStringLiteral("Group 56"));

        const ImportReport again = mustImport(s, path);
        QCOMPARE(again.unchanged, 890);
        QCOMPARE(again.eventsAdded, 0);
    }

    void shouldImportAGenericFileWithAMapping()
    {
        test::TempStore temp;
        const QString path = write("Ticket;Subject;Who;Opened;State;Prio\n"
                                   "T-1;Laptop dock;Ana;03/15/2026 09:30;open;2\n"
                                   "T-2;VPN drops;Ben;03/16/2026 10:00;Resolved;P1\n");
        ImportOptions options;
        for (const auto &[field, column] : {std::pair{"reference", "Ticket"}, {"title", "Subject"}, {"requester", "Who"},
                                            {"opened_at", "Opened"}, {"status", "State"}, {"priority", "Prio"}})
            options.mapping.insert(QLatin1String(field), QLatin1String(column));
        const ImportReport r = mustImport(temp.store(), path, options);
        QCOMPARE(r.profile, Profile::Generic);
        QCOMPARE(r.dateOrder, DateOrder::MonthDayYear);
        QCOMPARE(r.added, 2);
        const FollowUp one = byReference(temp.store(), QStringLiteral("T-1"));
        QCOMPARE(one.title, QStringLiteral("Laptop dock"));
        QCOMPARE(one.status, Status::New);
        QCOMPARE(one.priority, Priority::High);
        QCOMPARE(one.openedAt, test::at(2026, 3, 15, 9, 30));
        QCOMPARE(byReference(temp.store(), QStringLiteral("T-2")).priority, Priority::Critical);
        QCOMPARE(mustImport(temp.store(), path, options).unchanged, 2);

        // An explicit order overrides detection (and then 03/15 is no date).
        options.dateOrder = DateOrder::DayMonthYear;
        auto wrong = importFile(temp.store(), path, options);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("line 2, column “Opened”")),
                 qPrintable(wrong.error().message));
    }

    void shouldReadEveryDateInTheOrderOfTheWholeFile()
    {
        // The import learns the order of dates while it reads: a first row that fits either order is
        // read again once a later row shows the file is month first, and counted once.
        test::TempStore temp;
        const QString path = write("reference,title,status,opened_at\n"
                                   "A-1,Printer,New,02/03/2026 09:00\n"
                                   "A-2,Mail,New,03/15/2026 10:00\n");
        ImportOptions options;
        options.skipBadRows = true;
        const ImportReport r = mustImport(temp.store(), path, options);
        QCOMPARE(r.dateOrder, DateOrder::MonthDayYear);
        QVERIFY(!r.dateOrderAssumed);
        QCOMPARE(r.rows, 2);
        QCOMPARE(r.added, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(byReference(temp.store(), QStringLiteral("A-1")).openedAt, test::at(2026, 2, 3, 9, 0));
        QCOMPARE(byReference(temp.store(), QStringLiteral("A-2")).openedAt, test::at(2026, 3, 15, 10, 0));
    }

    void shouldRefuseAFileWhoseDatesContradictEachOther()
    {
        test::TempStore temp;
        auto r = importFile(temp.store(), write("reference,title,opened_at\nA,a,13/01/2026\nB,b,01/13/2026\n"),
                            ImportOptions{});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("--date-order")), qPrintable(r.error().message));
    }

    void shouldRoundTripAnExportThroughTheGenericImport()
    {
        test::TempStore source;
        mustImport(source.store(), write(test::smallServiceNowLog()));
        // Text that a spreadsheet would run, and that needs quoting.
        FollowUp one = byReference(source.store(), QStringLiteral("INC1"));
        one.title = QStringLiteral("=HYPERLINK(\"http://x\",\"click\")");
        one.notes = QStringLiteral("- first line, with comma\n@second; line");
        one.requesterContact = QStringLiteral("+49 30 1234");
        QVERIFY(repo::updateFollowUp(source.store().connection(), one));
        const QString exported = m_files.path(QStringLiteral("export.csv"));
        QCOMPARE(exporting::exportFollowUpsCsv(source.store(), exported).value(), 2);

        test::TempStore target;
        const ImportReport r = mustImport(target.store(), exported);
        QCOMPARE(r.profile, Profile::Generic);
        QCOMPARE(r.dateOrder, DateOrder::YearMonthDay);
        QCOMPARE(r.added, 2);
        for (const char *reference : {"INC1", "INC2"}) {
            const FollowUp a = byReference(source.store(), QLatin1String(reference));
            const FollowUp b = byReference(target.store(), QLatin1String(reference));
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.priority, a.priority);
            QCOMPARE(b.owner, a.owner);
            QCOMPARE(b.team, a.team);
            QCOMPARE(b.requester, a.requester);
            QCOMPARE(b.requesterContact, a.requesterContact);
            QCOMPARE(b.category, a.category);
            QCOMPARE(b.openedAt, a.openedAt);
            QCOMPARE(b.firstResponseAt, a.firstResponseAt);
            QCOMPARE(b.resolvedAt, a.resolvedAt);
            QCOMPARE(b.closedAt, a.closedAt);
            QCOMPARE(b.reopenCount, a.reopenCount);
            QCOMPARE(b.slaMet, a.slaMet);
            QCOMPARE(b.contactType, a.contactType);
            QCOMPARE(b.notes, a.notes);
        }
        // Importing the export back into its own store updates nothing.
        const ImportReport back = mustImport(source.store(), exported);
        QCOMPARE(back.updated, 0);
        QCOMPARE(back.unchanged, 2);
    }

};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
