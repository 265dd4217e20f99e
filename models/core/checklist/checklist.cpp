#include "checklist/checklist.h"

#include <QCoreApplication>

namespace ft {

bool ChecklistTemplate::appliesTo(Kind kind, const QString &category) const
{
    if (kindMask != 0 && (kindMask & kindBit(kind)) == 0)
        return false;
    if (categories.isEmpty())
        return true;
    const QString wanted = category.trimmed();
    for (const QString &c : categories) {
        if (c.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList parseCategories(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString c = part.trimmed();
        if (!c.isEmpty() && !out.contains(c, Qt::CaseInsensitive))
            out << c;
    }
    return out;
}

QString formatCategories(const QStringList &categories) { return categories.join(QStringLiteral(", ")); }

QString ChecklistProgress::text() const
{
    return QCoreApplication::translate("ft::Checklist", "%1 of %2").arg(checked).arg(total);
}

ChecklistProgress progressOf(const ChecklistRun &run)
{
    ChecklistProgress p;
    for (const ChecklistRunItem &item : run.items) {
        ++p.total;
        if (item.isChecked())
            ++p.checked;
        else if (item.required)
            ++p.requiredUnchecked;
        else
            ++p.advisoryUnchecked;
    }
    return p;
}

ChecklistProgress progressOf(const QList<ChecklistRun> &runs)
{
    ChecklistProgress sum;
    for (const ChecklistRun &run : runs) {
        const ChecklistProgress p = progressOf(run);
        sum.checked += p.checked;
        sum.total += p.total;
        sum.requiredUnchecked += p.requiredUnchecked;
        sum.advisoryUnchecked += p.advisoryUnchecked;
    }
    return sum;
}

} // namespace ft
