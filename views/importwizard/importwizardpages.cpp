#include "importwizardpages.h"

#include "importing/importer.h"
#include "importrunner.h"
#include "importstoredpreview.h"
#include "importwizard.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ft {

namespace {

constexpr int maxListedRejections = 500;

QLabel *wrappingLabel(QWidget *parent, const char *name)
{
    auto label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void listRejections(QListWidget *list, const importing::ImportReport &report)
{
    list->clear();
    for (const importing::RejectedRow &row : report.rejectedRows) {
        if (list->count() >= maxListedRejections) {
            list->addItem(QCoreApplication::translate("ft::ImportWizard", "… and %1 more")
                              .arg(report.rejectedRows.size() - maxListedRejections));
            break;
        }
        list->addItem(row.message);
    }
    list->setVisible(list->count() > 0);
}

} // namespace

QString describeReport(const importing::ImportReport &r)
{
    const QString what = r.profile == importing::Profile::Surveys
                             ? QCoreApplication::translate("ft::ImportWizard", "survey responses")
                             : QCoreApplication::translate("ft::ImportWizard", "follow-ups");
    QString text;
    if (r.dryRun) {
        text = QCoreApplication::translate("ft::ImportWizard",
                                           "<p>%1 rows read. Importing would <b>add %2</b> %3, <b>update %4</b>, "
                                           "leave %5 unchanged and <b>reject %6</b> rows.</p>")
                   .arg(r.rows)
                   .arg(r.added)
                   .arg(what)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(r.rejected);
    } else {
        text = QCoreApplication::translate("ft::ImportWizard",
                                           "<p>%1 rows read: <b>%2</b> %3 added, <b>%4</b> updated, %5 unchanged, "
                                           "<b>%6</b> rows rejected, in %7 s.</p>")
                   .arg(r.rows)
                   .arg(r.added)
                   .arg(what)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(r.rejected)
                   .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1);
    }
    text += QCoreApplication::translate("ft::ImportWizard", "<p>Dates read %1%2.</p>")
                .arg(importing::dateOrderLabel(r.dateOrder),
                     r.dateOrderAssumed ? QCoreApplication::translate(
                         "ft::ImportWizard", " (assumed: every date in the file fits either order)")
                                        : QString());
    text += QCoreApplication::translate("ft::ImportWizard", "<p>Text encoding: %1.</p>")
                .arg(encodingName(r.encoding).toHtmlEscaped());
    if (r.dataProblems > 0) {
        QStringList notes;
        for (const QString &note : r.dataProblemNotes)
            notes << note.toHtmlEscaped();
        text += QCoreApplication::translate("ft::ImportWizard",
                                            "<p><b>%1</b> contradictions in the source, imported as it has them:<br>%2</p>")
                    .arg(r.dataProblems)
                    .arg(notes.join(QStringLiteral("<br>")));
    }
    return text;
}

// ---- Step 1 ----

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_error(wrappingLabel(this, "importFileError"))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV export of your service desk (ServiceNow incidents or any other table), or survey "
                   "responses. Nothing is written until the last step."));
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("/path/to/export.csv"));
    auto browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto layout = new QVBoxLayout(this);
    auto label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);

    const QString last = QSettings().value(QStringLiteral("import/lastFolder")).toString();
    connect(browse, &QPushButton::clicked, this, [this, last] {
        const QString start = m_path->text().isEmpty() ? last : QFileInfo(m_path->text()).absolutePath();
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a CSV file"), start,
                                                          tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
}

bool ImportFilePage::isComplete() const { return !m_path->text().trimmed().isEmpty(); }

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    auto preview = m_wizard->loadPreview(path);
    if (!preview) {
        m_error->setText(preview.error().message);
        return false;
    }
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    return true;
}

// ---- Step 2 ----

ImportSettingsPage::ImportSettingsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_profile(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_dateNote(wrappingLabel(this, "importDateNote"))
    , m_rows(new QTableWidget(this))
{
    setObjectName(QStringLiteral("importSettingsPage"));
    setTitle(tr("How the file will be read"));
    m_profile->setObjectName(QStringLiteral("importProfile"));
    for (importing::Profile p : importing::allProfiles())
        m_profile->addItem(importing::profileLabel(p), int(p));
    m_dateOrder->setObjectName(QStringLiteral("importDateOrder"));
    m_dateOrder->addItem(tr("Detect from every date in the file"), -1);
    for (importing::DateOrder d : {importing::DateOrder::DayMonthYear, importing::DateOrder::MonthDayYear,
                                   importing::DateOrder::YearMonthDay})
        m_dateOrder->addItem(importing::dateOrderLabel(d), int(d));
    m_rows->setObjectName(QStringLiteral("importPreviewRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 6);

    auto form = new QFormLayout;
    form->addRow(tr("&Kind of file:"), m_profile);
    form->addRow(tr("&Dates:"), m_dateOrder);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_dateNote);
    layout->addSpacing(8);
    auto rowsLabel = new QLabel(tr("The first rows, as they will be read:"), this);
    layout->addWidget(rowsLabel);
    layout->addWidget(m_rows, 1);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] { describeDates(); });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { describeDates(); });
}

void ImportSettingsPage::initializePage()
{
    const auto &preview = m_wizard->preview();
    if (!preview)
        return;
    const importing::ImportOptions options = m_wizard->options();
    m_profile->setCurrentIndex(m_profile->findData(int(options.profile.value_or(preview->profile))));
    m_dateOrder->setCurrentIndex(options.dateOrder ? m_dateOrder->findData(int(*options.dateOrder)) : 0);
    setSubTitle(tr("%1 — detected: %2, separated by “%3”.")
                    .arg(QFileInfo(preview->file).fileName(), importing::profileLabel(preview->profile),
                         preview->separator == '\t' ? tr("tab") : QString(QLatin1Char(preview->separator))));
    m_rows->clear();
    m_rows->setColumnCount(int(preview->header.size()));
    m_rows->setRowCount(int(preview->rows.size()));
    m_rows->setHorizontalHeaderLabels(preview->header);
    for (int r = 0; r < preview->rows.size(); ++r) {
        const QStringList &row = preview->rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            QString text = row.at(c);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            m_rows->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_rows->resizeColumnsToContents();
    describeDates();
}

void ImportSettingsPage::describeDates()
{
    const auto &preview = m_wizard->preview();
    if (!preview)
        return;
    const int chosen = m_dateOrder->currentData().toInt();
    if (chosen < 0) {
        m_dateNote->setText(preview->dateOrder
                                ? tr("The first rows are written %1; the whole file is checked when importing.")
                                      .arg(importing::dateOrderLabel(*preview->dateOrder))
                                : tr("Every date in the first rows fits either order; the whole file is checked "
                                     "when importing (day first if it still cannot tell)."));
        return;
    }
    // Show how the first date of the first row reads in the chosen order.
    const auto order = importing::DateOrder(chosen);
    for (const QStringList &row : preview->rows) {
        for (const QString &cell : row) {
            if (auto t = importing::parseDateTime(cell, order, m_wizard->store().timeZone())) {
                const QDateTime local = QDateTime::fromSecsSinceEpoch(*t, m_wizard->store().timeZone());
                m_dateNote->setText(tr("“%1” reads as %2.").arg(cell, QLocale().toString(local, QLocale::LongFormat)));
                return;
            }
        }
    }
    m_dateNote->setText(tr("No date in the first rows reads in this order."));
}

bool ImportSettingsPage::validatePage()
{
    importing::ImportOptions &options = m_wizard->editOptions();
    options.profile = importing::Profile(m_profile->currentData().toInt());
    const int order = m_dateOrder->currentData().toInt();
    options.dateOrder = order < 0 ? std::nullopt : std::optional<importing::DateOrder>(importing::DateOrder(order));
    if (!takesMapping(*options.profile)) {
        options.mapping.clear();
        options.valueRules.clear();
    }
    return true;
}

int ImportSettingsPage::nextId() const
{
    return takesMapping(importing::Profile(m_profile->currentData().toInt())) ? ImportWizard::MappingPage
                                                                              : ImportWizard::DryRunPage;
}

// ---- Step 4 ----

ImportDryRunPage::ImportDryRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_skipBadRows(new QCheckBox(tr("&Skip bad rows (list them and import the others)"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(wrappingLabel(this, "importDryRunSummary"))
    , m_rejected(new QListWidget(this))
    , m_storedNote(wrappingLabel(this, "importStoredNote"))
    , m_stored(new QTableWidget(this))
{
    setObjectName(QStringLiteral("importDryRunPage"));
    m_stored->setObjectName(QStringLiteral("importStoredPreview"));
    m_stored->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stored->setSelectionMode(QAbstractItemView::NoSelection);
    m_stored->verticalHeader()->hide();
    setTitle(tr("What the import would do"));
    setSubTitle(tr("A trial run through the whole file; nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_skipBadRows->setObjectName(QStringLiteral("importSkipBadRows"));
    m_progress->setObjectName(QStringLiteral("importDryRunProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_summary->setTextFormat(Qt::RichText);
    m_rejected->setObjectName(QStringLiteral("importDryRunRejected"));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_skipBadRows);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_storedNote);
    layout->addWidget(m_stored, 2);

    connect(m_skipBadRows, &QCheckBox::toggled, this, [this] { runDryRun(); });
    connect(wizard->runner(), &ImportRunner::progressed, this, [this](int permille) {
        if (m_wizard->currentId() == ImportWizard::DryRunPage)
            m_progress->setValue(permille);
    });
    connect(wizard->runner(), &ImportRunner::finished, this,
            [this](bool ok, const importing::ImportReport &report, const QString &error, bool cancelled) {
                if (m_wizard->currentId() != ImportWizard::DryRunPage)
                    return;
                m_progress->setValue(1000);
                m_skipBadRows->setEnabled(true);
                if (ok) {
                    m_summary->setText(describeReport(report));
                    listRejections(m_rejected, report);
                    m_ready = true;
                } else {
                    m_summary->setText(cancelled ? tr("The trial run was cancelled.")
                                                 : tr("<p><b>The file cannot be imported as it is:</b></p><p>%1</p>"
                                                      "<p>Correct the file, pick other settings (Back), or skip bad "
                                                      "rows.</p>").arg(error.toHtmlEscaped()));
                    m_rejected->hide();
                }
                emit completeChanged();
            });
}

void ImportDryRunPage::initializePage()
{
    // The first rows as they will be stored, read at once; the whole file runs in the background.
    auto items = importing::previewFollowUps(m_wizard->path(), m_wizard->store().timeZone(), m_wizard->options());
    if (items) {
        m_storedNote->setText(tr("The first rows, as they will be stored:"));
        showStoredPreview(m_stored, items.value(), m_wizard->store().timeZone());
        m_stored->setVisible(!items.value().isEmpty());
    } else {
        m_storedNote->setText(items.error().message);
        m_stored->hide();
    }
    runDryRun();
}

void ImportDryRunPage::cleanupPage() { m_wizard->runner()->cancel(); }

void ImportDryRunPage::runDryRun()
{
    if (m_wizard->runner()->isRunning()) {
        m_wizard->runner()->cancel();
        // Started again once the current run has ended.
        connect(m_wizard->runner(), &ImportRunner::finished, this, [this] { runDryRun(); },
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    m_ready = false;
    emit completeChanged();
    m_progress->setValue(0);
    m_summary->setText(tr("Reading the whole file…"));
    m_rejected->clear();
    m_rejected->hide();
    m_skipBadRows->setEnabled(false);
    importing::ImportOptions options = m_wizard->options();
    options.dryRun = true;
    options.skipBadRows = m_skipBadRows->isChecked();
    m_wizard->editOptions().skipBadRows = options.skipBadRows;
    m_wizard->runner()->start(m_wizard->path(), options);
}

bool ImportDryRunPage::isComplete() const { return m_ready && !m_wizard->runner()->isRunning(); }

// ---- Step 5 ----

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_summary(wrappingLabel(this, "importRunSummary"))
    , m_rejected(new QListWidget(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("All or nothing: Cancel leaves the store as it was."));
    setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("importRunProgress"));
    m_progress->setRange(0, 1000);
    m_summary->setTextFormat(Qt::RichText);
    m_rejected->setObjectName(QStringLiteral("importRunRejected"));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addStretch(1);   // keeps the summary under the bar while the list is hidden

    connect(wizard->runner(), &ImportRunner::progressed, this, [this](int permille) {
        if (m_wizard->currentId() == ImportWizard::RunPage)
            m_progress->setValue(permille);
    });
    connect(wizard->runner(), &ImportRunner::finished, this,
            [this](bool ok, const importing::ImportReport &report, const QString &error, bool cancelled) {
                if (m_wizard->currentId() != ImportWizard::RunPage)
                    return;
                m_done = true;
                m_progress->setValue(1000);
                if (ok) {
                    setTitle(tr("Imported"));
                    setSubTitle(tr("Done: the follow-ups are in the store. Finish closes the wizard."));
                    m_summary->setText(describeReport(report));
                    listRejections(m_rejected, report);
                    emit m_wizard->imported(report);
                } else {
                    setTitle(cancelled ? tr("Cancelled") : tr("Not imported"));
                    setSubTitle(tr("Nothing was changed: the store is as it was."));
                    m_summary->setText(cancelled ? tr("The import was cancelled; the store is as it was.")
                                                 : tr("<p><b>Nothing was imported:</b></p><p>%1</p>")
                                                       .arg(error.toHtmlEscaped()));
                    m_rejected->hide();
                }
                m_wizard->button(QWizard::CancelButton)->setEnabled(false);
                emit completeChanged();
            });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_summary->setText(tr("Reading and writing…"));
    setSubTitle(tr("All or nothing: Cancel leaves the store as it was."));
    m_rejected->hide();
    importing::ImportOptions options = m_wizard->options();
    options.dryRun = false;
    m_wizard->runner()->start(m_wizard->path(), options);
}

bool ImportRunPage::isComplete() const { return m_done; }

} // namespace ft
