#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace ft::fuzz {

namespace {

struct Scratch
{
    Scratch()
    {
        if (!dir.isValid())
            fail(__FILE__, __LINE__, "a scratch folder", dir.errorString());
    }
    QTemporaryDir dir;
};

} // namespace

void ensureApplication()
{
    // A function-local static: built once, destroyed at exit after everything built later.
    static int argc = 1;
    static char name[] = "ftfuzz";
    static char *argv[] = {name, nullptr};
    static const std::unique_ptr<QCoreApplication> app = []() -> std::unique_ptr<QCoreApplication> {
        if (QCoreApplication::instance())
            return {};
        return std::make_unique<QCoreApplication>(argc, argv);
    }();
}

QString writeInput(const uint8_t *data, size_t size, const QString &name)
{
    ensureApplication();
    static Scratch scratch;
    const QString path = scratch.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail(__FILE__, __LINE__, "writing the input file", file.errorString());
    return path;
}

void fail(const char *file, int line, const char *property, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n%s\n", file, line, property, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace ft::fuzz
