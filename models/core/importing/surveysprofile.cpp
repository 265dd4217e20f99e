#include "importing/surveysprofile.h"

#include "store/sqlhelpers.h"

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

Result<void> importSurveys(ImportContext &ctx, const QSqlDatabase &db)
{
    const CsvReader &r = ctx.reader;
    const SurveyColumns c = surveyColumns(r);
    if (c.reference < 0 || c.score < 0 || c.date < 0)
        return Error::badInput(Tr::tr("%1 is not a survey file: it needs the columns reference, score and date "
                                  "(comment is optional); it has %2.")
                                   .arg(r.fileName(), r.header().join(QStringLiteral(", "))));

    QHash<QString, FollowUpId> byReference;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto ok = sql::exec(q, QStringLiteral("SELECT reference, id FROM followup WHERE reference IS NOT NULL")); !ok)
            return ok;
        while (q.next())
            byReference.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QSqlQuery insertResponse(db);
    QSqlQuery insertEvent(db);
    if (!insertResponse.prepare(QStringLiteral("INSERT INTO survey_response (followup_id, reference, score, comment, "
                                               "received_at, source_key) VALUES (?, ?, ?, ?, ?, ?) "
                                               "ON CONFLICT (source_key) DO NOTHING"))
        || !insertEvent.prepare(QStringLiteral("INSERT INTO event (followup_id, at, type, summary, actor, source_key) "
                                               "VALUES (?, ?, ?, ?, '', ?) "
                                               "ON CONFLICT (source_key) WHERE source_key IS NOT NULL DO NOTHING")))
        return sql::errorOf(insertResponse, Tr::tr("Preparing the survey import"));
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
        const QVariantList values{*id, reference, *score.value(), sql::text(comment), *received.value(), key};
        for (int i = 0; i < values.size(); ++i)
            insertResponse.bindValue(i, values.at(i));
        if (!insertResponse.exec())
            return sql::errorOf(insertResponse, Tr::tr("Writing a survey response"));
        if (insertResponse.numRowsAffected() == 0) {
            ++ctx.report.unchanged;
            return {};
        }
        ++ctx.report.added;
        const QString summary = comment.isEmpty() ? Tr::tr("Score %1 of 5").arg(*score.value())
                                                  : Tr::tr("Score %1 of 5: %2").arg(*score.value()).arg(comment);
        const QVariantList eventValues{*id, *received.value(), int(EventType::SurveyReceived), summary, key};
        for (int i = 0; i < eventValues.size(); ++i)
            insertEvent.bindValue(i, eventValues.at(i));
        if (!insertEvent.exec())
            return sql::errorOf(insertEvent, Tr::tr("Writing a survey response"));
        if (insertEvent.numRowsAffected() > 0)
            ++ctx.report.eventsAdded;
        touched.insert(*id);
        return {};
    });
    if (!read)
        return read;

    // The follow-up's satisfaction is its latest score, whatever order the file came in.
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE followup SET satisfaction = (SELECT score FROM survey_response "
                                       "WHERE followup_id = followup.id ORDER BY received_at DESC, id DESC LIMIT 1), "
                                       "updated_at = ? WHERE id = ?")))
        return sql::errorOf(update, Tr::tr("Writing a survey response"));
    for (const FollowUpId id : std::as_const(touched)) {
        update.bindValue(0, ctx.now);
        update.bindValue(1, id);
        if (!update.exec())
            return sql::errorOf(update, Tr::tr("Writing a survey response"));
    }
    return {};
}

} // namespace ft::importing
