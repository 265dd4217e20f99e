#include "testsupport.h"

#include "checklist/templaterepository.h"
#include "store/followuprepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <cstdio>
#include <cstdlib>

namespace ft::test {

namespace {

// The server's address from the fixture pg_cluster; a run without a server says so in the form
// CTest's SKIP_REGULAR_EXPRESSION (ft_requires_postgresql) reads, and ends: skipped, never passed.
QString serverUnderTest()
{
    QFile file(qEnvironmentVariable("FT_TEST_PG_URL_FILE"));
    const QString url = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    if (url.isEmpty()) {
        std::printf("SKIP   : %s No PostgreSQL server: the Debian package postgresql is not installed, so the "
                    "fixture pg_cluster started none (scripts/pg-cluster says why)\n",
                    qPrintable(QCoreApplication::applicationName()));
        std::fflush(stdout);
        std::exit(0);
    }
    return url;
}

// A new, empty database on the test server for each TempStore: tests never see each other's rows.
QString newServerDatabase(QString *name)
{
    static int count = 0;
    const QString url = serverUnderTest();
    *name = QStringLiteral("ft_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    // A database name cannot be bound; this one is made here of digits and underscores.
    if (const QString failed = runOnServer(url, {QStringLiteral("CREATE DATABASE ") + *name}); !failed.isEmpty())
        qFatal("cannot create a test database on %s: %s", qPrintable(url), qPrintable(failed));
    return url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + *name;
}

} // namespace

ServerDatabase::ServerDatabase()
    : m_url(newServerDatabase(&m_name))
{
}

ServerDatabase::~ServerDatabase()
{
    // A tidy-up: a database left behind goes with the throwaway cluster.
    runOnServer(m_url, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)}, QStringLiteral("postgres"));
}

QString runOnServer(const QString &url, const QStringList &statements, const QString &database)
{
    const QString name = QStringLiteral("test-raw");
    QString failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl address(url);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setUserName(address.userName());
        db.setDatabaseName(database.isEmpty() ? address.path().mid(1) : database);
        if (!db.open())
            failed = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (failed.isEmpty() && !q.exec(statement))
                failed = statement + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failed;
}

bool onServer()
{
    return qEnvironmentVariable("FT_TEST_ENGINE") == QLatin1String("postgresql");
}

TempStore::TempStore(Checklists checklists)
    : m_server(onServer() ? std::make_unique<ServerDatabase>() : nullptr)
    , m_path(m_server ? m_server->url() : m_dir.filePath(QStringLiteral("store.sqlite")))
{
    auto opened = Store::open(m_path);
    if (!opened)
        qFatal("cannot create a test store: %s", qPrintable(opened.error().message));
    m_store = std::move(opened).value();
    if (checklists == Checklists::None) {
        QSqlQuery q(m_store->database());
        if (!q.exec(QStringLiteral("DELETE FROM checklist_template")))
            qFatal("cannot clear the checklist templates: %s", qPrintable(q.lastError().text()));
    }
}

TempStore::~TempStore()
{
    m_store.reset();   // closed before its database is dropped
}

void useTestSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("followthrough-tests"));
    QCoreApplication::setApplicationName(application);
}

Timestamp at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::systemTimeZone()).toSecsSinceEpoch();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString InputFiles::write(const QByteArray &bytes)
{
    return writeFile(m_dir.filePath(m_prefix + QString::number(++m_count) + QStringLiteral(".csv")), bytes);
}

QString dataFile(const QString &relative)
{
    const QString root = qEnvironmentVariable("FT_TEST_DATA");
    if (root.isEmpty())
        qFatal("FT_TEST_DATA is not set (ft_add_test sets it to tests/data)");
    return QDir(root).filePath(relative);
}

qint64 scalar(const Store &store, const QString &statement)
{
    QSqlQuery q(store.database());
    if (!q.exec(statement) || !q.next())
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

void makeDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void insertResolved(const Store &store, Timestamp opened, Timestamp resolved, int reopenCount)
{
    FollowUp f;
    f.title = QStringLiteral("item");
    f.openedAt = f.updatedAt = opened;
    f.resolvedAt = resolved;
    f.reopenCount = reopenCount;
    f.status = Status::Resolved;
    auto id = repo::insertFollowUp(store.connection(), f);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
}

void addIncidentClosureChecklist(const Store &store)
{
    ChecklistTemplateRepository templates(store);
    const auto t = templates.create(QStringLiteral("Incident closure")).value();
    QVERIFY(templates.setApplicability(t, kindBit(Kind::Incident), {}));
    QVERIFY(templates.addItem(t, QStringLiteral("User confirmed it is fixed"), true));
    QVERIFY(templates.addItem(t, QStringLiteral("Root cause noted"), true));
    QVERIFY(templates.addItem(t, QStringLiteral("Knowledge article linked"), false));
}

FollowUp byReference(const Store &store, const QString &reference)
{
    auto id = repo::findByReference(store.connection(), reference);
    if (!id || !id.value())
        qFatal("no follow-up %s", qPrintable(reference));
    return repo::loadFollowUp(store.connection(), *id.value()).value();
}

} // namespace ft::test
