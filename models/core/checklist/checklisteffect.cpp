#include "checklist/checklisteffect.h"
#include "kpi/kpicolumns.h"

#include "store/checklisteffectqueries.h"
#include "store/store.h"

#include <QCoreApplication>
#include <algorithm>

namespace ft {

Result<ChecklistEffect> computeChecklistEffect(const Store &store, Timestamp from, Timestamp to)
{
    ScopedConnection connection(store);
    if (!connection.isOpen())
        return Error::failed(QCoreApplication::translate("ft::ChecklistEffect", "Could not read the store: %1")
                                 .arg(connection.errorText()));
    auto read = readChecklistEffect(connection.connection(), from, to);
    if (!read)
        return read.error();
    ChecklistEffect effect = std::move(read).value();
    std::sort(effect.items.begin(), effect.items.end(), [](const ChecklistItemEffect &a, const ChecklistItemEffect &b) {
        // Steps skipped too few times to judge come after every step that can be judged.
        const bool fewA = a.skipped < KpiFewItems;
        const bool fewB = b.skipped < KpiFewItems;
        if (fewA != fewB)
            return fewB;
        const double ra = a.callbackRateWhenSkipped().value_or(-1.0);
        const double rb = b.callbackRateWhenSkipped().value_or(-1.0);
        if (ra != rb)
            return ra > rb;
        if (a.skipped != b.skipped)
            return a.skipped > b.skipped;
        return std::tie(a.templateName, a.text) < std::tie(b.templateName, b.text);
    });
    return effect;
}

} // namespace ft
