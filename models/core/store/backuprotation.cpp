#include "store/backuprotation.h"

#include "domain/isodate.h"
#include "store/postgres/serveraddress.h"
#include "store/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::BackupRotation)
};

const QString stampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

} // namespace

namespace {
// A file's absolute path; a server's address without its password, for messages.
QString storeName(const QString &storePath)
{
    if (!isServerAddress(storePath))
        return QFileInfo(storePath).absoluteFilePath();
    const auto address = parseServerAddress(storePath);
    return address ? address->display() : QString();
}
} // namespace

BackupRotation::BackupRotation(QString storePath, int keep)
    : m_storePath(storeName(storePath))
    , m_onServer(isServerAddress(storePath))
    , m_keep(std::max(1, keep))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
}

QString BackupRotation::folder() const
{
    if (m_onServer)
        return {};   // never a folder "postgresql:" beside the current one
    return QFileInfo(m_storePath).absolutePath() + QStringLiteral("/backups");
}

QStringList BackupRotation::backups() const
{
    if (m_onServer)
        return {};
    // Only names this class writes: <store name>-yyyy-MM-dd-HHmmss[-n].sqlite
    const QRegularExpression ours(QStringLiteral("^%1-\\d{4}-\\d\\d-\\d\\d-\\d{6}(-\\d+)?\\.sqlite$")
                                      .arg(QRegularExpression::escape(QFileInfo(m_storePath).completeBaseName())));
    QStringList found;
    const QStringList names = QDir(folder()).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        if (ours.match(name).hasMatch())
            found << folder() + QLatin1Char('/') + name;
    }
    return found;   // the stamp sorts by time
}

bool BackupRotation::isDue() const
{
    if (m_onServer)
        return false;
    const QString today = QFileInfo(m_storePath).completeBaseName() + QLatin1Char('-')
                          + m_clock().date().toString(IsoDateFormat);
    for (const QString &path : backups()) {
        if (QFileInfo(path).fileName().startsWith(today))
            return false;
    }
    return true;
}

QString BackupRotation::stamped(const QString &infix) const
{
    const QString stem = folder() + QLatin1Char('/') + QFileInfo(m_storePath).completeBaseName() + infix
                         + m_clock().toString(stampFormat);
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".part")); ++n)
        path = stem + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

QString BackupRotation::safetyCopyPath() const
{
    return stamped(QStringLiteral("-before-restore-"));
}

Result<QString> BackupRotation::backUpNow()
{
    if (m_onServer)
        return Error::refused(Tr::tr("%1 is a store on a server: its backups are the server's (pg_dump), not files "
                                     "beside it.").arg(m_storePath));
    if (!QDir().mkpath(folder()))
        return Error::failed(Tr::tr("Cannot create the backup folder %1").arg(folder()));
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = stamped(QStringLiteral("-"));
    if (auto copied = sqlitefile::copyFile(m_storePath, path); !copied)
        return copied.error();
    if (auto pruned = prune(); !pruned)
        return pruned.error();
    return path;
}

Result<QString> BackupRotation::backUpIfDue()
{
    if (!isDue())
        return QString();
    return backUpNow();
}

Result<void> BackupRotation::prune() const
{
    const QStringList all = backups();
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        if (!QFile::remove(all.at(i)))
            return Error::failed(Tr::tr("Cannot remove the old backup %1").arg(all.at(i)));
    }
    return {};
}

} // namespace ft
