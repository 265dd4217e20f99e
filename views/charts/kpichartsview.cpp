#include "charts/kpichartsview.h"
#include "datetimeinput.h"

#include "charts/kpichartscale.h"
#include "charts/kpichartwidget.h"
#include "charts/kpisettingsdialog.h"
#include "charts/kpivalueformat.h"
#include "kpi/kpiworker.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <algorithm>
#include <QVBoxLayout>

namespace ft {

namespace {
QLabel *wrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}
} // namespace

KpiChartsView::KpiChartsView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_worker(new KpiWorker(store, this))
{
    setObjectName(QStringLiteral("kpiChartsView"));

    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("kpiPeriod"));
    m_period->addItem(tr("Week"), int(PeriodKind::Week));
    m_period->addItem(tr("Month"), int(PeriodKind::Month));
    m_period->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_period->setCurrentIndex(1);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("kpiFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("kpiTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(localDateFormat());
        // Without a floor, typing "2025" into the year passes through the years 2, 20 and 202, each a
        // valid date that started a computation of thousands of months before the year typed last
        // arrived. From 1970 on (as the CLI), a partly typed year is not a date yet.
        edit->setDateRange(QDate(1970, 1, 1), QDate(2100, 12, 31));
    }
    // Typed dates take effect a moment after the last key, without waiting for the field to lose focus.
    m_dateTyped = new QTimer(this);
    m_dateTyped->setSingleShot(true);
    m_dateTyped->setInterval(300);
    m_hours = new QComboBox;
    m_hours->setObjectName(QStringLiteral("kpiHours"));
    m_hours->addItem(tr("Calendar hours"));
    m_hours->addItem(tr("Business hours"));
    m_hours->setToolTip(tr("Business hours count only the working hours of the business calendar and leave out "
                           "time spent waiting on the requester or a vendor."));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("kpiStatus"));
    auto *save = new QPushButton(tr("Save chart…"));
    save->setObjectName(QStringLiteral("kpiSaveChart"));
    save->setToolTip(tr("Save the chart as a PNG picture or an SVG drawing"));

    auto *settings = new QPushButton(tr("Targets and calendar…"));
    settings->setObjectName(QStringLiteral("kpiSettings"));
    settings->setToolTip(tr("Set a target per KPI and the business calendar behind business hours"));

    auto *bar = new QHBoxLayout;
    const auto labelled = [bar](const QString &text, QWidget *w) {
        auto *label = new QLabel(text);
        label->setBuddy(w);
        bar->addWidget(label);
        bar->addWidget(w);
    };
    labelled(tr("&Period:"), m_period);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("&Hours:"), m_hours);
    m_limits = new QCheckBox(tr("&Limits"));
    m_limits->setObjectName(QStringLiteral("kpiShowLimits"));
    m_limits->setChecked(true);
    m_limits->setToolTip(tr("Show the limits of normal variation: points outside them, or long runs on one side of "
                            "the average, are signals rather than noise"));
    bar->addWidget(m_limits);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("kpiList"));
    for (const KpiInfo &info : kpiInfos()) {
        if (info.kpi == Kpi::MedianResolutionBh)
            continue;   // the hours choice switches to it
        auto *item = new QListWidgetItem(info.kpi == Kpi::MedianResolutionH ? tr("Median resolution time")
                                                                             : kpiLabel(info.kpi));
        item->setData(Qt::UserRole, int(info.kpi));
        item->setToolTip(kpiDefinition(info.kpi));
        m_list->addItem(item);
    }
    // Wide enough for the longest name in the user's language (German ones run long), so that
    // no name is cut and no sideways scroll bar appears.
    m_list->setMinimumWidth(std::max(200, m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth()
                                              + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent)));

    m_chart = new KpiChartWidget;

    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("kpiSidePanel"));
    auto *sideLayout = new QVBoxLayout(side);
    m_title = wrappingLabel(QStringLiteral("kpiTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_definition = wrappingLabel(QStringLiteral("kpiDefinition"));
    m_latest = wrappingLabel(QStringLiteral("kpiLatest"));
    m_target = wrappingLabel(QStringLiteral("kpiTarget"));
    m_initiatives = wrappingLabel(QStringLiteral("kpiInitiatives"));
    m_problems = wrappingLabel(QStringLiteral("kpiProblems"));
    m_signals = wrappingLabel(QStringLiteral("kpiSignals"));
    m_problems->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    const auto heading = [](const QString &text) {
        auto *label = new QLabel(text);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    sideLayout->addWidget(m_title);
    sideLayout->addWidget(m_definition);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(heading(tr("Latest period")));
    sideLayout->addWidget(m_latest);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(heading(tr("Target")));
    sideLayout->addWidget(m_target);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(heading(tr("Improvement initiatives")));
    sideLayout->addWidget(m_initiatives);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(heading(tr("Signal or noise")));
    sideLayout->addWidget(m_signals);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_problems);
    sideLayout->addStretch(1);
    // The texts scroll when a 768-pixel screen has no room for them all; the buttons stay. They
    // are here rather than in the bar above: in German the bar with them ran past a 1024-pixel screen.
    auto *sideScroll = new QScrollArea;
    sideScroll->setObjectName(QStringLiteral("kpiSideScroll"));
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *sideColumn = new QWidget;
    auto *sideColumnLayout = new QVBoxLayout(sideColumn);
    sideColumnLayout->setContentsMargins(0, 0, 0, 0);
    sideColumnLayout->addWidget(sideScroll, 1);
    sideColumnLayout->addWidget(settings);
    sideColumnLayout->addWidget(save);
    sideColumn->setMinimumWidth(210);
    sideColumn->setMaximumWidth(340);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("kpiSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_chart);
    splitter->addWidget(sideColumn);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // The range up to the last data; where it starts follows the KPI in view until the lead
    // chooses (defaultKpiRangeStart).
    QDate last = QDate::currentDate();
    if (auto span = kpiDataSpan(store); span && span.value()) {
        last = span.value()->last;
        m_dataFirst = span.value()->first;
    }
    m_updating = true;
    m_to->setDate(last);
    m_from->setDate(defaultKpiRangeStart(last, m_dataFirst, {}, m_kpi));
    m_updating = false;

    connect(m_period, &QComboBox::currentIndexChanged, this, &KpiChartsView::recompute);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_defaultRange = false;
            m_dateTyped->start();
        });
        // Enter or leaving the field: at once.
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_dateTyped->isActive()) {
                m_dateTyped->stop();
                recompute();
            }
        });
    }
    connect(m_dateTyped, &QTimer::timeout, this, &KpiChartsView::recompute);
    connect(m_hours, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setCurrentKpi(listedKpi());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            setCurrentKpi(listedKpi());
    });
    connect(save, &QPushButton::clicked, this, &KpiChartsView::saveChartAs);
    connect(m_limits, &QCheckBox::toggled, m_chart, &KpiChartWidget::setShowLimits);
    connect(settings, &QPushButton::clicked, this, [this] {
        KpiSettingsDialog dialog(m_store, this);
        dialog.showKpi(m_kpi);
        dialog.exec();
        if (dialog.changed())
            refresh();
    });
    connect(m_worker, &KpiWorker::finished, this, [this](quint64, const KpiTable &table) {
        m_history = table;
        m_table = table;
        const QDate from = m_from->date();
        m_table.rows.erase(std::remove_if(m_table.rows.begin(), m_table.rows.end(),
                                          [from](const KpiRow &r) { return r.period.endDay <= from; }),
                           m_table.rows.end());
        m_status->clear();
        showChart();
        emit computed();
    });
    connect(m_worker, &KpiWorker::failed, this, [this](quint64, const QString &message) {
        m_status->setText(tr("Could not compute the KPIs: %1").arg(message));
    });

    setCurrentKpi(Kpi::MedianResolutionH);
    refresh();
}

KpiChartsView::~KpiChartsView()
{
    // QWidget's destructor moves the focus away, and a date field then says editing finished: by then
    // this view is only a QWidget, so its handlers must no longer run.
    m_from->disconnect(this);
    m_to->disconnect(this);
}

Kpi KpiChartsView::listedKpi() const
{
    const QListWidgetItem *item = m_list->currentItem();
    const Kpi listed = item ? Kpi(item->data(Qt::UserRole).toInt()) : Kpi::MedianResolutionH;
    if (listed == Kpi::MedianResolutionH && m_hours->currentIndex() == 1)
        return Kpi::MedianResolutionBh;
    return listed;
}

void KpiChartsView::setCurrentKpi(Kpi kpi)
{
    m_kpi = kpi;
    m_updating = true;
    const Kpi listed = kpi == Kpi::MedianResolutionBh ? Kpi::MedianResolutionH : kpi;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toInt() == int(listed))
            m_list->setCurrentRow(row);
    }
    m_hours->setEnabled(kpiHoursCounterpart(kpi).has_value());
    if (kpiHoursCounterpart(kpi))
        m_hours->setCurrentIndex(kpiInfo(kpi).businessHours ? 1 : 0);
    m_updating = false;
    if (applyDefaultRange())
        recompute();
    showChart();
}

bool KpiChartsView::applyDefaultRange()
{
    if (!m_defaultRange)
        return false;
    const QDate from = defaultKpiRangeStart(m_to->date(), m_dataFirst, m_markers, m_kpi);
    if (from == m_from->date())
        return false;
    m_updating = true;
    m_from->setDate(from);
    m_updating = false;
    return true;
}

void KpiChartsView::setPeriodKind(PeriodKind kind) { m_period->setCurrentIndex(m_period->findData(int(kind))); }

void KpiChartsView::setRange(QDate from, QDate to)
{
    m_defaultRange = false;
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    recompute();
}

bool KpiChartsView::isComputing() const { return m_worker->isBusy(); }

void KpiChartsView::refresh()
{
    auto targets = listTargets(m_store);
    m_targets = targets ? targets.value() : QList<KpiTarget>();
    auto markers = listKpiMarkers(m_store);
    m_markers = markers ? markers.value() : QList<KpiMarker>();
    applyDefaultRange();
    recompute();
}

void KpiChartsView::recompute()
{
    if (m_updating)
        return;
    m_dateTyped->stop();
    KpiRequest request;
    request.by = PeriodKind(m_period->currentData().toInt());
    // From the first data on, so that the limits and the verdicts see every period before an
    // initiative; the chart shows the chosen range.
    request.from = m_dataFirst ? std::min(*m_dataFirst, m_from->date()) : m_from->date();
    request.to = std::max(m_from->date(), m_to->date());
    m_status->setText(tr("Computing…"));
    m_worker->request(request);
}

void KpiChartsView::showChart()
{
    m_chart->setData(m_kpi, m_table, m_targets, m_markers, m_history);
    updateSidePanel();
}

void KpiChartsView::updateSidePanel()
{
    m_title->setText(kpiLabel(m_kpi));
    m_definition->setText(kpiDefinition(m_kpi));

    // The latest complete period with a value against the one before it; the period not over yet
    // is said apart, as "so far" (SPEC §2).
    const auto &rows = m_table.rows;
    int latest = -1;
    for (int i = int(rows.size()) - 1; i >= 0 && latest < 0; --i) {
        if (rows.at(i).value(m_kpi) && !rows.at(i).partial)
            latest = i;
    }
    QString soFar;
    if (!rows.isEmpty() && rows.constLast().partial && rows.constLast().value(m_kpi))
        soFar = tr("So far in %1 (not over yet): %2, based on %3.")
                    .arg(rows.constLast().period.label, formatKpiValue(m_kpi, rows.constLast().value(m_kpi)))
                    .arg(rows.constLast().basisOf(m_kpi));
    if (latest < 0) {
        m_latest->setText(tr("No data in the chosen range."));
    } else {
        const KpiRow &row = rows.at(latest);
        QString text = tr("%1: %2 (based on %3)")
                           .arg(row.period.label, formatKpiValue(m_kpi, row.value(m_kpi)))
                           .arg(row.basisOf(m_kpi));
        if (latest > 0) {
            const KpiRow &before = rows.at(latest - 1);
            if (const auto previous = before.value(m_kpi))
                text += QLatin1Char('\n')
                        + tr("Previous period %1: %2; change %3")
                              .arg(before.period.label, formatKpiValue(m_kpi, previous),
                                   formatKpiChange(m_kpi, *previous, *row.value(m_kpi)));
            else
                text += QLatin1Char('\n') + tr("Previous period %1: no data").arg(before.period.label);
        }
        if (kpiRestsOnFew(m_kpi, row.basisOf(m_kpi)))
            text += QLatin1Char('\n') + tr("Too few items to judge.");
        m_latest->setText(text);
    }
    if (!soFar.isEmpty())
        m_latest->setText(m_latest->text() + QLatin1Char('\n') + soFar);

    const QDate day = rows.isEmpty() ? m_to->date() : rows.constLast().period.firstDay;
    if (const auto target = targetOn(m_targets, m_kpi, day)) {
        int met = 0;
        int counted = 0;
        for (const KpiRow &r : rows) {
            const auto t = targetOn(m_targets, m_kpi, r.period.firstDay);
            const auto v = r.value(m_kpi);
            if (!t || !v)
                continue;
            ++counted;
            if (t->higherIsBetter ? *v >= t->value : *v <= t->value)
                ++met;
        }
        m_target->setText(tr("%1 %2 since %3 (%4 is better).\nMet in %5 of %6 periods shown.")
                              .arg(target->higherIsBetter ? tr("At least") : tr("At most"),
                                   formatKpiValue(m_kpi, target->value),
                                   QLocale().toString(target->validFrom, QLocale::ShortFormat),
                                   target->higherIsBetter ? tr("higher") : tr("lower"))
                              .arg(met)
                              .arg(counted));
    } else {
        m_target->setText(tr("No target set for this KPI."));
    }

    QStringList initiatives;
    for (const KpiMarker &m : std::as_const(m_markers)) {
        if (m.kpi == m_kpi || kpiHoursCounterpart(m.kpi) == m_kpi)
            initiatives << tr("%1 — started %2").arg(m.title, QLocale().toString(m.startDate, QLocale::ShortFormat));
    }
    m_initiatives->setText(initiatives.isEmpty() ? tr("None for this KPI.") : initiatives.join(QLatin1Char('\n')));

    // Limits and signals of the periods shown, and each initiative's verdict (SPEC §2b).
    QStringList signalLines{m_chart->overlay().limitsSummary()};
    for (const KpiMarker &m : std::as_const(m_markers)) {
        if (m.kpi != m_kpi)
            continue;
        const auto target = targetOn(m_targets, m_kpi, m.startDate);
        const InitiativeVerdict v = judgeInitiative(m_history, m_kpi, m.startDate,
                                                    target ? target->higherIsBetter : kpiInfo(m_kpi).higherIsBetter);
        signalLines << tr("%1: %2").arg(m.title, verdictSentence(v));
    }
    m_signals->setText(signalLines.join(QLatin1Char('\n')));

    QStringList problems;
    for (const KpiDataProblem &p : m_table.problems)
        problems << p.description;
    m_problems->setText(problems.isEmpty() ? QString() : tr("Data problems:\n%1").arg(problems.join(QLatin1Char('\n'))));
}

QDate KpiChartsView::rangeFrom() const { return m_from->date(); }

QDate KpiChartsView::rangeTo() const { return m_to->date(); }

QString KpiChartsView::suggestedFileName() const
{
    QString name = kpiKey(m_kpi);
    if (!m_table.rows.isEmpty())
        name += QLatin1Char('_') + m_table.rows.constFirst().period.label + QStringLiteral("_to_")   // notr: file name
                + m_table.rows.constLast().period.label;
    return name + QStringLiteral(".png");
}

void KpiChartsView::saveChartAs()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QLatin1Char('/')
                              + suggestedFileName();
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save chart"), suggested,
                                                      tr("PNG picture (*.png);;SVG drawing (*.svg)"), &selected);
    if (file.isEmpty())
        return;
    if (auto saved = m_chart->saveTo(file); !saved)
        QMessageBox::warning(this, tr("Save chart"), saved.error().message);
}

} // namespace ft
