#include "demo/demogenerator.h"
#include "kpi/kpiengine.h"
#include "kpi/kpitableformat.h"
#include "store/schema.h"
#include "store/sqlhelpers.h"
#include "store/storecopy.h"
#include "store/store.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// `copy --to` (issue 16 part 6): the whole store into an empty one, ids kept, in one transaction;
// a target that is not empty, the store itself, a foreign schema or a cancel leave the target as it was.
class tst_StoreCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sourcePath;

    static QString keyOf(const QString &table)
    {
        return table == "holiday"_L1 ? u"day"_s : table == "setting"_L1 ? u"key"_s : u"id"_s;
    }

    // Every row of a table, every column by name, in key order: what "the same rows" means here.
    static QStringList rowsOf(const Store &store, const QString &table, bool withStoreId = true)
    {
        QSqlQuery q(store.database());
        if (!q.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, keyOf(table))))
            return {u"error: "_s + q.lastError().text()};
        QStringList rows;
        while (q.next()) {
            const QSqlRecord record = q.record();
            QStringList cells;
            for (int i = 0; i < record.count(); ++i)
                cells << record.fieldName(i) + u'=' + (record.isNull(i) ? u"NULL"_s : record.value(i).toString());
            if (!withStoreId && cells.contains(u"key=store_id"_s))
                continue;
            rows << cells.join(u'|');
        }
        return rows;
    }

    static QMap<QString, QStringList> everything(const Store &store)
    {
        QMap<QString, QStringList> all;
        for (const QString &table : storecopy::tables())
            all[table] = rowsOf(store, table);
        return all;
    }

    static std::unique_ptr<Store> openStore(const QString &path)
    {
        auto store = Store::open(path);
        if (!store)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store.error().message));
        return std::move(store).value();
    }

    static QString kpiCsv(const Store &store)
    {
        KpiRequest request;
        request.by = PeriodKind::Month;
        auto table = computeKpis(store, request);
        return table ? kpiTableCsv(*table) : u"error: "_s + table.error().message;
    }

    static QList<qint64> searchIds(const Store &store, const QString &word)
    {
        QSqlQuery q(store.database());
        if (!sql::exec(q, u"SELECT rowid FROM followup_search WHERE followup_search MATCH ? ORDER BY rowid"_s,
                       {u"\"%1\""_s.arg(word)}))
            return {-1};
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

private slots:
    // One demo register with a row in every table, and a time zone of its own, copied by every test.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sourcePath = m_dir.filePath(u"source.sqlite"_s);
        auto store = openStore(m_sourcePath);
        DemoOptions options;
        options.items = 1000;   // over 5,000 events: the copy reads them in more than one batch
        options.seed = 7;
        options.endAt = test::at(2025, 6, 30);
        auto demo = generateDemo(*store, options);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        for (const QString &statement :
             {u"INSERT INTO holiday (day, name) VALUES ('2025-05-01', 'Labour Day'), ('2025-12-25', 'Christmas')"_s,
              u"INSERT INTO import_run (at, file, profile, added, updated, rejected) VALUES (1735689600, 'q1.csv', 'jira', 12, 3, 1)"_s,
              u"INSERT INTO calendar_version (valid_from, working_days, day_start_minute, day_end_minute) "
              "VALUES ('2024-01-01', 63, 420, 960)"_s,
              u"UPDATE setting SET value = 'America/New_York' WHERE key = 'time_zone'"_s}) {
            QVERIFY2(sql::exec(store->database(), statement), qPrintable(statement));
        }
        for (const QString &table : storecopy::tables())
            QVERIFY2(!rowsOf(*store, table).isEmpty(), qPrintable(u"the demo store has no row in "_s + table));
        QVERIFY(test::scalar(*store, u"SELECT count(*) FROM event"_s) > 5000);
    }

    void shouldCopyEveryTableWithItsIdsAndKeepTheTargetsStoreId()
    {
        const QString targetPath = m_dir.filePath(u"every-table.sqlite"_s);
        auto source = openStore(m_sourcePath);
        auto target = openStore(targetPath);
        const QString targetId = target->id();
        QVERIFY(!targetId.isEmpty() && targetId != source->id());

        auto copied = copyStore(source->connection(), target->connection());
        QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
        QCOMPARE(copied->targetStoreId, targetId);
        QCOMPARE(copied->tables.size(), storecopy::tables().size());
        for (const CopyFacts::Table &table : copied->tables) {
            QCOMPARE(rowsOf(*target, table.name, false), rowsOf(*source, table.name, false));
            QCOMPARE(table.rows, qint64(rowsOf(*source, table.name).size()));
        }
        QCOMPARE(target->id(), targetId);
        QCOMPARE(test::scalar(*target, u"SELECT count(*) FROM setting WHERE key = 'store_id'"_s), 1);
        QCOMPARE(target->integrityCheck().value(), u"ok"_s);
    }

    void shouldGiveTheSameKpisTimelineAndSearchInTheCopy()
    {
        const QString targetPath = m_dir.filePath(u"same-figures.sqlite"_s);
        {
            auto source = openStore(m_sourcePath);
            auto target = openStore(targetPath);
            QVERIFY(copyStore(source->connection(), target->connection()));
        }
        // Opened again, as the next command or window would: the time zone is the source's now.
        auto source = openStore(m_sourcePath);
        auto target = openStore(targetPath);
        QCOMPARE(target->timeZone().id(), QByteArray("America/New_York"));
        QCOMPARE(rowsOf(*target, u"event"_s), rowsOf(*source, u"event"_s));
        const QString figures = kpiCsv(*source);
        QVERIFY2(figures.count(u'\n') > 6 && !figures.startsWith(u"error"_s), qPrintable(figures));
        QCOMPARE(kpiCsv(*target), figures);

        // The search index filled through its triggers: the same words find the same follow-ups.
        QSqlQuery q(source->database());
        QVERIFY(q.exec(u"SELECT title FROM followup ORDER BY id LIMIT 1"_s) && q.next());
        const QString word = q.value(0).toString().section(u' ', 0, 0);
        QVERIFY(word.size() >= 3);
        const QList<qint64> found = searchIds(*source, word);
        QVERIFY(!found.isEmpty() && found.first() > 0);
        QCOMPARE(searchIds(*target, word), found);
        QVERIFY(sql::exec(target->database(),
                          u"INSERT INTO followup_search (followup_search, rank) VALUES ('integrity-check', 1)"_s));
    }

    void shouldRefuseATargetThatHoldsARegister_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("named");
        QTest::newRow("follow-up") << u"INSERT INTO followup (id, kind, priority, status, opened_at, updated_at) "
                                      "VALUES (5, 0, 2, 0, 1700000000, 1700000000)"_s << u"follow-ups (1)"_s;
        QTest::newRow("holiday") << u"INSERT INTO holiday (day, name) VALUES ('2025-01-01', 'New Year')"_s
                                 << u"holidays (1)"_s;
        QTest::newRow("target") << u"INSERT INTO kpi_target (kpi, value, higher_is_better, valid_from) "
                                   "VALUES ('sla_rate', 0.9, 1, '2025-01-01')"_s << u"KPI targets (1)"_s;
        QTest::newRow("import run") << u"INSERT INTO import_run (at, file, profile) VALUES (1, 'a.csv', 'jira')"_s
                                    << u"import runs (1)"_s;
        QTest::newRow("initiative") << u"INSERT INTO csi_initiative (title, kpi, start_date) VALUES ('x', 'sla_rate', "
                                       "'2025-01-01')"_s << u"improvement initiatives (1)"_s;
    }

    void shouldRefuseATargetThatHoldsARegister()
    {
        QFETCH(QString, statement);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString targetPath = dir.filePath(u"full.sqlite"_s);
        auto source = openStore(m_sourcePath);
        auto target = openStore(targetPath);
        QVERIFY(sql::exec(target->database(), statement));
        const auto before = everything(*target);

        auto copied = copyStore(source->connection(), target->connection());
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Refused);
        QVERIFY2(copied.error().message.contains(named), qPrintable(copied.error().message));
        QVERIFY2(copied.error().message.contains(targetPath), "the message names the target");
        QCOMPARE(everything(*target), before);
    }

    void shouldLeaveTheTargetAsItWasWhenCancelled()
    {
        const QString targetPath = m_dir.filePath(u"cancelled.sqlite"_s);
        auto source = openStore(m_sourcePath);
        auto target = openStore(targetPath);
        const auto before = everything(*target);
        QVERIFY(!before.value(u"checklist_template"_s).isEmpty());   // a new store's stock templates

        qint64 seen = 0, total = 0;
        auto copied = copyStore(source->connection(), target->connection(), [&](qint64 done, qint64 all) {
            seen = done;
            total = all;
            return done < 2000;
        });
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Cancelled);
        QVERIFY(seen >= 2000 && seen < total);
        QCOMPARE(everything(*target), before);

        // And the same target takes the whole copy afterwards, the progress ending at the total.
        auto again = copyStore(source->connection(), target->connection(), [&](qint64 done, qint64 all) {
            seen = done;
            total = all;
            return true;
        });
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(seen, total);
        QCOMPARE(again->totalRows(), total);
    }

    void shouldRefuseCopyingAStoreOntoItself()
    {
        auto source = openStore(m_sourcePath);
        auto second = openStore(m_sourcePath);   // the same file through another connection
        const auto before = everything(*source);
        for (const Store *onto : {source.get(), second.get()}) {
            auto copied = copyStore(source->connection(), onto->connection());
            QVERIFY(!copied);
            QCOMPARE(copied.error().code, Error::Code::Refused);
            QVERIFY2(copied.error().message.contains(u"itself"_s), qPrintable(copied.error().message));
        }
        QCOMPARE(everything(*source), before);
    }

    void shouldRefuseStoresOfDifferentColumns()
    {
        QTemporaryDir dir;
        auto source = openStore(m_sourcePath);
        auto target = openStore(dir.filePath(u"other.sqlite"_s));
        QVERIFY(sql::exec(target->database(), u"ALTER TABLE csi_initiative ADD COLUMN sponsor TEXT"_s));
        const auto before = everything(*target);
        auto copied = copyStore(source->connection(), target->connection());
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.contains(u"csi_initiative"_s), qPrintable(copied.error().message));
        QCOMPARE(everything(*target), before);
    }

    // The guard: a table a migration adds and the copy does not know would be lost in a move to a server.
    void shouldKnowEveryTableTheSchemaCreates()
    {
        QStringList created;
        static const QRegularExpression createTable(u"^\\s*CREATE TABLE (\\w+)"_s);
        for (const schema::Migration &step : schema::migrations()) {
            for (const QString &statement : step.statements) {
                if (const auto match = createTable.match(statement); match.hasMatch())
                    created << match.captured(1);
            }
        }
        created.sort();
        QStringList known = storecopy::tables();
        known.sort();
        QCOMPARE(known, created);

        QTemporaryDir dir;
        auto fresh = openStore(dir.filePath(u"fresh.sqlite"_s));
        auto unknown = storecopy::unknownTables(fresh->connection());
        QVERIFY(unknown);
        QCOMPARE(*unknown, QStringList());
    }

    void shouldRefuseAStoreWithATableTheCopyDoesNotKnow()
    {
        QTemporaryDir dir;
        const QString copyOfSource = dir.filePath(u"grown.sqlite"_s);
        QVERIFY(QFile::copy(m_sourcePath, copyOfSource));
        auto source = openStore(copyOfSource);
        QVERIFY(sql::exec(source->database(), u"CREATE TABLE team_rota (id INTEGER PRIMARY KEY, who TEXT)"_s));
        QCOMPARE(storecopy::unknownTables(source->connection()).value(), QStringList{u"team_rota"_s});

        auto target = openStore(dir.filePath(u"target.sqlite"_s));
        const auto before = everything(*target);
        auto copied = copyStore(source->connection(), target->connection());
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Refused);
        QVERIFY2(copied.error().message.contains(u"team_rota"_s), qPrintable(copied.error().message));
        QCOMPARE(everything(*target), before);
    }
};

QTEST_GUILESS_MAIN(tst_StoreCopy)
#include "tst_storecopy.moc"
