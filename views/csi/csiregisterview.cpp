#include "csi/csiregisterview.h"

#include "csi/csiinitiativedialog.h"
#include "report/reportgatherer.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

namespace ft {

CsiRegisterView::CsiRegisterView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new CsiRegisterModel(store, this))
    , m_table(new QTableView(this))
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

    m_model->setObjectName(QStringLiteral("csiModel"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CsiRegisterModel::Title, QHeaderView::Stretch);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CsiRegisterView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &CsiRegisterView::editCurrent);
    refresh();
}

CsiRegisterView::~CsiRegisterView()
{
    delete m_task;   // cancels a measurement in progress and waits while the table is still there
}

void CsiRegisterView::refresh()
{
    const qint64 keep = currentId();
    if (auto read = m_model->reload(); !read) {
        showError(tr("Reading the register"), read.error().message);
        return;
    }
    fitColumns();
    selectId(keep);
    updateButtons();
    measure();
}

int CsiRegisterView::currentRow() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() && m_table->selectionModel()->hasSelection() ? row : -1;
}

qint64 CsiRegisterView::currentId() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->initiatives().at(row).id : 0;
}

void CsiRegisterView::selectId(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->selectRow(row);
}

void CsiRegisterView::fitColumns()
{
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CsiRegisterModel::Title, QHeaderView::Stretch);
}

void CsiRegisterView::measure()
{
    // A newer list overtakes a measurement in flight: only the newest is shown.
    const Store *store = &m_store;
    const QList<CsiInitiative> list = m_model->initiatives();
    m_task->start(
        [store, list](TaskControl &control) {
            return measureInitiatives(*store, list, PeriodKind::Month, QDate::currentDate(), control.cancelFlag());
        },
        [this, list](const Result<QList<BeforeAfter>> &result) {
            if (result && list == m_model->initiatives()) {
                m_model->setMeasured(result.value());
                fitColumns();
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
    auto added = m_model->add(dialog.initiative());
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
    const int row = currentRow();
    if (row < 0)
        return;
    CsiInitiativeDialog dialog(m_store, m_model->initiatives().at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = m_model->update(dialog.initiative()); !saved) {
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
        m_model->initiatives().at(currentRow()).outcome, &ok);
    if (!ok)
        return;
    if (auto saved = m_model->setStatus(id, status, outcome); !saved) {
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
    const QString title = m_model->initiatives().at(currentRow()).title;
    if (QMessageBox::question(this, tr("Delete the initiative"),
                              tr("Delete “%1” from the register? Marking it dropped keeps its history.").arg(title))
        != QMessageBox::Yes)
        return;
    if (auto removed = m_model->remove(id); !removed) {
        showError(tr("Deleting the initiative"), removed.error().message);
        return;
    }
    refresh();
    emit changed();
}

void CsiRegisterView::fillBaselineOfCurrent()
{
    const qint64 id = currentId();
    const int row = currentRow();
    const QList<BeforeAfter> &measured = m_model->measured();
    if (!id || row >= measured.size()) {
        m_note->setText(tr("The figures are still being measured; try again in a moment."));
        return;
    }
    const std::optional<double> before = measured.at(row).beforeValue();
    if (!before) {
        m_note->setText(tr("There is no data for the month before “%1” started.").arg(m_model->initiatives().at(row).title));
        return;
    }
    if (auto saved = m_model->setBaseline(id, before); !saved) {
        showError(tr("Filling the baseline"), saved.error().message);
        return;
    }
    m_note->setText(tr("The baseline of “%1” is now its value in %2.")
                        .arg(m_model->initiatives().at(row).title, measured.at(row).before->label));
    refresh();
    emit changed();
}

} // namespace ft
