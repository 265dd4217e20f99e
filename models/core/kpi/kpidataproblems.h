#pragma once

#include <QString>

namespace ft {

// Data problems the KPI engine finds and leaves out (SPEC §2: "reported as data problems").
enum KpiProblemKind { ResolvedBeforeOpened, ClosedBeforeOpened, ClosedBeforeResolved, FirstResponseBeforeOpened, ProblemCount };

QString problemKey(int problem);
QString problemDescription(int problem, qint64 count);

} // namespace ft
