#include "importsupport.h"

#include "testsupport.h"

namespace ft::test {

importing::ImportReport mustImportAt(Timestamp fallbackNow, const Store &store, const QString &path,
                                     importing::ImportOptions options)
{
    if (options.now == 0)
        options.now = fallbackNow;
    auto r = importing::importFile(store, path, options);
    if (!r)
        qFatal("import of %s failed: %s", qPrintable(path), qPrintable(r.error().message));
    return r.value();
}

importing::ImportReport mustImport(const Store &store, const QString &path, importing::ImportOptions options)
{
    return mustImportAt(at(2026, 4, 1, 9, 0), store, path, std::move(options));
}

} // namespace ft::test
