#include "importing/csvreader.h"
#include "importing/values.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace ft::importing;

namespace {
QStringList S(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace

// The reader against the files people really send: quoting, separators, encodings, damage.
class tst_CsvReader : public QObject
{
    Q_OBJECT

    test::InputFiles m_files{QStringLiteral("f")};

    QString write(const QByteArray &bytes) { return m_files.write(bytes); }

    // Every record as its fields, plus the physical line each starts on.
    struct Read
    {
        QList<QStringList> records;
        QList<qint64> lines;
        QString error;
    };
    static Read readAll(CsvReader &reader)
    {
        Read read;
        for (;;) {
            auto next = reader.next();
            if (!next) {
                read.error = next.error().message;
                return read;
            }
            if (!next.value())
                return read;
            read.records << reader.fields();
            read.lines << reader.line();
        }
    }

private slots:
    void shouldReadQuotedFieldsWithSeparatorsQuotesAndLineBreaks()
    {
        CsvReader reader(write("id,text,n\r\n"
                               "1,\"a, b\",2\r\n"
                               "2,\"she said \"\"hi\"\"\",3\r\n"
                               "3,\"two\r\nlines\nthree\",4\r\n"
                               "4,,\r\n"));
        QVERIFY(reader.open());
        QCOMPARE(reader.header(), S({"id", "text", "n"}));
        const Read r = readAll(reader);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(0), S({"1", "a, b", "2"}));
        QCOMPARE(r.records.at(1), S({"2", "she said \"hi\"", "3"}));
        QCOMPARE(r.records.at(2), S({"3", "two\r\nlines\nthree", "4"}));
        QCOMPARE(r.records.at(3), S({"4", "", ""}));
        // Physical lines: the third record spans lines 4 to 6, so the fourth starts on line 7.
        QCOMPARE(r.lines, QList<qint64>({2, 3, 4, 7}));
    }

    void shouldSkipAByteOrderMarkAndDetectSemicolons()
    {
        CsvReader reader(write("\xEF\xBB\xBFreference;title\n" "A-1;\"x;y\"\n" "A-2;Zoë\n"));
        QVERIFY(reader.open());
        QCOMPARE(reader.separator(), ';');
        QCOMPARE(reader.header(), S({"reference", "title"}));
        const Read r = readAll(reader);
        QCOMPARE(r.records, QList<QStringList>({S({"A-1", "x;y"}), S({"A-2", "Zoë"})}));
    }

    void shouldDetectTabs()
    {
        CsvReader reader(write("a\tb\tc\n1\t2,5\t3\n"));
        QVERIFY(reader.open());
        QCOMPARE(reader.separator(), '\t');
        QCOMPARE(readAll(reader).records, QList<QStringList>({S({"1", "2,5", "3"})}));
    }

    void shouldReadTheLastRecordWithoutALineBreakAndSkipBlankLines()
    {
        CsvReader reader(write("a,b\n\n1,2\n\n3,4"));
        QVERIFY(reader.open());
        const Read r = readAll(reader);
        QCOMPARE(r.records, QList<QStringList>({S({"1", "2"}), S({"3", "4"})}));
        QCOMPARE(r.lines, QList<qint64>({3, 5}));
    }

    void shouldReportARaggedRowWithFileAndLine()
    {
        CsvReader reader(write("a,b,c\n1,2,3\n4,5\n"));
        QVERIFY(reader.open());
        const Read r = readAll(reader);
        QCOMPARE(r.records.size(), 1);
        QVERIFY2(r.error.contains(QLatin1String("line 3")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String(".csv")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("2 fields")), qPrintable(r.error));
        QVERIFY(!reader.fatalError());
    }

    void shouldReportInvalidUtf8WithItsLineWhenUtf8IsAskedFor()
    {
        CsvReader reader(write("a,b\n1,ok\n2,caf\xE9\n"));   // Latin-1 é
        reader.setEncoding(TextEncoding::Utf8);
        QVERIFY(reader.open());
        const Read r = readAll(reader);
        QCOMPARE(r.records.size(), 1);
        QVERIFY2(r.error.contains(QLatin1String("line 3")) && r.error.contains(QLatin1String("UTF-8")),
                 qPrintable(r.error));
    }

    void shouldReadBytesThatAreNotUtf8AsWindows1252()
    {
        CsvReader reader(write("a,b\n1,ok\n2,caf\xE9 \x80\n"));   // é and € in Windows-1252
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
        const Read r = readAll(reader);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).at(1), QStringLiteral("café €"));
    }

    void shouldReportAnUnclosedQuoteAsFatal()
    {
        CsvReader reader(write("a,b\n1,\"never closed\n2,3\n"));
        QVERIFY(reader.open());
        const Read r = readAll(reader);
        QVERIFY2(r.error.contains(QLatin1String("line 2")) && r.error.contains(QLatin1String("never closed")),
                 qPrintable(r.error));
        QVERIFY(reader.fatalError());
    }

    void shouldRefuseAnEmptyFile()
    {
        for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n  \n")}) {
            CsvReader reader(write(bytes));
            auto opened = reader.open();
            QVERIFY(!opened);
            QVERIFY2(opened.error().message.contains(QLatin1String("empty")), qPrintable(opened.error().message));
        }
    }

    void shouldOpenAHeaderOnlyFileWithNoRecords()
    {
        CsvReader reader(write("a,b\r\n"));
        QVERIFY(reader.open());
        const Read r = readAll(reader);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.records.isEmpty());
    }

    void shouldReadAcrossItsOneMegabyteBuffer()
    {
        // A quoted field straddling the refill boundary, and a CR at the very end of a chunk.
        QByteArray bytes("a,b\n");
        const QByteArray longText(1024 * 1024 - 10, 'x');
        bytes += "1,\"" + longText + "\"\"q\"\r\n2,end\r\n";
        CsvReader reader(write(bytes));
        QVERIFY(reader.open());
        const Read r = readAll(reader);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).at(1), QString::fromLatin1(longText + "\"q"));
        QCOMPARE(r.records.at(1), S({"2", "end"}));
        QCOMPARE(r.lines, QList<qint64>({2, 3}));
        QCOMPARE(reader.bytesRead(), reader.size());
    }

    void shouldReadTheSameWhereverItsReadsEnd()
    {
        // The byte-order mark, the header line and CR LF pairs all split between reads when the
        // reads are tiny; the file must read exactly as in one piece (the mark, the blank check and
        // the separator used to look at the first read only). fuzz_csvreader checks this on any bytes.
        const QByteArray bytes("\xEF\xBB\xBFreference;title;n\r\n"
                               "A-1;\"x;\"\"y\"\"\r\nz\";1\r\n"
                               "A-2;Zo\xC3\xAB;2\r"
                               "A-3;;3");
        const QString path = write(bytes);
        for (qint64 chunk = 1; chunk <= 8; ++chunk) {
            CsvReader reader(path);
            reader.setChunkSize(chunk);
            QVERIFY(reader.open());
            QCOMPARE(reader.separator(), ';');
            QCOMPARE(reader.header(), S({"reference", "title", "n"}));
            const Read r = readAll(reader);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.records, QList<QStringList>({S({"A-1", "x;\"y\"\r\nz", "1"}), S({"A-2", "Zoë", "2"}),
                                                    S({"A-3", "", "3"})}));
            QCOMPARE(r.lines, QList<qint64>({2, 4, 5}));
            QCOMPARE(reader.bytesRead(), reader.size());
        }
    }

    void shouldTakeTheFirstLineWithTextAsTheHeader()
    {
        // Blank lines before the header (seen while reducing a fuzz_csvreader finding): they made the
        // header one empty column, so every row was "2 fields where the header has 1".
        const QString path = write("\r\n  \r\r\n\t\na,b\n1,2\n");
        for (qint64 chunk : {qint64(1), qint64(3), qint64(1) << 20}) {
            CsvReader reader(path);
            reader.setChunkSize(chunk);
            QVERIFY(reader.open());
            QCOMPARE(reader.header(), S({"a", "b"}));
            QCOMPARE(reader.line(), qint64(5));   // \r\n, "  "\r, \r\n, \t\n: the header is line 5
            const Read r = readAll(reader);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.records, QList<QStringList>({S({"1", "2"})}));
            QCOMPARE(r.lines, QList<qint64>({6}));
        }
    }

    void shouldCallOnlyWhiteSpaceEmptyWhereverItsReadsEnd()
    {
        const QString blank = write("\xEF\xBB\xBF \r\n\t \n");
        const QString notBlank = write("\xEF\xBB\xBF   a,b\n");
        for (qint64 chunk = 1; chunk <= 4; ++chunk) {
            CsvReader empty(blank);
            empty.setChunkSize(chunk);
            QVERIFY(!empty.open());
            CsvReader late(notBlank);
            late.setChunkSize(chunk);
            QVERIFY(late.open());
        }
    }

    void shouldTellValidFromInvalidUtf8()
    {
        QVERIFY(isValidUtf8("plain"));
        QVERIFY(isValidUtf8("Zo\xC3\xAB \xE2\x82\xAC \xF0\x9F\x98\x80"));
        QVERIFY(!isValidUtf8("\xC3"));               // cut short
        QVERIFY(!isValidUtf8("\xC0\xAF"));           // overlong
        QVERIFY(!isValidUtf8("\xED\xA0\x80"));       // a surrogate
        QVERIFY(!isValidUtf8("\xFF"));
    }

    void shouldDetectTheDateOrderFromTheWholeColumn_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("expected");   // -1: cannot tell
        QTest::newRow("day above 12 late in the column") << S({"1/2/2016 10:00", "3/4/2016", "29/2/2016 1:16"})
                                                         << int(DateOrder::DayMonthYear);
        QTest::newRow("month first") << S({"2/1/2016", "12/31/2016 23:59"}) << int(DateOrder::MonthDayYear);
        QTest::newRow("iso") << S({"2016-02-29 01:16", "2016-12-31T23:59:59"}) << int(DateOrder::YearMonthDay);
        QTest::newRow("ambiguous") << S({"1/2/2016", "3/4/2016", "?", ""}) << -1;
        QTest::newRow("contradictory") << S({"13/1/2016", "1/13/2016"}) << -1;
    }
    void shouldDetectTheDateOrderFromTheWholeColumn()
    {
        QFETCH(QStringList, values);
        QFETCH(int, expected);
        DateOrderDetector detector;
        for (const QString &v : values)
            detector.add(v);
        QCOMPARE(detector.decided() ? int(*detector.decided()) : -1, expected);
    }

    void shouldParseDatesInLocalTimeOfTheStoreZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        const auto local = [&](int y, int mo, int d, int h, int mi, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), berlin).toSecsSinceEpoch();
        };
        QCOMPARE(parseDateTime(QStringLiteral("29/2/2016 1:16"), DateOrder::DayMonthYear, berlin), local(2016, 2, 29, 1, 16));
        QCOMPARE(parseDateTime(QStringLiteral("05-03-2016 12:00"), DateOrder::DayMonthYear, berlin), local(2016, 3, 5, 12, 0));
        QCOMPARE(parseDateTime(QStringLiteral("05-03-2016 12:00"), DateOrder::MonthDayYear, berlin), local(2016, 5, 3, 12, 0));
        QCOMPARE(parseDateTime(QStringLiteral("2016-07-01 08:05:09"), DateOrder::DayMonthYear, berlin),
                 local(2016, 7, 1, 8, 5, 9));   // four digits first is always year first; summer time
        QCOMPARE(parseDateTime(QStringLiteral("2016-07-01T06:05:09Z"), DateOrder::DayMonthYear, berlin),
                 local(2016, 7, 1, 8, 5, 9));   // an explicit zone wins
        QCOMPARE(parseDateTime(QStringLiteral("31/12/2016"), DateOrder::DayMonthYear, berlin), local(2016, 12, 31, 0, 0));
        QVERIFY(!parseDateTime(QStringLiteral("31/02/2016 10:00"), DateOrder::DayMonthYear, berlin));
        QVERIFY(!parseDateTime(QStringLiteral("13/01/2016"), DateOrder::MonthDayYear, berlin));
        QVERIFY(!parseDateTime(QStringLiteral("1/1/2016 25:00"), DateOrder::DayMonthYear, berlin));
        QVERIFY(!parseDateTime(QStringLiteral("yesterday"), DateOrder::DayMonthYear, berlin));
        QVERIFY(!parseDateTime(QStringLiteral("1/1/2016 9:5"), DateOrder::DayMonthYear, berlin));
    }

    void shouldReadBooleansPrioritiesAndStatusesInTheirUsualSpellings()
    {
        for (const char *yes : {"true", "TRUE", "Yes", "y", "1"})
            QCOMPARE(parseBool(QLatin1String(yes)), std::optional<bool>(true));
        for (const char *no : {"false", "FALSE", "no", "N", "0"})
            QCOMPARE(parseBool(QLatin1String(no)), std::optional<bool>(false));
        QVERIFY(!parseBool(QStringLiteral("maybe")));
        QVERIFY(isEmptyValue(QStringLiteral("?")));
        QVERIFY(isEmptyValue(QStringLiteral("  ")));
        QVERIFY(!isEmptyValue(QStringLiteral("0")));

        QCOMPARE(parsePriority(QStringLiteral("1 - Critical")), std::optional<Priority>(Priority::Critical));
        QCOMPARE(parsePriority(QStringLiteral("4")), std::optional<Priority>(Priority::Low));
        QCOMPARE(parsePriority(QStringLiteral("High")), std::optional<Priority>(Priority::High));
        QCOMPARE(parsePriority(QStringLiteral("5 - Planning")), std::optional<Priority>(Priority::Low));
        QCOMPARE(parsePriority(QStringLiteral("5")), std::optional<Priority>(Priority::Low));
        QVERIFY(!parsePriority(QStringLiteral("6")));

        QCOMPARE(parseStatus(QStringLiteral("Active")), std::optional<Status>(Status::InProgress));
        QCOMPARE(parseStatus(QStringLiteral("Awaiting User Info")), std::optional<Status>(Status::WaitingOnRequester));
        QCOMPARE(parseStatus(QStringLiteral("Awaiting Evidence")), std::optional<Status>(Status::WaitingOnRequester));
        QCOMPARE(parseStatus(QStringLiteral("Awaiting Problem")), std::optional<Status>(Status::WaitingOnVendor));
        QCOMPARE(parseStatus(QStringLiteral("waiting_vendor")), std::optional<Status>(Status::WaitingOnVendor));
        QCOMPARE(parseStatus(QStringLiteral("Closed")), std::optional<Status>(Status::Closed));
        QVERIFY(!parseStatus(QStringLiteral("-100")));
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
