#include "store/safeoutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace ft::output {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::output)
};

constexpr mode_t ownerOnly = S_IRUSR | S_IWUSR;

// What the first bytes of an existing file say it is: an SQLite database, its write-ahead log or its
// rollback journal (the formats' magic numbers, https://www.sqlite.org/fileformat.html).
bool isSqliteFamily(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return true;
    if (head.startsWith(QByteArrayLiteral("\x37\x7f\x06\x82")) || head.startsWith(QByteArrayLiteral("\x37\x7f\x06\x83")))
        return true;
    return head.startsWith(QByteArrayLiteral("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"));
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa = {};
    struct stat sb = {};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);   // best effort: the rename is durable on the next sync either way
        ::close(fd);
    }
}

} // namespace

QString systemReason(int code)
{
    const std::string text = std::generic_category().message(code);
    if (code == 0 || text.empty())
        return Tr::tr("the system gave no reason");
    return QString::fromLocal8Bit(text.c_str());
}

Result<QString> checkTarget(const QString &path, const Rules &rules)
{
    if (path.trimmed().isEmpty())
        return Error::badInput(Tr::tr("No output file was given."));
    const QFileInfo given(path);
    const QString suffix = given.suffix().toLower();
    if (!rules.extensions.isEmpty() && !rules.extensions.contains(suffix)) {
        QStringList dotted;
        for (const QString &e : rules.extensions)
            dotted << QLatin1Char('.') + e;
        return Error::badInput(Tr::tr("%1: the output file must end in %2.").arg(path, dotted.join(QStringLiteral(", "))));
    }
    const QFileInfo folder(given.absolutePath());
    if (!folder.isDir())
        return Error::refused(Tr::tr("%1: the folder %2 does not exist.").arg(path, given.absolutePath()));

    QString target = given.absoluteFilePath();
    const bool exists = given.exists() || given.isSymLink();
    if (exists) {
        const QString canonical = given.canonicalFilePath();
        if (canonical.isEmpty())
            return Error::refused(Tr::tr("%1 is a link to nothing; FollowThrough does not write through it.").arg(path));
        const QFileInfo real(canonical);
        if (!real.isFile())
            return Error::refused(Tr::tr("%1 is not a regular file (a folder, a device or a pipe); nothing was written.").arg(path));
        target = canonical;
    } else {
        target = QDir(folder.canonicalFilePath()).filePath(given.fileName());
    }

    if (!rules.storePath.isEmpty()) {
        const QFileInfo store(rules.storePath);
        const QString storeCanonical = store.exists() ? store.canonicalFilePath() : store.absoluteFilePath();
        for (const QString &companion : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            const QString protectedPath = storeCanonical + companion;
            if (target == protectedPath || target == store.absoluteFilePath() + companion
                || (exists && sameFile(target, protectedPath)))
                return Error::refused(Tr::tr("%1 is the store in use (or one of its journal files); FollowThrough "
                                             "never writes over it. Nothing was written.").arg(path));
        }
    }
    if (exists && isSqliteFamily(target))
        return Error::refused(Tr::tr("%1 is an SQLite database or journal; FollowThrough never writes over one. "
                                     "Choose another name. Nothing was written.").arg(path));
    return target;
}

SafeFile::SafeFile(QString target)
    : m_target(std::move(target))
{
}

SafeFile::~SafeFile()
{
    discard();
}

Error SafeFile::writeFailure() const
{
    if (m_errno != 0)
        return failure(m_errno);
    return Error::failed(Tr::tr("Cannot write %1. Nothing was changed there.").arg(m_target));
}

Error SafeFile::failure(int code) const
{
    return Error::failed(Tr::tr("Cannot write %1: %2. Nothing was changed there.").arg(m_target, systemReason(code)));
}

Result<void> SafeFile::begin()
{
    const QFileInfo info(m_target);
    QByteArray pattern = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()) + ".XXXXXX";
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (m_fd < 0)
        return failure(errno);
    m_temporary = QFile::decodeName(pattern);
    // mkostemp creates 0600 already; said again so that no umask or platform can widen it.
    if (::fchmod(m_fd, ownerOnly) != 0) {
        const int code = errno;
        discard();
        return failure(code);
    }
    m_errno = 0;
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 SafeFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_errno != 0)
        return -1;
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(m_fd, data + written, size_t(size - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_errno = errno;
            setErrorString(systemReason(m_errno));
            return -1;
        }
        written += n;
    }
    return written;
}

Result<void> SafeFile::commit()
{
    if (m_fd < 0)
        return Error::failed(Tr::tr("Cannot write %1: the file was not opened.").arg(m_target));
    int code = m_errno;
    if (code == 0 && ::fsync(m_fd) != 0)
        code = errno;
    if (::close(m_fd) != 0 && code == 0)
        code = errno;
    m_fd = -1;
    QIODevice::close();
    if (code == 0
        && ::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0)
        code = errno;
    if (code != 0) {
        discard();
        return failure(code);
    }
    m_temporary.clear();
    syncFolder(QFileInfo(m_target).absolutePath());
    return {};
}

void SafeFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (isOpen())
        QIODevice::close();
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

Result<QString> write(const QString &path, const Rules &rules, const std::function<bool(QIODevice &, QString &)> &produce)
{
    auto target = checkTarget(path, rules);
    if (!target)
        return target.error();
    SafeFile file(*target);
    if (auto begun = file.begin(); !begun)
        return begun.error();
    QString why;
    if (!produce(file, why)) {
        const Error error = why.isEmpty() ? file.writeFailure() : Error::failed(Tr::tr("Cannot write %1: %2. Nothing was changed there.").arg(*target, why));
        file.discard();
        return error;
    }
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return *target;
}

} // namespace ft::output
