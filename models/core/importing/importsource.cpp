#include "importing/importsource.h"

#include "importing/eventsprofile.h"
#include "importing/genericprofile.h"
#include "importing/importer.h"
#include "importing/servicenowprofile.h"
#include "importing/spreadsheet.h"
#include "importing/surveysprofile.h"
#include "importing/toolprofiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

constexpr int rowsPerTick = 2000;


// The cell's text into `into`, reusing its buffer when the cell is ASCII (dates nearly always are).
void asText(QByteArrayView raw, QString &into)
{
    if (std::any_of(raw.begin(), raw.end(), [](char c) { return uchar(c) >= 0x80; })) {
        into = QString::fromUtf8(raw);
        return;
    }
    into.resize(raw.size());
    QChar *out = into.data();
    for (qsizetype i = 0; i < raw.size(); ++i)
        out[i] = QLatin1Char(raw[i]);
}

} // namespace

QList<int> dateColumns(const CsvReader &reader, Profile profile, const QHash<QString, QString> &mapping)
{
    QList<int> columns;
    const auto add = [&](const QString &name) {
        if (int i = reader.columnOf(name); i >= 0 && !columns.contains(i))
            columns << i;
    };
    switch (profile) {
    case Profile::ServiceNow:
        for (const QString &name : serviceNowDateColumns())
            add(name);
        break;
    case Profile::Surveys:
        if (int i = surveyColumns(reader).date; i >= 0)
            columns << i;
        break;
    case Profile::Generic:
    case Profile::Jira:
    case Profile::Zendesk:
    case Profile::Freshservice:
    case Profile::Glpi:
    case Profile::Otrs:
    case Profile::Osticket:
    case Profile::Zammad:
        for (const QString &field : genericDateFields()) {
            if (mapping.contains(field))
                add(mapping.value(field));
        }
        break;
    case Profile::Events:
        if (mapping.contains(QStringLiteral("at")))
            add(mapping.value(QStringLiteral("at")));
        break;
    }
    return columns;
}


Result<Source> openSource(const QString &path)
{
    Source s;
    s.csv = path;
    s.name = QFileInfo(path).fileName();
    if (spreadsheetKind(path) == SpreadsheetKind::None)
        return s;
    s.dir = std::make_unique<QTemporaryDir>();
    if (!s.dir->isValid())
        return Error::failed(Tr::tr("Cannot create a temporary folder to read %1.").arg(s.name));
    s.csv = s.dir->filePath(QStringLiteral("sheet.csv"));
    if (auto converted = spreadsheetToCsv(path, s.csv); !converted)
        return converted.error();
    return s;
}

DateOrderScan::DateOrderScan(QList<int> columns)
    : m_columns(std::move(columns))
{
}

void DateOrderScan::add(const CsvReader &reader)
{
    for (int c : std::as_const(m_columns)) {
        const bool hadDay = m_detector.sawDayFirst();
        const bool hadMonth = m_detector.sawMonthFirst();
        asText(reader.rawField(c), m_value);
        m_detector.add(m_value);
        if (!hadDay && m_detector.sawDayFirst())
            m_dayFirst = {reader.line(), m_value};
        if (!hadMonth && m_detector.sawMonthFirst())
            m_monthFirst = {reader.line(), m_value};
    }
}

Result<DateOrder> DateOrderScan::result(const QString &fileName, bool &assumed) const
{
    if (m_detector.contradictory())
        return Error::badInput(Tr::tr("%1: the dates are written day first (line %2: “%3”) and month first (line %4: "
                                  "“%5”). Say which with --date-order dmy, mdy or ymd.")
                                   .arg(fileName)
                                   .arg(m_dayFirst.line)
                                   .arg(m_dayFirst.value)
                                   .arg(m_monthFirst.line)
                                   .arg(m_monthFirst.value));
    if (auto order = m_detector.decided()) {
        assumed = false;
        return *order;
    }
    // Every date fits either order (or there are none): day first, as most of the world and the
    // ServiceNow sample write them; the report says it was assumed.
    assumed = m_detector.values() > 0;
    return DateOrder::DayMonthYear;
}

Result<DateOrder> detectDateOrder(const QString &path, const QString &name, std::optional<TextEncoding> encoding,
                                  const QList<int> &columns, const ImportOptions &options, qint64 total, bool &assumed)
{
    CsvReader reader(path);
    reader.setDisplayName(name);
    reader.setEncoding(encoding);
    if (auto ok = reader.open(); !ok)
        return ok.error();
    reader.setValidateUtf8(false);   // the real pass checks every record
    reader.setCheckFields(false);
    DateOrderScan scan(columns);
    qint64 sinceTick = 0;
    for (;;) {
        auto next = reader.next();
        if (!next && reader.fatalError())
            return next.error();
        if (next && !next.value())
            break;
        if (++sinceTick >= rowsPerTick) {
            sinceTick = 0;
            if (options.progress && !options.progress(reader.bytesRead(), total))
                return Error::cancelled(Tr::tr("The import of %1 was cancelled; nothing was changed.").arg(reader.fileName()));
        }
        if (next)
            scan.add(reader);
    }
    return scan.result(reader.fileName(), assumed);
}


Result<void> openReading(const QString &path, const QTimeZone &zone, const ImportOptions &options,
                         ImportReport &report, Reading &r)
{
    auto source = openSource(path);
    if (!source)
        return source.error();
    r.source = std::move(source).value();
    // A converted sheet is UTF-8 whatever the options say.
    r.encoding = r.source.dir ? std::optional(TextEncoding::Utf8) : options.encoding;
    r.reader = std::make_unique<CsvReader>(r.source.csv);
    CsvReader &reader = *r.reader;
    reader.setDisplayName(r.source.name);
    reader.setEncoding(r.encoding);
    if (auto ok = reader.open(); !ok)
        return ok.error();
    report.encoding = reader.encoding();
    report.encodingDetected = !r.encoding;
    report.timeZone = options.timeZone.value_or(zone).id();
    report.profile = options.profile.value_or(detectProfile(reader.header()));
    // A mapping without a profile is for a profile that takes one: the fixed layouts do not.
    if (!options.profile && !options.mapping.isEmpty()
        && (report.profile == Profile::ServiceNow || report.profile == Profile::Surveys))
        report.profile = Profile::Generic;
    r.tool = isToolProfile(report.profile);
    if (report.profile == Profile::Generic || report.profile == Profile::Events || r.tool)
        r.mapping = effectiveMapping(reader.header(), report.profile, options.mapping);
    // A tool's own export may repeat a column once per value (Jira's Labels, Component/s): the tool
    // profile reads the first. Anywhere else two columns of one name are a guess, and refused.
    if (auto unique = r.tool ? Result<void>() : reader.checkColumnsUnique(reader.header()); !unique)
        return unique.error();
    if (r.tool && (!r.mapping.contains(QStringLiteral("reference")) || !r.mapping.contains(QStringLiteral("status")))) {
        const Profile looksLike = detectProfile(reader.header());
        const bool hasReference = r.mapping.contains(QStringLiteral("reference"));   // notr: field key
        const QString missing = hasReference ? QStringLiteral("status") : QStringLiteral("reference");   // notr: field key
        const QString names = toolHeaders(report.profile).value(missing).mid(0, 4).join(QStringLiteral("”, “"));
        return Error::badInput(
            Tr::tr("%1 does not look like a %2 export: it has no column for the %3 (the %2 profile looks for “%4”). "
                   "Its header looks like %5; try --profile %6, or map the columns with --map FIELD=COLUMN.")
                .arg(reader.fileName(), profileLabel(report.profile),
                     hasReference ? Tr::tr("status") : Tr::tr("ticket number"), names,
                     profileLabel(looksLike), profileKey(looksLike)));
    }
    return {};
}

// The follow-ups the rows make (every profile but surveys).
Result<void> collectDrafts(ImportContext &context, const Reading &r, QList<TicketDraft> &drafts)
{
    if (r.tool)
        context.vocabulary = &toolVocabulary(context.report.profile);
    switch (context.report.profile) {
    case Profile::ServiceNow: return collectServiceNow(context, drafts);
    case Profile::Events: return collectEvents(context, r.mapping, drafts);
    default: return collectGeneric(context, r.mapping, drafts);
    }
}

} // namespace ft::importing
