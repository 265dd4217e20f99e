// Given / when / then over the real main window on a small screen: nothing the lead selects or
// opens makes the window larger than the screen.
#include "domain/followupservice.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "todaymodel.h"
#include "todayview.h"

#include <QApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace ft;

class tst_SmallScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<MainWindow> m_window;

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

private slots:
    void initTestCase()
    {
        test::useTestSettings(QStringLiteral("tst_smallscreens"));
    }

    void init()
    {
        QSettings().clear();
        m_temp = std::make_unique<test::TempStore>(test::Checklists::Stock);
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void shouldOpenWithinTheScreen()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(available().contains(m_window->geometry()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(m_window->width()).arg(m_window->height())
                                .arg(available().width()).arg(available().height())));
    }

    void shouldNeverGrowWiderThanTheScreenWhenAFollowUpIsSelected()
    {
        m_window = std::make_unique<MainWindow>(m_temp->store());
        FollowUpService &service = m_window->service();
        // Long values, overdue, with a checklist: everything that once widened the panel.
        for (int i = 0; i < 3; ++i) {
            FollowUp f;
            f.kind = Kind::Incident;
            f.reference = QStringLiteral("INC00123%1").arg(i);
            f.title = QStringLiteral("Lost access to the stock system after the weekend's password change %1").arg(i);
            f.requester = QStringLiteral("Maximiliane Wolkenstein-Rodenegg");
            f.requesterContact = QStringLiteral("maximiliane.wolkenstein-rodenegg@example.org");
            f.owner = QStringLiteral("Bartholomew Featherstonehaugh");
            f.team = QStringLiteral("Infrastructure and Networks");
            f.category = QStringLiteral("Identity and access management");
            f.nextUpdateDue = service.now() - 48 * 24 * 3600;
            QVERIFY(service.create(f));
        }
        m_window->refresh();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const int screenWidth = available().width();
        auto tree = m_window->findChild<TodayView *>(QStringLiteral("todayView"))->tree();
        const QModelIndex overdue = m_window->todayModel()->sectionIndex(TodayModel::Overdue);
        QCOMPARE(m_window->todayModel()->rowCount(overdue), 3);
        for (int r = 0; r < 3; ++r) {
            tree->setCurrentIndex(m_window->todayModel()->index(r, 0, overdue));
            QCoreApplication::processEvents();
            QVERIFY(m_window->currentId() != 0);
            QVERIFY2(m_window->minimumSizeHint().width() <= screenWidth,
                     qPrintable(QString::number(m_window->minimumSizeHint().width())));
            QVERIFY2(m_window->width() <= screenWidth, qPrintable(QString::number(m_window->width())));
        }
        // The list, with its search and filters, gives way too.
        m_window->showView(MainWindow::View::List);
        QCoreApplication::processEvents();
        QVERIFY(m_window->minimumSizeHint().width() <= screenWidth);
        QVERIFY(m_window->width() <= screenWidth);
    }
};

QTEST_MAIN(tst_SmallScreens)
#include "tst_smallscreens.moc"
