#include "importing/surveysprofile.h"

#include "domain/followuprules.h"
#include "store/followupwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

int firstColumn(const CsvReader &reader, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (int i = reader.columnOf(QLatin1String(name)); i >= 0)
            return i;
    }
    return -1;
}

int firstOf(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

bool looksLikeSurveys(const QStringList &header)
{
    return firstOf(header, {"score", "rating", "csat"}) >= 0
           && firstOf(header, {"reference", "number", "ticket", "incident"}) >= 0;
}

SurveyColumns surveyColumns(const CsvReader &reader)
{
    SurveyColumns c;
    c.reference = firstColumn(reader, {"reference", "number", "ticket", "incident"});
    c.score = firstColumn(reader, {"score", "rating", "csat"});
    c.comment = firstColumn(reader, {"comment", "comments", "remark", "feedback"});
    c.date = firstColumn(reader, {"date", "received_at", "received", "submitted_at", "submitted", "answered_at"});
    return c;
}

Result<bool> writeImportedSurvey(FollowUpWriter &rows, const SurveyRow &response, ImportReport &report)
{
    auto inserted = rows.insertSurvey(response);
    if (!inserted)
        return inserted.error();
    if (!inserted.value())
        return false;
    TimelineEvent e;
    e.followUpId = response.followUp;
    e.at = response.receivedAt;
    e.type = EventType::SurveyReceived;
    e.summary = rules::surveySummary(response.score, response.comment);
    auto event = rows.insertEvent(e, response.sourceKey);
    if (!event)
        return event.error();
    if (event.value())
        ++report.eventsAdded;
    return true;
}

Result<void> importSurveys(ImportContext &ctx, const Connection &connection)
{
    const CsvReader &r = ctx.reader;
    const SurveyColumns c = surveyColumns(r);
    if (c.reference < 0 || c.score < 0 || c.date < 0)
        return Error::badInput(Tr::tr("%1 is not a survey file: it needs the columns reference, score and date "
                                  "(comment is optional); it has %2.")
                                   .arg(r.fileName(), r.header().join(QStringLiteral(", "))));

    FollowUpWriter rows(connection);
    auto ids = rows.idsByReference();
    if (!ids)
        return ids.error();
    const QHash<QString, FollowUpId> byReference = std::move(ids).value();
    QSet<FollowUpId> touched;

    auto read = ctx.forEachRow([&]() -> Result<void> {
        const QString reference = ctx.text(c.reference);
        if (reference.isEmpty())
            return ctx.cellError(c.reference, Tr::tr("is empty: a survey response needs the reference of its ticket."));
        auto score = ctx.integer(c.score, 1, 5);
        if (!score)
            return score.error();
        if (!score.value())
            return ctx.cellError(c.score, Tr::tr("is empty: a survey response needs a score from 1 to 5."));
        auto received = ctx.time(c.date);
        if (!received)
            return received.error();
        if (!received.value())
            return ctx.cellError(c.date, Tr::tr("is empty: a survey response needs the date it was received."));
        const QString comment = c.comment >= 0 ? ctx.text(c.comment) : QString();
        const auto id = byReference.constFind(reference);
        if (id == byReference.constEnd()) {
            ++ctx.report.rejected;
            ctx.report.rejectedRows.append(
                {r.line(), Tr::tr("%1: no follow-up has the reference “%2”; the response was not imported.")
                               .arg(r.where(), reference)});
            return {};
        }
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(QStringLiteral("%1|%2|%3|").arg(reference).arg(*score.value()).arg(*received.value()).toUtf8());
        hash.addData(comment.toUtf8());
        const QString key = QStringLiteral("survey:") + QString::fromLatin1(hash.result().toHex());
        auto added = writeImportedSurvey(rows, {*id, reference, *score.value(), comment, *received.value(), key},
                                         ctx.report);
        if (!added)
            return added.error();
        if (!added.value()) {
            ++ctx.report.unchanged;
            return {};
        }
        ++ctx.report.added;
        touched.insert(*id);
        return {};
    });
    if (!read)
        return read;

    // The follow-up's satisfaction is its latest score, whatever order the file came in.
    for (const FollowUpId id : std::as_const(touched)) {
        if (auto ok = rows.refreshSatisfaction(id, ctx.now, importActor(Profile::Surveys)); !ok)
            return ok;
    }
    return {};
}

} // namespace ft::importing
