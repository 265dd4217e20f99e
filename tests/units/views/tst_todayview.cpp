#include "domain/followupservice.h"
#include "ownerloadview.h"
#include "testsupport.h"
#include "todaymodel.h"
#include "todayview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

using namespace ft;

// The Today review's columns: the title stretches into the room there is, and keeps a readable
// width when the window is narrow, the other columns giving way.
class tst_TodayView : public QObject
{
    Q_OBJECT

    static int sectionsWidth(QHeaderView *header)
    {
        int sum = 0;
        for (int c = 0; c < header->count(); ++c)
            sum += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
        return sum;
    }

private slots:
    void shouldGiveTheTitleTheRoomLeftInAWideWindow()
    {
        test::TempStore temp;
        TodayModel model(temp.store());
        TodayView view(&model);
        view.resize(1400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.tree()->header();
        const int others = sectionsWidth(header) - header->sectionSize(TodayModel::TitleColumn);
        // The whole width is used, the title taking what the others leave.
        QCOMPARE(sectionsWidth(header), view.tree()->viewport()->width());
        QCOMPARE(header->sectionSize(TodayModel::TitleColumn), view.tree()->viewport()->width() - others);
        QVERIFY(header->sectionSize(TodayModel::TitleColumn) > view.titleMinimumWidth());
        const int waiting = header->sectionSize(TodayModel::WaitingColumn);

        // Narrower, still wide enough for everything: only the title shrinks.
        view.resize(1100, 500);
        QTRY_COMPARE(sectionsWidth(header), view.tree()->viewport()->width());
        QCOMPARE(header->sectionSize(TodayModel::WaitingColumn), waiting);
    }

    void shouldKeepTheTitleReadableInANarrowWindow()
    {
        test::TempStore temp;
        TodayModel model(temp.store());
        TodayView view(&model);
        view.resize(1400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.tree()->header();
        const int ownerWide = header->sectionSize(TodayModel::OwnerColumn);
        const int statusWide = header->sectionSize(TodayModel::StatusColumn);

        view.resize(760, 500);
        QTRY_VERIFY(view.tree()->viewport()->width() < 760);
        // The least important columns went first, whole, instead of every column eliding its text;
        // the promised time and the wait never go.
        QTRY_VERIFY(header->isSectionHidden(TodayModel::PriorityColumn));
        QVERIFY(!header->isSectionHidden(TodayModel::OwnerColumn));
        QVERIFY(!header->isSectionHidden(TodayModel::NextUpdateDueColumn));
        QVERIFY(!header->isSectionHidden(TodayModel::WaitingColumn));
        QVERIFY(header->sectionSize(TodayModel::TitleColumn) >= view.titleMinimumWidth());
        QCOMPARE(sectionsWidth(header), view.tree()->viewport()->width());

        view.resize(420, 500);
        QTRY_VERIFY(view.tree()->viewport()->width() < 420);
        QTRY_VERIFY(header->isSectionHidden(TodayModel::OwnerColumn));
        QVERIFY(header->isSectionHidden(TodayModel::StatusColumn));
        QVERIFY(!header->isSectionHidden(TodayModel::WaitingColumn));
        QVERIFY(view.titleMinimumWidth() >= view.tree()->fontMetrics().averageCharWidth() * 20);
        QVERIFY(header->sectionSize(TodayModel::TitleColumn) >= view.titleMinimumWidth());
        // The rows still fit without scrolling sideways.
        QCOMPARE(sectionsWidth(header), view.tree()->viewport()->width());

        // Wide again: every column back at its width.
        view.resize(1400, 500);
        QTRY_COMPARE(header->sectionSize(TodayModel::OwnerColumn), ownerWide);
        QCOMPARE(header->sectionSize(TodayModel::StatusColumn), statusWide);
        QVERIFY(!header->isSectionHidden(TodayModel::PriorityColumn));
        QVERIFY(header->isSectionHidden(TodayModel::LastContactColumn));   // hidden by the view, stays so
    }

    void shouldWidenAColumnToItsContentsBeforeTheTitleTakesTheRest()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        FollowUp draft;
        draft.title = QStringLiteral("Printer");
        draft.owner = QStringLiteral("Maximiliane Wolkenstein-Rodenegg von Trostburg");
        draft.requester = QStringLiteral("Ann");
        auto created = service.create(draft);
        QVERIFY(created);
        QVERIFY(service.resolve(created.value().id));
        TodayModel model(temp.store());
        TodayView view(&model);
        view.resize(1900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.tree()->header();
        // "resolved 0 min ago" or whatever the language makes of it: never cut in a wide window.
        QTRY_VERIFY(header->sectionSize(TodayModel::WaitingColumn) >= static_cast<QAbstractItemView *>(view.tree())->sizeHintForColumn(TodayModel::WaitingColumn));
        // A very long owner's name is capped, so that the title keeps the room.
        QVERIFY(header->sectionSize(TodayModel::OwnerColumn) <= view.tree()->fontMetrics().averageCharWidth() * 40);
        QCOMPARE(sectionsWidth(header), view.tree()->viewport()->width());
    }

    void shouldShowWhoIsDrowningAndNarrowToTheOwnerClicked()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        const auto add = [&](const QString &title, const QString &owner, Timestamp due) {
            FollowUp f;
            f.title = title;
            f.owner = owner;
            f.nextUpdateDue = due;
            QVERIFY(service.create(f));
        };
        const Timestamp now = service.now();
        add(QStringLiteral("Ana 1"), QStringLiteral("Ana"), now - 7200);
        add(QStringLiteral("Ana 2"), QStringLiteral("Ana"), now - 3600);
        add(QStringLiteral("Ben 1"), QStringLiteral("Ben"), now - 3600);
        TodayModel model(temp.store());
        const QList<TodayModel::OwnerLoad> loads = model.ownerLoads();
        QCOMPARE(loads.size(), 2);
        QCOMPARE(loads[0].owner, QStringLiteral("Ana"));   // the most overdue first
        QCOMPARE(loads[0].overdue, 2);
        QCOMPARE(loads[1].overdue, 1);

        TodayView view(&model);
        view.findChild<QToolButton *>(QStringLiteral("showOwnerLoads"))->click();
        OwnerLoadView *owners = view.ownerLoadView();
        QVERIFY(!owners->isHidden());
        QCOMPARE(owners->topLevelItemCount(), 3);   // everyone, Ana, Ben
        emit owners->itemClicked(owners->topLevelItem(2), 0);
        QCOMPARE(model.ownerFilter(), QStringLiteral("Ben"));
        QCOMPARE(model.count(TodayModel::Overdue), 1);
        // The per-owner counts stay whole while the review is narrowed; "Everyone" widens it again.
        QCOMPARE(owners->topLevelItemCount(), 3);
        emit owners->itemClicked(owners->topLevelItem(0), 0);
        QCOMPARE(model.ownerFilter(), QString());
        QCOMPARE(model.count(TodayModel::Overdue), 3);

        view.findChild<QToolButton *>(QStringLiteral("copySummary"))->click();
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QVERIFY2(copied->text().contains(QStringLiteral("Ana 1")), qPrintable(copied->text()));
        QVERIFY(copied->text().contains(QStringLiteral("3 overdue")));
        QVERIFY(copied->hasHtml());
        QVERIFY(copied->html().contains(QStringLiteral("<li>Ana 1")));
    }

    void shouldSayWhyTheReviewIsEmpty()
    {
        test::TempStore temp;
        FollowUpService service(temp.store());
        FollowUp f;
        f.title = QStringLiteral("Imported, closed");
        auto created = service.create(f);
        QVERIFY(created);
        QVERIFY(service.close(created.value().id));
        TodayModel model(temp.store());
        TodayView view(&model);
        auto summary = view.findChild<QLabel *>(QStringLiteral("todaySummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("resolved or closed")), qPrintable(summary->text()));
    }

    void shouldRestoreTheWidthsAColumnWantsNotTheSqueezedOnes()
    {
        test::TempStore temp;
        TodayModel model(temp.store());
        QByteArray saved;
        int referenceWide = 0;
        {
            TodayView view(&model);
            view.resize(1400, 500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            referenceWide = view.tree()->header()->sectionSize(TodayModel::ReferenceColumn);
            // Quit while the window is narrow, the other columns squeezed for the title.
            view.resize(560, 500);
            QTRY_VERIFY(view.tree()->header()->sectionSize(TodayModel::ReferenceColumn) < referenceWide);
            const int squeezed = view.tree()->header()->sectionSize(TodayModel::ReferenceColumn);
            saved = view.saveHeader();
            // Saving does not disturb what is on screen.
            QCOMPARE(view.tree()->header()->sectionSize(TodayModel::ReferenceColumn), squeezed);
        }
        TodayView view(&model);
        view.resize(1400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.restoreHeader(saved);
        QTRY_COMPARE(view.tree()->header()->sectionSize(TodayModel::ReferenceColumn), referenceWide);
    }

    void shouldFitAHeaderStateSavedWithAStretchingTitle()
    {
        test::TempStore temp;
        TodayModel model(temp.store());
        TodayView view(&model);
        view.resize(560, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.tree()->header();
        // What an earlier version saved: the title stretching, squeezed to the minimum section size.
        header->setSectionResizeMode(TodayModel::TitleColumn, QHeaderView::Stretch);
        const QByteArray old = view.saveHeader();
        view.restoreHeader(old);
        QCOMPARE(header->sectionResizeMode(TodayModel::TitleColumn), QHeaderView::Interactive);
        QTRY_VERIFY(header->sectionSize(TodayModel::TitleColumn) >= view.titleMinimumWidth());
        QCOMPARE(sectionsWidth(header), view.tree()->viewport()->width());
    }
};

QTEST_MAIN(tst_TodayView)
#include "tst_todayview.moc"
