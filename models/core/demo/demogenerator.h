#pragma once

#include "domain/error.h"

#include <functional>

namespace ft {

class Store;

struct DemoOptions
{
    int items = 2000;
    quint32 seed = 1;
    // The history ends here (the demo's "today"); 0 means now.
    qint64 endAt = 0;
};

// Progress in items done of total; return false to cancel (the store is then left unchanged).
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills the store with a realistic, reproducible history (SPEC §3 demo): the same options give
// the same store. Runs in one transaction: all or nothing.
Result<void> generateDemo(Store &store, const DemoOptions &options, const DemoProgress &progress = {});

} // namespace ft
