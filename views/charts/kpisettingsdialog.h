#pragma once

#include "kpi/kpicolumns.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QTableView;
class QTableWidget;
class QTimeEdit;

namespace ft {

class KpiTargetsModel;

class Store;

// Settings behind the KPI figures: a target per KPI (value, direction, from when) and the
// business calendar (working days and hours from a date on, holidays). Every change is written
// at once; a calendar change applies from its own date, so earlier figures stay as they were.
class KpiSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KpiSettingsDialog(Store &store, QWidget *parent = nullptr);

    // Whether anything was written (the charts then compute again).
    bool changed() const { return m_changed; }
    // Opens the targets on `kpi` (the one the charts show).
    void showKpi(Kpi kpi);

    void setTargetFromForm();
    void removeSelectedTarget();
    void saveCalendarFromForm();
    void addHolidayFromForm();
    void removeSelectedHoliday();

private:
    QWidget *createTargetsTab();
    QWidget *createCalendarTab();
    void reloadTargets();
    void reloadCalendar();
    void updateTargetForm();
    bool report(bool ok, const QString &message);

    Store &m_store;
    bool m_changed = false;

    KpiTargetsModel *m_targetsModel = nullptr;
    QTableView *m_targets = nullptr;
    QComboBox *m_targetKpi = nullptr;
    QDoubleSpinBox *m_targetValue = nullptr;
    QComboBox *m_targetDirection = nullptr;
    QDateEdit *m_targetFrom = nullptr;

    QTableWidget *m_versions = nullptr;
    QDateEdit *m_versionFrom = nullptr;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_dayStart = nullptr;
    QTimeEdit *m_dayEnd = nullptr;
    QListWidget *m_holidays = nullptr;
    QDateEdit *m_holidayDate = nullptr;
    QLineEdit *m_holidayName = nullptr;
};

} // namespace ft
