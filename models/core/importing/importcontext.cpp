#include "importing/importcontext.h"

#include "importing/importsource.h"
#include "importing/toolprofiles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ft::importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};
} // namespace

ImportContext::ImportContext(CsvReader &r, const ImportOptions &o, ImportReport &rep, QTimeZone z, DateOrder d,
                             Timestamp n)
    : reader(r)
    , options(o)
    , report(rep)
    , zone(std::move(z))
    , order(d)
    , now(n)
{
}

QString ImportContext::cell(int column) const
{
    if (column < 0)
        return {};
    QString value = reader.field(column);
    if (vocabulary && vocabulary->noneIsEmpty && value == QLatin1String("None"))
        return {};
    return value;
}

void ImportContext::setProgressSpan(qint64 from, qint64 to, qint64 total)
{
    m_from = from;
    m_to = to;
    m_total = total;
}

bool ImportContext::tick(qint64 done, qint64 of)
{
    if (!options.progress)
        return true;
    const qint64 at = of > 0 ? m_from + (m_to - m_from) * done / of : m_from;
    return options.progress(at, m_total);
}

Error ImportContext::cancelledError() const
{
    return Error::cancelled(Tr::tr("The import of %1 was cancelled; nothing was changed.").arg(reader.fileName()));
}

Result<void> ImportContext::forEachRow(const std::function<Result<void>()> &row)
{
    qint64 rowsSinceTick = 0;
    for (;;) {
        if (++rowsSinceTick >= 2000) {
            rowsSinceTick = 0;
            if (!tick(reader.bytesRead(), reader.size()))
                return cancelledError();
        }
        if (options.maxRows > 0 && report.rows >= options.maxRows) {
            if (dateScan)
                dateScan->complete = false;
            break;
        }
        auto next = reader.next();
        Result<void> outcome;
        if (next && !next.value())
            break;
        if (!next) {
            if (reader.fatalError())
                return next.error();
            ++report.rows;
            outcome = next.error();
            if (dateScan)
                dateScan->complete = false;
        } else {
            ++report.rows;
            if (dateScan)
                dateScan->add(reader);
            outcome = row();
        }
        if (!outcome) {
            if (!options.skipBadRows || outcome.error().code != Error::Code::BadInput)
                return outcome.error();
            ++report.rejected;
            report.rejectedRows.append({reader.line(), outcome.error().message});
        }
    }
    tick(reader.bytesRead(), reader.size());
    if (!m_unmapped.isEmpty())
        return m_unmapped.error();
    return {};
}

Error ImportContext::cellError(int column, const QString &problem) const
{
    return Error::badInput(Tr::tr("%1, column “%2”: “%3” %4")
                               .arg(reader.where(), reader.header().value(column), cell(column), problem));
}

Result<std::optional<Timestamp>> ImportContext::time(int column, const QTimeZone *in) const
{
    const QString value = cell(column);
    if (isEmptyValue(value))
        return std::optional<Timestamp>();
    bool outOfRange = false;
    if (auto t = parseDateTime(value, order, in ? *in : zone, &outOfRange))
        return std::optional<Timestamp>(*t);
    if (outOfRange)
        return cellError(column, Tr::tr("is outside the years %1–%2 that FollowThrough accepts.")
                                     .arg(minimumYear).arg(maximumYear));
    return cellError(column, Tr::tr("is not a date and time (expected %1, then an optional H:MM or HH:MM:SS).")
                                 .arg(dateOrderLabel(order)));
}

Result<std::optional<int>> ImportContext::integer(int column, int min, int max) const
{
    QString value = cell(column).trimmed();
    if (isEmptyValue(value))
        return std::optional<int>();
    bool ok = false;
    int n = value.toInt(&ok);
    if (!ok) {
        // Thousands separators as exports write them: "52 267", "52 267" (no-break spaces), "52,267", "52.267".
        static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([ \\x{00A0}\\x{202F},.'])\\d{3}(\\1\\d{3})*$"));
        if (grouped.match(value).hasMatch()) {
            value.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            n = value.toInt(&ok);
        }
    }
    if (!ok || n < min || n > max)
        return cellError(column, Tr::tr("is not a whole number from %1 to %2.").arg(min).arg(max));
    return std::optional<int>(n);
}

Result<std::optional<bool>> ImportContext::boolean(int column) const
{
    const QString value = cell(column);
    if (isEmptyValue(value))
        return std::optional<bool>();
    if (auto b = parseBool(value))
        return std::optional<bool>(*b);
    return cellError(column, Tr::tr("is not yes or no (true/false, yes/no, y/n, 1/0)."));
}

Result<std::optional<Priority>> ImportContext::priority(int column) const { return priorityOf(cell(column), column); }
Result<std::optional<Status>> ImportContext::status(int column) const { return statusOf(cell(column), column); }
Result<std::optional<Kind>> ImportContext::kind(int column) const { return kindOf(cell(column), column); }

Error ImportContext::unmapped(const QString &field, int column, const QString &value, const QString &problem) const
{
    if (options.skipBadRows)
        return Error::badInput(Tr::tr("%1, column “%2”: “%3” %4").arg(reader.where(), reader.header().value(column), value,
                                                                    problem));
    m_unmapped.add(field, reader.header().value(column), value, reader.where());
    return Error::badInput({});
}

Result<std::optional<Priority>> ImportContext::priorityOf(const QString &value, int column) const
{
    if (isEmptyValue(value))
        return std::optional<Priority>();
    if (const ValueRule *rule = findValueRule(options.valueRules, QStringLiteral("priority"), value))
        return parsePriority(rule->value);
    if (vocabulary) {
        const QString key = value.trimmed().toLower();
        if (const auto it = vocabulary->priorities.constFind(key); it != vocabulary->priorities.constEnd())
            return std::optional<Priority>(*it);
        if (!vocabulary->numberedPriorities.isEmpty() && !key.isEmpty() && key.at(0).isDigit()) {
            const auto it = vocabulary->numberedPriorities.constFind(key.at(0).digitValue());
            if (it != vocabulary->numberedPriorities.constEnd() && (key.size() == 1 || !key.at(1).isDigit()))
                return std::optional<Priority>(*it);
        }
    }
    if (auto p = parsePriority(value))
        return std::optional<Priority>(*p);
    const Error e = unmapped(QStringLiteral("priority"), column, value,
                             Tr::tr("is not a priority (1 to 4, or Critical, High, Moderate, Low)."));
    if (!e.message.isEmpty())
        return e;
    return std::optional<Priority>();
}

Result<std::optional<Status>> ImportContext::statusOf(const QString &value, int column) const
{
    if (isEmptyValue(value))
        return std::optional<Status>();
    if (const ValueRule *rule = findValueRule(options.valueRules, QStringLiteral("status"), value))
        return parseStatus(rule->value);
    if (vocabulary) {
        if (const auto it = vocabulary->statuses.constFind(value.trimmed().toLower()); it != vocabulary->statuses.constEnd())
            return std::optional<Status>(*it);
    }
    if (auto s = parseStatus(value))
        return std::optional<Status>(*s);
    const Error e = unmapped(QStringLiteral("status"), column, value,
                             Tr::tr("is not a status FollowThrough knows (New, In progress, Waiting on requester, "
                                    "Waiting on vendor, Resolved, Closed, or a ServiceNow state)."));
    if (!e.message.isEmpty())
        return e;
    return std::optional<Status>();
}

Result<std::optional<Kind>> ImportContext::kindOf(const QString &value, int column) const
{
    if (isEmptyValue(value))
        return std::optional<Kind>();
    if (const ValueRule *rule = findValueRule(options.valueRules, QStringLiteral("kind"), value))
        return parseKind(rule->value);
    if (vocabulary) {
        QString key = value.trimmed().toLower();
        if (key.startsWith(QLatin1String("[system] ")))
            key.remove(0, 9);
        if (const auto it = vocabulary->kinds.constFind(key); it != vocabulary->kinds.constEnd())
            return std::optional<Kind>(*it);
    }
    if (auto k = parseKind(value))
        return std::optional<Kind>(*k);
    const Error e = unmapped(QStringLiteral("kind"), column, value, Tr::tr("is not a kind (incident, request, change, problem)."));
    if (!e.message.isEmpty())
        return e;
    return std::optional<Kind>();
}

void ImportContext::dataProblem(const QString &where, const QString &problem)
{
    ++report.dataProblems;
    if (report.dataProblemNotes.size() < 20)
        report.dataProblemNotes << Tr::tr("%1: %2").arg(where, problem);
}

QString ImportContext::text(int column) const
{
    QString value = cell(column);
    if (value.size() >= 2 && value.at(0) == QLatin1Char('\'')) {
        const QChar c = value.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            value.remove(0, 1);
    }
    if (value.trimmed() == QLatin1String("?"))
        return {};
    // Several people in one cell, joined as HTML line breaks (GLPI, OTRS): one line of names.
    if (value.contains(QLatin1Char('<')) && value.contains(QLatin1String("<br"), Qt::CaseInsensitive)) {
        static const QRegularExpression br(QStringLiteral("\\s*<br\\s*/?>\\s*"), QRegularExpression::CaseInsensitiveOption);
        QStringList parts = value.split(br, Qt::SkipEmptyParts);
        for (QString &part : parts)
            part = part.trimmed();
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    return value.trimmed();
}

} // namespace ft::importing
