#include "report/reportoptionsdialog.h"
#include "domain/dateformats.h"

#include "kpi/kpicolumns.h"
#include "kpi/kpiperiod.h"
#include "report/reportgatherer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace ft {

ReportOptionsDialog::ReportOptionsDialog(QDate today, QWidget *parent)
    : QDialog(parent)
    , m_by(new QComboBox(this))
    , m_to(new QDateEdit(this))
    , m_paper(new QComboBox(this))
    , m_kpis(new QListWidget(this))
{
    setObjectName(QStringLiteral("reportOptionsDialog"));
    setWindowTitle(tr("Review report"));
    m_by->setObjectName(QStringLiteral("reportBy"));
    m_by->addItem(tr("Month"), int(ReportOptions::By::Month));
    m_by->addItem(tr("Quarter"), int(ReportOptions::By::Quarter));
    m_by->addItem(tr("Week"), int(ReportOptions::By::Week));
    m_to->setObjectName(QStringLiteral("reportPeriodDay"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(dateformat::longDayMonthYear());
    // The last whole month by default: the one the monthly meeting looks back on.
    m_to->setDate(QDate(today.year(), today.month(), 1).addDays(-1));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), int(ReportPaper::A4));
    m_paper->addItem(tr("Letter"), int(ReportPaper::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    m_kpis->setObjectName(QStringLiteral("reportKpis"));
    const QStringList chosen = reportDefaultKpiKeys();
    // In the report's own order (the same one the CLI's pack has), so the list reads like the pages.
    for (const Kpi kpi : reportKpiOrder()) {
        const QString key = QLatin1String(kpiInfo(kpi).key);
        auto *item = new QListWidgetItem(plainKpi(kpi).name, m_kpis);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(key) ? Qt::Checked : Qt::Unchecked);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Review by"), m_by);
    form->addRow(tr("Review the period holding"), m_to);
    form->addRow(tr("Paper"), m_paper);
    form->addRow(tr("Measures"), m_kpis);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("reportOptionsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Every measure's name readable without a horizontal scroll bar, and as many rows as the screen
    // allows (a 768-pixel laptop scrolls the rest).
    const int frame = 2 * m_kpis->frameWidth();
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_kpis->setMinimumWidth(m_kpis->sizeHintForColumn(0) + frame + bar + 8);
    m_kpis->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int allRows = m_kpis->count() * m_kpis->sizeHintForRow(0) + frame;
    const int room = screen() ? screen()->availableGeometry().height() / 2 : 400;
    m_kpis->setMinimumHeight(std::min(allRows, room));
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions o;
    o.by = ReportOptions::By(m_by->currentData().toInt());
    // The whole period holding the chosen day is reviewed.
    const QDate first = periodFirstDay(m_to->date(), periodKindOf(o.by));
    QDate end = first;
    switch (o.by) {
    case ReportOptions::By::Week: end = first.addDays(6); break;
    case ReportOptions::By::Month: end = first.addMonths(1).addDays(-1); break;
    case ReportOptions::By::Quarter: end = first.addMonths(3).addDays(-1); break;
    }
    o.to = end;
    o.paper = ReportPaper(m_paper->currentData().toInt());
    for (int i = 0; i < m_kpis->count(); ++i) {
        if (m_kpis->item(i)->checkState() == Qt::Checked)
            o.kpiKeys << m_kpis->item(i)->data(Qt::UserRole).toString();
    }
    return o;
}

void ReportOptionsDialog::setOptions(const ReportOptions &o)
{
    m_by->setCurrentIndex(m_by->findData(int(o.by)));
    if (o.to)
        m_to->setDate(*o.to);
    m_paper->setCurrentIndex(m_paper->findData(int(o.paper)));
}

} // namespace ft
