#include "store/calendarrepository.h"
#include "domain/followupservice.h"
#include "kpi/kpiengine.h"
#include "store/followuprepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

// Every expected number below was worked out by hand from the items each test builds; the
// comments show the sums. The tests run with TZ=Europe/Berlin: clocks go forward on
// 2026-03-29 02:00 and back on 2026-10-25 03:00.
class tst_KpiEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<FollowUpService> m_service;
    Timestamp m_now = 0;

    Store &store() { return m_temp->store(); }

    struct Item
    {
        Timestamp opened = 0;
        std::optional<Timestamp> resolved;
        std::optional<Timestamp> closed;
        std::optional<Timestamp> firstResponse;
        int reopenCount = 0;
        SlaMet sla = SlaMet::Unknown;
        std::optional<int> checklistCompliant;
    };

    // Straight into the table, for data the service would never write (problems) and for speed.
    FollowUpId insert(const Item &item)
    {
        FollowUp f;
        f.title = QStringLiteral("item");
        f.openedAt = item.opened;
        f.updatedAt = item.opened;
        f.resolvedAt = item.resolved;
        f.closedAt = item.closed;
        f.firstResponseAt = item.firstResponse;
        f.reopenCount = item.reopenCount;
        f.slaMet = item.sla;
        f.status = item.closed ? Status::Closed : item.resolved ? Status::Resolved : Status::InProgress;
        auto id = repo::insertFollowUp(store().connection(), f);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        if (item.checklistCompliant) {
            QSqlQuery q(store().database());
            q.prepare(QStringLiteral("UPDATE followup SET checklist_compliant = ? WHERE id = ?"));
            q.addBindValue(*item.checklistCompliant);
            q.addBindValue(id.value());
            if (!q.exec())
                qFatal("cannot set checklist_compliant");
        }
        return id.value();
    }

    // Resolution of `hours` hours, opened on `day` of 2026-`month` at 10:00.
    void insertResolvedAfter(int month, int day, int hours)
    {
        const Timestamp opened = test::at(2026, month, day, 10, 0);
        insert({opened, opened + hours * 3600, {}, {}, 0, SlaMet::Unknown, {}});
    }

    FollowUpId create(Timestamp at, std::optional<Timestamp> promise = std::nullopt)
    {
        m_now = at;
        FollowUp f;
        f.title = QStringLiteral("VPN drops every hour");
        f.nextUpdateDue = promise;
        auto c = m_service->create(f);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return c.value().id;
    }

    template<typename F>
    void act(Timestamp at, F &&action)
    {
        m_now = at;
        auto done = action();
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
    }

    KpiTable compute(PeriodKind by, std::optional<QDate> from = std::nullopt, std::optional<QDate> to = std::nullopt,
                     std::optional<Timestamp> now = std::nullopt)
    {
        KpiRequest request;
        request.by = by;
        request.from = from;
        request.to = to;
        request.now = now ? now : std::optional<Timestamp>(test::at(2027, 1, 1));
        auto table = computeKpis(store(), request);
        if (!table)
            qFatal("%s", qPrintable(table.error().message));
        return table.value();
    }

    static QStringList labels(const KpiTable &table)
    {
        QStringList out;
        for (const KpiRow &r : table.rows)
            out << r.period.label;
        return out;
    }

    static const KpiRow &row(const KpiTable &table, const QString &label)
    {
        for (const KpiRow &r : table.rows) {
            if (r.period.label == label)
                return r;
        }
        qFatal("no row %s", qPrintable(label));
    }

    static void compareValue(const KpiRow &r, Kpi k, std::optional<double> expected)
    {
        const auto actual = r.value(k);
        if (!expected) {
            QVERIFY2(!actual, qPrintable(QStringLiteral("%1 %2 should be empty, is %3")
                                             .arg(r.period.label, kpiKey(k)).arg(actual.value_or(-1))));
            return;
        }
        QVERIFY2(actual, qPrintable(QStringLiteral("%1 %2 is empty").arg(r.period.label, kpiKey(k))));
        QVERIFY2(qAbs(*actual - *expected) < 1e-9,
                 qPrintable(QStringLiteral("%1 %2: %3, expected %4").arg(r.period.label, kpiKey(k)).arg(*actual).arg(*expected)));
    }

private slots:
    void init()
    {
        m_service.reset();
        m_temp = std::make_unique<test::TempStore>();
        m_service = std::make_unique<FollowUpService>(store());
        m_service->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_service.reset();
        m_temp.reset();
    }

    void shouldGiveNoPeriodsForAnEmptyStoreAndEmptyRatesForAnAskedRange()
    {
        QVERIFY(compute(PeriodKind::Month).rows.isEmpty());
        const KpiTable t = compute(PeriodKind::Month, QDate(2026, 1, 15), QDate(2026, 2, 3));
        QCOMPARE(labels(t), (QStringList{u"2026-01"_s, u"2026-02"_s}));
        for (const KpiRow &r : t.rows) {
            compareValue(r, Kpi::Opened, 0);
            compareValue(r, Kpi::Backlog, 0);
            compareValue(r, Kpi::CsatResponses, 0);
            compareValue(r, Kpi::CallbackRate, std::nullopt);
            compareValue(r, Kpi::MedianResolutionH, std::nullopt);
            compareValue(r, Kpi::CsatAvg, std::nullopt);
            compareValue(r, Kpi::PromisesKeptRate, std::nullopt);
        }
    }

    void shouldCountPerMonthWithZeroCountsAndEmptyRatesInQuietMonths()
    {
        // A: opened Jan 10 10:00, resolved Jan 12 10:00 (48 h), closed Feb 2.
        insert({test::at(2026, 1, 10, 10), test::at(2026, 1, 12, 10), test::at(2026, 2, 2, 9), {}, 0, SlaMet::No, {}});
        // B: opened Jan 20, still open.
        insert({test::at(2026, 1, 20, 9), {}, {}, {}, 0, SlaMet::Unknown, {}});
        // C: opened Mar 5 08:00, resolved 12:00 (4 h) after two callbacks, SLA met.
        insert({test::at(2026, 3, 5, 8), test::at(2026, 3, 5, 12), {}, {}, 2, SlaMet::Yes, {}});

        const KpiTable t = compute(PeriodKind::Month);
        QCOMPARE(labels(t), (QStringList{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}));
        const KpiRow &jan = row(t, u"2026-01"_s);
        compareValue(jan, Kpi::Opened, 2);
        compareValue(jan, Kpi::Resolved, 1);
        compareValue(jan, Kpi::Closed, 0);
        compareValue(jan, Kpi::Callbacks, 0);
        compareValue(jan, Kpi::CallbackRate, 0.0);    // 0 of 1 resolved was reopened
        compareValue(jan, Kpi::MedianResolutionH, 48);
        compareValue(jan, Kpi::P90ResolutionH, 48);
        compareValue(jan, Kpi::SlaMetRate, 0.0);      // A missed it
        compareValue(jan, Kpi::Backlog, 2);           // A (closed only in Feb) and B
        const KpiRow &feb = row(t, u"2026-02"_s);
        compareValue(feb, Kpi::Opened, 0);
        compareValue(feb, Kpi::Resolved, 0);
        compareValue(feb, Kpi::Closed, 1);
        compareValue(feb, Kpi::CallbackRate, std::nullopt);
        compareValue(feb, Kpi::MedianResolutionH, std::nullopt);
        compareValue(feb, Kpi::SlaMetRate, std::nullopt);
        compareValue(feb, Kpi::Backlog, 1);           // B
        const KpiRow &mar = row(t, u"2026-03"_s);
        compareValue(mar, Kpi::Opened, 1);
        compareValue(mar, Kpi::Callbacks, 2);
        compareValue(mar, Kpi::CallbackRate, 1.0);
        compareValue(mar, Kpi::MedianResolutionH, 4);
        compareValue(mar, Kpi::SlaMetRate, 1.0);
        compareValue(mar, Kpi::Backlog, 2);           // B and C (resolved, not closed)
        QCOMPARE(mar.basisOf(Kpi::CallbackRate), 1);
    }

    void shouldTakeMedianAndNearestRankP90ForEvenOddAndSingleCounts()
    {
        // February: 1..10 hours (even): median (5 + 6) / 2 = 5.5; P90 rank ceil(9.0) = 9 -> 9 h.
        for (int h = 1; h <= 10; ++h)
            insertResolvedAfter(2, 2 + h, h);
        // March: 1..10 and 20 hours (odd, 11): median the 6th = 6; P90 rank ceil(9.9) = 10 -> 10 h.
        for (int h = 1; h <= 10; ++h)
            insertResolvedAfter(3, 2 + h, h);
        insertResolvedAfter(3, 20, 20);
        // April: one item of 7 hours: median and P90 are 7.
        insertResolvedAfter(4, 7, 7);
        // May: 1..5 and 100 (6 items): P90 rank ceil(5.4) = 6 -> 100 h; median (3 + 4) / 2.
        for (int h : {100, 3, 1, 5, 2, 4})
            insertResolvedAfter(5, 4 + h % 20, h);

        const KpiTable t = compute(PeriodKind::Month);
        compareValue(row(t, u"2026-02"_s), Kpi::MedianResolutionH, 5.5);
        compareValue(row(t, u"2026-02"_s), Kpi::P90ResolutionH, 9);
        compareValue(row(t, u"2026-03"_s), Kpi::MedianResolutionH, 6);
        compareValue(row(t, u"2026-03"_s), Kpi::P90ResolutionH, 10);
        compareValue(row(t, u"2026-04"_s), Kpi::MedianResolutionH, 7);
        compareValue(row(t, u"2026-04"_s), Kpi::P90ResolutionH, 7);
        compareValue(row(t, u"2026-05"_s), Kpi::MedianResolutionH, 3.5);
        compareValue(row(t, u"2026-05"_s), Kpi::P90ResolutionH, 100);
        QCOMPARE(row(t, u"2026-03"_s).basisOf(Kpi::MedianResolutionH), 11);
    }

    void shouldPlaceItemsInLocalPeriodsAcrossDaylightSavingChanges()
    {
        // Sat Mar 28 12:00 -> Sun Mar 29 12:00 local is 23 real hours (clocks went forward).
        insert({test::at(2026, 3, 28, 12), test::at(2026, 3, 29, 12), {}, {}, 0, SlaMet::Unknown, {}});
        // Sun 22:00 -> Sun 23:30 (1.5 h), still in week 13 although UTC says Sunday 21:30.
        insert({test::at(2026, 3, 29, 22), test::at(2026, 3, 29, 23, 30), {}, {}, 0, SlaMet::Unknown, {}});
        // Sun 23:00 -> Mon 00:30 (1.5 h): resolved in week 14 although UTC still says Sunday 22:30.
        insert({test::at(2026, 3, 29, 23), test::at(2026, 3, 30, 0, 30), {}, {}, 0, SlaMet::Unknown, {}});

        const KpiTable weeks = compute(PeriodKind::Week, QDate(2026, 3, 23), QDate(2026, 4, 5));
        QCOMPARE(labels(weeks), (QStringList{u"2026-W13"_s, u"2026-W14"_s}));
        compareValue(row(weeks, u"2026-W13"_s), Kpi::Opened, 3);
        compareValue(row(weeks, u"2026-W13"_s), Kpi::Resolved, 2);
        compareValue(row(weeks, u"2026-W13"_s), Kpi::MedianResolutionH, (23 + 1.5) / 2);
        compareValue(row(weeks, u"2026-W14"_s), Kpi::Resolved, 1);
        compareValue(row(weeks, u"2026-W14"_s), Kpi::MedianResolutionH, 1.5);
        // No working hours on a weekend: 0 business hours; Mon 00:30 is before 08:00 too.
        compareValue(row(weeks, u"2026-W13"_s), Kpi::MedianResolutionBh, 0);

        // Sat Oct 24 12:00 -> Sun Oct 25 12:00 local is 25 real hours (clocks went back).
        insert({test::at(2026, 10, 24, 12), test::at(2026, 10, 25, 12), {}, {}, 0, SlaMet::Unknown, {}});
        // Opened on Oct 31 at 23:30 local (22:30 UTC) is October; Nov 1 00:30 local (23:30 UTC Oct 31) is November.
        insert({test::at(2026, 10, 31, 23, 30), {}, {}, {}, 0, SlaMet::Unknown, {}});
        insert({test::at(2026, 11, 1, 0, 30), {}, {}, {}, 0, SlaMet::Unknown, {}});
        const KpiTable months = compute(PeriodKind::Month, QDate(2026, 10, 1), QDate(2026, 11, 30));
        compareValue(row(months, u"2026-10"_s), Kpi::MedianResolutionH, 25);
        compareValue(row(months, u"2026-10"_s), Kpi::Opened, 2);
        compareValue(row(months, u"2026-11"_s), Kpi::Opened, 1);
        // Backlog at the end of October: the item opened Oct 31 (and the three March ones are resolved, not closed).
        compareValue(row(months, u"2026-10"_s), Kpi::Backlog, 3 + 1 + 1);
        compareValue(row(months, u"2026-11"_s), Kpi::Backlog, 3 + 1 + 2);
    }

    void shouldLabelPeriodsTheIsoWay()
    {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        // 2026 starts on a Thursday, so Mon 2025-12-29 opens 2026-W01; 2026 has 53 weeks.
        auto weeks = periodsCovering(QDate(2025, 12, 30), QDate(2027, 1, 4), PeriodKind::Week, zone);
        QCOMPARE(weeks.constFirst().label, u"2026-W01"_s);
        QCOMPARE(weeks.constFirst().firstDay, QDate(2025, 12, 29));
        QCOMPARE(weeks.at(weeks.size() - 2).label, u"2026-W53"_s);
        QCOMPARE(weeks.constLast().label, u"2027-W01"_s);
        auto quarters = periodsCovering(QDate(2026, 5, 15), QDate(2026, 7, 1), PeriodKind::Quarter, zone);
        QCOMPARE(quarters.size(), 2);
        QCOMPARE(quarters.constFirst().label, u"2026-Q2"_s);
        QCOMPARE(quarters.constFirst().firstDay, QDate(2026, 4, 1));
        QCOMPARE(quarters.constLast().label, u"2026-Q3"_s);
        // March 2026 in Berlin is an hour short: 31 days less the hour the clocks skipped.
        auto march = periodsCovering(QDate(2026, 3, 1), QDate(2026, 3, 31), PeriodKind::Month, zone);
        QCOMPARE(march.size(), 1);
        QCOMPARE(march.constFirst().end - march.constFirst().start, qint64(31 * 24 - 1) * 3600);
    }

    void shouldLeaveWaitingTimeOutOfBusinessHours()
    {
        // Calendar Mon-Fri 08:00-17:00.
        // 1) Mon Mar 2 09:00 opened; waiting on requester 15:00 -> Tue 10:00; resolved Tue 12:00.
        //    Business hours: Mon 09-17 = 8, Tue 08-12 = 4 -> 12; waiting: Mon 15-17 = 2, Tue 08-10 = 2.
        //    -> 8 business hours; 27 clock hours.
        const FollowUpId a = create(test::at(2026, 3, 2, 9));
        act(test::at(2026, 3, 2, 15), [&] { return m_service->changeStatus(a, Status::WaitingOnRequester); });
        act(test::at(2026, 3, 3, 10), [&] { return m_service->changeStatus(a, Status::InProgress); });
        act(test::at(2026, 3, 3, 12), [&] { return m_service->resolve(a); });
        // 2) Wed Mar 4 08:00 opened; waiting on vendor from 12:00, on requester from 14:00 (still waiting),
        //    resolved from waiting Thu 10:00. Business: Wed 9 + Thu 2 = 11; waiting Wed 12-17 = 5, Thu 08-10 = 2.
        //    -> 4 business hours; 26 clock hours.
        const FollowUpId b = create(test::at(2026, 3, 4, 8));
        act(test::at(2026, 3, 4, 12), [&] { return m_service->changeStatus(b, Status::WaitingOnVendor); });
        act(test::at(2026, 3, 4, 14), [&] { return m_service->changeStatus(b, Status::WaitingOnRequester); });
        act(test::at(2026, 3, 5, 10), [&] { return m_service->resolve(b); });
        // 3) Fri Mar 6 16:00 opened, resolved Mon Mar 9 09:00: Fri 1 + Mon 1 = 2 business hours; 65 clock hours.
        const FollowUpId c = create(test::at(2026, 3, 6, 16));
        act(test::at(2026, 3, 9, 9), [&] { return m_service->resolve(c); });

        const KpiTable t = compute(PeriodKind::Month);
        QCOMPARE(labels(t), QStringList{u"2026-03"_s});
        // Business: 2, 4, 8 -> 4. Clock: 26, 27, 65 -> 27.
        compareValue(t.rows.constFirst(), Kpi::MedianResolutionBh, 4);
        compareValue(t.rows.constFirst(), Kpi::MedianResolutionH, 27);

        const KpiTable weeks = compute(PeriodKind::Week);
        QCOMPARE(labels(weeks), (QStringList{u"2026-W10"_s, u"2026-W11"_s}));
        compareValue(row(weeks, u"2026-W10"_s), Kpi::MedianResolutionBh, (8 + 4) / 2.0);
        compareValue(row(weeks, u"2026-W11"_s), Kpi::MedianResolutionBh, 2);
    }

    void shouldKeepEarlierPeriodsWhenTheCalendarChanges()
    {
        // Mon Feb 2 09:00 -> Tue Feb 3 09:00 and the same in March: 8 + 1 = 9 business hours each.
        insert({test::at(2026, 2, 2, 9), test::at(2026, 2, 3, 9), {}, {}, 0, SlaMet::Unknown, {}});
        insert({test::at(2026, 3, 2, 9), test::at(2026, 3, 3, 9), {}, {}, 0, SlaMet::Unknown, {}});
        const KpiTable before = compute(PeriodKind::Month);
        compareValue(row(before, u"2026-02"_s), Kpi::MedianResolutionBh, 9);
        compareValue(row(before, u"2026-03"_s), Kpi::MedianResolutionBh, 9);

        // From March on the desk works 09:00-17:00: Mon 09-17 = 8, Tue 09-09 = 0 -> 8. February stays 9.
        QVERIFY(saveCalendarVersion(store(), CalendarVersion{QDate(2026, 3, 1), 0x1f, 9 * 60, 17 * 60}));
        const KpiTable after = compute(PeriodKind::Month);
        compareValue(row(after, u"2026-02"_s), Kpi::MedianResolutionBh, 9);
        compareValue(row(after, u"2026-03"_s), Kpi::MedianResolutionBh, 8);
        // A holiday on Mon Mar 2 leaves only Tue 09-09: 0.
        QVERIFY(setHoliday(store(), QDate(2026, 3, 2), QStringLiteral("test")));
        compareValue(row(compute(PeriodKind::Month), u"2026-03"_s), Kpi::MedianResolutionBh, 0);
    }

    void shouldCountDataProblemsAndLeaveThemOutOfDurations()
    {
        // X: resolved two hours before it was opened: counted as resolved, left out of the median.
        insert({test::at(2026, 1, 10, 12), test::at(2026, 1, 10, 10), {}, {}, 0, SlaMet::Unknown, {}});
        // Y: 2 hours, but its first response is an hour before it was opened.
        insert({test::at(2026, 1, 11, 10), test::at(2026, 1, 11, 12), {}, test::at(2026, 1, 11, 9), 0,
                SlaMet::Unknown, {}});
        // Z: closed before it was opened (and so before it was resolved).
        insert({test::at(2026, 1, 12, 10), test::at(2026, 1, 12, 11), test::at(2026, 1, 12, 9), {}, 0,
                SlaMet::Unknown, {}});
        const KpiTable t = compute(PeriodKind::Month);
        const KpiRow &jan = t.rows.constFirst();
        compareValue(jan, Kpi::Resolved, 3);
        compareValue(jan, Kpi::MedianResolutionH, 1.5);   // Y 2 h, Z 1 h; X left out
        QCOMPARE(jan.basisOf(Kpi::MedianResolutionH), 2);
        compareValue(jan, Kpi::MedianFirstResponseH, std::nullopt);
        compareValue(jan, Kpi::Closed, 1);
        compareValue(jan, Kpi::Backlog, 2);               // X and Y; Z was never open by its own dates
        QMap<QString, qint64> problems;
        for (const KpiDataProblem &p : t.problems) {
            problems.insert(p.key, p.count);
            QVERIFY(!p.description.isEmpty());
        }
        QCOMPARE(problems, (QMap<QString, qint64>{{u"resolved_before_opened"_s, 1},
                                                  {u"first_response_before_opened"_s, 1},
                                                  {u"closed_before_opened"_s, 1},
                                                  {u"closed_before_resolved"_s, 1}}));
    }

    void shouldMeasureFirstResponseSlaAndChecklistCompliance()
    {
        // First responses 1 h, 3 h (opened in January), none for the third: median 2 h over 2.
        insert({test::at(2026, 1, 5, 9), test::at(2026, 1, 6, 9), {}, test::at(2026, 1, 5, 10), 0, SlaMet::Yes, 1});
        insert({test::at(2026, 1, 5, 9), test::at(2026, 1, 7, 9), {}, test::at(2026, 1, 5, 12), 1, SlaMet::No, 0});
        insert({test::at(2026, 1, 5, 9), test::at(2026, 1, 8, 9), {}, {}, 0, SlaMet::Unknown, {}});
        insert({test::at(2026, 1, 5, 9), test::at(2026, 1, 9, 9), {}, {}, 0, SlaMet::Yes, 1});
        const KpiRow jan = compute(PeriodKind::Month).rows.constFirst();
        compareValue(jan, Kpi::MedianFirstResponseH, 2);
        QCOMPARE(jan.basisOf(Kpi::MedianFirstResponseH), 2);
        compareValue(jan, Kpi::SlaMetRate, 2.0 / 3);              // yes, no, yes; one unknown
        compareValue(jan, Kpi::ChecklistComplianceRate, 2.0 / 3); // 1, 0, 1; one without a checklist
        compareValue(jan, Kpi::CallbackRate, 1.0 / 4);
        compareValue(jan, Kpi::Callbacks, 1);
    }

    void shouldAverageSurveysReceivedInThePeriod()
    {
        const FollowUpId a = create(test::at(2026, 1, 5, 9));
        // 5, 4, 2 in January: mean 11/3, two of three score 4 or more. 1 in March. None in February.
        for (auto [score, day] : {std::pair{5, 6}, {4, 7}, {2, 8}})
            act(test::at(2026, 1, day, 9), [&] { return m_service->recordSurvey(a, score, {}, test::at(2026, 1, day, 9)); });
        act(test::at(2026, 3, 2, 9), [&] { return m_service->recordSurvey(a, 1, {}, test::at(2026, 3, 2, 9)); });
        const KpiTable t = compute(PeriodKind::Month);
        QCOMPARE(labels(t), (QStringList{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}));
        compareValue(row(t, u"2026-01"_s), Kpi::CsatAvg, 11.0 / 3);
        compareValue(row(t, u"2026-01"_s), Kpi::CsatRate, 2.0 / 3);
        compareValue(row(t, u"2026-01"_s), Kpi::CsatResponses, 3);
        compareValue(row(t, u"2026-02"_s), Kpi::CsatAvg, std::nullopt);
        compareValue(row(t, u"2026-02"_s), Kpi::CsatRate, std::nullopt);
        compareValue(row(t, u"2026-02"_s), Kpi::CsatResponses, 0);
        compareValue(row(t, u"2026-03"_s), Kpi::CsatAvg, 1);
        compareValue(row(t, u"2026-03"_s), Kpi::CsatRate, 0.0);
    }

    void shouldRateKeptPromisesAndCountOverdueFollowUpsFromTheLedger()
    {
        // P1: due Tue Mar 3 10:00, contact Mar 3 09:00 -> kept (due in March).
        const FollowUpId p1 = create(test::at(2026, 3, 2, 9), test::at(2026, 3, 3, 10));
        act(test::at(2026, 3, 3, 9), [&] { return m_service->logContact(p1, Channel::Phone, QStringLiteral("called")); });
        // P2: due Mar 4 10:00, contact only Mar 5 09:00 -> missed (due in March).
        const FollowUpId p2 = create(test::at(2026, 3, 2, 9), test::at(2026, 3, 4, 10));
        act(test::at(2026, 3, 5, 9), [&] { return m_service->logContact(p2, Channel::Email, QStringLiteral("mail")); });
        // P3: due Mar 6 10:00, moved on Mar 5 to Apr 2 10:00 (never fell due); the new one stays open -> not kept, April.
        const FollowUpId p3 = create(test::at(2026, 3, 2, 9), test::at(2026, 3, 6, 10));
        act(test::at(2026, 3, 5, 9), [&] { return m_service->promiseUpdate(p3, test::at(2026, 4, 2, 10)); });
        // P4: due Mar 9 10:00, resolved Mar 6 -> cancelled, never fell due.
        const FollowUpId p4 = create(test::at(2026, 3, 2, 9), test::at(2026, 3, 9, 10));
        act(test::at(2026, 3, 6, 9), [&] { return m_service->resolve(p4); });
        // P5: due Mar 31 22:00, never contacted -> not kept (March), overdue at the end of March.
        create(test::at(2026, 3, 2, 9), test::at(2026, 3, 31, 22));

        const Timestamp now = test::at(2026, 4, 10, 12);
        const KpiTable t = compute(PeriodKind::Month, QDate(2026, 3, 1), QDate(2026, 4, 30), now);
        // March: P1 kept, P2 missed, P5 open and past due -> 1 of 3.
        compareValue(row(t, u"2026-03"_s), Kpi::PromisesKeptRate, 1.0 / 3);
        QCOMPARE(row(t, u"2026-03"_s).basisOf(Kpi::PromisesKeptRate), 3);
        // April: P3's second promise, open and past due on Apr 10 -> 0 of 1.
        compareValue(row(t, u"2026-04"_s), Kpi::PromisesKeptRate, 0.0);
        // End of March: only P5 is overdue (P2 was contacted Mar 5, P3 is due in April).
        compareValue(row(t, u"2026-03"_s), Kpi::OverdueFollowups, 1);
        // April is not over: taken at "now" (Apr 10), P3 and P5 are overdue.
        compareValue(row(t, u"2026-04"_s), Kpi::OverdueFollowups, 2);

        // Before P3's due time, an open promise has not fallen due: April has no kept rate yet.
        const KpiTable early = compute(PeriodKind::Month, QDate(2026, 3, 1), QDate(2026, 4, 30), test::at(2026, 4, 1, 9));
        compareValue(row(early, u"2026-04"_s), Kpi::PromisesKeptRate, std::nullopt);
        compareValue(row(early, u"2026-04"_s), Kpi::OverdueFollowups, 1);
        // Weekly: at the end of week 10 (Sun Mar 8 24:00) nothing is overdue: P2 was reached on Mar 5.
        const KpiTable weeks = compute(PeriodKind::Week, QDate(2026, 3, 2), QDate(2026, 3, 8), now);
        compareValue(row(weeks, u"2026-W10"_s), Kpi::OverdueFollowups, 0);
    }

    void shouldStopWhenCancelled()
    {
        insert({test::at(2026, 1, 10, 10), {}, {}, {}, 0, SlaMet::Unknown, {}});
        std::atomic_bool cancel{true};
        auto result = computeKpis(store(), KpiRequest{}, &cancel);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
    }

    void shouldRefuseARangeThatEndsBeforeItStarts()
    {
        KpiRequest request;
        request.from = QDate(2026, 2, 1);
        request.to = QDate(2026, 1, 1);
        auto result = computeKpis(store(), request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::BadInput);
    }
};

QTEST_GUILESS_MAIN(tst_KpiEngine)
#include "tst_kpiengine.moc"
