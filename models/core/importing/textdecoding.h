#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

class QIODevice;

// The text encodings of imported files (SPEC §3, issue 17): UTF-8 with or without a byte-order
// mark, UTF-16 with one, and Windows-1252 (a superset of Latin-1 for printable text, what
// ServiceNow's and Excel's CSV exports write on Western Windows) when the bytes are not UTF-8.
// The reader works on UTF-8: a TextDecoder turns each chunk it reads into UTF-8, chunk by chunk,
// keeping a sequence split between two chunks for the next.
namespace ft {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

QString encodingName(TextEncoding e);                        // "UTF-8", "UTF-16LE", "Windows-1252" …
// utf-8, utf8, utf-16, utf-16le, utf-16be, windows-1252, cp1252, latin1, iso-8859-1 (any case).
std::optional<TextEncoding> encodingFromName(const QString &name);

// Looks at the device from its current position and puts it back there: a UTF-16 byte-order mark
// decides; otherwise UTF-8 when every byte read is UTF-8 (the whole of a regular file, the first
// `sequentialPeek` bytes of a pipe), else Windows-1252. `bom` is set to the mark's length.
TextEncoding detectEncoding(QIODevice &device, int &bom, qint64 sequentialPeek = 1 << 20);

class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);
    TextEncoding encoding() const { return m_encoding; }
    // Chunk in the file's encoding → UTF-8 (UTF-8 passes through untouched).
    QByteArray toUtf8(const QByteArray &chunk);

private:
    TextEncoding m_encoding;
    bool m_started = false;
    QByteArray m_pending;   // UTF-16: an odd byte, or a high surrogate, that the next chunk completes
};

} // namespace ft
