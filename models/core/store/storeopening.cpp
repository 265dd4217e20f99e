#include "store/storeopening.h"

#include "store/activitymarker.h"
#include "store/schema.h"
#include "store/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <unistd.h>

namespace ft::opening {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Store)
};

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

} // namespace

FileHeader readHeader(QFile &file)
{
    FileHeader header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    const auto byteAt = [&bytes](int i) { return static_cast<quint8>(bytes.at(i)); };
    header.pageSize = (byteAt(16) << 8) | byteAt(17);
    if (header.pageSize == 1)
        header.pageSize = 65536;
    const auto word = [&byteAt](int i) { return (qint64(byteAt(i)) << 24) | (byteAt(i + 1) << 16) | (byteAt(i + 2) << 8) | byteAt(i + 3); };
    header.pageCount = word(28);
    header.userVersion = word(60);
    header.applicationId = word(68);
    return header;
}

// A lock held by another program: say what holds it when it said so (ActivityMarker), else `fallback`.
Error busyOr(const Error &error, const QString &path, const QString &fallback)
{
    if (!error.message.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        && !error.message.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return error;
    const QString running = ActivityMarker::runningOn(path);
    return Error::conflict(Tr::tr("busy: %1 is running on the store %2; nothing was changed. Try again when it has "
                                  "finished.").arg(running.isEmpty() ? fallback : running, path));
}


// Reads what the file claims to be, first from its raw header bytes (nothing written, nothing created
// beside it), then through SQLite on a connection that runs no statement that writes. SQLite may
// still recover what a crash left (roll back a hot journal, rebuild the index of a write-ahead log):
// that is recovery, not damage.
Result<void> inspectExisting(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(Tr::tr("Cannot read the store %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return Error::refused(Tr::tr("%1 is an empty file (0 bytes), not a store. It was left untouched; to make it a "
                                     "new store, run again with --create.").arg(path));
    const FileHeader header = readHeader(file);
    file.close();
    if (!header.isSqlite)
        return Error::refused(Tr::tr("%1 is not a FollowThrough store (it is not an SQLite database). "
                                 "It was left untouched.").arg(path));
    if (header.applicationId != 0 && header.applicationId != schema::ApplicationId)
        return Error::refused(Tr::tr("%1 is an SQLite database of another program, not a FollowThrough "
                                 "store. It was left untouched.").arg(path));
    if (header.userVersion > schema::currentVersion())
        return Error::refused(Tr::tr("The store %1 was written by a newer FollowThrough (schema version %2; "
                                 "this version knows up to %3). Update FollowThrough; the file was left "
                                 "untouched.").arg(path).arg(header.userVersion).arg(schema::currentVersion()));
    // Before SQLite opens it: a connection on a file it cannot write creates the -shm beside it with
    // the file's read-only mode, and that -shm kept refusing the store after it was made writable.
    if (!QFileInfo(path).isWritable())
        return Error::refused(Tr::tr("The store %1 is read-only for you, so FollowThrough cannot save anything "
                                 "in it. It was left untouched; make it writable or open a copy.").arg(path));
    // With a write-ahead log or a hot rollback journal beside it, the main file alone may be behind or
    // cut short (a checkpoint that ran out of disk, a bulk load killed mid-way): the log or journal
    // still holds those pages, so only SQLite itself can judge.
    const bool hasLog = sizeOf(path + QStringLiteral("-wal")) > 0 || sizeOf(path + QStringLiteral("-journal")) > 0;
    if (header.pageSize < 512 || header.pageCount == 0 || (!hasLog && size < header.pageSize * header.pageCount))
        return Error::refused(Tr::tr("The store %1 is damaged (the file is shorter than its header says). "
                                 "It was left untouched; restore a backup.").arg(path));

    sqlitefile::InspectError why;
    auto facts = sqlitefile::inspect(path, sqlitefile::Depth::Header, &why);
    if (!facts) {
        if (why.damaged)
            return Error::refused(Tr::tr("The store %1 is damaged: %2. It was left untouched; restore a backup.")
                                      .arg(path, why.message));
        return Error::refused(Tr::tr("The store %1 cannot be opened: %2. It was left untouched.").arg(path, why.message));
    }
    if (facts->applicationId != schema::ApplicationId && (facts->applicationId != 0 || facts->objects > 0))
        return Error::refused(Tr::tr("%1 is an SQLite database of another program, not a FollowThrough "
                                 "store. It was left untouched.").arg(path));
    if (facts->userVersion > schema::currentVersion())
        return Error::refused(Tr::tr("The store %1 was written by a newer FollowThrough (schema version %2; "
                                 "this version knows up to %3). Update FollowThrough; the file was left "
                                 "untouched.").arg(path).arg(facts->userVersion).arg(schema::currentVersion()));
    return {};
}

// A -shm and -wal left read-only (by a connection on a store that was read-only then; SQLite gives
// them the store's mode) make SQLite refuse to write a store that is writable now. When they are
// ours they get the store's owner-only mode back; their content is not touched.
void repairSharedMemoryMode(const QString &path)
{
    for (const QString &companion : {QStringLiteral("-shm"), QStringLiteral("-wal")}) {
        const QFileInfo file(path + companion);
        if (file.exists() && !file.isWritable() && file.ownerId() == ::geteuid())
            QFile::setPermissions(file.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

// SQLite keeps its write-ahead log and shared index beside the store (…-wal, …-shm): in a folder where
// they cannot be created, every open would fail with "unable to open database file".
Result<void> checkWritable(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo(folder).isWritable())
        return {};
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo shm(path + QStringLiteral("-shm"));
    if (wal.isWritable() && shm.isWritable())
        return {};
    return Error::refused(Tr::tr("The store %1 is in a folder that is read-only for you (%2), and FollowThrough needs "
                             "to create its journal files (%3-wal, %3-shm) beside it. The store was left untouched; "
                             "move it to a writable folder.").arg(path, folder, QFileInfo(path).fileName()));
}

Result<void> createEmptyPrivateFile(const QString &path, bool createFolders)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        if (!createFolders)
            return Error::notFound(Tr::tr("There is no folder %1 for the store %2. Nothing was created; run again "
                                          "with --create to create the folder and a new store.").arg(info.absolutePath(), path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::failed(Tr::tr("Cannot create the folder %1").arg(info.absolutePath()));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::failed(Tr::tr("Cannot create the store %1: %2").arg(path, file.errorString()));
    // Readable by its owner only, before SQLite writes anything into it; its -wal and -shm follow its mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::failed(Tr::tr("Cannot restrict the permissions of %1").arg(path));
    return {};
}

// An empty file becomes a store only when asked to (--create): it may be a file someone meant for
// something else. It then gets the store's owner-only mode.
Result<void> adoptEmptyFile(const QString &path)
{
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::failed(Tr::tr("Cannot restrict the permissions of %1").arg(path));
    return {};
}

} // namespace ft::opening
