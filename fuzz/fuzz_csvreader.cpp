// The CSV reader on any bytes: it never crashes or hangs, every record it accepts has the header's
// field count, and reading in tiny pieces gives exactly what reading in one piece gives (the chunk
// boundaries of a real file fall anywhere: inside quotes, between \r and \n, inside the BOM).
#include "fuzzsupport.h"
#include "importing/csvreader.h"

#include <QList>
#include <QStringList>

using ft::CsvReader;

namespace {

struct Outcome
{
    QString openError;
    char separator = ',';
    QStringList header;
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList recordErrors;
    bool fatal = false;

    bool operator==(const Outcome &) const = default;
};

QString describe(const Outcome &o)
{
    return QStringLiteral("open error “%1”, %2 records, %3 record errors, fatal %4, header %5")
        .arg(o.openError)
        .arg(o.records.size())
        .arg(o.recordErrors.size())
        .arg(o.fatal)
        .arg(o.header.join(QLatin1Char('|')));
}

Outcome readAll(const QString &path, qint64 chunkSize, size_t inputSize)
{
    CsvReader reader(path);
    reader.setChunkSize(chunkSize);
    Outcome o;
    if (auto opened = reader.open(); !opened) {
        o.openError = opened.error().message;
        return o;
    }
    o.separator = reader.separator();
    o.header = reader.header();
    FT_FUZZ_CHECK(!o.header.isEmpty(), QStringLiteral("an opened file has a header"));
    qint64 lastLine = 0;
    // Every record consumes at least one byte, so more calls than bytes would mean a loop.
    for (size_t calls = 0;; ++calls) {
        FT_FUZZ_CHECK(calls <= inputSize + 1, QStringLiteral("next() returned more records than there are bytes"));
        auto next = reader.next();
        FT_FUZZ_CHECK(reader.bytesRead() <= reader.size(), QStringLiteral("read %1 of %2 bytes")
                                                                .arg(reader.bytesRead()).arg(reader.size()));
        if (!next) {
            FT_FUZZ_CHECK(next.error().code == ft::Error::Code::BadInput, next.error().message);
            FT_FUZZ_CHECK(next.error().message.contains(reader.fileName()), next.error().message);
            o.recordErrors << next.error().message;
            if (reader.fatalError()) {
                o.fatal = true;
                break;
            }
            continue;
        }
        if (!next.value())
            break;
        FT_FUZZ_CHECK(reader.fieldCount() == o.header.size(),
                      QStringLiteral("%1 fields, header %2").arg(reader.fieldCount()).arg(o.header.size()));
        FT_FUZZ_CHECK(reader.line() > lastLine, QStringLiteral("line %1 after %2").arg(reader.line()).arg(lastLine));
        lastLine = reader.line();
        o.records << reader.fields();
        o.lines << reader.line();
        FT_FUZZ_CHECK(reader.rawField(reader.fieldCount()).isEmpty(), QStringLiteral("a field past the end"));
    }
    if (!o.fatal)
        FT_FUZZ_CHECK(reader.bytesRead() == reader.size(), QStringLiteral("stopped at %1 of %2 bytes")
                                                               .arg(reader.bytesRead()).arg(reader.size()));
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = ft::fuzz::writeInput(data, size);
    const Outcome whole = readAll(path, 1 << 20, size);
    // A chunk size from 1 to 7 bytes, chosen by the input so that every size is tried.
    const qint64 small = 1 + qint64(size % 7);
    const Outcome pieces = readAll(path, small, size);
    FT_FUZZ_CHECK(whole == pieces, QStringLiteral("in one piece: %1\nin pieces of %2 bytes: %3")
                                       .arg(describe(whole)).arg(small).arg(describe(pieces)));
    return 0;
}
