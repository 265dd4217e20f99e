// Replays fuzz inputs without libFuzzer: every file named on the command line, and every file in
// every folder named, goes once through the target's LLVMFuzzerTestOneInput. The normal build runs
// the committed seed corpus and the regressions this way (CTest), so CI needs no clang. A missing
// file or folder is skipped; no input at all is an error (a wrong path must not pass silently).
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdio>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QStringList inDir;
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                inDir << it.next();
            inDir.sort();
            files << inDir;
        } else if (QFileInfo(arg).isFile()) {
            files << arg;
        } else {
            // fuzz/regressions/<target> exists only once the target has found something.
            std::fprintf(stderr, "%s: not there, nothing to replay from it\n", argv[i]);
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...: no inputs found\n", argv[0]);
        return 2;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    }
    std::printf("%lld inputs replayed without a finding\n", static_cast<long long>(files.size()));
    return 0;
}
