#include "followupfilter.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace ft {

bool FollowUpFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && !status && !openOnly && owner.isEmpty() && !kind && !priority && !dueBy;
}

namespace {

// LIKE treats % and _ as wildcards; the lead means them literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

SqlCondition sqlCondition(const FollowUpFilter &filter, const QTimeZone &zone)
{
    QStringList terms;
    SqlCondition c;
    // Every word must match one of the text columns: "printer ana" finds Ana's printer.
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        terms << QStringLiteral("(reference LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR requester LIKE ? ESCAPE '\\' "
                                "OR owner LIKE ? ESCAPE '\\' OR category LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(word);
        for (int i = 0; i < 5; ++i)
            c.values << pattern;
    }
    if (filter.status) {
        terms << QStringLiteral("status = ?");
        c.values << int(*filter.status);
    } else if (filter.openOnly) {
        terms << QStringLiteral("status < ?");
        c.values << int(Status::Resolved);
    }
    if (!filter.owner.isEmpty()) {
        terms << QStringLiteral("owner = ?");
        c.values << filter.owner;
    }
    if (filter.kind) {
        terms << QStringLiteral("kind = ?");
        c.values << int(*filter.kind);
    }
    if (filter.priority) {
        terms << QStringLiteral("priority = ?");
        c.values << int(*filter.priority);
    }
    if (filter.dueBy) {
        // "Due by Friday" means before Saturday starts in the store's zone.
        const QDateTime end(filter.dueBy->addDays(1), QTime(0, 0), zone);
        terms << QStringLiteral("next_update_due < ?");
        c.values << end.toSecsSinceEpoch();
    }
    if (!terms.isEmpty())
        c.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return c;
}

} // namespace ft
