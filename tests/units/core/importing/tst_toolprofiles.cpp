#include "importing/importer.h"
#include "importing/satisfaction.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "importsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace ft::importing;
using test::byReference;
using test::mustImport;

// The tool profiles on exports laid out as each tool writes them (tests/data/exports, sources in
// tests/data/README): recognised from the header, read without value maps, refused under a wrong profile.
class tst_ToolProfiles : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name) { return test::dataFile(QStringLiteral("exports/") + QLatin1String(name)); }

    static Timestamp local(int y, int mo, int d, int h, int mi) { return test::at(y, mo, d, h, mi); }
    static Timestamp utc(int y, int mo, int d, int h, int mi)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
    }
    static std::optional<Timestamp> some(Timestamp t) { return t; }

private slots:
    void shouldRecogniseEachToolFromItsHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("tickets");
        QTest::newRow("jira en") << fixture("jira_jsm_en.csv") << "jira" << 3;
        QTest::newRow("jira de") << fixture("jira_jsm_de.csv") << "jira" << 2;
        QTest::newRow("zendesk en") << fixture("zendesk_en.csv") << "zendesk" << 3;
        QTest::newRow("zendesk pt") << fixture("zendesk_pt.csv") << "zendesk" << 2;
        QTest::newRow("freshdesk en") << fixture("freshdesk_en.csv") << "freshservice" << 3;
        QTest::newRow("glpi fr") << fixture("glpi_fr.csv") << "glpi" << 3;
        QTest::newRow("glpi pt") << fixture("glpi_pt.csv") << "glpi" << 2;
        QTest::newRow("otrs en") << fixture("otrs_en.csv") << "otrs" << 2;
        QTest::newRow("osticket en") << fixture("osticket_en.csv") << "osticket" << 3;
        QTest::newRow("zammad en") << fixture("zammad_en.csv") << "zammad" << 2;
        QTest::newRow("zammad de") << fixture("zammad_de.csv") << "zammad" << 2;
    }

    void shouldRecogniseEachToolFromItsHeader()
    {
        QFETCH(QString, file);
        QFETCH(QString, profile);
        QFETCH(int, tickets);
        auto preview = previewFile(file);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(profileKey(preview.value().profile), profile);
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), file);
        QCOMPARE(profileKey(r.profile), profile);
        QCOMPARE(r.added, tickets);
        const ImportReport again = mustImport(temp.store(), file);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.eventsAdded, 0);
    }

    void shouldRefuseAWrongProfileWithAClearMessage()
    {
        test::TempStore temp;
        ImportOptions o;
        o.profile = Profile::Jira;
        auto r = importFile(temp.store(), fixture("zendesk_en.csv"), o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("does not look like a Jira")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("--profile zendesk")), qPrintable(r.error().message));
        QCOMPARE(profileFromKey(QStringLiteral("freshdesk")), std::optional<Profile>(Profile::Freshservice));
        QCOMPARE(profileFromKey(QStringLiteral("Znuny")), std::optional<Profile>(Profile::Otrs));
    }

    void shouldReadJiraWithItsDatesRepeatedColumnsAndGermanNames()
    {
        test::TempStore temp;
        mustImport(temp.store(), fixture("jira_jsm_en.csv"));
        const FollowUp vpn = byReference(temp.store(), QStringLiteral("ITS-12"));
        QCOMPARE(vpn.title, QStringLiteral("VPN drops every hour"));
        QCOMPARE(vpn.status, Status::WaitingOnRequester);
        QCOMPARE(vpn.priority, Priority::High);
        QCOMPARE(vpn.kind, Kind::Incident);
        QCOMPARE(vpn.owner, QStringLiteral("Anna Admin"));
        QCOMPARE(vpn.requester, QStringLiteral("Bob User"));
        QCOMPARE(vpn.openedAt, local(2019, 8, 22, 17, 18));
        const FollowUp printer = byReference(temp.store(), QStringLiteral("ITS-13"));
        QCOMPARE(printer.status, Status::Resolved);
        QCOMPARE(printer.priority, Priority::Low);
        QCOMPARE(printer.kind, Kind::Request);
        QCOMPARE(printer.resolvedAt, some(local(2019, 8, 23, 11, 30)));
        const FollowUp mail = byReference(temp.store(), QStringLiteral("ITS-14"));
        QCOMPARE(mail.status, Status::Closed);
        QCOMPARE(mail.priority, Priority::Critical);
        QCOMPARE(mail.openedAt, local(2019, 8, 24, 0, 5));

        mustImport(temp.store(), fixture("jira_jsm_de.csv"));
        const FollowUp drucker = byReference(temp.store(), QStringLiteral("SD-7"));
        QCOMPARE(drucker.title, QStringLiteral("Drucker im 2. OG defekt"));
        QCOMPARE(drucker.status, Status::WaitingOnRequester);
        QCOMPARE(drucker.priority, Priority::Critical);
        QCOMPARE(drucker.owner, QStringLiteral("Jürgen Müller"));
        QCOMPARE(drucker.openedAt, local(2019, 10, 3, 9, 15));
        const FollowUp laptop = byReference(temp.store(), QStringLiteral("SD-8"));
        QCOMPARE(laptop.status, Status::Resolved);
        QCOMPARE(laptop.kind, Kind::Request);
        QCOMPARE(laptop.resolvedAt, some(local(2019, 12, 2, 16, 45)));
    }

    void shouldTakeZendesksReopensAndFirstReplyAsTheyAre()
    {
        test::TempStore temp;
        mustImport(temp.store(), fixture("zendesk_en.csv"));
        const FollowUp login = byReference(temp.store(), QStringLiteral("1501"));
        QCOMPARE(login.status, Status::Resolved);
        QCOMPARE(login.priority, Priority::Critical);
        QCOMPARE(login.team, QStringLiteral("Support"));
        QCOMPARE(login.reopenCount, 1);
        QCOMPARE(login.openedAt, utc(2019, 8, 22, 15, 18));
        QCOMPARE(login.firstResponseAt, some(utc(2019, 8, 22, 16, 3)));   // 45 minutes
        QCOMPARE(login.resolvedAt, some(utc(2019, 8, 23, 7, 30)));
        const FollowUp vat = byReference(temp.store(), QStringLiteral("1502"));
        QCOMPARE(vat.status, Status::WaitingOnRequester);
        QCOMPARE(vat.kind, Kind::Request);
        QCOMPARE(vat.firstResponseAt, some(utc(2019, 8, 23, 6, 0) + 1440 * 60));   // "1 440"
        QCOMPARE(byReference(temp.store(), QStringLiteral("1503")).status, Status::WaitingOnVendor);

        mustImport(temp.store(), fixture("zendesk_pt.csv"));
        const FollowUp impressora = byReference(temp.store(), QStringLiteral("2001"));
        QCOMPARE(impressora.status, Status::Resolved);
        QCOMPARE(impressora.priority, Priority::High);
        QCOMPARE(impressora.owner, QStringLiteral("Maria Agente"));
        QCOMPARE(impressora.resolvedAt, some(utc(2019, 9, 2, 18, 0)));
        const FollowUp vpn = byReference(temp.store(), QStringLiteral("2002"));
        QCOMPARE(vpn.status, Status::WaitingOnRequester);
        QCOMPARE(vpn.reopenCount, 2);
        QCOMPARE(vpn.priority, Priority::Critical);
    }

    void shouldReadFreshdeskWithNoneAsEmptyAndItsSlaStatus()
    {
        test::TempStore temp;
        mustImport(temp.store(), fixture("freshdesk_en.csv"));
        const FollowUp order = byReference(temp.store(), QStringLiteral("7101"));
        QCOMPARE(order.status, Status::Closed);
        QCOMPARE(order.slaMet, SlaMet::Yes);
        QCOMPARE(order.resolvedAt, some(local(2019, 8, 22, 15, 0)));
        QCOMPARE(order.closedAt, some(local(2019, 8, 24, 10, 0)));
        QCOMPARE(order.firstResponseAt, some(local(2019, 8, 22, 9, 30)));
        QCOMPARE(order.requester, QStringLiteral("Quinn Buyer"));
        const FollowUp refund = byReference(temp.store(), QStringLiteral("7102"));
        QCOMPARE(refund.status, Status::WaitingOnRequester);
        QCOMPARE(refund.slaMet, SlaMet::Unknown);   // "None"
        QVERIFY(!refund.resolvedAt);
        QCOMPARE(byReference(temp.store(), QStringLiteral("7103")).slaMet, SlaMet::No);
    }

    void shouldReadGlpiInFrenchAndPortugueseWithGroupedIdsAndSeveralTechnicians()
    {
        test::TempStore temp;
        mustImport(temp.store(), fixture("glpi_fr.csv"));
        const FollowUp ecran = byReference(temp.store(), QStringLiteral("52267"));
        QCOMPARE(ecran.title, QStringLiteral("Écran noir au démarrage"));
        QCOMPARE(ecran.status, Status::InProgress);
        QCOMPARE(ecran.priority, Priority::High);
        QCOMPARE(ecran.owner, QStringLiteral("Luc Bernard, Sophie Petit"));
        QCOMPARE(ecran.team, QStringLiteral("Support N1"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("52268")).status, Status::Resolved);
        const FollowUp office = byReference(temp.store(), QStringLiteral("52269"));
        QCOMPARE(office.status, Status::Closed);
        QCOMPARE(office.resolvedAt, some(local(2019, 8, 23, 16, 0)));
        QCOMPARE(office.closedAt, some(local(2019, 8, 26, 8, 0)));

        mustImport(temp.store(), fixture("glpi_pt.csv"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("1042")).status, Status::Resolved);
        const FollowUp erp = byReference(temp.store(), QStringLiteral("1043"));
        QCOMPARE(erp.status, Status::InProgress);
        QCOMPARE(erp.priority, Priority::Critical);
        QCOMPARE(erp.owner, QStringLiteral("Rui Alves, Bia Nunes"));
    }

    void shouldReadOtrsZammadAndOsticketWithTheirOwnPriorityScales()
    {
        test::TempStore temp;
        mustImport(temp.store(), fixture("otrs_en.csv"));
        const FollowUp hot = byReference(temp.store(), QStringLiteral("2019082210000011"));
        QCOMPARE(hot.status, Status::Closed);
        QCOMPARE(hot.priority, Priority::Critical);   // 5 very high
        QCOMPARE(hot.owner, QStringLiteral("agent1"));
        QCOMPARE(hot.team, QStringLiteral("Raw"));
        QCOMPARE(hot.requester, QStringLiteral("Carl Customer"));
        QCOMPARE(hot.firstResponseAt, some(local(2019, 8, 22, 9, 40)));
        QCOMPARE(hot.closedAt, some(local(2019, 8, 23, 17, 0)));
        QCOMPARE(hot.resolvedAt, hot.closedAt);   // closing is resolving there
        const FollowUp badge = byReference(temp.store(), QStringLiteral("2019082210000022"));
        QCOMPARE(badge.status, Status::WaitingOnRequester);
        QCOMPARE(badge.priority, Priority::Moderate);

        mustImport(temp.store(), fixture("zammad_en.csv"));
        const FollowUp drive = byReference(temp.store(), QStringLiteral("31001"));
        QCOMPARE(drive.status, Status::Closed);
        QCOMPARE(drive.priority, Priority::High);   // 3 high, Zammad's highest
        QCOMPARE(drive.team, QStringLiteral("Users"));
        QCOMPARE(drive.firstResponseAt, some(local(2019, 8, 22, 8, 20)));
        QCOMPARE(drive.resolvedAt, some(local(2019, 8, 22, 12, 0)));
        QCOMPARE(byReference(temp.store(), QStringLiteral("31002")).status, Status::WaitingOnRequester);
        QCOMPARE(byReference(temp.store(), QStringLiteral("31002")).priority, Priority::Moderate);

        mustImport(temp.store(), fixture("osticket_en.csv"));
        const FollowUp web = byReference(temp.store(), QStringLiteral("482913"));
        QCOMPARE(web.status, Status::New);
        QCOMPARE(web.priority, Priority::Critical);
        QCOMPARE(web.openedAt, local(2019, 8, 22, 17, 18));   // 8/22/19 5:18 PM
        QCOMPARE(web.team, QStringLiteral("Web"));
        QCOMPARE(web.owner, QStringLiteral("Oscar Ops"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("482914")).status, Status::Resolved);
        QCOMPARE(byReference(temp.store(), QStringLiteral("482915")).status, Status::Closed);
    }

    void shouldReadZammadsXlsxReportWithSharedStringsInlineStringsAndDateSerials()
    {
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), fixture("zammad_report.xlsx"));
        QCOMPARE(r.profile, Profile::Zammad);
        QCOMPARE(r.added, 2);   // the empty row left out, the second sheet not read
        const FollowUp drive = byReference(temp.store(), QStringLiteral("31001"));
        QCOMPARE(drive.title, QStringLiteral("Shared drive full"));
        QCOMPARE(drive.status, Status::Closed);
        QCOMPARE(drive.openedAt, local(2019, 8, 22, 8, 0));   // serial 43699.3333…
        QCOMPARE(drive.closedAt, some(local(2019, 8, 22, 12, 0)));
        QCOMPARE(drive.firstResponseAt, some(local(2019, 8, 22, 8, 20)));
        const FollowUp headset = byReference(temp.store(), QStringLiteral("31002"));
        QCOMPARE(headset.title, QStringLiteral("Headset crackles"));   // rich text runs, no phonetic run
        QCOMPARE(headset.status, Status::WaitingOnRequester);
        QCOMPARE(headset.openedAt, local(2019, 8, 23, 9, 0));
        QCOMPARE(mustImport(temp.store(), fixture("zammad_report.xlsx")).added, 0);
    }

    void shouldReadEachToolsSatisfactionRatingAsAScore_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("score");   // 0: asked but not answered; -1: no rating at all
        QTest::newRow("jira 5") << "5" << 5;
        QTest::newRow("jira 1") << "1" << 1;
        QTest::newRow("zendesk good") << "Good" << 5;
        QTest::newRow("zendesk bad with comment") << "Bad with comment" << 1;
        QTest::newRow("zendesk offered") << "Offered" << 0;
        QTest::newRow("zendesk unoffered") << "Unoffered" << 0;
        QTest::newRow("zendesk pt bom") << "Bom" << 5;
        QTest::newRow("zendesk de schlecht") << "Schlecht" << 1;
        QTest::newRow("freshdesk extremely happy") << "Extremely Happy" << 5;
        QTest::newRow("freshdesk happy") << "  happy " << 4;
        QTest::newRow("freshdesk neutral") << "Neutral" << 3;
        QTest::newRow("freshdesk unhappy") << "Unhappy" << 2;
        QTest::newRow("freshdesk classic not good") << "Not Good" << 1;
        QTest::newRow("freshdesk none") << "None" << 0;
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("six") << "6" << -1;
        QTest::newRow("zero") << "0" << -1;
        QTest::newRow("half") << "4.5" << -1;
        QTest::newRow("a word") << "Meh" << -1;
    }

    void shouldReadEachToolsSatisfactionRatingAsAScore()
    {
        QFETCH(QString, cell);
        QFETCH(int, score);
        const auto rating = parseSatisfaction(cell);
        QCOMPARE(rating.has_value(), score >= 0);
        if (rating)
            QCOMPARE(rating->score.value_or(0), score);
    }

    static qint64 surveyCount(const Store &store) { return test::scalar(store, QStringLiteral("SELECT count(*) FROM survey_response")); }

    void shouldImportEachToolsSatisfactionAsTheTicketsSurveyResponse()
    {
        test::TempStore temp;
        mustImport(temp.store(), fixture("zendesk_en.csv"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("1501")).satisfaction, std::optional<int>(5));   // Good
        QCOMPARE(byReference(temp.store(), QStringLiteral("1502")).satisfaction, std::nullopt);            // Unoffered
        QCOMPARE(byReference(temp.store(), QStringLiteral("1503")).satisfaction, std::nullopt);            // Offered
        mustImport(temp.store(), fixture("freshdesk_en.csv"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("7101")).satisfaction, std::optional<int>(5));   // Extremely Happy
        QCOMPARE(byReference(temp.store(), QStringLiteral("7102")).satisfaction, std::nullopt);            // None
        mustImport(temp.store(), fixture("jira_jsm_en.csv"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("ITS-12")).satisfaction, std::nullopt);
        QCOMPARE(byReference(temp.store(), QStringLiteral("ITS-13")).satisfaction, std::optional<int>(5));
        const FollowUp rated = byReference(temp.store(), QStringLiteral("ITS-14"));
        QCOMPARE(rated.satisfaction, std::optional<int>(4));
        QCOMPARE(surveyCount(temp.store()), 4);

        // Received when the work was resolved, and on the timeline: the CSAT KPIs count it in that period.
        QSqlQuery q(temp.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT received_at FROM survey_response WHERE reference = 'ITS-14'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), *rated.resolvedAt);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event WHERE type = %1").arg(int(EventType::SurveyReceived)))
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), 4);

        // The same files again add no response.
        mustImport(temp.store(), fixture("zendesk_en.csv"));
        mustImport(temp.store(), fixture("jira_jsm_en.csv"));
        QCOMPARE(surveyCount(temp.store()), 4);
    }

    void shouldRefuseASatisfactionCellThatIsNoRatingNamingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jira.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Summary,Issue key,Issue id,Issue Type,Status,Priority,Created,Custom field (Satisfaction rating)\n"
                   "Printer jam,HD-1,10001,Incident,Open,Medium,22/Aug/19 5:18 PM,7\n");
        file.close();
        test::TempStore temp;
        const auto r = importFile(temp.store(), path, {});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("line 2")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("“7”")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("Satisfaction rating")), qPrintable(r.error().message));
    }

    void shouldReadZammadsReportInGermanAsZammadTranslatesItsHeaders()
    {
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), fixture("zammad_de.csv"));
        QCOMPARE(r.profile, Profile::Zammad);
        const FollowUp printer = byReference(temp.store(), QStringLiteral("31101"));
        QCOMPARE(printer.title, QStringLiteral("Drucker im 2. OG druckt leer"));
        QCOMPARE(printer.status, Status::Closed);
        QCOMPARE(printer.priority, Priority::High);
        QCOMPARE(printer.team, QStringLiteral("Anwender"));
        QCOMPARE(printer.owner, QStringLiteral("Nicole Braun"));
        QCOMPARE(printer.requester, QStringLiteral("Max Mustermann"));
        QCOMPARE(printer.contactType, QStringLiteral("email"));
        QCOMPARE(printer.openedAt, local(2019, 8, 22, 8, 0));
        QCOMPARE(printer.closedAt, some(local(2019, 8, 22, 12, 0)));
        QCOMPARE(printer.resolvedAt, some(local(2019, 8, 22, 12, 0)));   // closing is Zammad's resolving
        QCOMPARE(byReference(temp.store(), QStringLiteral("31102")).status, Status::WaitingOnRequester);
    }

    void shouldCountSerialDatesFrom1904WhenTheWorkbookSaysSo()
    {
        // The same report saved with "Use 1904 date system": its serials are 1,462 days smaller.
        test::TempStore temp;
        mustImport(temp.store(), fixture("zammad_report_1904.xlsx"));
        const FollowUp drive = byReference(temp.store(), QStringLiteral("31001"));
        QCOMPARE(drive.openedAt, local(2019, 8, 22, 8, 0));
        QCOMPARE(drive.closedAt, some(local(2019, 8, 22, 12, 0)));
        QCOMPARE(byReference(temp.store(), QStringLiteral("31002")).openedAt, local(2019, 8, 23, 9, 0));
    }

    void shouldReadFreshdesksXmlSpreadsheet2003()
    {
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), fixture("freshdesk_excel.xls"));
        QCOMPARE(r.profile, Profile::Freshservice);
        QCOMPARE(r.added, 2);
        const FollowUp parcel = byReference(temp.store(), QStringLiteral("7201"));
        QCOMPARE(parcel.title, QStringLiteral("Parcel & invoice missing"));
        QCOMPARE(parcel.status, Status::Resolved);
        QCOMPARE(parcel.resolvedAt, some(local(2019, 8, 22, 15, 0)));
        QCOMPARE(parcel.slaMet, SlaMet::Yes);
        const FollowUp login = byReference(temp.store(), QStringLiteral("7202"));
        QCOMPARE(login.owner, QString());   // the cell ss:Index skipped
        QCOMPARE(login.team, QStringLiteral("App Support"));
        QCOMPARE(login.openedAt, local(2019, 8, 23, 10, 30));
        QCOMPARE(login.requester, QStringLiteral("Ursula Client"));
    }

    void shouldRefuseAZipBombAndABinaryWorkbookByName()
    {
        test::TempStore temp;
        auto bomb = importFile(temp.store(), fixture("bomb.xlsx"), ImportOptions{});
        QVERIFY(!bomb);
        QVERIFY2(bomb.error().message.contains(QLatin1String("bomb.xlsx")), qPrintable(bomb.error().message));
        QVERIFY2(bomb.error().message.contains(QLatin1String("zip bomb")), qPrintable(bomb.error().message));

        QTemporaryDir dir;
        const QString xls = dir.filePath(QStringLiteral("old.xls"));
        QFile f(xls);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        f.close();
        auto binary = importFile(temp.store(), xls, ImportOptions{});
        QVERIFY(!binary);
        QVERIFY2(binary.error().message.contains(QLatin1String("old.xls")), qPrintable(binary.error().message));
        QVERIFY2(binary.error().message.contains(QLatin1String(".xlsx")), qPrintable(binary.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_ToolProfiles)
#include "tst_toolprofiles.moc"
