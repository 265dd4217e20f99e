#pragma once

#include "domain/error.h"

#include <functional>

namespace ft {

class Store;

struct DemoOptions
{
    // How the rows are written. Bulk applies the domain rules in memory and writes each row once
    // (fast enough for a million items); DomainService runs every action through FollowUpService.
    // Both give the same store; tests compare them.
    enum class Writer { Bulk, DomainService };

    int items = 2000;
    quint32 seed = 1;
    // The history ends here (the demo's "today"); 0 means now.
    qint64 endAt = 0;
    Writer writer = Writer::Bulk;
    // From this many items on, the bulk writer loads like a bulk load (a rollback journal, foreign
    // keys unchecked, random-order indexes built at the end: store/bulkload.h). Gives the same rows.
    int bulkLoadFrom = 20000;
};

// Progress in items done of total; return false to cancel (the store is then left unchanged).
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills an empty store with a realistic, reproducible history (SPEC §3 demo): teams and
// technicians, years of follow-ups with contacts, promises kept and missed, waiting periods,
// checklists, callbacks and surveys, plus CSI initiatives and KPI targets. The same options give
// the same store. Runs in one transaction: all or nothing. A store that already holds
// follow-ups is refused.
Result<void> generateDemo(Store &store, const DemoOptions &options, const DemoProgress &progress = {});

// The span of history generated for `items` follow-ups: from one year for a few hundred to ten
// years for a million.
double demoYears(int items);

} // namespace ft
