#pragma once

#include "domain/error.h"

#include <QFile>
#include <QString>

// The checks Store::open runs on a file before SQLite may write a byte to it (SPEC §4).
namespace ft::opening {

// What the first 100 bytes of the file say, read without SQLite so that nothing can be written.
struct FileHeader
{
    bool isSqlite = false;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 userVersion = 0;     // offset 60
    qint64 applicationId = 0;   // offset 68
};

FileHeader readHeader(QFile &file);

// A lock held by another program: says what holds it when it said so (ActivityMarker), else `fallback`.
Error busyOr(const Error &error, const QString &path, const QString &fallback);

// What the file claims to be, judged without writing it: empty, not SQLite, another program's,
// newer, read-only, cut short, damaged in its schema. A crash's leftovers are SQLite's to recover.
Result<void> inspectExisting(const QString &path);
// A -shm left read-only by an earlier read-only connection gets the store's mode back when it is ours.
void repairSharedMemoryMode(const QString &path);
// The folder must take the -wal and -shm files.
Result<void> checkWritable(const QString &path);
// A new empty file, owner-only; its folder is made only when `createFolders`.
Result<void> createEmptyPrivateFile(const QString &path, bool createFolders);
// An existing empty file taken as a new store (--create): owner-only first.
Result<void> adoptEmptyFile(const QString &path);

} // namespace ft::opening
