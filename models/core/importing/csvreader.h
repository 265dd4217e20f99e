#pragma once

#include "domain/error.h"
#include "importing/textdecoding.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace ft {

// Reads a CSV file one record at a time, never the whole file at once (RFC 4180: quoted fields,
// doubled quotes, line breaks inside quotes; plus what spreadsheets write: a UTF-8 byte-order mark,
// CRLF, semicolon or tab separators). The separator is detected from the header line.
//
// Every failure names the file and the physical line where the record starts.
class CsvReader
{
public:
    explicit CsvReader(QString path);

    // Opens the file, skips a byte-order mark, detects the separator and reads the header.
    // An empty file is an error; a header without rows is not (the caller decides).
    Result<void> open();

    // The next record; false at the end of the file. A record whose field count differs from the
    // header's, or that is not UTF-8, is an error of that record: the reader can go on after it.
    // An unterminated quote is fatal (fatalError() says so) because no record boundary follows.
    Result<bool> next();

    // The text encoding, before open(): nullopt (the default) detects it (textdecoding.h).
    void setEncoding(std::optional<TextEncoding> encoding) { m_forcedEncoding = encoding; }
    TextEncoding encoding() const { return m_encoding; }

    // A pass that only looks at a few columns (date detection) may skip the UTF-8 check.
    void setValidateUtf8(bool validate) { m_validateUtf8 = validate; }
    // Off for a pass that only looks (the date order): the field bounds and control characters
    // are the real pass's to check.
    void setCheckFields(bool check) { m_checkFields = check; }

    // How much is read from the file at a time (1 MiB). Tests and the fuzz targets set a few bytes,
    // before open(), so that record, line-break and byte-order-mark boundaries fall between reads.
    void setChunkSize(qint64 bytes) { m_chunkSize = std::max<qint64>(1, bytes); }

    // The name messages give the file (a spreadsheet converted to CSV keeps its own name).
    void setDisplayName(const QString &name) { m_displayName = name; }
    QString path() const { return m_path; }
    QString fileName() const;
    char separator() const { return m_separator; }
    const QStringList &header() const { return m_header; }
    int columnOf(const QString &name) const;   // case-insensitive, trimmed; -1 when absent

    int fieldCount() const { return int(m_offsets.size()); }
    QString field(int i) const;
    QByteArrayView rawField(int i) const;
    QStringList fields() const;

    qint64 line() const { return m_recordLine; }      // physical line where the current record starts
    // Bytes of the file read so far; when the text is decoded, counted in the file's own bytes (as far
    // as its reads have got), never more than its size.
    qint64 bytesRead() const { return m_decoder ? std::min(m_file.pos(), m_size) : m_consumed + m_pos; }
    qint64 size() const { return m_size; }
    bool fatalError() const { return m_fatal; }

    // "file.csv, line 12": the prefix of every message about the current record.
    QString where() const;

    // No record (a line, or lines joined by a quoted field) may be longer, and no field (inputlimits.h).
    static constexpr qsizetype maxRecordBytes = qsizetype(8) << 20;
    static constexpr qsizetype maxFieldBytes = qsizetype(1) << 20;

    // Refuses when one of `names` heads two columns: which one a mapping means would be a guess
    // (inputlimits.cpp).
    Result<void> checkColumnsUnique(const QStringList &names) const;

private:
    enum class Read { Record, End, Unterminated, TooLong };
    // The bounds of SPEC §4 on the current record and the header (importing/inputlimits.cpp).
    Result<void> checkFields() const;
    Result<void> checkHeader() const;
    // The header's name of column `i` (0-based), or its number when the header has none there.
    QString columnName(int i) const;
    bool fill();
    bool ensure(qsizetype count);
    Read readRecord();

    QString m_path;
    QString m_displayName;
    QFile m_file;
    std::optional<TextEncoding> m_forcedEncoding;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<TextDecoder> m_decoder;   // none for UTF-8: its bytes are read as they are
    qint64 m_size = 0;
    qint64 m_chunkSize = 1 << 20;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;        // bytes of the file before m_buf[m_pos]
    bool m_eof = false;
    bool m_fatal = false;
    bool m_validateUtf8 = true;
    bool m_checkFields = true;
    char m_separator = ',';
    QStringList m_header;
    qint64 m_line = 1;            // physical line at m_pos
    qint64 m_recordLine = 0;
    QByteArray m_record;          // the current record's unquoted field bytes, one after another
    std::vector<std::pair<qsizetype, qsizetype>> m_offsets;   // (start, length) of each field in m_record
};

// True when the bytes are well-formed UTF-8.
bool isValidUtf8(QByteArrayView bytes);

} // namespace ft
