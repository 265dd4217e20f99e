#include "store/postgres/serveraddress.h"

#include <QTest>

using namespace ft;

class tst_ServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void shouldTellAServerFromAFile()
    {
        QVERIFY(isServerAddress(QStringLiteral("postgresql://lead@db.example.org/desk")));
        QVERIFY(isServerAddress(QStringLiteral("postgres://lead@db/desk")));
        QVERIFY(isServerAddress(QStringLiteral("service=servicedesk")));
        QVERIFY(!isServerAddress(QStringLiteral("/home/lead/followthrough.sqlite")));
        QVERIFY(!isServerAddress(QStringLiteral("postgresql.sqlite")));
        QVERIFY(!isServerAddress(QStringLiteral("./postgresql://x")));
    }

    void shouldReadEveryPartOfAnAddress()
    {
        const auto a = parseServerAddress(QStringLiteral("postgresql://lead:s%40cret@db.example.org:6543/service_desk"));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->host, QStringLiteral("db.example.org"));
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->user, QStringLiteral("lead"));
        QCOMPARE(a->password, QStringLiteral("s@cret"));
        QCOMPARE(a->database, QStringLiteral("service_desk"));
    }

    void shouldLeaveOutPartsToLibpq()
    {
        const auto a = parseServerAddress(QStringLiteral("postgresql://db/desk"));
        QVERIFY(a.ok());
        QCOMPARE(a->port, 0);
        QVERIFY(a->user.isEmpty());
        QVERIFY(a->password.isEmpty());   // ~/.pgpass or PGPASSWORD supply it
    }

    void shouldNeverShowThePassword()
    {
        const auto a = parseServerAddress(QStringLiteral("postgresql://lead:hunter2@db:5432/desk"));
        QVERIFY(a.ok());
        QVERIFY(!a->display().contains(QLatin1String("hunter2")));
        QCOMPARE(a->display(), QStringLiteral("postgresql://lead@db:5432/desk"));
        // Nor in the message about an address that is wrong.
        const auto bad = parseServerAddress(QStringLiteral("postgresql://lead:hunter2@db:5432/"));
        QVERIFY(!bad.ok());
        QVERIFY2(!bad.error().message.contains(QLatin1String("hunter2")), qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(QLatin1String("names no database")), qPrintable(bad.error().message));
    }

    void shouldTakeALibpqServiceName()
    {
        const auto a = parseServerAddress(QStringLiteral("service=servicedesk"));
        QVERIFY(a.ok());
        QCOMPARE(a->service, QStringLiteral("servicedesk"));
        QCOMPARE(a->display(), QStringLiteral("service=servicedesk"));
        QVERIFY(a->connectOptions().contains(QLatin1String("service=servicedesk")));
        QVERIFY(!parseServerAddress(QStringLiteral("service=")).ok());
    }

    void shouldRefuseWhatItDoesNotUnderstand()
    {
        QVERIFY(!parseServerAddress(QStringLiteral("postgresql://db/desk?sslmode=disable")).ok());
        QVERIFY(!parseServerAddress(QStringLiteral("postgresql://db:99999/desk")).ok());
        QVERIFY(!parseServerAddress(QStringLiteral("postgresql://db/a/b")).ok());
        QVERIFY(!parseServerAddress(QStringLiteral("mysql://db/desk")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ServerAddress)
#include "tst_serveraddress.moc"
