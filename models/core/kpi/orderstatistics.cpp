#include "kpi/orderstatistics.h"

#include <algorithm>

namespace ft {

// The middle value; the mean of the two middle values for an even count. Reorders `v`.
double median(std::vector<qint64> &v)
{
    const size_t n = v.size();
    const auto mid = v.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (n % 2 == 1)
        return double(*mid);
    const qint64 lower = *std::max_element(v.begin(), mid);
    return (double(lower) + double(*mid)) / 2.0;
}

// Nearest rank: the value at position ceil(0.9·n) of the ascending list, counted from 1.
double percentile90(std::vector<qint64> &v)
{
    const size_t rank = (9 * v.size() + 9) / 10;
    const auto at = v.begin() + std::ptrdiff_t(rank - 1);
    std::nth_element(v.begin(), at, v.end());
    return double(*at);
}

} // namespace ft
