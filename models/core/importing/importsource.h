#pragma once

#include "importing/csvreader.h"
#include "importing/importcontext.h"
#include "importing/importtypes.h"
#include "importing/values.h"

#include <QTemporaryDir>
#include <memory>

// What the preview and the import share before any row is written: the file opened as CSV (a sheet
// converted first), its profile and mapping, its order of dates, and the follow-ups its rows make.
namespace ft::importing {

// The file the CSV reader reads: the file itself, or its first sheet converted to CSV in a
// temporary folder that lives as long as this.
struct Source
{
    QString csv;
    QString name;   // for messages: the file's own name
    std::unique_ptr<QTemporaryDir> dir;
};

Result<Source> openSource(const QString &path);

// The columns whose dates decide the order of day and month.
QList<int> dateColumns(const CsvReader &reader, Profile profile, const QHash<QString, QString> &mapping);

// The order of day and month learnt from every date of the file (SPEC: detected from the whole
// column, a day above 12 decides); the error names a line of each order when the file has both.
class DateOrderScan
{
public:
    explicit DateOrderScan(QList<int> columns);
    void add(const CsvReader &reader);   // the record the reader is on
    Result<DateOrder> result(const QString &fileName, bool &assumed) const;
    // The import's own pass may learn it as it goes: only if it saw every record.
    bool complete = true;

private:
    struct Evidence
    {
        qint64 line = 0;
        QString value;
    };
    QList<int> m_columns;
    DateOrderDetector m_detector;
    Evidence m_dayFirst, m_monthFirst;
    QString m_value;   // one buffer for every cell
};

// Reads every date of the file once, in a pass of its own. Ragged or damaged rows are left to the
// real pass.
Result<DateOrder> detectDateOrder(const QString &path, const QString &name, std::optional<TextEncoding> encoding,
                                  const QList<int> &columns, const ImportOptions &options, qint64 total, bool &assumed);

// A file opened for reading its follow-ups, the same for the preview and the import: the source,
// its reader, the profile (chosen or detected) and the mapping it reads with.
struct Reading
{
    Source source;
    std::optional<TextEncoding> encoding;
    std::unique_ptr<CsvReader> reader;
    QHash<QString, QString> mapping;
    bool tool = false;
};

// Opens `path` for the preview or the import: encoding, time zone and profile go into `report`; a
// header that does not fit the profile is the error.
Result<void> openReading(const QString &path, const QTimeZone &zone, const ImportOptions &options,
                         ImportReport &report, Reading &r);

// The follow-ups the rows make (every profile but surveys).
Result<void> collectDrafts(ImportContext &context, const Reading &r, QList<TicketDraft> &drafts);

} // namespace ft::importing
