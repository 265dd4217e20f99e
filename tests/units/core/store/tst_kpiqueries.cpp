#include "store/kpiqueries.h"
#include "store/rowcursor.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ft;

// The store's reads behind the KPI engine, on a worker's connection as the engine uses them.
class tst_KpiQueries : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    void exec(const QString &statement)
    {
        QSqlQuery q(m_temp->store().database());
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }

private slots:
    void init() { m_temp = std::make_unique<test::TempStore>(); }
    void cleanup() { m_temp.reset(); }

    void shouldReadNothingFromAnEmptyStore()
    {
        ScopedConnection c(m_temp->store());
        QVERIFY(c.isOpen());
        const auto range = dataRangeOf(c.connection());
        QVERIFY(range.ok());
        QVERIFY(!range->first);
        QVERIFY(!range->last);
        QCOMPARE(largestFollowUpId(c.connection()).value(), qint64(0));
        QCOMPARE(readTeamName(c.connection()).value(), QString());
        RowCursor items(c.connection());
        QVERIFY(readKpiItems(items).ok());
        QVERIFY(!items.next());
        QVERIFY(!items.error());
    }

    void shouldSpanOpeningsToSurveysAndReadTheTeam()
    {
        exec(QStringLiteral("INSERT INTO followup (id, kind, priority, status, title, opened_at, resolved_at, closed_at, updated_at) VALUES "
                            "(7, 0, 3, 3, 'a', 1000, 5000, NULL, 1), (3, 0, 3, 4, 'b', 2000, NULL, 9000, 1)"));
        exec(QStringLiteral("INSERT INTO survey_response (followup_id, received_at, score) VALUES (7, 12000, 4)"));
        QVERIFY(m_temp->store().setSetting(QStringLiteral("team"), QStringLiteral("Second line")).ok());

        ScopedConnection c(m_temp->store());
        const auto range = dataRangeOf(c.connection());
        QVERIFY(range.ok());
        QCOMPARE(range->first, std::optional<Timestamp>(1000));
        QCOMPARE(range->last, std::optional<Timestamp>(12000));
        QCOMPARE(largestFollowUpId(c.connection()).value(), qint64(7));
        QCOMPARE(readTeamName(c.connection()).value(), QStringLiteral("Second line"));

        // The items pass comes in id order, nulls as nulls.
        RowCursor items(c.connection());
        QVERIFY(readKpiItems(items).ok());
        QVERIFY(items.next());
        QCOMPARE(items.integer(ItemId), qint64(3));
        QVERIFY(!items.optional(ItemResolved));
        QCOMPARE(items.optional(ItemClosed), std::optional<qint64>(9000));
        QVERIFY(items.next());
        QCOMPARE(items.integer(ItemId), qint64(7));
        QCOMPARE(items.optional(ItemResolved), std::optional<qint64>(5000));
        QVERIFY(!items.next());

        // Surveys only inside [from, until).
        RowCursor surveys(c.connection());
        QVERIFY(readSurveyScores(surveys, 12001, 20000).ok());
        QVERIFY(!surveys.next());
        QVERIFY(readSurveyScores(surveys, 12000, 12001).ok());
        QVERIFY(surveys.next());
        QCOMPARE(surveys.integer(SurveyScore), qint64(4));
    }
};

QTEST_GUILESS_MAIN(tst_KpiQueries)
#include "tst_kpiqueries.moc"
