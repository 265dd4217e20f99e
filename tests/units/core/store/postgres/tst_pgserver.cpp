// What the team store (SPEC §6) will stand on, proven against a real, throwaway server started by the
// CTest fixture pg_cluster (scripts/pg-cluster): Debian's QPSQL driver reaches it from an address in
// the form `--db` takes, the trigram index the search will use is there, and a NOTIFY from one
// connection reaches another through QSqlDriver::subscribeToNotification, which the window's refresh
// will use. Without a PostgreSQL server installed the fixture starts nothing and these tests skip.
#include "store/postgres/serveraddress.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ft;

class tst_PgServer : public QObject
{
    Q_OBJECT

    ServerAddress m_address;

    QSqlDatabase connect(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_address.host);
        db.setPort(m_address.port);
        db.setUserName(m_address.user);
        db.setDatabaseName(m_address.database);
        db.setConnectOptions(m_address.connectOptions());
        return db;
    }

private slots:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("FT_TEST_PG_URL_FILE"));
        const QString url = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
        if (url.isEmpty())
            QSKIP("No PostgreSQL server: the Debian package postgresql is not installed, so the fixture "
                  "pg_cluster started none (scripts/pg-cluster says why)");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing: scripts/deps installs libqt6sql6-psql");
        auto address = parseServerAddress(url);
        QVERIFY2(address.ok(), qPrintable(url));
        m_address = address.value();
    }

    void shouldConnectFromTheAddressDbTakes()
    {
        QSqlDatabase db = connect(QStringLiteral("first"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SHOW server_version_num")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 150000, qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT current_setting('application_name')")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("followthrough"));
    }

    void shouldOfferTrigramSearch()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("first"));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral("SELECT similarity(?, ?) > 0.3, ? ILIKE ?")));
        q.addBindValue(QStringLiteral("printer offline"));
        q.addBindValue(QStringLiteral("printer ofline"));
        q.addBindValue(QStringLiteral("VPN drops every hour"));
        q.addBindValue(QStringLiteral("%drops%"));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toBool());
    }

    void shouldCarryANotificationFromOneConnectionToAnother()
    {
        QSqlDatabase listener = connect(QStringLiteral("listener"));
        QVERIFY2(listener.open(), qPrintable(listener.lastError().text()));
        QVERIFY(listener.driver()->hasFeature(QSqlDriver::EventNotifications));
        QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("followthrough_changed")));
        QSignalSpy notified(listener.driver(), &QSqlDriver::notification);

        QSqlDatabase writer = QSqlDatabase::database(QStringLiteral("first"));
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("NOTIFY followthrough_changed, 'followup 42'")));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("followthrough_changed"));
        QCOMPARE(notified.at(0).at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
        QCOMPARE(notified.at(0).at(2).toString(), QStringLiteral("followup 42"));
    }

    void cleanupTestCase()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::database(name, false).close();
    }
};

QTEST_GUILESS_MAIN(tst_PgServer)
#include "tst_pgserver.moc"
