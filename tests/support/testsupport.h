#pragma once

#include "domain/followup.h"
#include "domain/types.h"
#include "store/store.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QString>
#include <QStringList>
#include <memory>

// Shared by the tests: a store in a fresh temporary folder, and fixed points in time.
namespace ft::test {

// A new store starts with the stock checklist templates, which attach to new incidents and
// requests and then block resolving them. Tests of other features start without templates so that
// they exercise their own rule; checklist tests add the templates they need, or ask for the stock ones.
enum class Checklists { None, Stock };

// True when the suite runs against a PostgreSQL server (FT_TEST_ENGINE=postgresql: the *_pg tests
// that ft_also_on_postgresql registers): then every TempStore is a new database on the test server.
bool onServer();

// A new, empty database on the test server (the fixture pg_cluster's), dropped at the end; without a
// server the test prints CTest's skip line and ends. url() is its address, as --db takes it.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;
    QString url() const { return m_url; }

private:
    QString m_name;
    QString m_url;
};

// Raw SQL on the test server, outside FollowThrough, on the database `url` names (or on `database`,
// e.g. "postgres" for statements about that database itself). The statements run in order until one
// fails; empty when all ran, else what failed and why.
QString runOnServer(const QString &url, const QStringList &statements, const QString &database = {});

// A new store: a file in a temporary folder, or (onServer()) a new database on the test server,
// dropped again at the end; path() is then its address, as --db takes it.
class TempStore
{
public:
    explicit TempStore(Checklists checklists = Checklists::None);
    ~TempStore();
    TempStore(const TempStore &) = delete;
    TempStore &operator=(const TempStore &) = delete;
    Store &store() { return *m_store; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// QSettings and the standard paths of the test go to a test location of their own (organisation
// "followthrough-tests", the given application name), never to the user's.
void useTestSettings(const QString &application);

// Local time in the store's zone (the tests run with TZ=Europe/Berlin).
Timestamp at(int year, int month, int day, int hour = 0, int minute = 0);

QByteArray fileBytes(const QString &path);

// Writes the bytes to the path and returns the path; a test that cannot write its input stops.
QString writeFile(const QString &path, const QByteArray &bytes);

// Input files for one test class, each a new file in a temporary folder: <prefix>1.csv, <prefix>2.csv, …
class InputFiles
{
public:
    explicit InputFiles(QString prefix = QStringLiteral("in")) : m_prefix(std::move(prefix)) {}
    QString write(const QByteArray &bytes);
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_prefix;
    int m_count = 0;
};

// A file of the test data folder tests/data (FT_TEST_DATA, set by ft_add_test).
QString dataFile(const QString &relative);

// The first column of the first row of a query the test writes itself (counts, sums); stops the test
// when the query fails or returns no row.
qint64 scalar(const Store &store, const QString &statement);

// Makes an SQLite file with raw SQL, outside FollowThrough; each statement is a check of the test.
void makeDatabase(const QString &path, const QStringList &statements);

// Adds a resolved follow-up ("item") opened and resolved at these times, reopened so often; the
// insert is a check of the test.
void insertResolved(const Store &store, Timestamp opened, Timestamp resolved, int reopenCount);

// The incident checklist "Incident closure": two required items ("User confirmed it is fixed", "Root
// cause noted") and one advisory item ("Knowledge article linked"); each step is a check of the test.
void addIncidentClosureChecklist(const Store &store);

// The follow-up with this reference; stops the test when there is none.
FollowUp byReference(const Store &store, const QString &reference);

} // namespace ft::test
