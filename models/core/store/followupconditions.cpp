#include "store/followupconditions.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace ft::sql {

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

// One FTS5 phrase: the word as a string, its quotes doubled, so no word is ever read as query syntax.
QString ftsPhrase(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString Condition::where() const
{
    return text.isEmpty() ? QString() : QStringLiteral(" WHERE ") + text;
}

Condition Condition::operator&&(const Condition &other) const
{
    if (other.text.isEmpty())
        return *this;
    if (text.isEmpty())
        return other;
    return {QStringLiteral("(%1) AND (%2)").arg(text, other.text), values + other.values};
}

QString fullTextQuery(const FollowUpFilter &filter)
{
    QStringList phrases;
    for (const QString &word : filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.toUcs4().size() >= 3)
            phrases << ftsPhrase(word);
    return phrases.join(QLatin1Char(' '));
}

Condition conditionOf(const FollowUpFilter &filter, const QTimeZone &zone, Engine engine, TextLookup lookup)
{
    QStringList terms;
    Condition c;
    // Every word must match one of the text columns: "printer ana" finds Ana's printer. A word of three
    // characters or more is looked up in the trigram index (schema version 4), which finds exactly the
    // rows whose column contains it, without reading every follow-up; shorter words have no trigram
    // and are matched with LIKE.
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (engine == Engine::PostgreSQL) {
        // pg_trgm answers ILIKE '%word%' from its index for three characters or more; shorter words
        // read the rows, as LIKE does on SQLite. ILIKE: case-insensitive like both of SQLite's lookups.
        for (const QString &word : words) {
            terms << searchDocument + QStringLiteral(" ILIKE ? ESCAPE '\\'");
            c.values << likePattern(word);
        }
    }
    for (const QString &word : engine == Engine::PostgreSQL ? QStringList() : words) {
        if (word.toUcs4().size() >= 3)
            continue;   // in fullTextQuery()
        terms << QStringLiteral("(reference LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR requester LIKE ? ESCAPE '\\' "
                                "OR owner LIKE ? ESCAPE '\\' OR category LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(word);
        for (int i = 0; i < 5; ++i)
            c.values << pattern;
    }
    if (const QString match = fullTextQuery(filter); !match.isEmpty() && engine == Engine::SQLite) {
        // "+id" keeps SQLite from driving the query by these ids (see TextLookup).
        terms << (lookup == TextLookup::FromIndex
                      ? QStringLiteral("id IN (SELECT rowid FROM followup_search WHERE followup_search MATCH ?)")
                      : QStringLiteral("+id IN (SELECT rowid FROM followup_search WHERE followup_search MATCH ?)"));
        c.values << match;
    }
    if (filter.status) {
        terms << QStringLiteral("status = ?");
        c.values << int(*filter.status);
    } else if (filter.openOnly) {
        terms << openCondition;   // as the review and the reminders say it: the partial indexes serve it too
    }
    if (!filter.owner.isEmpty()) {
        terms << QStringLiteral("owner = ?");
        c.values << filter.owner;
    }
    if (!filter.team.isEmpty()) {
        terms << QStringLiteral("team = ?");
        c.values << filter.team;
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
    c.text = terms.join(QStringLiteral(" AND "));
    return c;
}

} // namespace ft::sql
