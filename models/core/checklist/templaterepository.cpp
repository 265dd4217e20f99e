#include "checklist/templaterepository.h"

#include "store/checklisttemplates.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ChecklistTemplateRepository)
};

Timestamp now() { return QDateTime::currentSecsSinceEpoch(); }

Result<void> checkName(const Connection &connection, const QString &name, ChecklistTemplateId self)
{
    if (name.isEmpty())
        return Error::badInput(Tr::tr("A checklist template needs a name."));
    auto taken = checklisttemplates::nameTaken(connection, name, self);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error::conflict(Tr::tr("There is already a checklist template called “%1”.").arg(name));
    return {};
}

Result<ChecklistTemplateItem> readItem(const Connection &connection, qint64 itemId)
{
    auto item = checklisttemplates::readItem(connection, itemId);
    if (!item)
        return item.error();
    if (!item.value())
        return Error::notFound(Tr::tr("Checklist item %1 does not exist.").arg(itemId));
    return *item.value();
}

// Runs one change in one transaction.
template<typename T, typename F>
Result<T> inTransaction(const Connection &connection, F body)
{
    StoreTransaction tx(connection);
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
    : m_connection(store.connection())
{
}

Result<QList<ChecklistTemplate>> ChecklistTemplateRepository::templates() const
{
    return checklisttemplates::read(m_connection);
}

Result<ChecklistTemplate> ChecklistTemplateRepository::load(ChecklistTemplateId id) const
{
    auto found = checklisttemplates::read(m_connection, id);
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
    const QString trimmed = name.trimmed();
    return inTransaction<ChecklistTemplateId>(m_connection, [&]() -> Result<ChecklistTemplateId> {
        if (auto ok = checkName(m_connection, trimmed, 0); !ok)
            return ok.error();
        return checklisttemplates::insert(m_connection, trimmed, now());
    });
}

Result<void> ChecklistTemplateRepository::rename(ChecklistTemplateId id, const QString &name)
{
    const QString trimmed = name.trimmed();
    return inTransaction<void>(m_connection, [&]() -> Result<void> {
        if (auto found = load(id); !found)
            return found.error();
        if (auto ok = checkName(m_connection, trimmed, id); !ok)
            return ok;
        if (auto ok = checklisttemplates::rename(m_connection, id, trimmed); !ok)
            return ok;
        return checklisttemplates::touch(m_connection, id, now());
    });
}

Result<ChecklistTemplateId> ChecklistTemplateRepository::duplicate(ChecklistTemplateId id)
{
    return inTransaction<ChecklistTemplateId>(m_connection, [&]() -> Result<ChecklistTemplateId> {
        auto source = load(id);
        if (!source)
            return source.error();
        QString name = Tr::tr("%1 (copy)").arg(source->name);
        for (int n = 2; !checkName(m_connection, name, 0); ++n)
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
    return inTransaction<void>(m_connection, [&]() -> Result<void> {
        if (auto found = load(id); !found)
            return found.error();
        return checklisttemplates::remove(m_connection, id);
    });
}

Result<void> ChecklistTemplateRepository::setApplicability(ChecklistTemplateId id, int kindMask, const QStringList &categories)
{
    if (kindMask < 0 || kindMask >= (1 << KindCount))
        return Error::badInput(Tr::tr("Kind mask %1 is out of range.").arg(kindMask));
    return inTransaction<void>(m_connection, [&]() -> Result<void> {
        if (auto found = load(id); !found)
            return found.error();
        QStringList cleaned;
        for (const QString &c : categories)
            cleaned << parseCategories(c);
        if (auto ok = checklisttemplates::setApplicability(m_connection, id, kindMask, cleaned); !ok)
            return ok;
        return checklisttemplates::touch(m_connection, id, now());
    });
}

Result<qint64> ChecklistTemplateRepository::addItem(ChecklistTemplateId id, const QString &text, bool required,
                                                    const QString &hint)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(Tr::tr("A checklist item needs some text."));
    return inTransaction<qint64>(m_connection, [&]() -> Result<qint64> {
        if (auto found = load(id); !found)
            return found.error();
        auto itemId = checklisttemplates::insertItem(m_connection, id, trimmed, required, hint.trimmed());
        if (!itemId)
            return itemId;
        if (auto ok = checklisttemplates::touch(m_connection, id, now()); !ok)
            return ok.error();
        return itemId;
    });
}

Result<void> ChecklistTemplateRepository::editItem(qint64 itemId, const QString &text, bool required, const QString &hint)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(Tr::tr("A checklist item needs some text."));
    return inTransaction<void>(m_connection, [&]() -> Result<void> {
        auto item = readItem(m_connection, itemId);
        if (!item)
            return item.error();
        if (auto ok = checklisttemplates::updateItem(m_connection, itemId, trimmed, required, hint.trimmed()); !ok)
            return ok;
        return checklisttemplates::touch(m_connection, item->templateId, now());
    });
}

Result<void> ChecklistTemplateRepository::moveItem(qint64 itemId, int position)
{
    return inTransaction<void>(m_connection, [&]() -> Result<void> {
        auto item = readItem(m_connection, itemId);
        if (!item)
            return item.error();
        auto order = checklisttemplates::itemOrder(m_connection, item->templateId);
        if (!order)
            return order.error();
        QList<qint64> ids = order.value();
        const qsizetype from = ids.indexOf(itemId);
        const qsizetype to = std::clamp<qsizetype>(position, 0, ids.size() - 1);
        ids.move(from, to);
        if (auto ok = checklisttemplates::writeItemOrder(m_connection, ids); !ok)
            return ok;
        return checklisttemplates::touch(m_connection, item->templateId, now());
    });
}

Result<void> ChecklistTemplateRepository::moveItemUp(qint64 itemId)
{
    auto item = readItem(m_connection, itemId);
    if (!item)
        return item.error();
    if (item->position == 0)
        return Error::refused(Tr::tr("“%1” is already the first item.").arg(item->text));
    return moveItem(itemId, item->position - 1);
}

Result<void> ChecklistTemplateRepository::moveItemDown(qint64 itemId)
{
    auto item = readItem(m_connection, itemId);
    if (!item)
        return item.error();
    auto order = checklisttemplates::itemOrder(m_connection, item->templateId);
    if (!order)
        return order.error();
    if (order->indexOf(itemId) >= order->size() - 1)
        return Error::refused(Tr::tr("“%1” is already the last item.").arg(item->text));
    return moveItem(itemId, item->position + 1);
}

Result<void> ChecklistTemplateRepository::removeItem(qint64 itemId)
{
    return inTransaction<void>(m_connection, [&]() -> Result<void> {
        auto item = readItem(m_connection, itemId);
        if (!item)
            return item.error();
        if (auto ok = checklisttemplates::removeItem(m_connection, itemId); !ok)
            return ok;
        auto order = checklisttemplates::itemOrder(m_connection, item->templateId);
        if (!order)
            return order.error();
        if (auto ok = checklisttemplates::writeItemOrder(m_connection, order.value()); !ok)
            return ok;
        return checklisttemplates::touch(m_connection, item->templateId, now());
    });
}

} // namespace ft
