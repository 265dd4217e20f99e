#include "checklist/templaterepository.h"

#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ChecklistTemplateRepository)
};

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

Result<QList<ChecklistTemplate>> readTemplates(const QSqlDatabase &db, std::optional<ChecklistTemplateId> only)
{
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

Result<void> checkName(const QSqlDatabase &db, const QString &name, ChecklistTemplateId self)
{
    if (name.isEmpty())
        return Error::badInput(Tr::tr("A checklist template needs a name."));
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT 1 FROM checklist_template WHERE lower(name) = lower(?) AND id <> ?"),
                            {name, self});
        !ok)
        return ok;
    if (q.next())
        return Error::conflict(Tr::tr("There is already a checklist template called “%1”.").arg(name));
    return {};
}

Result<ChecklistTemplateItem> readItem(const QSqlDatabase &db, qint64 itemId)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT ") + itemColumns
                                   + QStringLiteral(" FROM checklist_template_item WHERE id = ?"), {itemId});
        !ok)
        return ok.error();
    if (!q.next())
        return Error::notFound(Tr::tr("Checklist item %1 does not exist.").arg(itemId));
    return itemFromQuery(q);
}

Result<void> touchTemplate(const QSqlDatabase &db, ChecklistTemplateId id)
{
    return sql::exec(db, QStringLiteral("UPDATE checklist_template SET updated_at = ? WHERE id = ?"),
                     {QDateTime::currentSecsSinceEpoch(), id});
}

// Writes the item ids' positions as 0 … n-1 in the given order.
Result<void> writeOrder(const QSqlDatabase &db, const QList<qint64> &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_template_item SET position = ? WHERE id = ?"),
                                {int(i), ids.at(i)});
            !ok)
            return ok;
    }
    return {};
}

Result<QList<qint64>> itemOrder(const QSqlDatabase &db, ChecklistTemplateId id)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT id FROM checklist_template_item WHERE template_id = ? "
                                              "ORDER BY position, id"), {id});
        !ok)
        return ok.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// Runs one change in one transaction.
template<typename T, typename F>
Result<T> inTransaction(const QSqlDatabase &db, F body)
{
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<T> r = body();
    if (!r)
        return r;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return r;
}

} // namespace

ChecklistTemplateRepository::ChecklistTemplateRepository(const Store &store)
    : m_connection(store.connectionName())
{
}

Result<QList<ChecklistTemplate>> ChecklistTemplateRepository::templates() const
{
    return readTemplates(QSqlDatabase::database(m_connection, false), std::nullopt);
}

Result<ChecklistTemplate> ChecklistTemplateRepository::load(ChecklistTemplateId id) const
{
    auto found = readTemplates(QSqlDatabase::database(m_connection, false), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(Tr::tr("Checklist template %1 does not exist.").arg(id));
    return found->constFirst();
}

Result<QList<ChecklistTemplate>> ChecklistTemplateRepository::applicable(Kind kind, const QString &category) const
{
    auto all = templates();
    if (!all)
        return all;
    QList<ChecklistTemplate> out;
    for (const ChecklistTemplate &t : all.value()) {
        if (t.appliesTo(kind, category))
            out << t;
    }
    return out;
}

Result<ChecklistTemplateId> ChecklistTemplateRepository::create(const QString &name)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString trimmed = name.trimmed();
    return inTransaction<ChecklistTemplateId>(db, [&]() -> Result<ChecklistTemplateId> {
        if (auto ok = checkName(db, trimmed, 0); !ok)
            return ok.error();
        QSqlQuery q(db);
        if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO checklist_template (name, kind_mask, categories, position, "
                                                  "updated_at) VALUES (?, 0, '', (SELECT coalesce(max(position) + 1, 0) "
                                                  "FROM checklist_template), ?)"),
                                {trimmed, QDateTime::currentSecsSinceEpoch()});
            !ok)
            return ok.error();
        return q.lastInsertId().toLongLong();
    });
}

Result<void> ChecklistTemplateRepository::rename(ChecklistTemplateId id, const QString &name)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString trimmed = name.trimmed();
    return inTransaction<void>(db, [&]() -> Result<void> {
        if (auto found = load(id); !found)
            return found.error();
        if (auto ok = checkName(db, trimmed, id); !ok)
            return ok;
        if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_template SET name = ? WHERE id = ?"), {trimmed, id}); !ok)
            return ok;
        return touchTemplate(db, id);
    });
}

Result<ChecklistTemplateId> ChecklistTemplateRepository::duplicate(ChecklistTemplateId id)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return inTransaction<ChecklistTemplateId>(db, [&]() -> Result<ChecklistTemplateId> {
        auto source = load(id);
        if (!source)
            return source.error();
        QString name = Tr::tr("%1 (copy)").arg(source->name);
        for (int n = 2; !checkName(db, name, 0); ++n)
            name = Tr::tr("%1 (copy %2)").arg(source->name).arg(n);
        auto created = create(name);
        if (!created)
            return created;
        if (auto ok = setApplicability(created.value(), source->kindMask, source->categories); !ok)
            return ok.error();
        for (const ChecklistTemplateItem &item : source->items) {
            if (auto added = addItem(created.value(), item.text, item.required, item.hint); !added)
                return added.error();
        }
        return created;
    });
}

Result<void> ChecklistTemplateRepository::remove(ChecklistTemplateId id)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return inTransaction<void>(db, [&]() -> Result<void> {
        if (auto found = load(id); !found)
            return found.error();
        return sql::exec(db, QStringLiteral("DELETE FROM checklist_template WHERE id = ?"), {id});
    });
}

Result<void> ChecklistTemplateRepository::setApplicability(ChecklistTemplateId id, int kindMask, const QStringList &categories)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (kindMask < 0 || kindMask >= (1 << KindCount))
        return Error::badInput(Tr::tr("Kind mask %1 is out of range.").arg(kindMask));
    return inTransaction<void>(db, [&]() -> Result<void> {
        if (auto found = load(id); !found)
            return found.error();
        QStringList cleaned;
        for (const QString &c : categories)
            cleaned << parseCategories(c);
        if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_template SET kind_mask = ?, categories = ? WHERE id = ?"),
                                {kindMask, sql::text(formatCategories(cleaned)), id});
            !ok)
            return ok;
        return touchTemplate(db, id);
    });
}

Result<qint64> ChecklistTemplateRepository::addItem(ChecklistTemplateId id, const QString &text, bool required,
                                                    const QString &hint)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(Tr::tr("A checklist item needs some text."));
    return inTransaction<qint64>(db, [&]() -> Result<qint64> {
        if (auto found = load(id); !found)
            return found.error();
        QSqlQuery q(db);
        if (auto ok = sql::exec(q, QStringLiteral("INSERT INTO checklist_template_item (template_id, position, text, required, "
                                                  "hint) VALUES (?, (SELECT count(*) FROM checklist_template_item WHERE "
                                                  "template_id = ?), ?, ?, ?)"),
                                {id, id, trimmed, required ? 1 : 0, sql::text(hint.trimmed())});
            !ok)
            return ok.error();
        const qint64 itemId = q.lastInsertId().toLongLong();
        if (auto ok = touchTemplate(db, id); !ok)
            return ok.error();
        return itemId;
    });
}

Result<void> ChecklistTemplateRepository::editItem(qint64 itemId, const QString &text, bool required, const QString &hint)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(Tr::tr("A checklist item needs some text."));
    return inTransaction<void>(db, [&]() -> Result<void> {
        auto item = readItem(db, itemId);
        if (!item)
            return item.error();
        if (auto ok = sql::exec(db, QStringLiteral("UPDATE checklist_template_item SET text = ?, required = ?, hint = ? "
                                                   "WHERE id = ?"),
                                {trimmed, required ? 1 : 0, sql::text(hint.trimmed()), itemId});
            !ok)
            return ok;
        return touchTemplate(db, item->templateId);
    });
}

Result<void> ChecklistTemplateRepository::moveItem(qint64 itemId, int position)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return inTransaction<void>(db, [&]() -> Result<void> {
        auto item = readItem(db, itemId);
        if (!item)
            return item.error();
        auto order = itemOrder(db, item->templateId);
        if (!order)
            return order.error();
        QList<qint64> ids = order.value();
        const qsizetype from = ids.indexOf(itemId);
        const qsizetype to = std::clamp<qsizetype>(position, 0, ids.size() - 1);
        ids.move(from, to);
        if (auto ok = writeOrder(db, ids); !ok)
            return ok;
        return touchTemplate(db, item->templateId);
    });
}

Result<void> ChecklistTemplateRepository::moveItemUp(qint64 itemId)
{
    auto item = readItem(QSqlDatabase::database(m_connection, false), itemId);
    if (!item)
        return item.error();
    if (item->position == 0)
        return Error::refused(Tr::tr("“%1” is already the first item.").arg(item->text));
    return moveItem(itemId, item->position - 1);
}

Result<void> ChecklistTemplateRepository::moveItemDown(qint64 itemId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto item = readItem(db, itemId);
    if (!item)
        return item.error();
    auto order = itemOrder(db, item->templateId);
    if (!order)
        return order.error();
    if (order->indexOf(itemId) >= order->size() - 1)
        return Error::refused(Tr::tr("“%1” is already the last item.").arg(item->text));
    return moveItem(itemId, item->position + 1);
}

Result<void> ChecklistTemplateRepository::removeItem(qint64 itemId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return inTransaction<void>(db, [&]() -> Result<void> {
        auto item = readItem(db, itemId);
        if (!item)
            return item.error();
        if (auto ok = sql::exec(db, QStringLiteral("DELETE FROM checklist_template_item WHERE id = ?"), {itemId}); !ok)
            return ok;
        auto order = itemOrder(db, item->templateId);
        if (!order)
            return order.error();
        if (auto ok = writeOrder(db, order.value()); !ok)
            return ok;
        return touchTemplate(db, item->templateId);
    });
}

} // namespace ft
