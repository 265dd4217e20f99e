#include "movetoserverdialog.h"

#include "store/postgres/serveraddress.h"
#include "store/store.h"
#include "threading/backgroundtask.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ft {

namespace {
bool isUrlAddress(const QString &text)
{
    return isServerAddress(text) && !text.startsWith(QLatin1String("service="));
}
} // namespace

MoveToServerDialog::MoveToServerDialog(const Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_chooseFile(new QPushButton(tr("Store &file…"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_copy(m_buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole))
    , m_open(m_buttons->addButton(tr("&Open it now"), QDialogButtonBox::AcceptRole))
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("moveToServerDialog"));
    setWindowTitle(tr("Move this register to a server"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("postgresql://user@host:5432/database or service=NAME"));
    m_address->setClearButtonEnabled(true);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    m_password->setToolTip(tr("Used for this copy and for opening the register on the server; never saved"));
    m_chooseFile->setObjectName(QStringLiteral("chooseFileButton"));
    m_chooseFile->setToolTip(tr("Copy into a new store file instead of a server"));
    m_progress->setObjectName(QStringLiteral("copyProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_message->setObjectName(QStringLiteral("copyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setVisible(false);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto *note = new QLabel(tr("Everything in this register — follow-ups, their timelines, checklists, surveys, "
                               "targets, initiatives, the calendar and settings — is copied into an empty store on "
                               "the server, in one step: it arrives whole or not at all. The file %1 stays as it is; "
                               "nothing is deleted from it.")
                                .arg(QDir::toNativeSeparators(m_store.path())),
                            this);
    note->setObjectName(QStringLiteral("moveNote"));
    note->setWordWrap(true);

    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_chooseFile);
    auto *addressLabel = new QLabel(tr("Server &address:"), this);
    addressLabel->setBuddy(m_address);
    auto *form = new QFormLayout;
    form->addRow(addressLabel, addressRow);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_address, &QLineEdit::textChanged, this, &MoveToServerDialog::updateButtons);
    connect(m_copy, &QPushButton::clicked, this, &MoveToServerDialog::startCopy);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_openAddress = m_copiedTo;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveToServerDialog::reject);
    connect(m_chooseFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Copy into a new store file"),
                                                          QFileInfo(m_store.path()).absolutePath(),
                                                          tr("FollowThrough stores (*.sqlite)"));
        if (!file.isEmpty())
            m_address->setText(file);
    });
    connect(m_task, &BackgroundTask::progressed, m_progress, &QProgressBar::setValue);
    updateButtons();
}

MoveToServerDialog::~MoveToServerDialog()
{
    delete m_task;   // a copy still running stops (rolled back) before the store it reads goes
}

bool MoveToServerDialog::isCopying() const { return m_copying; }

QString MoveToServerDialog::target() const
{
    const QString address = m_address->text().trimmed();
    if (m_password->text().isEmpty() || !isUrlAddress(address))
        return address;
    QUrl url(address, QUrl::StrictMode);
    url.setPassword(m_password->text(), QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

void MoveToServerDialog::updateButtons()
{
    const bool copying = isCopying();
    const QString address = m_address->text().trimmed();
    m_address->setEnabled(!copying);
    m_chooseFile->setEnabled(!copying);
    // A service takes its password from pg_service.conf or ~/.pgpass; a file has none.
    m_password->setEnabled(!copying && isUrlAddress(address));
    m_copy->setEnabled(!copying && !address.isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(copying ? tr("Cancel") : tr("Close"));
}

void MoveToServerDialog::startCopy()
{
    if (isCopying() || m_address->text().trimmed().isEmpty())
        return;
    const QString to = target();
    const QString name = storecopy::displayName(to);
    m_open->setVisible(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_message->setText(tr("Copying to %1…").arg(name));
    const Store *store = &m_store;
    m_copying = true;
    m_task->start(
        [store, to](TaskControl &control) -> Result<CopyFacts> {
            ScopedConnection source(*store);   // the window keeps its own connection
            if (!source.isOpen())
                return Error::failed(tr("Nothing was copied: %1 cannot be read (%2).").arg(store->path(), source.errorText()));
            return copyStoreTo(source.connection(), to,
                               [&control](qint64 done, qint64 total) { return control.progress(done, total); });
        },
        [this, name](const Result<CopyFacts> &copied) { finish(copied, name); });
    updateButtons();
}

void MoveToServerDialog::finish(const Result<CopyFacts> &copied, const QString &targetName)
{
    m_copying = false;
    m_progress->setVisible(false);
    updateButtons();
    QString message;
    if (copied) {
        m_copiedTo = target();
        message = tr("Copied %1 rows to %2. %3 stays as it is.")
                      .arg(QLocale().toString(copied->totalRows()), targetName, QDir::toNativeSeparators(m_store.path()));
        m_open->setText(isServerAddress(m_copiedTo) ? tr("&Open the register on the server") : tr("&Open the copy"));
        m_open->setVisible(true);
        m_open->setDefault(true);
    } else {
        message = copied.error().message;
    }
    m_message->setText(message);
    adjustSize();   // the message may take several lines
    emit copyEnded(copied.ok(), message);
}

void MoveToServerDialog::reject()
{
    if (!isCopying()) {
        QDialog::reject();
        return;
    }
    // Cancel: the copy stops at its next row and rolls back; the dialog stays to say so.
    m_message->setText(tr("Cancelling: nothing is kept on the target…"));
    m_task->requestStop();
}

} // namespace ft
