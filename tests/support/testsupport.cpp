#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
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

} // namespace ft::test
