#pragma once

#include "domain/error.h"
#include "kpi/kpicolumns.h"

#include <QDate>
#include <QList>

namespace ft {

class Store;

// A CSI initiative as its KPI's chart shows it: a labelled line on its start date.
struct KpiMarker
{
    Kpi kpi = Kpi::Opened;
    QDate startDate;
    QString title;
};

// Every initiative of the CSI register whose KPI this version knows, by start date.
Result<QList<KpiMarker>> listKpiMarkers(const Store &store);

} // namespace ft
