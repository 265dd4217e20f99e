#include "kpi/kpimarkers.h"

#include "csi/csiregister.h"
#include "store/store.h"

namespace ft {

Result<QList<KpiMarker>> listKpiMarkers(const Store &store)
{
    auto initiatives = CsiRegister(store).list();
    if (!initiatives)
        return initiatives.error();
    QList<KpiMarker> markers;
    for (const CsiInitiative &i : initiatives.value()) {
        if (const auto kpi = kpiFromKey(i.kpiKey); kpi && i.startDate.isValid())
            markers.append({*kpi, i.startDate, i.title});
    }
    return markers;
}

} // namespace ft
