#include "csi/csiinitiativedialog.h"
#include "datetimeinput.h"

#include "kpi/kpicolumns.h"
#include "report/reportgatherer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <memory>
#include <optional>

namespace ft {

namespace {
QDoubleSpinBox *numberBox(QWidget *parent, const char *name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(-1e9, 1e9);
    box->setDecimals(4);
    return box;
}
// Rates are stored 0–1 and typed as percentages (6 means 6 %); other units as they are stored.
double displayScale(const QString &kpiKey)
{
    for (const KpiInfo &info : kpiInfos())
        if (QLatin1String(info.key) == kpiKey)
            return info.unit == KpiUnit::Rate ? 100.0 : 1.0;
    return 1.0;
}
} // namespace

void CsiInitiativeDialog::applyUnit()
{
    const double scale = displayScale(m_kpi->currentData().toString());
    const bool rate = scale != 1.0;
    for (QDoubleSpinBox *box : {m_baseline, m_target}) {
        const double stored = box->value() / m_scale;
        box->setSuffix(rate ? tr(" %") : QString());
        box->setDecimals(rate ? 1 : 2);
        box->setRange(rate ? 0 : -1e9, rate ? 100 : 1e9);
        box->setValue(stored * scale);
    }
    m_scale = scale;
}

CsiInitiativeDialog::CsiInitiativeDialog(const Store &store, const CsiInitiative &initiative, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_initiative(initiative)
    , m_title(new QLineEdit(initiative.title, this))
    , m_kpi(new QComboBox(this))
    , m_hasBaseline(new QCheckBox(this))
    , m_baseline(numberBox(this, "csiBaseline"))
    , m_fill(new QPushButton(tr("Fill from the data"), this))
    , m_fillNote(new QLabel(this))
    , m_hasTarget(new QCheckBox(this))
    , m_target(numberBox(this, "csiTarget"))
    , m_owner(new QLineEdit(initiative.owner, this))
    , m_status(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_hasReview(new QCheckBox(this))
    , m_review(new QDateEdit(this))
    , m_outcome(new QPlainTextEdit(initiative.outcome, this))
{
    setObjectName(QStringLiteral("csiInitiativeDialog"));
    setWindowTitle(initiative.id ? tr("Edit improvement initiative") : tr("New improvement initiative"));
    m_title->setObjectName(QStringLiteral("csiTitle"));
    m_kpi->setObjectName(QStringLiteral("csiKpi"));
    for (const KpiInfo &info : kpiInfos())
        m_kpi->addItem(plainKpi(info.kpi).name, QLatin1String(info.key));
    m_kpi->setCurrentIndex(qMax(0, m_kpi->findData(initiative.kpiKey)));
    m_hasBaseline->setObjectName(QStringLiteral("csiHasBaseline"));
    m_hasBaseline->setChecked(initiative.baseline.has_value());
    m_baseline->setValue(initiative.baseline.value_or(0));   // stored; applyUnit shows it in the unit
    m_fill->setObjectName(QStringLiteral("csiFillBaseline"));
    m_fill->setToolTip(tr("The measure's value in the last whole month before the start date"));
    m_fillNote->setObjectName(QStringLiteral("csiFillNote"));
    m_hasTarget->setObjectName(QStringLiteral("csiHasTarget"));
    m_hasTarget->setChecked(initiative.target.has_value());
    m_target->setValue(initiative.target.value_or(0));
    m_owner->setObjectName(QStringLiteral("csiOwner"));
    m_status->setObjectName(QStringLiteral("csiStatus"));
    for (int s = 0; s < CsiStatusCount; ++s)
        m_status->addItem(csiStatusLabel(CsiStatus(s)), s);
    m_status->setCurrentIndex(int(initiative.status));
    m_start->setObjectName(QStringLiteral("csiStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(localDateFormat());
    m_start->setDate(initiative.startDate.isValid() ? initiative.startDate : QDate::currentDate());
    m_hasReview->setObjectName(QStringLiteral("csiHasReview"));
    m_hasReview->setChecked(initiative.reviewDate.has_value());
    m_review->setObjectName(QStringLiteral("csiReview"));
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(localDateFormat());
    m_review->setDate(initiative.reviewDate.value_or(m_start->date().addMonths(3)));
    m_outcome->setObjectName(QStringLiteral("csiOutcome"));
    m_outcome->setPlaceholderText(tr("What came of it, in words"));
    m_outcome->setMaximumHeight(80);

    auto row = [this](QWidget *check, QWidget *field, QWidget *extra = nullptr) {
        auto *w = new QWidget(this);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(check);
        l->addWidget(field, 1);
        if (extra)
            l->addWidget(extra);
        return w;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Measure it aims to move"), m_kpi);
    form->addRow(tr("Baseline"), row(m_hasBaseline, m_baseline, m_fill));
    form->addRow(QString(), m_fillNote);
    form->addRow(tr("Target"), row(m_hasTarget, m_target));
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Start date"), m_start);
    form->addRow(tr("Review date"), row(m_hasReview, m_review));
    form->addRow(tr("Outcome"), m_outcome);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("csiButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_title->text().trimmed().isEmpty()) {
            m_title->setFocus();
            m_fillNote->setText(tr("An initiative needs a title."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fill, &QPushButton::clicked, this, &CsiInitiativeDialog::fillBaseline);
    applyUnit();   // m_scale is 1 until here: from the stored values to what the lead reads and types
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &CsiInitiativeDialog::applyUnit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

CsiInitiativeDialog::~CsiInitiativeDialog()
{
    delete m_task;   // cancels a measurement in progress: closing the dialog never waits for it
}

CsiInitiative CsiInitiativeDialog::initiative() const
{
    CsiInitiative c = m_initiative;
    c.title = m_title->text().trimmed();
    c.kpiKey = m_kpi->currentData().toString();
    c.baseline = m_hasBaseline->isChecked() ? std::optional<double>(m_baseline->value() / m_scale) : std::nullopt;
    c.target = m_hasTarget->isChecked() ? std::optional<double>(m_target->value() / m_scale) : std::nullopt;
    c.owner = m_owner->text().trimmed();
    c.status = CsiStatus(m_status->currentData().toInt());
    c.startDate = m_start->date();
    c.reviewDate = m_hasReview->isChecked() ? std::optional<QDate>(m_review->date()) : std::nullopt;
    c.outcome = m_outcome->toPlainText().trimmed();
    return c;
}

void CsiInitiativeDialog::fillBaseline()
{
    if (m_task->isRunning())
        return;
    m_fill->setEnabled(false);
    m_fillNote->setText(tr("Measuring…"));
    const CsiInitiative c = initiative();
    const Store *store = &m_store;
    m_task->start(
        [store, c](TaskControl &control) {
            return measureInitiative(*store, c, PeriodKind::Month, QDate::currentDate(), control.cancelFlag());
        },
        [this](const Result<BeforeAfter> &result) {
            m_fill->setEnabled(true);
            bool ok = false;
            if (!result) {
                m_fillNote->setText(result.error().message);
            } else if (const BeforeAfter &ba = result.value(); ba.beforeValue()) {
                m_hasBaseline->setChecked(true);
                m_baseline->setValue(*ba.beforeValue() * m_scale);
                m_fillNote->setText(tr("The value in %1.").arg(ba.before->label));
                ok = true;
            } else {
                m_fillNote->setText(tr("There is no data for the month before the start date."));
            }
            emit baselineFilled(ok);
        });
}

} // namespace ft
