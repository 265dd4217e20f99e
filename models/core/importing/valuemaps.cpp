#include "importing/valuemaps.h"

#include <QCoreApplication>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

bool sameChar(QChar a, QChar b) { return a == b || a.toCaseFolded() == b.toCaseFolded(); }

bool isOurValue(const QString &field, const QString &value)
{
    if (field == QLatin1String("status"))
        return parseStatus(value).has_value();
    if (field == QLatin1String("priority"))
        return parsePriority(value).has_value();
    return parseKind(value).has_value();
}

QString ourValues(const QString &field)
{
    QStringList keys;
    if (field == QLatin1String("status")) {
        for (int i = 0; i < StatusCount; ++i)
            keys << statusKey(Status(i));
    } else if (field == QLatin1String("priority")) {
        for (int i = 1; i <= 4; ++i)
            keys << QString::number(i);
        keys << QStringLiteral("critical") << QStringLiteral("high") << QStringLiteral("moderate") << QStringLiteral("low");
    } else {
        for (int i = 0; i < KindCount; ++i)
            keys << kindKey(Kind(i));
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

const QStringList &valueMapFields()
{
    static const QStringList fields{QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("kind")};
    return fields;
}

bool wildcardMatch(QStringView pattern, QStringView text)
{
    // Iterative glob with backtracking to the last star: linear in practice, no recursion.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && sameChar(pattern.at(p), text.at(t))) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

Result<ValueRule> parseValueRule(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    if (colon <= 0 || eq <= colon)
        return Error::badInput(Tr::tr("--value takes FIELD:SOURCE=VALUE (for example status:Accepted=in_progress), "
                                      "not “%1”.").arg(text));
    ValueRule rule;
    rule.field = text.left(colon).trimmed().toLower();
    rule.source = text.mid(colon + 1, eq - colon - 1).trimmed();
    rule.value = text.mid(eq + 1).trimmed();
    if (!valueMapFields().contains(rule.field))
        return Error::badInput(Tr::tr("--value: “%1” is not a field whose values can be translated; those are %2.")
                                   .arg(rule.field, valueMapFields().join(QStringLiteral(", "))));
    if (!isOurValue(rule.field, rule.value))
        return Error::badInput(Tr::tr("--value: “%1” is not a %2; use one of %3.")
                                   .arg(rule.value, rule.field, ourValues(rule.field)));
    return rule;
}

const ValueRule *findValueRule(const QList<ValueRule> &rules, const QString &field, const QString &source)
{
    const QString trimmed = source.trimmed();
    for (const ValueRule &rule : rules) {
        if (rule.field == field && wildcardMatch(rule.source, trimmed))
            return &rule;
    }
    return nullptr;
}

void UnmappedValues::add(const QString &field, const QString &column, const QString &value, const QString &where)
{
    const QString key = field + QChar(0x1f) + value.trimmed();
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd()) {
        ++m_order[*it].count;
        return;
    }
    m_index.insert(key, m_order.size());
    m_order.append(Entry{field, column, value.trimmed(), where, 1});
}

Error UnmappedValues::error() const
{
    if (m_order.isEmpty())
        return Error::badInput(QString());
    const Entry &first = m_order.constFirst();
    QStringList lines;
    for (const Entry &e : m_order)
        lines << Tr::tr("  %1 “%2” ×%3 (first at %4)").arg(e.field, e.value).arg(e.count).arg(e.where);
    return Error::badInput(
        Tr::tr("%1, column “%2”: “%3” is not a %4 FollowThrough knows. %5 distinct values have no meaning yet:\n%6\n"
               "Translate each with --value FIELD:SOURCE=VALUE (SOURCE may use * as a wildcard; values: status %7; "
               "priority %8; kind %9).")
            .arg(first.where, first.column, first.value, first.field)
            .arg(m_order.size())
            // notr: field keys, as --value takes them
            .arg(lines.join(QLatin1Char('\n')), ourValues(QStringLiteral("status")), ourValues(QStringLiteral("priority")),
                 ourValues(QStringLiteral("kind")))); // notr: field key
}

} // namespace ft::importing
