#include "importing/spreadsheet.h"

#include "domain/isodate.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <zip.h>

#include <memory>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

constexpr qint64 sheetCap = qint64(512) << 20;
constexpr qint64 sharedStringsCap = qint64(128) << 20;
constexpr qint64 smallCap = qint64(16) << 20;
constexpr qint64 maxRatio = 200;
constexpr qint64 maxCells = 20'000'000;
constexpr int maxColumns = 16'384;

// Rows of cells to CSV, every field quoted; rows with nothing in them left out.
class CsvOut
{
public:
    explicit CsvOut(QIODevice &out) : m_out(out) {}
    // A sheet leaves out empty cells at the end of a row: rows are padded to the header's width.
    bool row(QStringList cells)
    {
        bool any = false;
        for (const QString &c : cells)
            any = any || !c.trimmed().isEmpty();
        if (!any)
            return true;
        if (m_width < 0)
            m_width = int(cells.size());
        while (cells.size() < m_width)
            cells << QString();
        QByteArray line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += ',';
            QByteArray v = cells.at(i).toUtf8();
            v.replace('"', "\"\"");
            line += '"' + v + '"';
        }
        line += '\n';
        return m_out.write(line) == line.size();
    }

private:
    QIODevice &m_out;
    int m_width = -1;
};

QString serialToText(double serial, bool withTime, bool date1904)
{
    // The 1900 date system: day 1 is 1900-01-01, and Excel's phantom 1900-02-29 makes day 60 on
    // count from 1899-12-30 right for every date after February 1900. The 1904 system (workbooks
    // made on old Macs, and any with "Use 1904 date system" ticked) counts from 1904-01-01 = day 0.
    const qint64 seconds = qRound64(serial * 86400.0);
    const QDateTime base(date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
    const QDateTime at = base.addSecs(seconds);
    return at.toString(withTime ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : IsoDateFormat);
}

// "AB12" → 27 (0-based column); -1 when there is no letter.
int columnOfReference(QStringView ref)
{
    int col = 0, letters = 0;
    for (const QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            col = col * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : col - 1;
}

class Zip
{
public:
    explicit Zip(const QString &path) : m_path(path) {}
    ~Zip()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Result<void> open()
    {
        int error = 0;
        m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &error);
        if (!m_zip)
            return Error::badInput(Tr::tr("%1 is not a readable .xlsx workbook (its zip container is damaged).")
                                       .arg(QFileInfo(m_path).fileName()));
        return {};
    }
    bool has(const char *name) const { return zip_name_locate(m_zip, name, 0) >= 0; }
    // Reads an entry in pieces, each handed to `sink`; refuses it past `cap` or the ratio.
    Result<void> read(const char *name, qint64 cap, const std::function<bool(const QByteArray &)> &sink) const
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, name, 0, &st) != 0)
            return Error::badInput(Tr::tr("%1 has no part %2: it is not a workbook FollowThrough can read.")
                                       .arg(QFileInfo(m_path).fileName(), QLatin1String(name)));
        const auto tooBig = [&] {
            return Error::badInput(Tr::tr("%1: the part %2 unpacks to more than %3 MiB (or more than %4 times its "
                                          "packed size); the file is refused as too large or as a zip bomb.")
                                       .arg(QFileInfo(m_path).fileName(), QLatin1String(name))
                                       .arg(cap >> 20)
                                       .arg(maxRatio));
        };
        const qint64 packed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        const qint64 limit = std::min<qint64>(cap, std::max<qint64>(packed, 4096) * maxRatio);
        if ((st.valid & ZIP_STAT_SIZE) && qint64(st.size) > limit)
            return tooBig();
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(m_zip, name, 0), &zip_fclose);
        if (!file)
            return Error::badInput(Tr::tr("%1: cannot read the part %2.").arg(QFileInfo(m_path).fileName(),
                                                                           QLatin1String(name)));
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        qint64 total = 0;
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), chunk.data(), zip_uint64_t(chunk.size()));
            if (n < 0)
                return Error::badInput(Tr::tr("%1: the part %2 is damaged.").arg(QFileInfo(m_path).fileName(),
                                                                               QLatin1String(name)));
            if (n == 0)
                break;
            total += n;
            if (total > limit)   // the size in the directory may lie: the bytes decide
                return tooBig();
            if (!sink(chunk.left(qsizetype(n))))
                return Error::badInput(QString());
        }
        return {};
    }

private:
    QString m_path;
    zip_t *m_zip = nullptr;
};

// Reads a whole small part into memory (bounded by `cap`).
Result<QByteArray> readPart(const Zip &zip, const char *name, qint64 cap)
{
    QByteArray all;
    auto ok = zip.read(name, cap, [&](const QByteArray &b) {
        all += b;
        return true;
    });
    if (!ok)
        return ok.error();
    return all;
}

// <workbookPr date1904="1"/>: the workbook's serial dates count from 1904.
bool uses1904Dates(const QByteArray &workbook)
{
    QXmlStreamReader wb(workbook);
    while (!wb.atEnd()) {
        if (wb.readNext() == QXmlStreamReader::StartElement && wb.name() == QLatin1String("workbookPr")) {
            const auto flag = wb.attributes().value(QLatin1String("date1904"));
            return flag == QLatin1String("1") || flag.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        }
    }
    return false;
}

// The path of the first sheet: workbook.xml's first <sheet r:id>, through workbook.xml.rels.
QString firstSheetPath(const QByteArray &workbook, const QByteArray &rels)
{
    QString id;
    QXmlStreamReader wb(workbook);
    while (!wb.atEnd() && id.isEmpty()) {
        if (wb.readNext() == QXmlStreamReader::StartElement && wb.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &a : wb.attributes()) {
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            }
        }
    }
    QXmlStreamReader rr(rels);
    while (!rr.atEnd()) {
        if (rr.readNext() == QXmlStreamReader::StartElement && rr.name() == QLatin1String("Relationship")
            && rr.attributes().value(QLatin1String("Id")) == id) {
            QString target = rr.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    int phonetic = 0;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (r.name() == QLatin1String("si"))
                current.clear();
            else if (r.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (r.name() == QLatin1String("t") && phonetic == 0)
                current += r.readElementText();
        } else if (t == QXmlStreamReader::EndElement) {
            if (r.name() == QLatin1String("si"))
                strings << current;
            else if (r.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    return strings;
}

// Which cell styles (s="n") show a date: built-in formats 14–22 and 45–47, and custom formats
// whose code has day, month, year or hour letters outside quotes and brackets.
QList<int> dateStyles(const QByteArray &xml)
{
    QHash<int, bool> customIsDate;
    QList<int> dates;
    QXmlStreamReader r(xml);
    bool inXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement && r.name() == QLatin1String("numFmt")) {
            const QString code = r.attributes().value(QLatin1String("formatCode")).toString().toLower();
            bool quoted = false, bracket = false, isDate = false;
            for (const QChar c : code) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (c == QLatin1Char('['))
                    bracket = true;
                else if (c == QLatin1Char(']'))
                    bracket = false;
                else if (!quoted && !bracket && QStringLiteral("dmyh").contains(c))
                    isDate = true;
            }
            customIsDate.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(), isDate);
        } else if (t == QXmlStreamReader::StartElement && r.name() == QLatin1String("cellXfs")) {
            inXfs = true;
        } else if (t == QXmlStreamReader::EndElement && r.name() == QLatin1String("cellXfs")) {
            inXfs = false;
        } else if (inXfs && t == QXmlStreamReader::StartElement && r.name() == QLatin1String("xf")) {
            const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
            if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || customIsDate.value(id, false))
                dates << index;
            ++index;
        }
    }
    return dates;
}

Result<void> xlsxToCsv(const QString &path, QIODevice &out)
{
    Zip zip(path);
    if (auto ok = zip.open(); !ok)
        return ok;
    auto workbook = readPart(zip, "xl/workbook.xml", smallCap);
    if (!workbook)
        return workbook.error();
    QByteArray rels;
    if (zip.has("xl/_rels/workbook.xml.rels")) {
        auto r = readPart(zip, "xl/_rels/workbook.xml.rels", smallCap);
        if (!r)
            return r.error();
        rels = r.value();
    }
    QStringList strings;
    if (zip.has("xl/sharedStrings.xml")) {
        auto s = readPart(zip, "xl/sharedStrings.xml", sharedStringsCap);
        if (!s)
            return s.error();
        strings = sharedStrings(s.value());
    }
    QList<int> dates;
    if (zip.has("xl/styles.xml")) {
        auto s = readPart(zip, "xl/styles.xml", smallCap);
        if (!s)
            return s.error();
        dates = dateStyles(s.value());
    }
    const QByteArray sheet = firstSheetPath(workbook.value(), rels).toUtf8();
    const bool date1904 = uses1904Dates(workbook.value());

    // The sheet streams through the XML reader piece by piece: never whole in memory.
    CsvOut csv(out);
    QXmlStreamReader r;
    QStringList row;
    QString value, type;
    int column = 0, style = -1;
    qint64 cells = 0;
    bool inValue = false, inInline = false;
    QString failure;
    const auto finishCell = [&] {
        QString text = value;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int i = value.toInt(&ok);
            text = ok ? strings.value(i) : QString();
        } else if (type == QLatin1String("b")) {
            text = value == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
        } else if ((type.isEmpty() || type == QLatin1String("n")) && dates.contains(style) && !value.isEmpty()) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (ok)
                text = serialToText(serial, serial != std::floor(serial), date1904);
        }
        while (row.size() < column)
            row << QString();
        if (row.size() == column)
            row << text;
        else
            row[column] = text;
    };
    auto parsed = zip.read(sheet.constData(), sheetCap, [&](const QByteArray &bytes) {
        r.addData(bytes);
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                return r.error() == QXmlStreamReader::PrematureEndOfDocumentError;
            if (t == QXmlStreamReader::StartElement) {
                const auto name = r.name();
                if (name == QLatin1String("row")) {
                    row.clear();
                } else if (name == QLatin1String("c")) {
                    const auto a = r.attributes();
                    const int c = columnOfReference(a.value(QLatin1String("r")));
                    column = c >= 0 ? c : int(row.size());
                    type = a.value(QLatin1String("t")).toString();
                    style = a.hasAttribute(QLatin1String("s")) ? a.value(QLatin1String("s")).toInt() : -1;
                    value.clear();
                    if (column >= maxColumns || ++cells > maxCells) {
                        failure = Tr::tr("%1: the sheet has more than %2 cells or %3 columns; it is refused as too large.")
                                      .arg(QFileInfo(path).fileName())
                                      .arg(maxCells)
                                      .arg(maxColumns);
                        return false;
                    }
                } else if (name == QLatin1String("v")) {
                    inValue = true;
                } else if (name == QLatin1String("is")) {
                    inInline = true;
                } else if (name == QLatin1String("t") && inInline) {
                    inValue = true;
                }
            } else if (t == QXmlStreamReader::Characters && inValue) {
                value += r.text();
            } else if (t == QXmlStreamReader::EndElement) {
                const auto name = r.name();
                if (name == QLatin1String("v") || name == QLatin1String("t"))
                    inValue = false;
                else if (name == QLatin1String("is"))
                    inInline = false;
                else if (name == QLatin1String("c"))
                    finishCell();
                else if (name == QLatin1String("row") && !csv.row(row)) {
                    failure = Tr::tr("Cannot write the converted sheet of %1.").arg(QFileInfo(path).fileName());
                    return false;
                }
            }
        }
        return true;
    });
    if (!failure.isEmpty())
        return Error::badInput(failure);
    if (!parsed)
        return parsed;
    if (r.hasError() && r.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return Error::badInput(Tr::tr("%1: the sheet is not well-formed XML (%2).").arg(QFileInfo(path).fileName(),
                                                                                      r.errorString()));
    return {};
}

Result<void> xml2003ToCsv(const QString &path, QIODevice &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QXmlStreamReader r(&file);
    CsvOut csv(out);
    QStringList row;
    int worksheets = 0, column = 0;
    bool cellHasData = false;
    qint64 cells = 0;
    QString type;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const auto name = r.name();
            if (name == QLatin1String("Worksheet") && ++worksheets > 1)
                break;   // the first sheet only
            if (name == QLatin1String("Row")) {
                row.clear();
                column = 0;
            } else if (name == QLatin1String("Cell")) {
                cellHasData = false;
                if (const auto index = r.attributes().value(QLatin1String("urn:schemas-microsoft-com:office:spreadsheet"),
                                                            QLatin1String("Index"));
                    !index.isEmpty())
                    column = index.toInt() - 1;
                if (column < 0 || column >= maxColumns || ++cells > maxCells)
                    return Error::badInput(Tr::tr("%1: the sheet has more than %2 cells or %3 columns; it is refused "
                                                  "as too large.").arg(QFileInfo(path).fileName()).arg(maxCells).arg(maxColumns));
            } else if (name == QLatin1String("Data")) {
                type = r.attributes().value(QLatin1String("urn:schemas-microsoft-com:office:spreadsheet"),
                                            QLatin1String("Type")).toString();
                cellHasData = true;
                QString text = r.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("DateTime")) {
                    text.replace(QLatin1Char('T'), QLatin1Char(' '));
                    if (text.endsWith(QLatin1String(".000")))
                        text.chop(4);
                    if (text.endsWith(QLatin1String(" 00:00:00")))
                        text.chop(9);
                }
                while (row.size() < column)
                    row << QString();
                row << text;
                ++column;
            }
        } else if (t == QXmlStreamReader::EndElement && r.name() == QLatin1String("Cell")) {
            if (!cellHasData) {   // an empty cell still takes its place
                while (row.size() < column)
                    row << QString();
                row << QString();
            }
            column = int(row.size());
        } else if (t == QXmlStreamReader::EndElement && r.name() == QLatin1String("Row")) {
            if (!csv.row(row))
                return Error::failed(Tr::tr("Cannot write the converted sheet of %1.").arg(QFileInfo(path).fileName()));
        }
    }
    if (r.hasError())
        return Error::badInput(Tr::tr("%1, line %2: the XML spreadsheet is not well-formed (%3).")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(r.lineNumber())
                                   .arg(r.errorString()));
    return {};
}

} // namespace

SpreadsheetKind spreadsheetKind(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return SpreadsheetKind::None;
    const QByteArray head = f.read(4096);
    if (head.startsWith("PK\x03\x04"))
        return SpreadsheetKind::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return SpreadsheetKind::BinaryXls;
    if (head.contains("urn:schemas-microsoft-com:office:spreadsheet") && head.contains("<Workbook"))
        return SpreadsheetKind::Xml2003;
    return SpreadsheetKind::None;
}

Result<void> spreadsheetToCsv(const QString &path, const QString &csvPath)
{
    const SpreadsheetKind kind = spreadsheetKind(path);
    if (kind == SpreadsheetKind::BinaryXls)
        return Error::badInput(Tr::tr("%1 is a binary Excel 97–2003 workbook, which FollowThrough does not read. Save "
                                      "it as .xlsx or as CSV and import that.").arg(QFileInfo(path).fileName()));
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::failed(Tr::tr("Cannot write %1: %2").arg(csvPath, out.errorString()));
    auto done = kind == SpreadsheetKind::Xlsx ? xlsxToCsv(path, out) : xml2003ToCsv(path, out);
    out.close();
    return done;
}

} // namespace ft::importing
