#pragma once

#include "domain/followup.h"

#include <QList>
#include <QTimeZone>

class QTableWidget;

namespace ft {

// The wizard's preview of the first rows as they will be stored: one line per follow-up they make.
void showStoredPreview(QTableWidget *table, const QList<FollowUp> &items, const QTimeZone &zone);

} // namespace ft
