#include "checklisteffectdialog.h"
#include "datetimeinput.h"

#include "checklisteffectmodel.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace ft {

namespace {

enum Preset { Last3Months, Last12Months, ThisYear, Everything, Custom };

QLabel *card(const QString &name, QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(10);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMinimumHeight(110);
    return label;
}

QString percent(std::optional<double> rate)
{
    return rate ? QStringLiteral("%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1)) : QStringLiteral("—");
}

QString cardText(const QString &title, const CallbackGroup &g)
{
    const QLocale locale;
    if (g.resolved == 0)
        return QObject::tr("<b>%1</b><br><span style='font-size:20pt'>—</span><br>No follow-ups in this period.").arg(title);
    return QObject::tr("<b>%1</b><br><span style='font-size:20pt'>%2</span> called back<br>%3 of %4 follow-ups came back "
                       "after they were resolved.")
        .arg(title, percent(g.rate()), locale.toString(g.calledBack), locale.toString(g.resolved));
}

} // namespace

ChecklistEffectDialog::ChecklistEffectDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ChecklistEffectModel(this))
{
    setObjectName(QStringLiteral("checklistEffectDialog"));
    setWindowTitle(tr("Checklist effect"));
    m_model->setObjectName(QStringLiteral("checklistEffectModel"));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItems({tr("Last 3 months"), tr("Last 12 months"), tr("This year"), tr("Everything"), tr("Chosen dates")});
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(localDateFormat());
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(localDateFormat());
    auto period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Resolved in:"), this));
    period->addWidget(m_preset);
    period->addWidget(new QLabel(tr("from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();

    m_complete = card(QStringLiteral("completeCard"), this);
    m_incomplete = card(QStringLiteral("incompleteCard"), this);
    auto cards = new QHBoxLayout;
    cards->addWidget(m_complete, 1);
    cards->addWidget(m_incomplete, 1);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("effectHeadline"));
    m_headline->setWordWrap(true);
    m_compliance = new QLabel(this);
    m_compliance->setObjectName(QStringLiteral("complianceText"));
    m_compliance->setWordWrap(true);

    auto proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ChecklistEffectModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("effectTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);   // the order the figures come in: most callbacks after skipping first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // The item's words matter most: they get the room, the figures keep to their contents.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistEffectModel::ItemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);

    auto explain = new QLabel(tr("A callback is a follow-up reopened after it was resolved. “Complete” means every "
                                 "checklist item was checked and nothing was overridden."),
                              this);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addLayout(cards);
    layout->addWidget(m_headline);
    layout->addWidget(m_compliance);
    layout->addWidget(new QLabel(tr("<b>Which skipped items were followed by callbacks</b>"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(explain);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::activated, this, &ChecklistEffectDialog::applyPreset);
    const auto edited = [this] {
        m_preset->setCurrentIndex(Custom);
        recompute();
    };
    connect(m_from, &QDateEdit::userDateChanged, this, edited);
    connect(m_to, &QDateEdit::userDateChanged, this, edited);
    m_preset->setCurrentIndex(Last12Months);
    applyPreset(Last12Months);
    resize(1240, 680);
}

ChecklistEffectDialog::~ChecklistEffectDialog()
{
    delete m_task;   // cancels and waits while the store and the widgets are still there
}

void ChecklistEffectDialog::applyPreset(int index)
{
    const QDate today = QDate::currentDate();
    QDate from;
    switch (index) {
    case Last3Months: from = today.addMonths(-3).addDays(1); break;
    case Last12Months: from = today.addYears(-1).addDays(1); break;
    case ThisYear: from = QDate(today.year(), 1, 1); break;
    case Everything: from = QDate(1970, 1, 1); break;
    default: return;
    }
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(today);
    recompute();
}

void ChecklistEffectDialog::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
        m_preset->setCurrentIndex(Custom);
    }
    recompute();
}

QString ChecklistEffectDialog::summaryText() const
{
    return QStringList{m_complete->text(), m_incomplete->text(), m_headline->text(), m_compliance->text()}.join(QLatin1Char('\n'));
}

void ChecklistEffectDialog::recompute()
{
    const QTimeZone zone = m_store.timeZone();
    const Timestamp from = QDateTime(m_from->date(), QTime(0, 0), zone).toSecsSinceEpoch();
    const Timestamp to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    m_headline->setText(tr("Reading the store…"));
    Store *store = &m_store;
    // A newer period overtakes the answer in flight: only the newest is shown.
    m_task->start([store, from, to](TaskControl &) { return computeChecklistEffect(*store, from, to); },
                  [this](const Result<ChecklistEffect> &effect) {
                      showEffect(effect);
                      emit computed();
                  });
}

void ChecklistEffectDialog::showEffect(const Result<ChecklistEffect> &effect)
{
    if (!effect) {
        m_headline->setText(effect.error().message);
        return;
    }
    const ChecklistEffect &e = effect.value();
    m_model->setEffect(e);
    m_complete->setText(cardText(tr("Resolved with a complete checklist"), e.complete));
    m_incomplete->setText(cardText(tr("Resolved with checks skipped or overridden"), e.incomplete));
    const auto a = e.complete.rate();
    const auto b = e.incomplete.rate();
    if (!a || !b)
        m_headline->setText(tr("There is nothing to compare yet: this period needs follow-ups resolved both ways."));
    else if (*a > 0 && *b > *a)
        m_headline->setText(tr("Skipping checks went with %1 times as many callbacks.").arg(QLocale().toString(*b / *a, 'f', 1)));
    else if (*b > *a)
        m_headline->setText(tr("Only follow-ups with checks skipped were called back."));
    else
        m_headline->setText(tr("Skipping checks did not go with more callbacks in this period."));
    const QLocale locale;
    m_compliance->setText(e.withChecklist == 0
                              ? tr("Checklist compliance: no follow-up with a checklist was resolved in this period.")
                              : tr("Checklist compliance: %1 — %2 of %3 follow-ups with a checklist were resolved with "
                                   "every required item checked and no override.")
                                    .arg(percent(e.complianceRate()), locale.toString(e.compliant),
                                         locale.toString(e.withChecklist)));
}

} // namespace ft
