#include "importing/inputlimits.h"

#include "importing/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::CsvReader)
};

// A control character other than tab, line feed and carriage return: C0 (and DEL) in one byte, C1
// (U+0080–U+009F) as C2 80–C2 9F in UTF-8. Returns its byte offset, or -1.
qsizetype firstControl(QByteArrayView bytes, int *code)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            *code = c;
            return i;
        }
        if (c == 0xc2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80 && uchar(bytes.at(i + 1)) <= 0x9f) {
            *code = uchar(bytes.at(i + 1));
            return i;
        }
    }
    return -1;
}

// Characters (not bytes) before `offset` in UTF-8, plus one: the position a person counts.
qsizetype characterPosition(QByteArrayView bytes, qsizetype offset)
{
    qsizetype position = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if ((uchar(bytes.at(i)) & 0xc0) != 0x80)
            ++position;
    }
    return position;
}

QString systemReason(int code)
{
    return QString::fromLocal8Bit(std::generic_category().message(code).c_str());
}

} // namespace

QString CsvReader::columnName(int i) const
{
    const QString name = m_header.value(i);
    return name.isEmpty() ? QString::number(i + 1) : name;
}

Result<void> CsvReader::checkFields() const
{
    for (int i = 0; i < fieldCount(); ++i) {
        const QByteArrayView raw = rawField(i);
        // The column's name only for a message: this runs for every field of every row.
        if (raw.size() > maxFieldBytes)
            return Error::badInput(Tr::tr("%1, column “%2”: the field is %3 KiB long; at most %4 KiB are accepted.")
                                       .arg(where(), columnName(i)).arg(raw.size() >> 10).arg(maxFieldBytes >> 10));
        int code = 0;
        if (const qsizetype at = firstControl(raw, &code); at >= 0)
            return Error::badInput(Tr::tr("%1, column “%2”, character %3: a control character (U+%4) that is not text. "
                                          "Remove it from the file and import it again.")
                                       .arg(where(), columnName(i))
                                       .arg(characterPosition(raw, at))
                                       .arg(code, 4, 16, QLatin1Char('0')));
    }
    return {};
}

Result<void> CsvReader::checkHeader() const
{
    return checkFields();
}

Result<void> CsvReader::checkColumnsUnique(const QStringList &names) const
{
    QSet<QString> wanted;
    for (const QString &name : names)
        wanted.insert(name.trimmed().toLower());
    QHash<QString, int> seen;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString key = m_header.at(i).toLower();
        if (key.isEmpty() || !wanted.contains(key))
            continue;
        if (const auto first = seen.constFind(key); first != seen.constEnd())
            return Error::badInput(Tr::tr("%1: the header names the column “%2” twice (columns %3 and %4). Rename one "
                                          "of them and import again.")
                                       .arg(where(), m_header.at(i)).arg(*first + 1).arg(i + 1));
        seen.insert(key, i);
    }
    return {};
}

namespace importing {

InputSource::~InputSource() = default;

QString InputSource::named(const QString &message) const
{
    if (!m_copy)
        return message;
    QString text = message;
    text.replace(m_path, m_given);
    text.replace(QFileInfo(m_path).fileName(), m_given);
    return text;
}

Result<std::unique_ptr<InputSource>> InputSource::open(const QString &path)
{
    std::unique_ptr<InputSource> source(new InputSource);
    source->m_given = path;
    source->m_path = path;
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Error::notFound(Tr::tr("Cannot read %1: %2").arg(path, systemReason(errno)));
    if (S_ISDIR(st.st_mode))
        return Error::badInput(Tr::tr("%1 is a folder, not a CSV file.").arg(path));
    if (S_ISREG(st.st_mode)) {
        if (st.st_size > maxInputBytes)
            return Error::badInput(Tr::tr("%1 is %2 MiB; an import reads at most %3 MiB. Split the file.")
                                       .arg(path).arg(qint64(st.st_size) >> 20).arg(maxInputBytes >> 20));
        return source;
    }
    if (!S_ISFIFO(st.st_mode))
        return Error::badInput(Tr::tr("%1 is a device or a socket, not a file; nothing was imported.").arg(path));

    // A pipe can be read once only: copy it into a private file, then read that like any file.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::notFound(Tr::tr("Cannot read %1: %2").arg(path, systemReason(errno)));
    auto copy = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/followthrough-import-XXXXXX.csv"));
    if (!copy->open()) {
        ::close(fd);
        return Error::failed(Tr::tr("Cannot read %1: no temporary file for it (%2).").arg(path, copy->errorString()));
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int code = errno;
            ::close(fd);
            return Error::failed(Tr::tr("Cannot read %1: %2").arg(path, systemReason(code)));
        }
        if (n == 0)
            break;
        total += n;
        if (total > maxInputBytes) {
            ::close(fd);
            return Error::badInput(Tr::tr("%1 gave more than %2 MiB; an import reads at most that. Nothing was imported.")
                                       .arg(path).arg(maxInputBytes >> 20));
        }
        if (copy->write(buffer.constData(), n) != n) {
            ::close(fd);
            return Error::failed(Tr::tr("Cannot read %1: the temporary copy failed (%2).").arg(path, copy->errorString()));
        }
    }
    ::close(fd);
    if (!copy->flush())
        return Error::failed(Tr::tr("Cannot read %1: the temporary copy failed (%2).").arg(path, copy->errorString()));
    source->m_path = copy->fileName();
    source->m_copy = std::move(copy);
    return source;
}

} // namespace importing

} // namespace ft
