#include "report/plainchecklist.h"

#include <QCoreApplication>
#include <QLocale>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::PlainChecklist)
};

QString rate(const std::optional<double> &r) { return plainValueOrDash(r, PlainUnit::Rate); }
QString number(int n) { return QLocale().toString(n); }
QString items(int n) { return n == 1 ? Tr::tr("1 item") : Tr::tr("%1 items").arg(number(n)); }
} // namespace

QStringList plainChecklistSentences(const ReportChecklists &c, const QString &periodName)
{
    if (c.withChecklist == 0)
        return {Tr::tr("No item resolved in %1 had a closure checklist.").arg(periodName)};

    QStringList out;
    QString compliance = Tr::tr("Of the %1 resolved in %2 with a closure checklist, %3 were resolved with every required "
                                "step checked.")
                             .arg(items(c.withChecklist), periodName, rate(c.complianceRate));
    if (restsOnFewItems(PlainUnit::Rate, c.withChecklist))
        compliance += QLatin1Char(' ') + Tr::tr("That share is %1, too few to judge.").arg(basedOnOnly(c.withChecklist));
    out << compliance;

    QString effect;
    if (c.completeResolved > 0 && c.incompleteResolved > 0)
        effect = Tr::tr("Items whose checklist was completed in full were called back %1 of the time (%2); items "
                        "where a step was skipped or the checklist overridden were called back %3 of the time (%4).")
                     .arg(rate(c.completeCallbackRate), items(c.completeResolved), rate(c.incompleteCallbackRate),
                          items(c.incompleteResolved));
    else if (c.completeResolved > 0)
        effect = Tr::tr("Items whose checklist was completed in full were called back %1 of the time (%2); none had a step "
                        "skipped or the checklist overridden.")
                     .arg(rate(c.completeCallbackRate), items(c.completeResolved));
    else if (c.incompleteResolved > 0)
        effect = Tr::tr("Items where a step was skipped or the checklist overridden were called back %1 of the time (%2); "
                        "none had its checklist completed in full.")
                     .arg(rate(c.incompleteCallbackRate), items(c.incompleteResolved));
    else
        return out;
    // Each group judged on its own: a handful of items either way cannot show an effect.
    if (c.completeResolved > 0 && restsOnFewItems(PlainUnit::Rate, c.completeResolved))
        effect += QLatin1Char(' ') + Tr::tr("The figure for checklists completed in full is %1, too few to judge.")
                                         .arg(basedOnOnly(c.completeResolved));
    if (c.incompleteResolved > 0 && restsOnFewItems(PlainUnit::Rate, c.incompleteResolved))
        effect += QLatin1Char(' ') + Tr::tr("The figure for skipped steps or overrides is %1, too few to judge.")
                                         .arg(basedOnOnly(c.incompleteResolved));
    out << effect;
    return out;
}

QString plainRarelySkippedSentence(const ReportChecklists &c)
{
    if (c.rarelySkippedSteps == 0)
        return {};
    const QString few = QLocale().toString(plainFewItems);
    if (c.rarelySkippedSteps == 1)
        return Tr::tr("One more step was skipped fewer than %1 times: too few to tell whether skipping it leads to "
                      "callbacks, so it is not listed.")
            .arg(few);
    return Tr::tr("%1 more steps were skipped fewer than %2 times each: too few to tell whether skipping them leads to "
                  "callbacks, so they are not listed.")
        .arg(number(c.rarelySkippedSteps), few);
}

} // namespace ft
