#include "report/plainsentence.h"
#include "domain/dateformats.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::PlainSentence)
};

QString longDate(QDate d) { return QLocale().toString(d, dateformat::longDayMonthYear()); }

enum class Movement { Rose, Fell, Same };

QString movementSentence(const PlainComparison &c, Movement m, const QString &change)
{
    const QString before = plainValue(*c.previous, c.kpi.unit);
    const QString now = plainValue(*c.current, c.kpi.unit);
    if (m == Movement::Same) {
        if (c.initiative)
            return Tr::tr("%1 stayed at %2 since “%3” started on %4.")
                .arg(c.kpi.name, now, c.initiative->title, longDate(c.initiative->startDate));
        return Tr::tr("%1 stayed at %2 in %3, the same as in %4.").arg(c.kpi.name, now, c.periodName, c.previousPeriodName);
    }
    const bool rose = m == Movement::Rose;
    if (c.initiative) {
        const QString title = c.initiative->title;
        const QString start = longDate(c.initiative->startDate);
        if (change.isEmpty())
            return (rose ? Tr::tr("%1 rose from %2 to %3 since “%4” started on %5.")
                         : Tr::tr("%1 fell from %2 to %3 since “%4” started on %5."))
                .arg(c.kpi.name, before, now, title, start);
        return (rose ? Tr::tr("%1 rose from %2 to %3 (%4) since “%5” started on %6.")
                     : Tr::tr("%1 fell from %2 to %3 (%4) since “%5” started on %6."))
            .arg(c.kpi.name, before, now, change, title, start);
    }
    if (change.isEmpty())
        return (rose ? Tr::tr("%1 rose from %2 in %3 to %4 in %5.") : Tr::tr("%1 fell from %2 in %3 to %4 in %5."))
            .arg(c.kpi.name, before, c.previousPeriodName, now, c.periodName);
    return (rose ? Tr::tr("%1 rose from %2 in %3 to %4 in %5 (%6).") : Tr::tr("%1 fell from %2 in %3 to %4 in %5 (%6)."))
        .arg(c.kpi.name, before, c.previousPeriodName, now, c.periodName, change);
}

QString targetSentence(const PlainComparison &c, bool met)
{
    const QString target = plainValue(*c.target, c.kpi.unit);
    if (c.kpi.higherIsBetter)
        return met ? Tr::tr("That meets the target of at least %1.").arg(target)
                   : Tr::tr("The target of at least %1 is not met yet.").arg(target);
    return met ? Tr::tr("That meets the target of at most %1.").arg(target)
               : Tr::tr("The target of at most %1 is not met yet.").arg(target);
}
} // namespace

QString plainStatusLabel(PlainStatus s)
{
    switch (s) {
    case PlainStatus::OnTarget: return QCoreApplication::translate("ft::PlainStatus", "on target");
    case PlainStatus::Improving: return QCoreApplication::translate("ft::PlainStatus", "improving");
    case PlainStatus::NeedsAttention: return QCoreApplication::translate("ft::PlainStatus", "needs attention");
    case PlainStatus::Steady: return QCoreApplication::translate("ft::PlainStatus", "steady");
    case PlainStatus::ForInformation: return QCoreApplication::translate("ft::PlainStatus", "for information");
    case PlainStatus::NoData: return QCoreApplication::translate("ft::PlainStatus", "no data");
    case PlainStatus::TooFewItems: return QCoreApplication::translate("ft::PlainStatus", "too few to judge");
    }
    return {};
}

bool restsOnFewItems(PlainUnit unit, std::optional<qint64> basis)
{
    return unit != PlainUnit::Count && basis && *basis < plainFewItems;
}

QString basedOnOnly(qint64 items)
{
    return items == 1 ? Tr::tr("based on only 1 item") : Tr::tr("based on only %1 items").arg(QLocale().toString(items));
}

QString plainFigure(const std::optional<double> &value, PlainUnit unit, std::optional<qint64> basis)
{
    const QString figure = plainValueOrDash(value, unit);
    if (!value || !restsOnFewItems(unit, basis))
        return figure;
    const QString few = *basis == 1 ? Tr::tr("only 1 item") : Tr::tr("only %1 items").arg(QLocale().toString(*basis));
    return figure + QLatin1Char('\n') + few;
}

bool meetsTarget(double value, double target, bool higherIsBetter)
{
    return higherIsBetter ? value >= target : value <= target;
}

PlainVerdict plainVerdict(const PlainComparison &c)
{
    PlainVerdict v;
    if (!c.current) {
        v.status = PlainStatus::NoData;
        v.sentence = Tr::tr("%1 cannot be given for %2: there is no data.").arg(c.kpi.name, c.periodName);
        return v;
    }

    // Compare what the reader sees: values equal once rounded did not move.
    Movement movement = Movement::Same;
    if (c.previous && plainValue(*c.previous, c.kpi.unit) != plainValue(*c.current, c.kpi.unit))
        movement = *c.current > *c.previous ? Movement::Rose : Movement::Fell;

    // A change under 5 % (1 point for a rate) is noise from one month to the next: reported in
    // figures, but neither praised nor flagged.
    bool noticeable = false;
    if (movement != Movement::Same) {
        const double delta = *c.current - *c.previous;
        noticeable = c.kpi.unit == PlainUnit::Rate ? std::fabs(delta) * 100.0 >= 1.0
                     : *c.previous == 0.0           ? true
                                                    : std::fabs(delta / *c.previous) >= 0.05;
    }
    const bool judged = c.kpi.judged || c.target;
    // Too few items behind this period's figure: nothing about it is judged. Too few behind the
    // previous one: the change is stated but neither praised nor flagged.
    const bool fewNow = restsOnFewItems(c.kpi.unit, c.currentBasis);
    const bool fewBefore = c.previous && restsOnFewItems(c.kpi.unit, c.previousBasis);
    const bool improved = !fewNow && !fewBefore && noticeable && ((movement == Movement::Rose) == c.kpi.higherIsBetter);
    const bool worsened = !fewNow && !fewBefore && noticeable && !improved;

    QStringList sentences;
    if (!c.previous) {
        sentences << Tr::tr("%1 came to %2 in %3; there is no figure for %4 to compare with.")
                         .arg(c.kpi.name, plainValue(*c.current, c.kpi.unit), c.periodName, c.previousPeriodName);
    } else {
        if (movement != Movement::Same)
            v.change = plainChange(*c.previous, *c.current, c.kpi.unit);
        sentences << movementSentence(c, movement, v.change);
        if (movement != Movement::Same && judged && !fewNow && !fewBefore) {
            if (improved)
                sentences << Tr::tr("That is an improvement.");
            else if (worsened)
                sentences << Tr::tr("That is a step in the wrong direction.");
            else
                sentences << Tr::tr("That is little change.");
        }
    }

    if (fewNow) {
        sentences << Tr::tr("The figure for %1 is %2, too few to judge.").arg(c.periodName, basedOnOnly(*c.currentBasis));
        v.status = c.kpi.judged || c.target ? PlainStatus::TooFewItems : PlainStatus::ForInformation;
        v.sentence = sentences.join(QLatin1Char(' '));
        return v;
    }
    if (fewBefore)
        sentences << Tr::tr("The figure for %1 is %2, so the change says little.")
                         .arg(c.previousPeriodName, basedOnOnly(*c.previousBasis));

    if (c.target) {
        const bool met = meetsTarget(*c.current, *c.target, c.kpi.higherIsBetter);
        sentences << targetSentence(c, met);
        v.status = met ? PlainStatus::OnTarget : improved ? PlainStatus::Improving : PlainStatus::NeedsAttention;
    } else if (!c.kpi.judged) {
        v.status = PlainStatus::ForInformation;
    } else if (fewBefore && movement != Movement::Same) {
        v.status = PlainStatus::TooFewItems;
    } else {
        v.status = improved ? PlainStatus::Improving : worsened ? PlainStatus::NeedsAttention : PlainStatus::Steady;
    }
    v.sentence = sentences.join(QLatin1Char(' '));
    return v;
}

} // namespace ft
