#include "store/activitymarker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Store)
};

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

QString ActivityMarker::markerPath(const QString &storePath)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral("-running");   // notr: a file name
}

ActivityMarker::ActivityMarker(const QString &storePath, const QString &what)
{
    const QString path = markerPath(storePath);
    runningOn(storePath);   // removes a marker left by a process that is gone
    QFile file(path);
    // NewOnly: a marker of another live job is never overwritten (nor removed by this one).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return;   // only a courtesy to other programs: the job runs without it
    m_path = path;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    file.write(QDateTime::currentDateTime().toString(Qt::ISODate).toUtf8() + '\n');
    file.write(what.toUtf8() + '\n');
}

ActivityMarker::~ActivityMarker()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QString ActivityMarker::runningOn(const QString &storePath)
{
    const QString path = markerPath(storePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.read(4096).split('\n');
    file.close();
    const qint64 pid = lines.value(0).toLongLong();
    if (pid == QCoreApplication::applicationPid())
        return {};
    if (!processAlive(pid)) {
        QFile::remove(path);   // left by a process that was killed
        return {};
    }
    const QDateTime since = QDateTime::fromString(QString::fromUtf8(lines.value(1)), Qt::ISODate);
    return Tr::tr("%1 (process %2, since %3)")
        .arg(QString::fromUtf8(lines.value(2)).left(200))
        .arg(pid)
        .arg(since.toString(QStringLiteral("HH:mm:ss")));
}

} // namespace ft
