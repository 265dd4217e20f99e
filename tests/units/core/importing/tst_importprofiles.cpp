#include "importing/importer.h"
#include "importing/valuemaps.h"
#include "kpi/kpiengine.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "importsupport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace ft::importing;
using test::byReference;
using test::mustImport;

// ServiceNow list and Table API exports, value maps and un-mapping, and event logs (SPEC §3).
class tst_ImportProfiles : public QObject
{
    Q_OBJECT

    test::InputFiles m_files;

    QString write(const QByteArray &bytes) { return m_files.write(bytes); }


    static Timestamp utc(int y, int mo, int d, int h, int mi)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
    }

    static ValueRule rule(const char *text) { return parseValueRule(QString::fromUtf8(text)).value(); }

    // A Table API export with raw values (sysparm_display_value=false), as scripts get it.
    static QByteArray tableApiExport()
    {
        return "sys_id,number,short_description,incident_state,hold_reason,priority,active,opened_at,resolved_at,"
               "closed_at,assigned_to,assignment_group,caller_id,reopen_count,made_sla,sys_updated_on\n"
               "a1,INC0010001,Printer on floor 3 jams,1,,5,true,2024-01-02 08:00:00,,,,,u1,0,true,2024-01-02 08:00:00\n"
               "a2,INC0010002,VPN drops every hour,3,1,2,true,2024-01-02 09:00:00,,,Beth Anglin,Network,u2,0,true,"
               "2024-01-03 10:00:00\n"
               "a3,INC0010003,SAP order entry slow,3,4,3,true,2024-01-02 10:00:00,,,Fred Luddy,Applications,u3,0,"
               "false,2024-01-03 11:00:00\n"
               "a4,INC0010004,Mailbox full,6,,4,false,2024-01-02 11:00:00,2024-01-02 15:30:00,,Beth Anglin,Service Desk,"
               "u4,1,true,2024-01-02 15:30:00\n"
               "a5,INC0010005,Laptop screen broken,7,,1,false,2024-01-03 08:00:00,2024-01-05 12:00:00,"
               "2024-01-04 09:00:00,Fred Luddy,Hardware,u5,0,false,2024-01-05 12:00:00\n"
               "a6,INC0010006,Teams calls fail,2,,3,true,2024-01-03 09:00:00,,2024-01-09 09:00:00,Beth Anglin,Network,"
               "u6,0,true,2024-01-04 09:00:00\n"
               "a7,INC0010007,Duplicate of INC0010002,8,,4,false,2024-01-03 10:00:00,,2024-01-03 10:30:00,,Network,u2,"
               "0,true,2024-01-03 10:30:00\n";
    }

    // Event log in the BPI Challenge 2013 (Volvo IT incidents) layout: status and sub status.
    static QByteArray eventLog()
    {
        return "SR Number,Change Date+Time,Status,Sub Status,Owner First Name\n"
               "C,2026-03-04 10:00:00,Accepted,Wait - Vendor,Carl\n"              // line 2: before C's first event
               "A,2026-03-02 09:00:00,Queued,Awaiting Assignment,\n"
               "A,2026-03-02 10:00:00,Accepted,In Progress,Anna\n"
               "A,2026-03-02 11:00:00,Accepted,Wait - User,Anna\n"
               "A,2026-03-02 13:00:00,Accepted,In Progress,Anna\n"
               "A,2026-03-02 15:00:00,Completed,Resolved,Anna\n"
               "A,2026-03-02 16:00:00,Completed,Closed,Anna\n"
               "A,2026-03-02 17:00:00,Accepted,In Progress,Bert\n"                // reopened
               "A,2026-03-02 18:00:00,Completed,Resolved,Bert\n"
               "A,2026-03-02 19:00:00,Completed,Closed,Bert\n"
               "B,2026-03-03 08:00:00,Accepted,In Progress,Carl\n"
               "B,2026-03-03 12:00:00,Completed,Resolved,Carl\n"
               "B,2026-03-03 12:00:00,Completed,Closed,Carl\n"                    // same time: file order decides
               "C,2026-03-04 09:00:00,Accepted,In Progress,Carl\n";
    }

    static ImportOptions eventRules()
    {
        ImportOptions o;
        o.valueRules = {rule("status:Queued*=new"), rule("status:Accepted/Wait - User=waiting_requester"),
                        rule("status:accepted/wait*=waiting_vendor"), rule("status:Accepted*=in_progress"),
                        rule("status:Completed/Resolved=resolved"), rule("status:Completed/Closed=closed")};
        o.mapping.insert(QStringLiteral("owner"), QStringLiteral("Owner First Name"));
        return o;
    }

private slots:
    void shouldReadATableApiExportWithRawValuesAndDatesInUtc()
    {
        test::TempStore temp;
        const QString path = write(tableApiExport());
        QCOMPARE(detectProfile(previewFile(path).value().header), Profile::ServiceNow);
        const ImportReport r = mustImport(temp.store(), path);
        QCOMPARE(r.profile, Profile::ServiceNow);
        QCOMPARE(r.added, 7);

        const FollowUp planning = byReference(temp.store(), QStringLiteral("INC0010001"));
        QCOMPARE(planning.title, QStringLiteral("Printer on floor 3 jams"));
        QCOMPARE(planning.status, Status::New);
        QCOMPARE(planning.priority, Priority::Low);   // 5 - Planning
        QCOMPARE(planning.openedAt, utc(2024, 1, 2, 8, 0));
        QCOMPARE(planning.slaMet, SlaMet::Yes);

        QCOMPARE(byReference(temp.store(), QStringLiteral("INC0010002")).status, Status::WaitingOnRequester);
        QCOMPARE(byReference(temp.store(), QStringLiteral("INC0010002")).priority, Priority::High);
        QCOMPARE(byReference(temp.store(), QStringLiteral("INC0010003")).status, Status::WaitingOnVendor);
        QCOMPARE(byReference(temp.store(), QStringLiteral("INC0010003")).slaMet, SlaMet::No);

        const FollowUp resolved = byReference(temp.store(), QStringLiteral("INC0010004"));
        QCOMPARE(resolved.status, Status::Resolved);
        QCOMPARE(resolved.resolvedAt, std::optional<Timestamp>(utc(2024, 1, 2, 15, 30)));
        QCOMPARE(resolved.owner, QStringLiteral("Beth Anglin"));
        QCOMPARE(resolved.team, QStringLiteral("Service Desk"));
        QCOMPARE(resolved.reopenCount, 1);

        // Closed before it was resolved: both kept as the source has them, and reported.
        const FollowUp closed = byReference(temp.store(), QStringLiteral("INC0010005"));
        QCOMPARE(closed.status, Status::Closed);
        QCOMPARE(closed.resolvedAt, std::optional<Timestamp>(utc(2024, 1, 5, 12, 0)));
        QCOMPARE(closed.closedAt, std::optional<Timestamp>(utc(2024, 1, 4, 9, 0)));
        QCOMPARE(closed.priority, Priority::Critical);

        // Open with a closing time: stays open, reported.
        const FollowUp open = byReference(temp.store(), QStringLiteral("INC0010006"));
        QCOMPARE(open.status, Status::InProgress);
        QVERIFY(!open.closedAt);

        QCOMPARE(byReference(temp.store(), QStringLiteral("INC0010007")).status, Status::Closed);   // 8 Canceled

        QCOMPARE(r.dataProblems, 2);
        QCOMPARE(r.dataProblemNotes.size(), 2);
        QVERIFY2(r.dataProblemNotes.join(QLatin1Char('\n')).contains(QLatin1String("INC0010005")),
                 qPrintable(r.dataProblemNotes.join(QLatin1Char('\n'))));
        QVERIFY(r.dataProblemNotes.join(QLatin1Char('\n')).contains(QLatin1String("INC0010006")));

        const ImportReport again = mustImport(temp.store(), path);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.eventsAdded, 0);
    }

    void shouldReadAListExportWithDisplayValuesAndLabelsAsHeaders()
    {
        test::TempStore temp;
        const QString path = write(
            "Number,Opened,Short description,Caller,Priority,State,On hold reason,Assignment group,Assigned to,"
            "Updated,Resolved,Closed\n"
            "INC0020001,2026-02-02 09:00:00,Badge reader broken,Abel Tuter,5 - Planning,On Hold,Awaiting Caller,"
            "Facilities,Don Goodliffe,2026-02-02 10:00:00,,\n"
            "INC0020002,2026-02-02 09:30:00,Wifi in room 12,Bud Richman,2 - High,On Hold,Awaiting Vendor,Network,"
            "Beth Anglin,2026-02-02 11:00:00,,\n"
            "INC0020003,2026-02-03 08:00:00,New starter account,Abel Tuter,3 - Moderate,Closed,,Service Desk,"
            "Beth Anglin,2026-02-05 12:00:00,2026-02-04 16:00:00,2026-02-05 12:00:00\n");
        QCOMPARE(detectProfile(previewFile(path).value().header), Profile::ServiceNow);
        mustImport(temp.store(), path);
        const FollowUp onHold = byReference(temp.store(), QStringLiteral("INC0020001"));
        QCOMPARE(onHold.status, Status::WaitingOnRequester);
        QCOMPARE(onHold.priority, Priority::Low);
        QCOMPARE(onHold.title, QStringLiteral("Badge reader broken"));
        QCOMPARE(onHold.openedAt, test::at(2026, 2, 2, 9, 0));   // display values: local time
        QCOMPARE(byReference(temp.store(), QStringLiteral("INC0020002")).status, Status::WaitingOnVendor);
        const FollowUp closed = byReference(temp.store(), QStringLiteral("INC0020003"));
        QCOMPARE(closed.status, Status::Closed);
        QCOMPARE(closed.resolvedAt, std::optional<Timestamp>(test::at(2026, 2, 4, 16, 0)));
        QCOMPARE(closed.closedAt, std::optional<Timestamp>(test::at(2026, 2, 5, 12, 0)));
        QCOMPARE(closed.owner, QStringLiteral("Beth Anglin"));
    }

    void shouldPreviewTheFirstRowsAsTheyWillBeStoredWithoutAStore()
    {
        const QString path = write(tableApiExport());
        ImportOptions o;
        auto items = previewFollowUps(path, QTimeZone("Europe/Berlin"), o, 3);
        QVERIFY2(items, qPrintable(items ? QString() : items.error().message));
        QCOMPARE(items.value().size(), 3);
        QCOMPARE(items.value().at(0).title, QStringLiteral("Printer on floor 3 jams"));
        QCOMPARE(items.value().at(0).priority, Priority::Low);
        QCOMPARE(items.value().at(1).status, Status::WaitingOnRequester);
        QCOMPARE(items.value().at(0).openedAt, utc(2024, 1, 2, 8, 0));

        const QString unknown = write("id,status\nT1,Accepted\n");
        auto refused = previewFollowUps(unknown, QTimeZone("Europe/Berlin"), o);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("“Accepted”")), qPrintable(refused.error().message));
    }

    void shouldRecogniseAProcessMiningExportAsAnEventLog()
    {
        const QString path = write("Case ID,Activity,Start Timestamp,Complete Timestamp,Resource\n"
                                   "C1,new,2026-03-02 09:00,2026-03-02 09:00,Ann\n"
                                   "C1,closed,2026-03-02 10:00,2026-03-02 10:00,Ann\n");
        const FilePreview preview = previewFile(path).value();
        QCOMPARE(preview.profile, Profile::Events);
        QCOMPARE(preview.suggestedMapping.value(QStringLiteral("reference")), QStringLiteral("Case ID"));
        QCOMPARE(preview.suggestedMapping.value(QStringLiteral("status")), QStringLiteral("Activity"));
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), path);
        QCOMPARE(r.added, 1);
        QCOMPARE(byReference(temp.store(), QStringLiteral("C1")).status, Status::Closed);
    }

    void shouldMatchWildcardsWithoutRegardToCase()
    {
        QVERIFY(wildcardMatch(u"Accepted/Wait*", u"accepted/wait - user"));
        QVERIFY(wildcardMatch(u"*", u""));
        QVERIFY(wildcardMatch(u"*Wait*User", u"Accepted/Wait - User"));
        QVERIFY(!wildcardMatch(u"Accepted", u"Accepted/In Progress"));
        QVERIFY(!wildcardMatch(u"*Vendor", u"Wait - Vendor!"));
        QVERIFY(!parseValueRule(QStringLiteral("status:Accepted=maybe")));
        QVERIFY(!parseValueRule(QStringLiteral("owner:x=y")));
        QVERIFY(!parseValueRule(QStringLiteral("status=new")));
    }

    void shouldStopAtAnUnmappedValueAndListEveryDistinctOneWithItsCount()
    {
        test::TempStore temp;
        const QString path = write("id,summary,status,priority\n"
                                   "T1,One,Accepted,High\n"
                                   "T2,Two,Queued,Urgent\n"
                                   "T3,Three,Accepted,Urgent\n"
                                   "T4,Four,Resolved,Low\n");
        auto r = importFile(temp.store(), path, ImportOptions{});
        QVERIFY(!r);
        const QString message = r.error().message;
        QVERIFY2(message.contains(QStringLiteral(".csv, line 2, column “status”: “Accepted”")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("status “Accepted” ×2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("status “Queued” ×1")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("priority “Urgent” ×2")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("3 distinct values")), qPrintable(message));
        QCOMPARE(repo::findByReference(temp.store().connection(), QStringLiteral("T4")).value(), std::nullopt);

        ImportOptions o;
        o.valueRules = {rule("status:Acc*=in_progress"), rule("status:*=new"), rule("priority:urgent=1")};
        o.mapping.insert(QStringLiteral("title"), QString());   // the suggested "summary" left out
        mustImport(temp.store(), path, o);
        const FollowUp t1 = byReference(temp.store(), QStringLiteral("T1"));
        QCOMPARE(t1.status, Status::InProgress);
        QCOMPARE(t1.title, QStringLiteral("T1"));   // no title mapped: the reference stands in
        QCOMPARE(byReference(temp.store(), QStringLiteral("T2")).status, Status::New);
        QCOMPARE(byReference(temp.store(), QStringLiteral("T2")).priority, Priority::Critical);
        QCOMPARE(byReference(temp.store(), QStringLiteral("T4")).status, Status::New);   // first match wins
    }

    void shouldBuildOneFollowUpPerReferenceFromAnEventLog()
    {
        test::TempStore temp;
        const QString path = write(eventLog());
        QCOMPARE(detectProfile(previewFile(path).value().header), Profile::Events);

        auto refused = importFile(temp.store(), path, ImportOptions{});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("“Accepted/Wait - Vendor”")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("status “Accepted/In Progress” ×5")),
                 qPrintable(refused.error().message));

        const ImportReport r = mustImport(temp.store(), path, eventRules());
        QCOMPARE(r.profile, Profile::Events);
        QCOMPARE(r.rows, 14);
        QCOMPARE(r.added, 3);

        const FollowUp a = byReference(temp.store(), QStringLiteral("A"));
        QCOMPARE(a.status, Status::Closed);
        QCOMPARE(a.openedAt, test::at(2026, 3, 2, 9, 0));
        QCOMPARE(a.firstResponseAt, std::optional<Timestamp>(test::at(2026, 3, 2, 10, 0)));
        QCOMPARE(a.resolvedAt, std::optional<Timestamp>(test::at(2026, 3, 2, 18, 0)));   // final finished stretch
        QCOMPARE(a.closedAt, std::optional<Timestamp>(test::at(2026, 3, 2, 19, 0)));
        QCOMPARE(a.reopenCount, 1);
        QCOMPARE(a.owner, QStringLiteral("Bert"));

        const FollowUp b = byReference(temp.store(), QStringLiteral("B"));
        QCOMPARE(b.status, Status::Closed);
        QCOMPARE(b.resolvedAt, std::optional<Timestamp>(test::at(2026, 3, 3, 12, 0)));
        QCOMPARE(b.closedAt, std::optional<Timestamp>(test::at(2026, 3, 3, 12, 0)));

        const FollowUp c = byReference(temp.store(), QStringLiteral("C"));
        QCOMPARE(c.status, Status::WaitingOnVendor);   // its last event by time, not by line
        QCOMPARE(c.openedAt, test::at(2026, 3, 4, 9, 0));
        QVERIFY(!c.resolvedAt);
        QVERIFY(!c.closedAt);

        QSqlQuery q(temp.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event e JOIN followup f ON f.id = e.followup_id "
                                      "WHERE f.reference = 'A' AND e.type = %1").arg(int(EventType::Reopened))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        const ImportReport again = mustImport(temp.store(), path, eventRules());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.eventsAdded, 0);
    }

    void shouldGiveAnEventLogTheKpisOfAHandCalculation()
    {
        test::TempStore temp;
        mustImport(temp.store(), write(eventLog()), eventRules());
        KpiRequest request;
        request.from = QDate(2026, 3, 1);
        request.to = QDate(2026, 3, 31);
        request.now = test::at(2026, 4, 1);
        auto table = computeKpis(temp.store(), request);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        QCOMPARE(table.value().rows.size(), 1);
        const KpiRow &march = table.value().rows.constFirst();
        // By hand: A, B, C opened; A (18:00) and B (12:00) resolved and closed; A reopened once;
        // resolution A 9 h (09:00 → 18:00), B 4 h (08:00 → 12:00): median 6.5 h.
        QCOMPARE(march.value(Kpi::Opened), std::optional<double>(3));
        QCOMPARE(march.value(Kpi::Resolved), std::optional<double>(2));
        QCOMPARE(march.value(Kpi::Closed), std::optional<double>(2));
        QCOMPARE(march.value(Kpi::Callbacks), std::optional<double>(1));
        QCOMPARE(march.value(Kpi::CallbackRate), std::optional<double>(0.5));
        QCOMPARE(march.value(Kpi::MedianResolutionH), std::optional<double>(6.5));
    }

    void shouldImportTensOfThousandsOfEventsInSeconds()
    {
        test::TempStore temp;
        QByteArray log = "case,timestamp,status\n";
        for (int t = 0; t < 5000; ++t) {
            const QByteArray ref = "T" + QByteArray::number(t);
            const QByteArray day = QByteArray::number(1 + t % 28).rightJustified(2, '0');
            for (const char *step : {"08:00:00,new", "09:00:00,in_progress", "10:00:00,waiting_requester",
                                     "11:00:00,in_progress", "12:00:00,resolved", "13:00:00,closed"})
                log += ref + ",2026-02-" + day + " " + step + "\n";
        }
        QElapsedTimer timer;
        timer.start();
        ImportOptions o;
        o.profile = Profile::Events;
        const ImportReport r = mustImport(temp.store(), write(log), o);
        QCOMPARE(r.rows, 30000);
        QCOMPARE(r.added, 5000);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        qInfo("30,000 events: %lld ms", qint64(timer.elapsed()));
    }

    void shouldMatchSurveysByReferenceAndReportTheUnmatched()
    {
        test::TempStore temp;
        mustImport(temp.store(), write(test::smallServiceNowLog()));
        const QString surveys = write("reference,score,comment,date\n"
                                      "INC1,2,\"slow, but fixed\",2016-03-11 10:00\n"
                                      "INC1,4,,2016-03-12 10:00\n"
                                      "INC404,5,who?,2016-03-12 10:00\n"
                                      "INC2,5,great,2016-03-21 08:00\n");
        const ImportReport r = mustImport(temp.store(), surveys);
        QCOMPARE(r.profile, Profile::Surveys);
        QCOMPARE(r.added, 3);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.rejectedRows.constFirst().line, 4);
        QVERIFY(r.rejectedRows.constFirst().message.contains(QLatin1String("INC404")));
        QCOMPARE(byReference(temp.store(), QStringLiteral("INC1")).satisfaction, std::optional<int>(4));
        QCOMPARE(byReference(temp.store(), QStringLiteral("INC2")).satisfaction, std::optional<int>(5));
        QCOMPARE(test::scalar(temp.store(), QStringLiteral("SELECT count(*) FROM survey_response")), 3);
        QCOMPARE(test::scalar(temp.store(), QStringLiteral("SELECT count(*) FROM event WHERE type = 8")), 3);
        const ImportReport again = mustImport(temp.store(), surveys);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(test::scalar(temp.store(), QStringLiteral("SELECT count(*) FROM survey_response")), 3);

        auto bad = importFile(temp.store(), write("reference,score,date\nINC1,6,2016-03-12\n"), ImportOptions{});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("column “score”")), qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_ImportProfiles)
#include "tst_importprofiles.moc"
