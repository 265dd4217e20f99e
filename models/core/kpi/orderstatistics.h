#pragma once

#include <QtGlobal>
#include <vector>

namespace ft {

// The order statistics of SPEC §2, in place (each reorders `v`, which must not be empty).
double median(std::vector<qint64> &v);        // the middle value, or the mean of the two middle values
double percentile90(std::vector<qint64> &v);  // nearest rank: the value at position ceil(0.9·n)

} // namespace ft
