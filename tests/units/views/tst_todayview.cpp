#include "testsupport.h"
#include "todaymodel.h"
#include "todayview.h"

#include <QHeaderView>
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

        view.resize(560, 500);
        QTRY_VERIFY(view.tree()->viewport()->width() < 560);
        // The minimum, give or take the pixels of rounding the others' shares.
        const auto atMinimum = [&] {
            const int title = header->sectionSize(TodayModel::TitleColumn);
            return title >= view.titleMinimumWidth() && title <= view.titleMinimumWidth() + header->count();
        };
        QTRY_VERIFY(atMinimum());
        QVERIFY(view.titleMinimumWidth() >= view.tree()->fontMetrics().averageCharWidth() * 20);
        // The others gave way (their text elides) so that the rows still fit without scrolling sideways.
        QVERIFY(header->sectionSize(TodayModel::OwnerColumn) < ownerWide);
        QVERIFY(header->sectionSize(TodayModel::StatusColumn) < statusWide);
        QCOMPARE(sectionsWidth(header), view.tree()->viewport()->width());

        // Wide again: every column back at its width.
        view.resize(1400, 500);
        QTRY_COMPARE(header->sectionSize(TodayModel::OwnerColumn), ownerWide);
        QCOMPARE(header->sectionSize(TodayModel::StatusColumn), statusWide);
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
