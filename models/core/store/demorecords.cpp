#include "store/demorecords.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

namespace ft::demorecords {

Result<std::vector<TemplateRow>> templates(const Connection &connection)
{
    std::vector<TemplateRow> out;
    QSqlQuery q(databaseOf(connection));
    if (auto ok = sql::exec(q, QStringLiteral("SELECT t.id, t.name, t.kind_mask, t.categories, i.id, i.text, i.required, "
                                              "i.hint FROM checklist_template t JOIN checklist_template_item i "
                                              "ON i.template_id = t.id ORDER BY t.position, t.name, t.id, i.position, i.id"));
        !ok)
        return ok.error();
    while (q.next()) {
        if (out.empty() || out.back().id != q.value(0).toLongLong())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(), {}});
        out.back().items.push_back(
            {q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toInt() != 0, q.value(7).toString()});
    }
    return out;
}

Result<void> setTemplateCategories(const Connection &connection, qint64 templateId, const QString &categories)
{
    return sql::exec(databaseOf(connection), QStringLiteral("UPDATE checklist_template SET categories = ? WHERE id = ?"),
                     {categories, templateId});
}

Result<void> insertInitiative(const Connection &connection, const InitiativeRow &i)
{
    const auto orNull = [](const std::optional<double> &v) {
        return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
    };
    return sql::exec(databaseOf(connection),
                     QStringLiteral("INSERT INTO csi_initiative (title, kpi, baseline, target, owner, status, "
                                    "start_date, review_date, outcome, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {i.title, i.kpi, orNull(i.baseline), orNull(i.target), i.owner, i.status, i.startDate,
                      i.reviewDate.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(i.reviewDate),
                      sql::text(i.outcome), i.updatedAt});
}

Result<void> insertKpiTarget(const Connection &connection, const QString &kpi, double value, bool higherIsBetter,
                             const QString &validFrom)
{
    return sql::exec(databaseOf(connection),
                     QStringLiteral("INSERT INTO kpi_target (kpi, value, higher_is_better, valid_from) VALUES (?, ?, ?, ?)"),
                     {kpi, value, higherIsBetter ? 1 : 0, validFrom});
}

} // namespace ft::demorecords
