#include "importing/csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstring>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::CsvReader)
};
} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Eight ASCII bytes at a time: most of any export is ASCII.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        p += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

QString CsvReader::fileName() const { return m_displayName.isEmpty() ? QFileInfo(m_path).fileName() : m_displayName; }

QString CsvReader::where() const { return Tr::tr("%1, line %2").arg(fileName()).arg(m_recordLine); }

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_eof)
        return false;
    // No more than the file has left: a read allocates all it asks for, and most files are small.
    // A decoder may hold a chunk's bytes back (half a UTF-16 unit): read on until text arrives.
    for (;;) {
        const qint64 left = m_file.isSequential() ? m_chunkSize : m_file.size() - m_file.pos();
        const QByteArray chunk = m_file.read(std::clamp<qint64>(left, 1, m_chunkSize));
        if (chunk.isEmpty()) {
            m_eof = true;
            return false;
        }
        const qsizetype before = m_buf.size();
        m_buf.append(m_decoder ? m_decoder->toUtf8(chunk) : chunk);
        if (m_buf.size() > before)
            return true;
    }
}

// At least `count` unread bytes in the buffer, reading on as needed; false when the file ends first.
bool CsvReader::ensure(qsizetype count)
{
    while (m_buf.size() - m_pos < count) {
        if (!fill())
            return false;
    }
    return true;
}

Result<void> CsvReader::open()
{
    if (QFileInfo(m_path).isDir())
        return Error::badInput(Tr::tr("%1 is a folder, not a CSV file.").arg(m_path));
    if (!m_file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("Cannot read %1: %2").arg(m_path, m_file.errorString()));
    m_size = m_file.size();
    int bom = 0;
    m_encoding = m_forcedEncoding ? *m_forcedEncoding : detectEncoding(m_file, bom);
    if (m_encoding != TextEncoding::Utf8)
        m_decoder = std::make_unique<TextDecoder>(m_encoding);
    // The byte-order mark and the header line may span several reads: look at them through ensure().
    if (ensure(3) && std::memcmp(m_buf.constData() + m_pos, "\xEF\xBB\xBF", 3) == 0)
        m_pos += 3;
    // Nothing but white space is as empty as no bytes at all.
    qsizetype text = 0;   // the first byte that is not white space
    while (ensure(text + 1) && QChar::isSpace(uchar(m_buf.at(m_pos + text))))
        ++text;
    if (!ensure(text + 1))
        return Error::badInput(Tr::tr("%1 is empty: there is no header line and no data.").arg(fileName()));
    // Blank lines before the header carry nothing: the header is the first line with text (read as
    // a header, a blank line made every row "2 fields where the header has 1").
    qsizetype headerStart = text;
    while (headerStart > 0 && m_buf.at(m_pos + headerStart - 1) != '\n' && m_buf.at(m_pos + headerStart - 1) != '\r')
        --headerStart;
    for (qsizetype i = 0; i < headerStart; ++i) {
        const char c = m_buf.at(m_pos + i);
        if (c == '\n' || (c == '\r' && m_buf.at(m_pos + i + 1) != '\n'))
            ++m_line;
    }
    m_pos += headerStart;

    // The separator that occurs most often in the header line, outside quotes.
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = 0; ensure(i + 1); ++i) {
        const char c = m_buf.at(m_pos + i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    m_separator = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_separator = ';';
    else if (tabs > commas && tabs > semicolons)
        m_separator = '\t';

    if (const Read header = readRecord(); header != Read::Record) {
        m_fatal = true;
        if (header == Read::TooLong)
            return Error::badInput(Tr::tr("%1: the header line is longer than %2 MiB; this is not a CSV file.")
                                       .arg(where()).arg(maxRecordBytes >> 20));
        return Error::badInput(Tr::tr("%1: a quote in the header line is never closed.").arg(where()));
    }
    if (!isValidUtf8(m_record))
        return Error::badInput(Tr::tr("%1: the header line is not UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in a "
                                  "spreadsheet) and import it again.").arg(where()));
    m_header.clear();
    for (int i = 0; i < fieldCount(); ++i)
        m_header << field(i).trimmed();
    return checkHeader();
}

int CsvReader::columnOf(const QString &name) const
{
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

CsvReader::Read CsvReader::readRecord()
{
    m_record.clear();
    m_offsets.clear();
    if (m_pos >= m_buf.size() && !fill())
        return Read::End;
    m_recordLine = m_line;

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = State::FieldStart;
    qsizetype fieldStart = 0;
    const auto endField = [&] {
        m_offsets.emplace_back(fieldStart, m_record.size() - fieldStart);
        fieldStart = m_record.size();
    };
    // A line break ends the record: \n, \r\n or a lone \r.
    const auto endLine = [&](char c) {
        if (c == '\r') {
            if (m_pos >= m_buf.size())
                fill();
            if (m_pos < m_buf.size() && m_buf.at(m_pos) == '\n')
                ++m_pos;
        }
        ++m_line;
        endField();
    };

    for (;;) {
        if (m_record.size() > maxRecordBytes)
            return Read::TooLong;
        if (m_pos >= m_buf.size() && !fill()) {
            if (state == State::Quoted)
                return Read::Unterminated;
            endField();
            return Read::Record;
        }
        const char c = m_buf.at(m_pos++);
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_separator) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endLine(c);
                return Read::Record;
            } else {
                // Copy the run of ordinary bytes in one go: most fields have no quotes.
                const qsizetype from = m_pos - 1;
                qsizetype to = m_pos;
                const qsizetype n = m_buf.size();
                const char *d = m_buf.constData();
                while (to < n && d[to] != m_separator && d[to] != '\n' && d[to] != '\r')
                    ++to;
                m_record.append(d + from, to - from);
                m_pos = to;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n')
                    ++m_line;
                m_record.append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_record.append('"');
                state = State::Quoted;
            } else if (c == m_separator) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endLine(c);
                return Read::Record;
            } else {
                // Text after a closing quote: keep it, as spreadsheets do.
                m_record.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
}

Result<bool> CsvReader::next()
{
    for (;;) {
        switch (readRecord()) {
        case Read::End:
            return false;
        case Read::Unterminated:
            m_fatal = true;
            // The fields before it were complete: the open quote is in the next column.
            return Error::badInput(Tr::tr("%1, column “%2”: a quoted field starts here and is never closed.")
                                       .arg(where(), columnName(int(m_offsets.size()))));
        case Read::TooLong:
            m_fatal = true;
            return Error::badInput(Tr::tr("%1: the record starting here is longer than %2 MiB (is a quote never closed, or "
                                          "is this not a CSV file?).").arg(where()).arg(maxRecordBytes >> 20));
        case Read::Record:
            break;
        }
        // Blank lines carry nothing; skip them rather than call them ragged.
        if (m_offsets.size() == 1 && m_record.isEmpty())
            continue;
        if (m_validateUtf8 && !isValidUtf8(m_record)) {
            int column = 0;
            while (column + 1 < fieldCount() && isValidUtf8(rawField(column)))
                ++column;
            return Error::badInput(Tr::tr("%1, column “%2”: the text is not UTF-8. Save the file as UTF-8 (CSV UTF-8 in a "
                                          "spreadsheet) and import it again.").arg(where(), columnName(column)));
        }
        if (fieldCount() != m_header.size())
            return Error::badInput(Tr::tr("%1: %2 fields where the header has %3.")
                                       .arg(where()).arg(fieldCount()).arg(m_header.size()));
        if (m_checkFields) {
            if (auto bounded = checkFields(); !bounded)
                return bounded.error();
        }
        return true;
    }
}

QByteArrayView CsvReader::rawField(int i) const
{
    if (i < 0 || std::size_t(i) >= m_offsets.size())
        return {};
    return QByteArrayView(m_record.constData() + m_offsets[std::size_t(i)].first, m_offsets[std::size_t(i)].second);
}

QString CsvReader::field(int i) const
{
    const QByteArrayView raw = rawField(i);
    return QString::fromUtf8(raw.data(), raw.size());
}

QStringList CsvReader::fields() const
{
    QStringList all;
    all.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        all << field(i);
    return all;
}

} // namespace ft
