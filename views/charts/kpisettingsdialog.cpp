#include "charts/kpisettingsdialog.h"
#include "domain/isodate.h"
#include "datetimeinput.h"

#include "store/calendarrepository.h"
#include "charts/kpivalueformat.h"
#include "kpitargetsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ft {

namespace {
QPushButton *button(const QString &text, const char *objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

void setUpTable(QTableView *t, const char *objectName)
{
    t->setObjectName(QLatin1String(objectName));
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

QTableWidget *table(const char *objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    setUpTable(t, objectName);
    return t;
}
} // namespace

KpiSettingsDialog::KpiSettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("kpiSettingsDialog"));
    setWindowTitle(tr("KPI targets and business calendar"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("kpiSettingsTabs"));
    tabs->addTab(createTargetsTab(), tr("Targets"));
    tabs->addTab(createCalendarTab(), tr("Business calendar"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 520);
    reloadTargets();
    reloadCalendar();
}

bool KpiSettingsDialog::report(bool ok, const QString &message)
{
    if (!ok)
        QMessageBox::warning(this, windowTitle(), message);
    else
        m_changed = true;
    return ok;
}

QWidget *KpiSettingsDialog::createTargetsTab()
{
    auto *page = new QWidget;
    m_targetsModel = new KpiTargetsModel(
        m_store, [](Kpi kpi, double value) { return formatKpiValue(kpi, value); },
        [](QDate day) { return QLocale().toString(day, localDateFormat()); }, this);
    m_targetsModel->setObjectName(QStringLiteral("kpiTargetsModel"));
    m_targets = new QTableView;
    m_targets->setModel(m_targetsModel);
    setUpTable(m_targets, "kpiTargetsTable");
    m_targetKpi = new QComboBox;
    m_targetKpi->setObjectName(QStringLiteral("targetKpi"));
    for (const KpiInfo &info : kpiInfos())
        m_targetKpi->addItem(kpiLabel(info.kpi), int(info.kpi));
    m_targetValue = new QDoubleSpinBox;
    m_targetValue->setObjectName(QStringLiteral("targetValue"));
    m_targetValue->setDecimals(2);
    m_targetDirection = new QComboBox;
    m_targetDirection->setObjectName(QStringLiteral("targetDirection"));
    m_targetDirection->addItem(tr("Higher is better"), true);
    m_targetDirection->addItem(tr("Lower is better"), false);
    m_targetFrom = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1));
    m_targetFrom->setObjectName(QStringLiteral("targetFrom"));
    m_targetFrom->setCalendarPopup(true);
    m_targetFrom->setDisplayFormat(localDateFormat());
    auto *set = button(tr("Set target"), "setTargetButton");
    auto *remove = button(tr("Remove selected"), "removeTargetButton");

    auto *form = new QFormLayout;
    form->addRow(tr("KPI:"), m_targetKpi);
    form->addRow(tr("Target:"), m_targetValue);
    form->addRow(tr("Direction:"), m_targetDirection);
    form->addRow(tr("Applies from:"), m_targetFrom);
    auto *row = new QHBoxLayout;
    row->addWidget(set);
    row->addWidget(remove);
    row->addStretch(1);
    auto *hint = new QLabel(tr("A target applies from its day until a later target for the same KPI replaces it."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_targets, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(hint);

    connect(m_targetKpi, &QComboBox::currentIndexChanged, this, &KpiSettingsDialog::updateTargetForm);
    connect(set, &QPushButton::clicked, this, &KpiSettingsDialog::setTargetFromForm);
    connect(remove, &QPushButton::clicked, this, &KpiSettingsDialog::removeSelectedTarget);
    updateTargetForm();
    return page;
}

void KpiSettingsDialog::showKpi(Kpi kpi)
{
    const int at = m_targetKpi->findData(int(kpi));
    if (at >= 0)
        m_targetKpi->setCurrentIndex(at);
}

void KpiSettingsDialog::updateTargetForm()
{
    const Kpi kpi = Kpi(m_targetKpi->currentData().toInt());
    const KpiUnit unit = kpiInfo(kpi).unit;
    // Rates are typed as percentages, as the charts show them.
    m_targetValue->setSuffix(unit == KpiUnit::Rate ? QStringLiteral(" %") : unit == KpiUnit::Hours ? tr(" h") : QString());
    m_targetValue->setRange(0, unit == KpiUnit::Rate ? 100 : unit == KpiUnit::Score ? 5 : 1e6);
    m_targetDirection->setCurrentIndex(kpiInfo(kpi).higherIsBetter ? 0 : 1);
}

void KpiSettingsDialog::setTargetFromForm()
{
    const Kpi kpi = Kpi(m_targetKpi->currentData().toInt());
    double value = m_targetValue->value();
    if (kpiInfo(kpi).unit == KpiUnit::Rate)
        value /= 100.0;
    const auto done = m_targetsModel->set({kpi, value, m_targetDirection->currentData().toBool(), m_targetFrom->date()});
    if (report(done.ok(), done ? QString() : done.error().message))
        reloadTargets();
}

void KpiSettingsDialog::removeSelectedTarget()
{
    const int row = m_targets->currentIndex().row();
    if (row < 0)
        return;
    const auto done = m_targetsModel->remove(row);
    if (report(done.ok(), done ? QString() : done.error().message))
        reloadTargets();
}

void KpiSettingsDialog::reloadTargets()
{
    if (auto read = m_targetsModel->reload(); !read)
        report(false, read.error().message);
    m_targets->resizeColumnsToContents();
}

QWidget *KpiSettingsDialog::createCalendarTab()
{
    auto *page = new QWidget;
    m_versions = table("calendarVersionsTable", {tr("From"), tr("Working days"), tr("Hours")});
    m_versionFrom = new QDateEdit(QDate::currentDate());
    m_versionFrom->setObjectName(QStringLiteral("calendarFrom"));
    m_versionFrom->setCalendarPopup(true);
    m_versionFrom->setDisplayFormat(localDateFormat());
    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("calendarDay%1").arg(d));
        box->setChecked(d <= 5);
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch(1);
    m_dayStart = new QTimeEdit(QTime(8, 0));
    m_dayStart->setObjectName(QStringLiteral("calendarStart"));
    m_dayEnd = new QTimeEdit(QTime(17, 0));
    m_dayEnd->setObjectName(QStringLiteral("calendarEnd"));
    for (QTimeEdit *edit : {m_dayStart, m_dayEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_dayStart);
    hours->addWidget(new QLabel(tr("to")));
    hours->addWidget(m_dayEnd);
    hours->addStretch(1);
    auto *save = button(tr("Save calendar from this date"), "saveCalendarButton");

    m_holidays = new QListWidget;
    m_holidays->setObjectName(QStringLiteral("holidayList"));
    m_holidayDate = new QDateEdit(QDate::currentDate());
    m_holidayDate->setObjectName(QStringLiteral("holidayDate"));
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDisplayFormat(localDateFormat());
    m_holidayName = new QLineEdit;
    m_holidayName->setObjectName(QStringLiteral("holidayName"));
    m_holidayName->setPlaceholderText(tr("Name, e.g. New Year's Day"));
    auto *addHoliday = button(tr("Add holiday"), "addHolidayButton");
    auto *removeHoliday = button(tr("Remove selected"), "removeHolidayButton");

    auto *form = new QFormLayout;
    form->addRow(tr("Applies from:"), m_versionFrom);
    form->addRow(tr("Working days:"), days);
    form->addRow(tr("Working hours:"), hours);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);
    auto *hint = new QLabel(tr("A change applies from its date on: business-hour figures before that date stay as they "
                               "were."));
    hint->setWordWrap(true);
    auto *holidayRow = new QHBoxLayout;
    holidayRow->addWidget(m_holidayDate);
    holidayRow->addWidget(m_holidayName, 1);
    holidayRow->addWidget(addHoliday);
    holidayRow->addWidget(removeHoliday);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_versions, 1);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("Holidays (no working hours):")));
    layout->addWidget(m_holidays, 1);
    layout->addLayout(holidayRow);

    connect(save, &QPushButton::clicked, this, &KpiSettingsDialog::saveCalendarFromForm);
    connect(addHoliday, &QPushButton::clicked, this, &KpiSettingsDialog::addHolidayFromForm);
    connect(removeHoliday, &QPushButton::clicked, this, &KpiSettingsDialog::removeSelectedHoliday);
    return page;
}

void KpiSettingsDialog::saveCalendarFromForm()
{
    CalendarVersion v;
    v.validFrom = m_versionFrom->date();
    v.workingDays = 0;
    for (int d = 0; d < 7; ++d) {
        if (m_days.at(d)->isChecked())
            v.workingDays |= 1 << d;
    }
    v.dayStartMinute = m_dayStart->time().msecsSinceStartOfDay() / 60000;
    v.dayEndMinute = m_dayEnd->time().msecsSinceStartOfDay() / 60000;
    if (v.dayEndMinute <= v.dayStartMinute) {
        report(false, tr("The working day has to end after it starts."));
        return;
    }
    const auto done = saveCalendarVersion(m_store, v);
    if (report(done.ok(), done ? QString() : done.error().message))
        reloadCalendar();
}

void KpiSettingsDialog::addHolidayFromForm()
{
    const auto done = setHoliday(m_store, m_holidayDate->date(), m_holidayName->text().trimmed());
    if (report(done.ok(), done ? QString() : done.error().message)) {
        m_holidayName->clear();
        reloadCalendar();
    }
}

void KpiSettingsDialog::removeSelectedHoliday()
{
    const QListWidgetItem *item = m_holidays->currentItem();
    if (!item)
        return;
    const auto done = removeHoliday(m_store, item->data(Qt::UserRole).toDate());
    if (report(done.ok(), done ? QString() : done.error().message))
        reloadCalendar();
}

void KpiSettingsDialog::reloadCalendar()
{
    auto calendar = loadCalendar(m_store);
    if (!calendar) {
        report(false, calendar.error().message);
        return;
    }
    m_versions->setRowCount(0);
    const QLocale locale;
    for (const CalendarVersion &v : calendar->versions()) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        QStringList days;
        for (int d = 1; d <= 7; ++d) {
            if (v.works(d))
                days << locale.dayName(d, QLocale::ShortFormat);
        }
        const auto time = [](int minute) {
            return minute >= 24 * 60 ? QStringLiteral("24:00")
                                     : QTime::fromMSecsSinceStartOfDay(minute * 60000).toString(QStringLiteral("HH:mm"));
        };
        // The store's first version is dated 1970-01-01, meaning "from the beginning": say so.
        m_versions->setItem(row, 0, new QTableWidgetItem(v.validFrom <= QDate(1970, 1, 1)
                                                             ? tr("From the start")
                                                             : QLocale().toString(v.validFrom, localDateFormat())));
        m_versions->setItem(row, 1, new QTableWidgetItem(days.join(QStringLiteral(", "))));
        m_versions->setItem(row, 2, new QTableWidgetItem(tr("%1 – %2").arg(time(v.dayStartMinute), time(v.dayEndMinute))));
    }
    m_versions->resizeColumnsToContents();
    QList<QDate> holidays = calendar->holidays().values();
    std::sort(holidays.begin(), holidays.end());
    m_holidays->clear();
    for (const QDate &d : holidays) {
        auto *item = new QListWidgetItem(d.toString(IsoDateFormat));
        item->setData(Qt::UserRole, d);
        m_holidays->addItem(item);
    }
}

} // namespace ft
