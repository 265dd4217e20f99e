#pragma once

#include "domain/error.h"

#include <QHash>
#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace ft {

// How many follow-ups matching `where` (an SQL condition over followup, with `values` bound in order)
// each owner has; the unassigned under an empty name.
Result<QHash<QString, qint64>> countByOwner(const QSqlDatabase &db, const QString &where, const QVariantList &values);

} // namespace ft
