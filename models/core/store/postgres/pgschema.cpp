#include "store/postgres/pgschema.h"

#include "store/schema.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ft::pgschema {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Store)
};

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QStringList prelude()
{
    return {
        QStringLiteral("CREATE TABLE store_schema (application_id BIGINT NOT NULL, version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO store_schema (application_id, version) VALUES (%1, 0)").arg(schema::ApplicationId),
        // SQLite gives a row bound with a NULL id the next id; an identity column would refuse the NULL.
        QStringLiteral(R"(CREATE FUNCTION ft_assign_id() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF NEW.id IS NULL THEN
                    NEW.id := nextval(TG_ARGV[0]::regclass);
                END IF;
                RETURN NEW;
            END $body$)"),
        // Once per statement and table; PostgreSQL folds equal notifications of one transaction into one
        // and delivers them at commit, so a rolled-back write wakes nobody.
        QStringLiteral(R"(CREATE FUNCTION ft_notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                PERFORM pg_notify('%1', TG_TABLE_NAME);
                RETURN NULL;
            END $body$)").arg(QLatin1String(notifyChannel)),
    };
}

QStringList translate(const QString &sqliteStatement)
{
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression nocase(QStringLiteral("(\\w+) COLLATE NOCASE"));
    static const QRegularExpression createTable(QStringLiteral("^\\s*CREATE TABLE (\\w+)"));
    static const QRegularExpression idColumn(QStringLiteral("\\(\\s*id INTEGER PRIMARY KEY,"));

    QString s = sqliteStatement;
    s.replace(integer, QStringLiteral("BIGINT"));
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    s.replace(nocase, QStringLiteral("lower(\\1)"));
    QStringList out{s};
    const auto table = createTable.match(sqliteStatement);
    if (!table.hasMatch())
        return out;
    const QString name = table.captured(1);
    if (idColumn.match(sqliteStatement).hasMatch()) {
        out << QStringLiteral("CREATE SEQUENCE %1_id_seq OWNED BY %1.id").arg(name)
            << QStringLiteral("CREATE TRIGGER %1_assign_id BEFORE INSERT ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION ft_assign_id('%1_id_seq')").arg(name);
    }
    out << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                          "FOR EACH STATEMENT EXECUTE FUNCTION ft_notify_change()").arg(name);
    return out;
}

Result<Facts> inspect(const QSqlDatabase &db)
{
    Facts facts;
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE table_name = 'store_schema') "
                                              "FROM information_schema.tables WHERE table_schema = current_schema()"));
        !ok || !q.next())
        return ok ? sql::errorOf(q, Tr::tr("Reading the database's tables")) : ok.error();
    facts.empty = q.value(0).toLongLong() == 0;
    if (q.value(1).toLongLong() == 0)
        return facts;
    if (auto ok = sql::exec(q, QStringLiteral("SELECT application_id, version FROM store_schema")); !ok)
        return ok.error();
    if (!q.next())
        return facts;
    facts.applicationId = q.value(0).toLongLong();
    facts.version = q.value(1).toInt();
    facts.isStore = facts.applicationId == schema::ApplicationId && !q.next();
    return facts;
}

Result<void> recordVersion(const QSqlDatabase &db, int version)
{
    return sql::exec(db, QStringLiteral("UPDATE store_schema SET version = ?"), {version});
}

Result<void> lockForMigration(const QSqlDatabase &db)
{
    return sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(schema::ApplicationId)});
}

Result<void> lockForBulkWrite(const QSqlDatabase &db)
{
    if (auto patient = sql::run(db, QStringLiteral("SET LOCAL lock_timeout = 0")); !patient)
        return patient;
    return sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(schema::ApplicationId) + 1});
}

void tidyAfterBulkLoad(const QSqlDatabase &db)
{
    if (sql::transactionDepth(db) == 0)
        (void)sql::run(db, QStringLiteral("VACUUM (ANALYZE)"));   // a tidy-up: the load has committed either way
}

Result<void> resyncIdSequences(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto ok = sql::exec(q, QStringLiteral("SELECT sequence_name FROM information_schema.sequences "
                                              "WHERE sequence_schema = current_schema() AND sequence_name LIKE ? "
                                              "ORDER BY sequence_name"),
                            {QStringLiteral("%\\_id\\_seq")});
        !ok)
        return ok;
    QStringList sequences;
    while (q.next())
        sequences << q.value(0).toString();
    for (const QString &sequence : std::as_const(sequences)) {
        const QString table = sequence.chopped(int(qstrlen("_id_seq")));
        // Names from the catalog, quoted as identifiers; the next id is one past the largest.
        if (auto ok = sql::exec(db, QStringLiteral("SELECT setval(?, (SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                                        .arg(quoted(table)),
                                {sequence});
            !ok)
            return ok;
    }
    return {};
}

} // namespace ft::pgschema
