#include "csi/csiregister.h"
#include "store/csirepository.h"
#include "testsupport.h"

#include <QTest>

using namespace ft;

class TestCsiRepository : public QObject
{
    Q_OBJECT

private:
    static CsiInitiative closureChecklist()
    {
        CsiInitiative c;
        c.title = QStringLiteral("Closure checklist for incidents");
        c.kpiKey = QStringLiteral("callbacks");
        c.baseline = 14;
        c.target = 8;
        c.owner = QStringLiteral("Dana");
        c.status = CsiStatus::InProgress;
        c.startDate = QDate(2026, 3, 3);
        c.reviewDate = QDate(2026, 6, 1);
        return c;
    }

private slots:
    void shouldStoreAndReadBackEveryField()
    {
        test::TempStore t;
        CsiRepository repo(t.store().connection());
        auto id = repo.add(closureChecklist());
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
        auto loaded = repo.load(*id);
        QVERIFY(loaded.ok());
        CsiInitiative expected = closureChecklist();
        expected.id = *id;
        QCOMPARE(*loaded, expected);
    }

    void shouldKeepEmptyBaselineTargetAndReviewDateEmpty()
    {
        test::TempStore t;
        CsiRepository repo(t.store().connection());
        CsiInitiative c = closureChecklist();
        c.baseline.reset();
        c.target.reset();
        c.reviewDate.reset();
        auto id = repo.add(c);
        QVERIFY(id.ok());
        auto loaded = repo.load(*id);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->baseline);
        QVERIFY(!loaded->target);
        QVERIFY(!loaded->reviewDate);
    }

    void shouldRefuseInitiativeWithoutTitleKpiOrStart()
    {
        test::TempStore t;
        CsiRegister repo(t.store());
        CsiInitiative noTitle = closureChecklist();
        noTitle.title = QStringLiteral("  ");
        QCOMPARE(repo.add(noTitle).error().code, Error::Code::BadInput);
        CsiInitiative noKpi = closureChecklist();
        noKpi.kpiKey.clear();
        QCOMPARE(repo.add(noKpi).error().code, Error::Code::BadInput);
        CsiInitiative noStart = closureChecklist();
        noStart.startDate = {};
        QCOMPARE(repo.add(noStart).error().code, Error::Code::BadInput);
        CsiInitiative reviewFirst = closureChecklist();
        reviewFirst.reviewDate = QDate(2026, 1, 1);
        auto refused = repo.add(reviewFirst);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("2026-01-01")));
        QCOMPARE(repo.list()->size(), 0);

        // An edit is held to the same rules, and leaves the stored initiative as it was.
        const qint64 id = *repo.add(closureChecklist());
        CsiInitiative edited = closureChecklist();
        edited.id = id;
        edited.title.clear();
        QCOMPARE(repo.update(edited).error().code, Error::Code::BadInput);
        QCOMPARE(repo.load(id)->title, closureChecklist().title);
    }

    void shouldListInStartOrderAndFilterByKpi()
    {
        test::TempStore t;
        CsiRepository repo(t.store().connection());
        CsiInitiative later = closureChecklist();
        later.title = QStringLiteral("Later");
        later.startDate = QDate(2026, 5, 1);
        CsiInitiative other = closureChecklist();
        other.title = QStringLiteral("Faster first answer");
        other.kpiKey = QStringLiteral("median_first_response_h");
        other.startDate = QDate(2026, 1, 10);
        QVERIFY(repo.add(later).ok());
        QVERIFY(repo.add(closureChecklist()).ok());
        QVERIFY(repo.add(other).ok());

        auto all = repo.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).title, QStringLiteral("Faster first answer"));
        QCOMPARE(all->at(1).title, QStringLiteral("Closure checklist for incidents"));
        QCOMPARE(all->at(2).title, QStringLiteral("Later"));

        auto callbacks = repo.listForKpi(QStringLiteral("callbacks"));
        QVERIFY(callbacks.ok());
        QCOMPARE(callbacks->size(), 2);
    }

    void shouldEditCloseAndDelete()
    {
        test::TempStore t;
        CsiRepository repo(t.store().connection());
        const qint64 id = *repo.add(closureChecklist());

        CsiInitiative edited = *repo.load(id);
        edited.owner = QStringLiteral("Sam");
        edited.target = 6;
        QVERIFY(repo.update(edited).ok());
        QCOMPARE(repo.load(id)->owner, QStringLiteral("Sam"));
        QCOMPARE(*repo.load(id)->target, 6.0);

        QVERIFY(repo.setStatus(id, CsiStatus::Done, QStringLiteral("Callbacks halved")).ok());
        QCOMPARE(repo.load(id)->status, CsiStatus::Done);
        QCOMPARE(repo.load(id)->outcome, QStringLiteral("Callbacks halved"));
        // A later status change without words keeps the outcome written before.
        QVERIFY(repo.setStatus(id, CsiStatus::InProgress).ok());
        QCOMPARE(repo.load(id)->outcome, QStringLiteral("Callbacks halved"));

        QVERIFY(repo.setBaseline(id, 12.5).ok());
        QCOMPARE(*repo.load(id)->baseline, 12.5);

        QVERIFY(repo.remove(id).ok());
        QCOMPARE(repo.load(id).error().code, Error::Code::NotFound);
        QCOMPARE(repo.remove(id).error().code, Error::Code::NotFound);
        QCOMPARE(repo.setStatus(id, CsiStatus::Done).error().code, Error::Code::NotFound);
    }

    void shouldNameStatusesInWordsAndKeys()
    {
        QCOMPARE(csiStatusLabel(CsiStatus::InProgress), QStringLiteral("In progress"));
        QCOMPARE(csiStatusKey(CsiStatus::Dropped), QStringLiteral("dropped"));
        QCOMPARE(csiStatusFromKey(QStringLiteral("DONE")), std::optional<CsiStatus>(CsiStatus::Done));
        QVERIFY(!csiStatusFromKey(QStringLiteral("finished")));
        QVERIFY(isClosedCsiStatus(CsiStatus::Dropped));
        QVERIFY(!isClosedCsiStatus(CsiStatus::Proposed));
    }
};

QTEST_GUILESS_MAIN(TestCsiRepository)
#include "tst_csirepository.moc"
