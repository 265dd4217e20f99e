#pragma once

#include "report/reportdata.h"

#include <QStringList>

namespace ft {

// The checklist section of the review in sentences: how often checklists were followed, and
// whether items closed with a complete checklist were called back less. Figures resting on fewer
// than plainFewItems items say so instead of inviting a conclusion.
QStringList plainChecklistSentences(const ReportChecklists &c, const QString &periodName);
// Under the table of steps: how many skipped steps it leaves out for resting on too few items;
// empty when none.
QString plainRarelySkippedSentence(const ReportChecklists &c);

} // namespace ft
