#include "store/calendarrepository.h"
#include "charts/kpisettingsdialog.h"
#include "kpi/kpitargets.h"
#include "kpitargetsmodel.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace ft;
using namespace Qt::StringLiterals;

// Targets and the business calendar, set through the dialog's own widgets.
class tst_KpiSettingsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;

    template<typename T>
    static T *child(QWidget &w, const QString &name)
    {
        T *found = w.findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

private slots:
    void init() { m_temp = std::make_unique<test::TempStore>(); }
    void cleanup() { m_temp.reset(); }

    void shouldOpenOnTheKpiInViewAndNameTheFirstCalendarVersion()
    {
        KpiSettingsDialog dialog(m_temp->store());
        dialog.showKpi(Kpi::CallbackRate);
        QCOMPARE(child<QComboBox>(dialog, u"targetKpi"_s)->currentData().toInt(), int(Kpi::CallbackRate));
        for (QTableView *table : dialog.findChildren<QTableView *>())
            for (int r = 0; r < table->model()->rowCount(); ++r)
                for (int c = 0; c < table->model()->columnCount(); ++c)
                    QVERIFY(!table->model()->index(r, c).data().toString().contains(u"1970"_s));
    }

    void shouldSetARateTargetTypedAsAPercentageAndRemoveIt()
    {
        KpiSettingsDialog dialog(m_temp->store());
        auto *kpi = child<QComboBox>(dialog, u"targetKpi"_s);
        kpi->setCurrentIndex(kpi->findData(int(Kpi::CallbackRate)));
        // A callback rate is better low: the direction follows the KPI.
        QCOMPARE(child<QComboBox>(dialog, u"targetDirection"_s)->currentData().toBool(), false);
        child<QDoubleSpinBox>(dialog, u"targetValue"_s)->setValue(6);
        child<QDateEdit>(dialog, u"targetFrom"_s)->setDate(QDate(2026, 1, 1));
        dialog.setTargetFromForm();
        QVERIFY(dialog.changed());
        QCOMPARE(listTargets(m_temp->store()).value(), (QList<KpiTarget>{{Kpi::CallbackRate, 0.06, false, QDate(2026, 1, 1)}}));
        auto *table = child<QTableView>(dialog, u"kpiTargetsTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, KpiTargetsModel::ValueColumn).data().toString(), u"6.0 %"_s);
        table->selectRow(0);
        dialog.removeSelectedTarget();
        QVERIFY(listTargets(m_temp->store()).value().isEmpty());
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void shouldSaveACalendarVersionAndHolidays()
    {
        KpiSettingsDialog dialog(m_temp->store());
        child<QDateEdit>(dialog, u"calendarFrom"_s)->setDate(QDate(2026, 3, 1));
        child<QCheckBox>(dialog, u"calendarDay6"_s)->setChecked(true);   // Saturday
        child<QTimeEdit>(dialog, u"calendarStart"_s)->setTime(QTime(9, 0));
        child<QTimeEdit>(dialog, u"calendarEnd"_s)->setTime(QTime(18, 30));
        dialog.saveCalendarFromForm();
        child<QDateEdit>(dialog, u"holidayDate"_s)->setDate(QDate(2026, 12, 25));
        child<QLineEdit>(dialog, u"holidayName"_s)->setText(u"Christmas"_s);
        dialog.addHolidayFromForm();

        const BusinessCalendar calendar = loadCalendar(m_temp->store()).value();
        QCOMPARE(calendar.versions().size(), 2);
        QCOMPARE(calendar.versions().constLast(), (CalendarVersion{QDate(2026, 3, 1), 0x3f, 9 * 60, 18 * 60 + 30}));
        // The version before March is untouched.
        QCOMPARE(calendar.versionOn(QDate(2026, 2, 28)).dayStartMinute, 8 * 60);
        QVERIFY(calendar.holidays().contains(QDate(2026, 12, 25)));
        QCOMPARE(child<QTableWidget>(dialog, u"calendarVersionsTable"_s)->rowCount(), 2);

        auto *holidays = child<QListWidget>(dialog, u"holidayList"_s);
        QCOMPARE(holidays->count(), 1);
        holidays->setCurrentRow(0);
        dialog.removeSelectedHoliday();
        QVERIFY(loadCalendar(m_temp->store()).value().holidays().isEmpty());
    }
};

QTEST_MAIN(tst_KpiSettingsDialog)
#include "tst_kpisettingsdialog.moc"
