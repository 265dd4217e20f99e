#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Shared by the tests that run a real program (the app tests run the followthrough binary).
namespace ft::test {

// How a program ended: its exit code (-1 when it crashed, -2 when it did not finish in time and
// RunOptions::stopOnHang is off) and what it wrote.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// What the child process runs under.
struct Limits
{
    qint64 maxFileBytes = 0;   // RLIMIT_FSIZE: writes beyond it fail as on a full disk (EFBIG)
    bool openUmask = false;    // umask 000: what the files' modes may not follow
    bool unprivileged = false; // as root: run as `nobody`, for whom file permissions count (exit 125 if it cannot)
};
inline constexpr unsigned nobodyId = 65534;

struct RunOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 120000;
    Limits limits = {};
    bool stopOnHang = true;    // a program that does not finish stops the test; off: killed, exit code -2
};

// Runs the program to its end.
Run runProgram(const QString &program, const QStringList &arguments, const RunOptions &options = {});

// The test's environment as a scheduled job has it: no display at all.
QProcessEnvironment withoutDisplay();

#ifdef FT_BINARY
// The followthrough binary of this build (FT_BINARY, set by the test's CMakeLists).
inline Run runFollowThrough(const QStringList &arguments, const RunOptions &options = {})
{
    return runProgram(QStringLiteral(FT_BINARY), arguments, options);
}
#endif

} // namespace ft::test
