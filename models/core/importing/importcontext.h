#pragma once

#include "domain/error.h"
#include "importing/csvreader.h"
#include "importing/importtypes.h"
#include "importing/ticketdraft.h"
#include "importing/valuemaps.h"

#include <QTimeZone>
#include <functional>

namespace ft::importing {

struct ToolVocabulary;
class DateOrderScan;
class DateOrderScan;

// What a profile works with while it reads a file: the reader, the options, the report, and the
// way bad rows and progress are handled (the same for every profile).
class ImportContext
{
public:
    ImportContext(CsvReader &reader, const ImportOptions &options, ImportReport &report, QTimeZone zone,
                  DateOrder order, Timestamp now);

    CsvReader &reader;
    const ImportOptions &options;
    ImportReport &report;
    const QTimeZone zone;
    const DateOrder order;
    const Timestamp now;

    // Reads every data row and hands it to `row`. A row that fails (in the reader or in `row`)
    // stops the import with its error, or is skipped and reported when skipping was asked for.
    Result<void> forEachRow(const std::function<Result<void>()> &row);

    // Progress in [from, to) of the work, as a share of the file read; false when cancelled.
    void setProgressSpan(qint64 from, qint64 to, qint64 total);
    bool tick(qint64 done, qint64 of);

    // "file.csv, line 12, column “opened_at”: “31/02/2016” is not …"
    Error cellError(int column, const QString &problem) const;
    QString cell(int column) const;
    // A tool profile's status and priority names, tried after the value maps and before ours.
    const ToolVocabulary *vocabulary = nullptr;
    // Given, forEachRow shows it every record it reads (the import learns the date order as it goes).
    DateOrderScan *dateScan = nullptr;

    // Cell readers: nullopt for empty; an Error for a value that is there but wrong.
    // Without a zone in the text, a time is local time of `zone` (default: the import's).
    Result<std::optional<Timestamp>> time(int column, const QTimeZone *zone = nullptr) const;
    Result<std::optional<int>> integer(int column, int min, int max) const;
    Result<std::optional<bool>> boolean(int column) const;
    Result<std::optional<Priority>> priority(int column) const;
    Result<std::optional<Status>> status(int column) const;
    Result<std::optional<Kind>> kind(int column) const;
    // The same for a value put together from cells (events: "STATUS/DETAIL"); `column` is named in
    // messages. The value maps are tried first, then our vocabulary. A value neither knows is
    // collected (nullopt) and stops the import at the end of the file with every such value listed,
    // or is the row's error when bad rows are skipped.
    Result<std::optional<Status>> statusOf(const QString &value, int column) const;
    Result<std::optional<Priority>> priorityOf(const QString &value, int column) const;
    Result<std::optional<Kind>> kindOf(const QString &value, int column) const;
    // Counts a contradiction of the source and keeps the first few descriptions for the report.
    void dataProblem(const QString &where, const QString &problem);
    // Text with the spreadsheet guard of our export taken off again ("'=1+1" → "=1+1").
    QString text(int column) const;

    Error cancelledError() const;

private:
    Error unmapped(const QString &field, int column, const QString &value, const QString &problem) const;

    mutable UnmappedValues m_unmapped;
    qint64 m_from = 0, m_to = 0, m_total = 0;
};

using CollectFunction = std::function<Result<void>(ImportContext &, QList<TicketDraft> &)>;

} // namespace ft::importing
