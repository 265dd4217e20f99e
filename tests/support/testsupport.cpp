#include "testsupport.h"

#include <QFile>
#include <QTest>

namespace ft::test {

TempStore::TempStore()
    : m_path(m_dir.filePath(QStringLiteral("store.sqlite")))
{
    auto opened = Store::open(m_path);
    if (!opened)
        qFatal("cannot create a test store: %s", qPrintable(opened.error().message));
    m_store = std::move(opened).value();
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
