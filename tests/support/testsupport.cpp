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

namespace ft::test {

TempStore::TempStore(Checklists checklists)
    : m_path(m_dir.filePath(QStringLiteral("store.sqlite")))
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
