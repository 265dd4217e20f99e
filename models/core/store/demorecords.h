#pragma once

#include "domain/error.h"
#include "store/connection.h"

#include <QStringList>
#include <optional>
#include <vector>

// What the demo generator reads and writes besides follow-ups (those go through FollowUpWriter):
// the checklist templates it plans with, and the CSI register and KPI targets of its history.
namespace ft::demorecords {

struct TemplateItemRow
{
    qint64 id = 0;
    QString text;
    bool required = false;
    QString hint;
};

struct TemplateRow
{
    qint64 id = 0;
    QString name;
    int kindMask = 0;
    QString categories;   // as stored: comma-separated
    std::vector<TemplateItemRow> items;
};

struct InitiativeRow
{
    QString title, kpi;
    std::optional<double> baseline, target;
    QString owner;
    int status = 0;
    QString startDate, reviewDate, outcome;   // ISO dates; an empty review date is none
    qint64 updatedAt = 0;
};

// Templates with their items, in the order the window shows them.
Result<std::vector<TemplateRow>> templates(const Connection &connection);
Result<void> setTemplateCategories(const Connection &connection, qint64 templateId, const QString &categories);
Result<void> insertInitiative(const Connection &connection, const InitiativeRow &row);
Result<void> insertKpiTarget(const Connection &connection, const QString &kpi, double value, bool higherIsBetter,
                             const QString &validFrom);

} // namespace ft::demorecords
