#include "processsupport.h"

#include <QProcess>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ft::test {

Run runProgram(const QString &program, const QStringList &arguments, const RunOptions &options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    const Limits limits = options.limits;
    process.setChildProcessModifier([limits] {
        if (limits.maxFileBytes > 0) {
            // Ignored, SIGXFSZ would kill; ignored, the write fails with EFBIG as a full disk would.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(limits.maxFileBytes), rlim_t(limits.maxFileBytes)};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (limits.openUmask)
            ::umask(0);
        if (limits.unprivileged && geteuid() == 0 && (setgid(nobodyId) != 0 || setuid(nobodyId) != 0))
            _exit(125);
    });
    process.start(program, arguments);
    if (!process.waitForFinished(options.timeoutMs)) {
        if (options.stopOnHang)
            qFatal("%s did not finish: %s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))));
        process.kill();
        process.waitForFinished();
        return {-2, {}, QStringLiteral("did not finish within %1 s: ").arg(options.timeoutMs / 1000) + arguments.join(QLatin1Char(' '))};
    }
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

} // namespace ft::test
