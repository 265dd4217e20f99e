#pragma once

#include "report/reportlayout.h"

#include <functional>

class QPagedPaintDevice;

namespace ft {

// The one renderer of the review report: print preview (QPrinter), printing and PDF (QPdfWriter)
// all go through paintReport. Lay out first, then paint page by page.
//
// `progress` is told each page as it is painted (page, total); returning false stops painting.
// Returns false when painting could not start or was stopped.
using ReportProgress = std::function<bool(int page, int total)>;
bool paintReport(const ReportData &data, QPagedPaintDevice &device, const ReportProgress &progress = {});
// The same with a layout already computed for this device.
bool paintReport(const ReportData &data, const ReportLayout &layout, QPagedPaintDevice &device,
                 const ReportProgress &progress = {});

} // namespace ft
