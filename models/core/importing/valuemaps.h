#pragma once

#include "domain/error.h"
#include "importing/importtypes.h"

#include <QHash>
#include <QList>
#include <QString>

// Value maps (SPEC §3, --value FIELD:SOURCE=VALUE) and the values no map or vocabulary knows.
namespace ft::importing {

// The fields whose values can be translated: status, priority, kind.
const QStringList &valueMapFields();

// `*` matches any run of characters (also none); case is ignored; the whole text must match.
bool wildcardMatch(QStringView pattern, QStringView text);

// Reads "status:Accepted/Wait*=waiting_on_requester" into a rule; an Error says what is wrong
// (unknown field, no "=", a VALUE that is not one of ours).
Result<ValueRule> parseValueRule(const QString &text);

// The VALUE of the first rule of `field` whose source matches; nullptr when none does.
const ValueRule *findValueRule(const QList<ValueRule> &rules, const QString &field, const QString &source);

// Every distinct value of a file that could not be read as a status, priority or kind, with
// where it first appeared and how often, so that one more run with value maps fixes them all.
class UnmappedValues
{
public:
    void add(const QString &field, const QString &column, const QString &value, const QString &where);
    bool isEmpty() const { return m_order.isEmpty(); }
    int distinct() const { return int(m_order.size()); }
    // "file.csv, line 4, column “Status”: “Accepted” is not a status …; unmapped values: …"
    Error error() const;

private:
    struct Entry
    {
        QString field, column, value, where;
        int count = 0;
    };
    QHash<QString, qsizetype> m_index;
    QList<Entry> m_order;
};

} // namespace ft::importing
