#include "importing/csvreader.h"
#include "importing/importer.h"
#include "store/followuprepository.h"
#include "store/store.h"
#include "importsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace ft::importing;
using test::byReference;
using test::mustImport;

// Files as they come: text encodings and time zones of imported files.
class tst_ImportEncodings : public QObject
{
    Q_OBJECT

    test::InputFiles m_files;

    QString write(const QByteArray &bytes) { return m_files.write(bytes); }


    static QString text() { return QStringLiteral("reference,title,owner,opened_at\nR1,Drucker im 2. OG – kaputt,Jürgen Müller,2026-03-02 09:00\n"
                                                  "R2,Coût 20 € facturé,Zoë Ångström,2026-03-02 10:00\n"); }

private slots:
    void shouldReadUtf8WithAndWithoutAByteOrderMark_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << text().toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF" + text().toUtf8()) << QStringLiteral("UTF-8");
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-16le with bom") << QByteArray(le.encode(text())) << QStringLiteral("UTF-16LE");
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-16be with bom") << QByteArray(be.encode(text())) << QStringLiteral("UTF-16BE");
        // Windows-1252: – is 0x96, € is 0x80, the letters are Latin-1.
        QByteArray cp1252 = text().toLatin1();   // the non-Latin-1 characters become '?' here …
        cp1252.replace("2. OG ? kaputt", "2. OG \x96 kaputt");
        cp1252.replace("20 ? f", "20 \x80 f");
        QTest::newRow("windows-1252") << cp1252 << QStringLiteral("Windows-1252");
    }

    void shouldReadUtf8WithAndWithoutAByteOrderMark()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        test::TempStore temp;
        const ImportReport r = mustImport(temp.store(), write(bytes));
        QCOMPARE(encodingName(r.encoding), encoding);
        QVERIFY(r.encodingDetected);
        QCOMPARE(r.added, 2);
        QCOMPARE(byReference(temp.store(), QStringLiteral("R1")).title, QStringLiteral("Drucker im 2. OG – kaputt"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("R1")).owner, QStringLiteral("Jürgen Müller"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("R2")).title, QStringLiteral("Coût 20 € facturé"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("R2")).owner, QStringLiteral("Zoë Ångström"));
        QCOMPARE(byReference(temp.store(), QStringLiteral("R1")).openedAt, test::at(2026, 3, 2, 9, 0));
    }

    void shouldReadUtf16WhenItsBytesArriveInPiecesOfOne()
    {
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        CsvReader reader(write(le.encode(text())));
        reader.setChunkSize(1);
        QVERIFY(reader.open());
        QCOMPARE(reader.header(), (QStringList{QStringLiteral("reference"), QStringLiteral("title"),
                                               QStringLiteral("owner"), QStringLiteral("opened_at")}));
        QVERIFY(reader.next().value());
        QCOMPARE(reader.field(2), QStringLiteral("Jürgen Müller"));
    }

    void shouldTakeTheEncodingItIsGiven()
    {
        test::TempStore temp;
        // UTF-8 bytes forced as Latin-1: what the user asked for, visibly so.
        ImportOptions o;
        o.encoding = TextEncoding::Latin1;
        const ImportReport r = mustImport(temp.store(), write(QByteArray("reference,title\nR1,Müller\n")), o);
        QCOMPARE(r.encoding, TextEncoding::Latin1);
        QVERIFY(!r.encodingDetected);
        QCOMPARE(byReference(temp.store(), QStringLiteral("R1")).title, QStringLiteral("MÃ¼ller"));
    }

    void shouldHonourOffsetsAndReadZonelessTimesInTheGivenZone()
    {
        test::TempStore temp;
        const QString path = write("reference,opened_at\nZ1,2026-03-02T09:00:00+05:30\nZ2,2026-03-02T09:00:00Z\n"
                                   "Z3,2026-03-02 09:00\n");
        mustImport(temp.store(), path);
        const auto utc = [](int h, int m) { return QDateTime(QDate(2026, 3, 2), QTime(h, m), Qt::UTC).toSecsSinceEpoch(); };
        QCOMPARE(byReference(temp.store(), QStringLiteral("Z1")).openedAt, utc(3, 30));
        QCOMPARE(byReference(temp.store(), QStringLiteral("Z2")).openedAt, utc(9, 0));
        QCOMPARE(byReference(temp.store(), QStringLiteral("Z3")).openedAt, utc(8, 0));   // the store's zone, Berlin

        test::TempStore other;
        ImportOptions o;
        o.timeZone = QTimeZone("America/New_York");
        const ImportReport r = mustImport(other.store(), path, o);
        QCOMPARE(r.timeZone, QByteArray("America/New_York"));
        QCOMPARE(byReference(other.store(), QStringLiteral("Z1")).openedAt, utc(3, 30));
        QCOMPARE(byReference(other.store(), QStringLiteral("Z3")).openedAt, utc(14, 0));
    }
};

QTEST_GUILESS_MAIN(tst_ImportEncodings)
#include "tst_importencodings.moc"
