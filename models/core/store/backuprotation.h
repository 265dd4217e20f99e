#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QStringList>
#include <functional>

namespace ft {

// Automatic backups of a store (SPEC §4), in a `backups` folder beside it, one file per backup named
// by its local date and time (followthrough-2026-11-22-093000.sqlite for followthrough.sqlite): at
// most one a day, the newest `keep` kept, older ones of this pattern removed, nothing else touched.
// Works from the store's path on connections of its own, so it can run on any thread.
// A store on a server (SPEC §6) has no folder beside it and its backups are the server's: for its
// address there are no backups, none is ever due, and backUpNow() refuses, naming it.
class BackupRotation
{
public:
    explicit BackupRotation(QString storePath, int keep = 7);

    // Tests set the clock; by default it is the real local time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    QString folder() const;
    // The rotating backups there, newest first.
    QStringList backups() const;
    // True when no backup was taken on the clock's local date yet.
    bool isDue() const;

    // Takes a backup now and prunes the old ones; returns the new file.
    Result<QString> backUpNow();
    // backUpNow() when isDue(), else nothing (an empty path).
    Result<QString> backUpIfDue();

    // A fresh name in the folder for the copy of the store taken before a restore; the rotation
    // never removes these.
    QString safetyCopyPath() const;

private:
    QString stamped(const QString &infix) const;
    Result<void> prune() const;

    QString m_storePath;
    bool m_onServer;
    int m_keep;
    std::function<QDateTime()> m_clock;
};

} // namespace ft
