#include "importing/textdecoding.h"

#include "importing/csvreader.h"

#include <QIODevice>
#include <array>

namespace ft {

namespace {

// Windows-1252's 0x80–0x9F; the rest of its upper half is Latin-1. Its five unassigned bytes
// read as the C1 controls of the same number, as Windows itself does.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendUtf8(QByteArray &out, char16_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Bytes at the end of `bytes` that begin a UTF-8 sequence the next chunk completes.
qsizetype incompleteTail(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, bytes.size()); ++back) {
        const auto c = uchar(bytes.at(bytes.size() - back));
        if ((c & 0xC0) == 0x80)
            continue;   // a continuation byte: look further back
        const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

QString encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    case TextEncoding::Latin1: return QStringLiteral("ISO-8859-1");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf16") || n == QLatin1String("utf16le") || n == QLatin1String("ucs2"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("ansi"))
        return TextEncoding::Windows1252;
    if (n == QLatin1String("latin1") || n == QLatin1String("iso88591") || n == QLatin1String("l1"))
        return TextEncoding::Latin1;
    return std::nullopt;
}

TextEncoding detectEncoding(QIODevice &device, int &bom, qint64 sequentialPeek)
{
    bom = 0;
    const QByteArray head = device.peek(4);
    if (head.startsWith("\xFF\xFE")) {
        bom = 2;
        return TextEncoding::Utf16LE;
    }
    if (head.startsWith("\xFE\xFF")) {
        bom = 2;
        return TextEncoding::Utf16BE;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        bom = 3;
        return TextEncoding::Utf8;
    }
    if (device.isSequential())
        return isValidUtf8(device.peek(sequentialPeek).chopped(incompleteTail(device.peek(sequentialPeek))))
                   ? TextEncoding::Utf8
                   : TextEncoding::Windows1252;
    const qint64 start = device.pos();
    QByteArray carry;
    bool utf8 = true;
    while (utf8) {
        QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        chunk.prepend(carry);
        const qsizetype tail = incompleteTail(chunk);
        carry = chunk.right(tail);
        chunk.chop(tail);
        utf8 = isValidUtf8(chunk);
    }
    if (!carry.isEmpty())
        utf8 = false;   // the file ends inside a sequence
    device.seek(start);
    return utf8 ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{
}

QByteArray TextDecoder::toUtf8(const QByteArray &chunk)
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        return chunk;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
    {
        // By hand rather than QStringDecoder: Qt 6.4's loses a byte when chunks are a byte long.
        QByteArray bytes = m_pending + chunk;
        m_pending.clear();
        const bool le = m_encoding == TextEncoding::Utf16LE;
        QString units;
        units.reserve(bytes.size() / 2);
        qsizetype i = 0;
        for (; i + 1 < bytes.size(); i += 2) {
            const auto a = uchar(bytes.at(i)), b = uchar(bytes.at(i + 1));
            units.append(QChar(char16_t(le ? (b << 8 | a) : (a << 8 | b))));
        }
        if (!units.isEmpty() && units.back().isHighSurrogate()) {
            m_pending = bytes.mid(i - 2, 2);
            units.chop(1);
        }
        m_pending += bytes.mid(i);
        // A byte-order mark at the very start is no text.
        if (!m_started && !units.isEmpty()) {
            m_started = true;
            if (units.front() == QChar(0xFEFF))
                units.remove(0, 1);
        }
        return units.toUtf8();
    }
    case TextEncoding::Windows1252:
    case TextEncoding::Latin1: {
        QByteArray out;
        out.reserve(chunk.size() + chunk.size() / 8);
        for (const char byte : chunk) {
            const auto b = uchar(byte);
            if (b < 0x80)
                out.append(byte);
            else if (b < 0xA0 && m_encoding == TextEncoding::Windows1252)
                appendUtf8(out, cp1252High[b - 0x80]);
            else
                appendUtf8(out, char16_t(b));
        }
        return out;
    }
    }
    return chunk;
}

} // namespace ft
