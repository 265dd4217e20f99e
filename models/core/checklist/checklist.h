#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Checklist values of SPEC §1: templates a lead writes, and runs of them on one follow-up.
namespace ft {

using ChecklistTemplateId = qint64;

struct ChecklistTemplateItem
{
    qint64 id = 0;
    ChecklistTemplateId templateId = 0;
    int position = 0;
    QString text;
    bool required = true;   // required blocks closing; advisory only warns
    QString hint;
};

struct ChecklistTemplate
{
    ChecklistTemplateId id = 0;
    QString name;
    int kindMask = 0;           // bit n = Kind n; 0 = every kind
    QStringList categories;     // empty = every category
    int position = 0;
    QList<ChecklistTemplateItem> items;

    // Kind matches (mask 0 = any kind) and category matches (empty list = any; ignoring case).
    bool appliesTo(Kind kind, const QString &category) const;
};

constexpr int kindBit(Kind k) { return 1 << int(k); }

// Categories are kept as one text column, comma separated: what the lead types is what is stored.
QStringList parseCategories(const QString &text);
QString formatCategories(const QStringList &categories);

// One item of a run: a snapshot of the template item (its text, required flag, hint) taken when
// the run was attached, so editing the template later never rewrites what was checked.
struct ChecklistRunItem
{
    qint64 id = 0;
    qint64 runId = 0;
    std::optional<qint64> templateItemId;
    int position = 0;
    QString text;
    bool required = true;
    QString hint;
    std::optional<Timestamp> checkedAt;
    QString checkedBy;
    QString note;
    bool skippedAtResolve = false;

    bool isChecked() const { return checkedAt.has_value(); }
};

struct ChecklistRun
{
    qint64 id = 0;
    FollowUpId followUpId = 0;
    std::optional<ChecklistTemplateId> templateId;
    QString templateName;
    Timestamp attachedAt = 0;
    std::optional<Timestamp> overriddenAt;
    QString overrideReason;
    QString overrideBy;
    QList<ChecklistRunItem> items;
};

struct ChecklistProgress
{
    int checked = 0;
    int total = 0;
    int requiredUnchecked = 0;
    int advisoryUnchecked = 0;

    bool isComplete() const { return checked == total; }
    QString text() const;   // "3 of 5"
};

ChecklistProgress progressOf(const ChecklistRun &run);
ChecklistProgress progressOf(const QList<ChecklistRun> &runs);

} // namespace ft
