#include "csi/csiregisterview.h"
#include "domain/dateformats.h"

#include "csi/csiinitiativedialog.h"
#include "csi/csiregister.h"
#include "kpi/kpicolumns.h"
#include "report/reportgatherer.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

namespace ft {

namespace {
PlainUnit unitOf(const QString &kpiKey)
{
    const auto kpi = kpiFromKey(kpiKey);
    return kpi ? plainKpi(*kpi).unit : PlainUnit::Count;
}
QString kpiName(const QString &kpiKey)
{
    const auto kpi = kpiFromKey(kpiKey);
    return kpi ? plainKpi(*kpi).name : kpiKey;
}
// Signal or noise in a few words, and the before / since averages over every whole month (SPEC §2b)
// in place of single months; a single month stays where the verdict has no averages.
QString csiVerdictCell(const BeforeAfter &ba, PlainUnit unit, QString &before, QString &since)
{
    if (!ba.verdict)
        return {};
    const InitiativeVerdict &v = *ba.verdict;
    if (v.averageBefore)
        before = QCoreApplication::translate("ft::CsiRegisterView", "%1 (average of %2)")
                     .arg(plainValue(*v.averageBefore, unit), periodCount(v.by, v.baselinePeriods));
    if (v.averageSince)
        since = QCoreApplication::translate("ft::CsiRegisterView", "%1 (average of %2)")
                    .arg(plainValue(*v.averageSince, unit), periodCount(v.by, v.periodsSinceStart));
    return verdictShort(v);   // the whole sentence, with the averages, in the cell's tooltip
}
QString dateText(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QLocale().toString(*d, dateformat::dayMonthYear()) : QString();
}
} // namespace

CsiRegisterView::CsiRegisterView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_done(new QPushButton(tr("Mark &done…"), this))
    , m_drop(new QPushButton(tr("D&rop…"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_fill(new QPushButton(tr("Fill &baseline from the data"), this))
{
    setObjectName(QStringLiteral("csiRegisterView"));
    m_table->setObjectName(QStringLiteral("csiTable"));
    m_note->setObjectName(QStringLiteral("csiNote"));
    m_add->setObjectName(QStringLiteral("csiAdd"));
    m_edit->setObjectName(QStringLiteral("csiEdit"));
    m_done->setObjectName(QStringLiteral("csiDone"));
    m_drop->setObjectName(QStringLiteral("csiDrop"));
    m_delete->setObjectName(QStringLiteral("csiDelete"));
    m_fill->setObjectName(QStringLiteral("csiFill"));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Initiative"), tr("Measure"), tr("Status"), tr("Started"), tr("Baseline"),
                                        tr("Before"), tr("Since"), tr("Signal or noise"), tr("Target"),
                                        tr("Target reached"), tr("Owner"), tr("Review")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_note->setWordWrap(true);
    m_note->setText(tr("Before: the average of the measure over the whole months before the start. Since: its "
                       "average over the whole months since. Signal or noise: whether the measure moved beyond its "
                       "normal variation since the start (see the KPI chart's limits)."));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_done, m_drop, m_delete, m_fill})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(m_add, &QPushButton::clicked, this, &CsiRegisterView::addInitiative);
    connect(m_edit, &QPushButton::clicked, this, &CsiRegisterView::editCurrent);
    connect(m_done, &QPushButton::clicked, this, [this] { closeCurrent(CsiStatus::Done); });
    connect(m_drop, &QPushButton::clicked, this, [this] { closeCurrent(CsiStatus::Dropped); });
    connect(m_delete, &QPushButton::clicked, this, &CsiRegisterView::deleteCurrent);
    connect(m_fill, &QPushButton::clicked, this, &CsiRegisterView::fillBaselineOfCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CsiRegisterView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CsiRegisterView::editCurrent);
    refresh();
}

CsiRegisterView::~CsiRegisterView()
{
    delete m_task;   // cancels a measurement in progress and waits while the table is still there
}

void CsiRegisterView::refresh()
{
    const qint64 keep = currentId();
    auto listed = CsiRegister(m_store).list();
    if (!listed) {
        showError(tr("Reading the register"), listed.error().message);
        return;
    }
    m_initiatives = *listed;
    m_measured.clear();
    fillTable();
    selectId(keep);
    updateButtons();
    measure();
}

qint64 CsiRegisterView::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_initiatives.size() && m_table->selectionModel()->hasSelection() ? m_initiatives.at(row).id : 0;
}

void CsiRegisterView::selectId(qint64 id)
{
    for (int row = 0; row < m_initiatives.size(); ++row) {
        if (m_initiatives.at(row).id == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void CsiRegisterView::fillTable()
{
    m_table->setRowCount(int(m_initiatives.size()));
    for (int row = 0; row < m_initiatives.size(); ++row) {
        const CsiInitiative &c = m_initiatives.at(row);
        const PlainUnit unit = unitOf(c.kpiKey);
        QString before = tr("measuring…"), since = tr("measuring…"), reached, verdict;
        if (row < m_measured.size()) {
            const BeforeAfter &ba = m_measured.at(row);
            before = ba.before ? tr("%1 (%2)").arg(plainValueOrDash(ba.beforeValue(), unit), ba.before->label)
                               : QString(QChar(0x2014));
            since = ba.after ? tr("%1 (%2)").arg(plainValueOrDash(ba.afterValue(), unit), ba.after->label) : tr("not yet");
            verdict = csiVerdictCell(ba, unit, before, since);
            reached = ba.reached == TargetReached::Yes ? tr("yes") : ba.reached == TargetReached::No ? (isClosedCsiStatus(c.status) ? tr("no") : tr("not yet")) : tr("not known");
        }
        const QStringList cells{c.title, kpiName(c.kpiKey), csiStatusLabel(c.status), dateText(c.startDate),
                                plainValueOrDash(c.baseline, unit), before, since, verdict,
                                plainValueOrDash(c.target, unit), reached, c.owner, dateText(c.reviewDate)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.value(col));
            if (col == Title && !c.outcome.isEmpty())
                item->setToolTip(tr("Outcome: %1").arg(c.outcome));
            if (col == Verdict && row < m_measured.size() && m_measured.at(row).verdict)
                item->setToolTip(initiativeVerdictText(*m_measured.at(row).verdict, unit));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
}

void CsiRegisterView::measure()
{
    // A newer list overtakes a measurement in flight: only the newest is shown.
    const Store *store = &m_store;
    const QList<CsiInitiative> list = m_initiatives;
    m_task->start(
        [store, list](TaskControl &control) {
            return measureInitiatives(*store, list, PeriodKind::Month, QDate::currentDate(), control.cancelFlag());
        },
        [this, list](const Result<QList<BeforeAfter>> &result) {
            if (result && list == m_initiatives) {
                m_measured = result.value();
                const qint64 keep = currentId();
                fillTable();
                selectId(keep);
            }
            emit measured();
        });
}

void CsiRegisterView::updateButtons()
{
    const bool selected = currentId() != 0;
    for (QPushButton *b : {m_edit, m_done, m_drop, m_delete, m_fill})
        b->setEnabled(selected);
}

void CsiRegisterView::showError(const QString &what, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, what, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("csiError"));
    box.exec();
}

void CsiRegisterView::addInitiative()
{
    CsiInitiative fresh;
    fresh.kpiKey = QStringLiteral("callbacks");
    fresh.startDate = QDate::currentDate();
    CsiInitiativeDialog dialog(m_store, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = CsiRegister(m_store).add(dialog.initiative());
    if (!added) {
        showError(tr("Adding the initiative"), added.error().message);
        return;
    }
    refresh();
    selectId(*added);
    emit changed();
}

void CsiRegisterView::editCurrent()
{
    const int row = m_table->currentRow();
    if (currentId() == 0)
        return;
    CsiInitiativeDialog dialog(m_store, m_initiatives.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = CsiRegister(m_store).update(dialog.initiative()); !saved) {
        showError(tr("Saving the initiative"), saved.error().message);
        return;
    }
    refresh();
    emit changed();
}

void CsiRegisterView::closeCurrent(CsiStatus status)
{
    const qint64 id = currentId();
    if (!id)
        return;
    bool ok = false;
    const QString outcome = QInputDialog::getMultiLineText(
        this, status == CsiStatus::Done ? tr("Mark as done") : tr("Drop the initiative"), tr("What came of it?"),
        m_initiatives.at(m_table->currentRow()).outcome, &ok);
    if (!ok)
        return;
    if (auto saved = CsiRegister(m_store).setStatus(id, status, outcome); !saved) {
        showError(tr("Closing the initiative"), saved.error().message);
        return;
    }
    refresh();
    emit changed();
}

void CsiRegisterView::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString title = m_initiatives.at(m_table->currentRow()).title;
    if (QMessageBox::question(this, tr("Delete the initiative"),
                              tr("Delete “%1” from the register? Marking it dropped keeps its history.").arg(title))
        != QMessageBox::Yes)
        return;
    if (auto removed = CsiRegister(m_store).remove(id); !removed) {
        showError(tr("Deleting the initiative"), removed.error().message);
        return;
    }
    refresh();
    emit changed();
}

void CsiRegisterView::fillBaselineOfCurrent()
{
    const qint64 id = currentId();
    const int row = m_table->currentRow();
    if (!id || row >= m_measured.size()) {
        m_note->setText(tr("The figures are still being measured; try again in a moment."));
        return;
    }
    const std::optional<double> before = m_measured.at(row).beforeValue();
    if (!before) {
        m_note->setText(tr("There is no data for the month before “%1” started.").arg(m_initiatives.at(row).title));
        return;
    }
    if (auto saved = CsiRegister(m_store).setBaseline(id, before); !saved) {
        showError(tr("Filling the baseline"), saved.error().message);
        return;
    }
    m_note->setText(tr("The baseline of “%1” is now its value in %2.")
                        .arg(m_initiatives.at(row).title, m_measured.at(row).before->label));
    refresh();
    emit changed();
}

} // namespace ft
