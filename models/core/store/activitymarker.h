#pragma once

#include <QString>

namespace ft {

// Says beside the store what long job holds it (SPEC §4; issue 13): a bulk demo load keeps the store
// locked for minutes, and every other program that opens it then says "busy: <what> is running"
// instead of failing on a lock. The marker (<store>-running, owner-only) holds the process id, what
// runs and since when; one left by a process that is gone (killed) is ignored and removed.
class ActivityMarker
{
public:
    ActivityMarker(const QString &storePath, const QString &what);
    ~ActivityMarker();
    ActivityMarker(const ActivityMarker &) = delete;
    ActivityMarker &operator=(const ActivityMarker &) = delete;

    // "demo --items 1000000 (process 4242, since 11:20:03)", or empty when nothing else runs.
    static QString runningOn(const QString &storePath);
    static QString markerPath(const QString &storePath);

private:
    QString m_path;
};

} // namespace ft
