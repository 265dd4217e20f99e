#include "store/safeoutput.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace ft;
using namespace Qt::StringLiterals;

// The one writer of every output (SPEC §3 "Files written"), below the command line.
class tst_SafeOutput : public QObject
{
    Q_OBJECT

    static void put(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    static Result<QString> writeText(const QString &file, const QByteArray &text, const output::Rules &rules)
    {
        return output::write(file, rules, [&](QIODevice &d, QString &) { return d.write(text) == text.size(); });
    }
    static QStringList leftovers(const QString &folder)
    {
        return QDir(folder).entryList({u".*.??????"_s}, QDir::Files | QDir::Hidden);
    }

private slots:
    void shouldReplaceAnEarlierFileWholeAndOwnerOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"out.csv"_s);
        put(file, "old");
        ::chmod(QFile::encodeName(file).constData(), 0644);
        QVERIFY(writeText(file, "new", {{u"csv"_s}, {}}));
        QCOMPARE(test::fileBytes(file), QByteArray("new"));
        QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());   // nothing for group or others
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void shouldLeaveTheEarlierFileWhenTheProducerFails()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"out.pdf"_s);
        put(file, "earlier");
        auto written = output::write(file, {{u"pdf"_s}, {}}, [](QIODevice &d, QString &why) {
            d.write("half");
            why = u"the painter gave up"_s;
            return false;
        });
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(file) && written.error().message.contains(u"the painter gave up"_s),
                 qPrintable(written.error().message));
        QCOMPARE(test::fileBytes(file), QByteArray("earlier"));
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void shouldRefuseTheStoreHoweverItIsNamed()
    {
        test::TempStore temp;
        const QString store = temp.path();
        const QString hardLink = temp.dir() + u"/alias.ics"_s;
        QCOMPARE(::link(QFile::encodeName(store).constData(), QFile::encodeName(hardLink).constData()), 0);
        const QString symLink = temp.dir() + u"/pointer.ics"_s;
        QVERIFY(QFile::link(store, symLink));
        const QString dotted = temp.dir() + u"/./"_s + QFileInfo(store).fileName();
        for (const QString &target : QStringList{hardLink, symLink, dotted, store + u"-wal"_s, store + u"-journal"_s}) {
            auto checked = output::checkTarget(target, {{}, store});
            QVERIFY2(!checked, qPrintable(target));
        }
    }

    void shouldRefuseWhatIsNotARegularFileOrHasTheWrongExtension()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"folder.csv"_s));
        QVERIFY(!output::checkTarget(dir.filePath(u"folder.csv"_s), {{u"csv"_s}, {}}));
        QVERIFY(!output::checkTarget(dir.filePath(u"missing/out.csv"_s), {{u"csv"_s}, {}}));
        QVERIFY(!output::checkTarget(dir.filePath(u"out.txt"_s), {{u"csv"_s}, {}}));
        QVERIFY(!output::checkTarget(u"/dev/null"_s, {{}, {}}));
        QVERIFY(!output::checkTarget(QString(), {{}, {}}));
        // A symbolic link to an ordinary file: the file it points to is the one replaced.
        const QString real = dir.filePath(u"real.csv"_s);
        put(real, "x");
        const QString link = dir.filePath(u"link.csv"_s);
        QVERIFY(QFile::link(real, link));
        QCOMPARE(output::checkTarget(link, {{u"csv"_s}, {}}).value(), QFileInfo(real).canonicalFilePath());
    }
};

QTEST_GUILESS_MAIN(tst_SafeOutput)
#include "tst_safeoutput.moc"
