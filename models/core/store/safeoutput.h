#pragma once

#include "domain/error.h"

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <functional>

// Every file FollowThrough writes for people (SPEC §3 "Files written"): reports, exports, chart
// images, backups and restore's safety copy.
namespace ft::output {

struct Rules
{
    QStringList extensions;   // lower case, without the dot: the target's name must end in one of them
    QString storePath;        // the store in use: never written over, nor its -wal, -shm and -journal
};

// Checks a target before a byte is written, and returns the path to write (absolute; an existing
// symbolic link resolved, so that the file it points to is the one judged and replaced). Refused:
// an empty name, a wrong extension, a missing folder, something that is not a regular file, the store
// (by name, by canonical path or as a hard link), its companions, and any existing SQLite database,
// write-ahead log or rollback journal, whatever its name.
Result<QString> checkTarget(const QString &path, const Rules &rules);

// The OS's words for errno `code` ("No space left on device"), never "Unknown error".
QString systemReason(int code);

// A file written completely or not at all: bytes go to a temporary file beside the target (created
// readable and writable by its owner only, whatever the umask); commit() syncs it to disk and renames
// it over the target. Until then an earlier file of that name is untouched; a file that is never
// committed (a failed write, a cancel, a crash) is removed. The first failed write is remembered with
// its errno, so that commit() says why ("No space left on device", "File too large").
class SafeFile : public QIODevice
{
public:
    explicit SafeFile(QString target);   // already passed checkTarget()
    ~SafeFile() override;
    SafeFile(const SafeFile &) = delete;
    SafeFile &operator=(const SafeFile &) = delete;

    Result<void> begin();
    Result<void> commit();
    void discard();

    QString target() const { return m_target; }
    // The first failed write's reason, as an error naming the file.
    Error writeFailure() const;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    Error failure(int code) const;

    QString m_target;
    QString m_temporary;
    int m_fd = -1;
    int m_errno = 0;
};

// checkTarget, then `produce` into a SafeFile, then commit: the usual way to write one output.
// `produce` returns false when it failed on its own (its message in `why`, or the file's error).
Result<QString> write(const QString &path, const Rules &rules, const std::function<bool(QIODevice &, QString &why)> &produce);

} // namespace ft::output
