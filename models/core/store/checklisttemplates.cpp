#include "store/checklisttemplates.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QHash>

namespace ft::checklisttemplates {

namespace {

const QString templateColumns = QStringLiteral("id, name, kind_mask, categories, position");
const QString itemColumns = QStringLiteral("id, template_id, position, text, required, hint");

ChecklistTemplate templateFromQuery(const QSqlQuery &q)
{
    ChecklistTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kindMask = q.value(2).toInt();
    t.categories = parseCategories(q.value(3).toString());
    t.position = q.value(4).toInt();
    return t;
}

ChecklistTemplateItem itemFromQuery(const QSqlQuery &q)
{
    ChecklistTemplateItem i;
    i.id = q.value(0).toLongLong();
    i.templateId = q.value(1).toLongLong();
    i.position = q.value(2).toInt();
    i.text = q.value(3).toString();
    i.required = q.value(4).toInt() != 0;
    i.hint = q.value(5).toString();
    return i;
}

} // namespace

Result<QList<ChecklistTemplate>> read(const Connection &connection, std::optional<ChecklistTemplateId> only)
{
    const QSqlDatabase db = databaseOf(connection);
    QSqlQuery q(db);
    const QString where = only ? QStringLiteral(" WHERE id = ?") : QString();
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + templateColumns + QStringLiteral(" FROM checklist_template")
                                   + where + QStringLiteral(" ORDER BY position, name"),
                            only ? QVariantList{*only} : QVariantList{});
        !ok)
        return ok.error();
    QList<ChecklistTemplate> all;
    QHash<ChecklistTemplateId, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), all.size());
        all.append(templateFromQuery(q));
    }
    QSqlQuery items(db);
    const QString itemWhere = only ? QStringLiteral(" WHERE template_id = ?") : QString();
    if (auto ok = sql::exec(items, QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM checklist_template_item")
                                       + itemWhere + QStringLiteral(" ORDER BY template_id, position, id"),
                            only ? QVariantList{*only} : QVariantList{});
        !ok)
        return ok.error();
    while (items.next()) {
        const auto it = index.constFind(items.value(1).toLongLong());
        if (it != index.constEnd())
            all[*it].items.append(itemFromQuery(items));
    }
    return all;
}

Result<std::optional<ChecklistTemplateItem>> readItem(const Connection &connection, qint64 itemId)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + itemColumns
                                   + QStringLiteral(" FROM checklist_template_item WHERE id = ?"), {itemId});
        !ok)
        return ok.error();
    if (!q.next())
        return std::optional<ChecklistTemplateItem>();
    return std::optional<ChecklistTemplateItem>(itemFromQuery(q));
}

Result<bool> nameTaken(const Connection &connection, const QString &name, ChecklistTemplateId self)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT 1 FROM checklist_template WHERE lower(name) = lower(?) AND id <> ?"),
                            {name, self});
        !ok)
        return ok.error();
    return q.next();
}

Result<QList<qint64>> itemOrder(const Connection &connection, ChecklistTemplateId id)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT id FROM checklist_template_item WHERE template_id = ? "
                                              "ORDER BY position, id"), {id});
        !ok)
        return ok.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<ChecklistTemplateId> insert(const Connection &connection, const QString &name, Timestamp now)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO checklist_template (name, kind_mask, categories, position, "
                                              "updated_at) VALUES (?, 0, '', (SELECT coalesce(max(position) + 1, 0) "
                                              "FROM checklist_template), ?)"),
                            {name, now});
        !ok)
        return ok.error();
    return q.lastInsertId().toLongLong();
}

Result<void> rename(const Connection &connection, ChecklistTemplateId id, const QString &name)
{
    return sql::exec(databaseOf(connection), QStringLiteral("UPDATE checklist_template SET name = ? WHERE id = ?"), {name, id});
}

Result<void> remove(const Connection &connection, ChecklistTemplateId id)
{
    return sql::exec(databaseOf(connection), QStringLiteral("DELETE FROM checklist_template WHERE id = ?"), {id});
}

Result<void> setApplicability(const Connection &connection, ChecklistTemplateId id, int kindMask, const QStringList &categories)
{
    return sql::exec(databaseOf(connection),
                     QStringLiteral("UPDATE checklist_template SET kind_mask = ?, categories = ? WHERE id = ?"),
                     {kindMask, sql::text(formatCategories(categories)), id});
}

Result<void> touch(const Connection &connection, ChecklistTemplateId id, Timestamp now)
{
    return sql::exec(databaseOf(connection), QStringLiteral("UPDATE checklist_template SET updated_at = ? WHERE id = ?"),
                     {now, id});
}

Result<qint64> insertItem(const Connection &connection, ChecklistTemplateId id, const QString &text, bool required,
                          const QString &hint)
{
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO checklist_template_item (template_id, position, text, required, "
                                              "hint) VALUES (?, (SELECT count(*) FROM checklist_template_item WHERE "
                                              "template_id = ?), ?, ?, ?)"),
                            {id, id, text, required ? 1 : 0, sql::text(hint)});
        !ok)
        return ok.error();
    return q.lastInsertId().toLongLong();
}

Result<void> updateItem(const Connection &connection, qint64 itemId, const QString &text, bool required, const QString &hint)
{
    return sql::exec(databaseOf(connection),
                     QStringLiteral("UPDATE checklist_template_item SET text = ?, required = ?, hint = ? WHERE id = ?"),
                     {text, required ? 1 : 0, sql::text(hint), itemId});
}

Result<void> removeItem(const Connection &connection, qint64 itemId)
{
    return sql::exec(databaseOf(connection), QStringLiteral("DELETE FROM checklist_template_item WHERE id = ?"), {itemId});
}

Result<void> writeItemOrder(const Connection &connection, const QList<qint64> &ids)
{
    const QSqlDatabase db = databaseOf(connection);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_template_item SET position = ? WHERE id = ?"),
                                {int(i), ids.at(i)});
            !ok)
            return ok;
    }
    return {};
}

Result<void> insertStock(const Connection &connection, const QList<ChecklistTemplate> &templates)
{
    const QSqlDatabase db = databaseOf(connection);
    int position = 0;
    for (const ChecklistTemplate &t : templates) {
        QSqlQuery q(db);
        if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO checklist_template (name, kind_mask, categories, position) "
                                                  "VALUES (?, ?, '', ?)"),
                                {t.name, t.kindMask, position++});
            !ok)
            return ok;
        const qint64 templateId = q.lastInsertId().toLongLong();
        int itemPosition = 0;
        for (const ChecklistTemplateItem &item : t.items) {
            if (auto ok = sql::exec(db, QStringLiteral("INSERT INTO checklist_template_item (template_id, position, text, "
                                                       "required, hint) VALUES (?, ?, ?, ?, ?)"),
                                    {templateId, itemPosition++, item.text, item.required ? 1 : 0, sql::text(item.hint)});
                !ok)
                return ok;
        }
    }
    return {};
}

} // namespace ft::checklisttemplates
