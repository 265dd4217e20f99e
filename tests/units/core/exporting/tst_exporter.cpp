#include "domain/followupservice.h"
#include "exporting/csvexport.h"
#include "exporting/icalendarexport.h"
#include "importing/csvreader.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ft;
using namespace ft::exporting;

// What leaves the store: CSV a spreadsheet cannot be tricked by, iCalendar a calendar reads.
class tst_Exporter : public QObject
{
    Q_OBJECT

    // RFC 5545 §3.1: a line break followed by one space or tab continues the line.
    static QStringList unfold(const QByteArray &bytes)
    {
        QByteArray text = bytes;
        text.replace("\r\n ", "").replace("\r\n\t", "");
        QStringList lines = QString::fromUtf8(text).split(QStringLiteral("\r\n"));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }
    static QString unescape(const QString &value)
    {
        QString out;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
                const QChar n = value.at(++i);
                out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
            } else {
                out += value.at(i);
            }
        }
        return out;
    }

private slots:
    void shouldNeutraliseCellsASpreadsheetWouldRun()
    {
        QCOMPARE(neutraliseFormula(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(neutraliseFormula(QStringLiteral("+49 30")), QStringLiteral("'+49 30"));
        QCOMPARE(neutraliseFormula(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(neutraliseFormula(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(neutraliseFormula(QStringLiteral("\t=x")), QStringLiteral("'\t=x"));
        QCOMPARE(neutraliseFormula(QStringLiteral("\r=x")), QStringLiteral("'\r=x"));
        QCOMPARE(neutraliseFormula(QStringLiteral("a=b")), QStringLiteral("a=b"));
        QCOMPARE(neutraliseFormula(QString()), QString());
        QCOMPARE(csvLine({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"x\""), QStringLiteral("1\n2")}),
                 QByteArray("a,\"b,c\",\"say \"\"x\"\"\",\"1\n2\"\r\n"));
    }

    void shouldExportFollowUpsAsCsvWithEscapedFormulas()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        service.setClock([] { return test::at(2026, 3, 2, 9, 0); });
        FollowUp f;
        f.title = QStringLiteral("=cmd|' /C calc'!A0");
        f.reference = QStringLiteral("R-1");
        f.requester = QStringLiteral("@evil");
        f.owner = QStringLiteral("Zoë");
        QVERIFY(service.create(f));
        f.title = QStringLiteral("Quiet one");
        f.reference = QStringLiteral("R-2");
        f.requester = QStringLiteral("Ben");
        QVERIFY(service.create(f));
        const QString path = temp.dir() + QStringLiteral("/out.csv");
        QCOMPARE(exportFollowUpsCsv(temp.store(), path).value(), 2);
        // The list's filter as a value: only what it selects leaves.
        FollowUpFilter quiet;
        quiet.text = QStringLiteral("R-2");
        QCOMPARE(exportFollowUpsCsv(temp.store(), temp.dir() + QStringLiteral("/one.csv"), ExportSelection{quiet}).value(), 1);
        FollowUpFilter byRequester;
        byRequester.text = QStringLiteral("ben");
        QCOMPARE(exportFollowUpsCsv(temp.store(), temp.dir() + QStringLiteral("/ben.csv"), ExportSelection{byRequester}).value(), 1);
        QVERIFY(test::fileBytes(temp.dir() + QStringLiteral("/ben.csv")).contains("Quiet one"));
        FollowUpFilter nobody;
        nobody.owner = QStringLiteral("Nobody");
        QCOMPARE(exportFollowUpsCsv(temp.store(), temp.dir() + QStringLiteral("/none.csv"), ExportSelection{nobody}).value(), 0);

        const QByteArray bytes = test::fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFreference,title,kind,status,priority,"));
        CsvReader reader(path);
        QVERIFY(reader.open());
        QCOMPARE(reader.header(), csvColumns());
        QVERIFY(reader.next().value());
        QCOMPARE(reader.field(reader.columnOf(QStringLiteral("title"))), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(reader.field(reader.columnOf(QStringLiteral("requester"))), QStringLiteral("'@evil"));
        QCOMPARE(reader.field(reader.columnOf(QStringLiteral("owner"))), QStringLiteral("Zoë"));
        QCOMPARE(reader.field(reader.columnOf(QStringLiteral("opened_at"))), QStringLiteral("2026-03-02 09:00:00"));
        QCOMPARE(reader.field(reader.columnOf(QStringLiteral("status"))), QStringLiteral("new"));
        QVERIFY(reader.next().value());
        QCOMPARE(reader.field(reader.columnOf(QStringLiteral("title"))), QStringLiteral("Quiet one"));
        QVERIFY(!reader.next().value());
    }

    void shouldFoldLongLinesAt75OctetsWithoutSplittingCharacters()
    {
        const QString text = QStringLiteral("SUMMARY:") + QString(100, QChar(0x00E9));   // é is two octets
        const QByteArray folded = foldIcsLine(text);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.left(folded.size() - 2).split('\n');
        for (QByteArray line : physical) {
            if (line.endsWith('\r'))
                line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY(QString::fromUtf8(line).toUtf8() == line);   // whole characters only
        }
        QVERIFY(physical.size() > 2);
        QCOMPARE(unfold(folded), QStringList{text});
        QCOMPARE(escapeIcsText(QStringLiteral("a\\b;c,d\ne")), QStringLiteral("a\\\\b\\;c\\,d\\ne"));
    }

    void shouldExportOneEventPerOpenPromiseThatReadsBack()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        Timestamp now = test::at(2026, 3, 2, 9, 0);
        service.setClock([&now] { return now; });
        FollowUp f;
        f.title = QStringLiteral("Printer; floor 3, room \\12\nsecond line with a long tail that forces folding of the line");
        f.reference = QStringLiteral("INC7");
        f.requester = QStringLiteral("Ana");
        f.nextUpdateDue = test::at(2026, 3, 3, 10, 0);
        QVERIFY(service.create(f));
        f.title = QStringLiteral("Kept promise");
        f.reference = QStringLiteral("INC8");
        f.nextUpdateDue = test::at(2026, 3, 4, 10, 0);
        const FollowUpId kept = service.create(f).value().id;
        QVERIFY(service.logContact(kept, Channel::Phone, QStringLiteral("called")));
        f.title = QStringLiteral("No promise");
        f.reference = QStringLiteral("INC9");
        f.nextUpdateDue.reset();
        QVERIFY(service.create(f));

        const QString path = temp.dir() + QStringLiteral("/promises.ics");
        QCOMPARE(exportPromisesIcs(temp.store(), path, test::at(2026, 3, 2, 12, 0)).value(), 1);
        const QByteArray bytes = test::fileBytes(path);
        // Every physical line ends in CRLF and is at most 75 octets.
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
        const QStringList lines = unfold(bytes);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 1);
        QHash<QString, QString> event;
        for (const QString &line : lines) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            event.insert(line.left(colon), line.mid(colon + 1));
        }
        const qint64 promiseId = 1;   // the first promise of a new store
        // The store's own id in the UID: two stores' promises never collide in one calendar.
        QVERIFY(!temp.store().id().isEmpty());
        QCOMPARE(event.value(QStringLiteral("UID")),
                 QStringLiteral("promise-%1-%2@followthrough").arg(promiseId).arg(temp.store().id()));
        // 10:00 in Berlin in March is 09:00 UTC.
        QCOMPARE(event.value(QStringLiteral("DTSTART")), QStringLiteral("20260303T090000Z"));
        QCOMPARE(event.value(QStringLiteral("DTSTAMP")), QStringLiteral("20260302T110000Z"));
        QCOMPARE(unescape(event.value(QStringLiteral("SUMMARY"))),
                 QStringLiteral("Update due: INC7 Printer; floor 3, room \\12\nsecond line with a long tail that "
                                "forces folding of the line"));
        QVERIFY(unescape(event.value(QStringLiteral("DESCRIPTION"))).contains(QStringLiteral("Requester: Ana")));
        // The same export again gives the same UIDs.
        const QString again = temp.dir() + QStringLiteral("/again.ics");
        QVERIFY(exportPromisesIcs(temp.store(), again, test::at(2026, 3, 2, 12, 0)));
        QCOMPARE(test::fileBytes(again), bytes);
    }
};

QTEST_GUILESS_MAIN(tst_Exporter)
#include "tst_exporter.moc"
