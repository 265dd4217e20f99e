#include "store/changeset.h"

#include "store/sqlconnection.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QStringList>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ChangeSet)
};

bool isKnownTable(const QString &table)
{
    static const QStringList tables{QStringLiteral("followup"), QStringLiteral("event"), QStringLiteral("promise"),
                                    QStringLiteral("checklist_run"), QStringLiteral("checklist_run_item"),
                                    QStringLiteral("survey_response"), QStringLiteral("csi_initiative"),
                                    QStringLiteral("kpi_target"), QStringLiteral("checklist_template"),
                                    QStringLiteral("checklist_template_item")};
    return tables.contains(table);
}

Result<std::optional<QVariantMap>> readRow(const QSqlDatabase &db, const QString &table, qint64 id)
{
    if (!isKnownTable(table))
        return Error::failed(Tr::tr("Unknown table %1").arg(table));
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"), {id}); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<QVariantMap>{};
    QVariantMap row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return std::optional<QVariantMap>(row);
}

// A follow-up's version and who saved it last: each replay saves the row anew (the version goes up,
// never back, so that a window holding an older version cannot save over the replay), so they are
// not part of what the row says.
const QString rowVersionColumn = QStringLiteral("row_version");
const QString changedByColumn = QStringLiteral("changed_by");

bool sameRow(const std::optional<QVariantMap> &a, const std::optional<QVariantMap> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    for (auto it = a->cbegin(); it != a->cend(); ++it) {
        if (it.key() == rowVersionColumn || it.key() == changedByColumn)
            continue;
        const QVariant other = b->value(it.key());
        if (it.value().isNull() != other.isNull() || (!it.value().isNull() && it.value().toString() != other.toString()))
            return false;
    }
    return true;
}

Result<void> writeRow(const QSqlDatabase &db, const QString &table, qint64 id, const std::optional<QVariantMap> &row,
                      const std::optional<QVariantMap> &current, const QString &actor)
{
    if (!row)
        return sql::exec(db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    const bool exists = current.has_value();
    QStringList columns;
    QVariantList values;
    for (auto it = row->cbegin(); it != row->cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        columns << it.key();
        if (exists && it.key() == rowVersionColumn)
            values << current->value(rowVersionColumn).toLongLong() + 1;
        else if (exists && it.key() == changedByColumn && !actor.isEmpty())
            values << actor;
        else
            values << it.value();
    }
    values << id;
    if (exists) {
        QStringList assignments;
        for (const QString &c : columns)
            assignments << c + QStringLiteral(" = ?");
        return sql::exec(db, QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + assignments.join(QStringLiteral(", "))
                                 + QStringLiteral(" WHERE id = ?"), values);
    }
    QStringList marks;
    for (qsizetype i = 0; i <= columns.size(); ++i)
        marks << QStringLiteral("?");
    return sql::exec(db, QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
                             + QStringLiteral(", id) VALUES (") + marks.join(QStringLiteral(", ")) + QStringLiteral(")"),
                     values);
}

} // namespace

ChangeJournal::ChangeJournal(const Connection &connection)
    : m_connection(connection)
{
}

void ChangeJournal::touch(const QString &table, qint64 id)
{
    for (const RowImage &r : std::as_const(m_rows)) {
        if (r.table == table && r.id == id)
            return;
    }
    auto before = readRow(databaseOf(m_connection), table, id);
    m_rows.append({table, id, before ? before.value() : std::nullopt, std::nullopt});
}

void ChangeJournal::inserted(const QString &table, qint64 id)
{
    m_rows.append({table, id, std::nullopt, std::nullopt});
}

Result<ChangeSet> ChangeJournal::finish(const QString &description)
{
    const QSqlDatabase db = databaseOf(m_connection);
    for (RowImage &r : m_rows) {
        auto after = readRow(db, r.table, r.id);
        if (!after)
            return after.error();
        r.after = after.value();
    }
    return ChangeSet{description, m_rows};
}

Result<void> replay(const Connection &connection, const ChangeSet &changes, Replay direction, const QString &actor)
{
    const QSqlDatabase db = databaseOf(connection);
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const bool undo = direction == Replay::Undo;
    // Undo walks backwards so that rows come back in the order that foreign keys need.
    for (qsizetype n = 0; n < changes.rows.size(); ++n) {
        const RowImage &r = changes.rows.at(undo ? changes.rows.size() - 1 - n : n);
        const auto &expected = undo ? r.after : r.before;
        const auto &wanted = undo ? r.before : r.after;
        auto current = readRow(db, r.table, r.id);
        if (!current)
            return current.error();
        if (!sameRow(expected, current.value()))
            return Error::conflict(Tr::tr("“%1” cannot be %2: the follow-up was changed since, in another window or program.")
                                       .arg(changes.description, undo ? Tr::tr("undone") : Tr::tr("redone")));
        if (auto written = writeRow(db, r.table, r.id, wanted, current.value(), actor); !written)
            return written;
    }
    return tx.commit();
}

} // namespace ft
