#include "logcontactdialog.h"

#include "datetimeinput.h"
#include "desktop/accessibility.h"
#include "formhelpers.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ft {

LogContactDialog::LogContactDialog(const QString &followUpLabel, Timestamp defaultPromise, const QTimeZone &zone,
                                   QWidget *parent)
    : QDialog(parent)
    , m_channel(form::channelCombo(this))
    , m_summary(new QPlainTextEdit(this))
    , m_promise(new QCheckBox(tr("Promise the next &update by"), this))
    , m_due(new DateTimeInput(zone, this))
    , m_problem(new QLabel(tr("That time has passed: promise a time still ahead."), this))
{
    setObjectName(QStringLiteral("logContactDialog"));
    setWindowTitle(tr("Log contact"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("What was said or agreed"));
    m_summary->setTabChangesFocus(true);
    m_promise->setObjectName(QStringLiteral("promiseCheck"));
    m_promise->setChecked(true);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    // A promise is a time still ahead: an overdue one is never offered again (the field starts at the
    // first minute it allows).
    m_due->setMinimumTimestamp(QDateTime::currentSecsSinceEpoch() + 60);
    m_due->setTimestamp(defaultPromise);
    connect(m_promise, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto heading = new QLabel(followUpLabel, this);
    heading->setObjectName(QStringLiteral("followUpLabel"));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto promiseRow = new QHBoxLayout;
    promiseRow->addWidget(m_promise);
    promiseRow->addWidget(m_due, 1);
    auto form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(promiseRow);
    form->addRow(m_problem);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log contact"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_due->setAccessibleName(tr("Promised update time"));
    a11y::nameFieldsFromLabels(this);
    m_summary->setFocus();
    resize(500, 300);
}

Channel LogContactDialog::channel() const { return Channel(m_channel->currentData().toInt()); }
QString LogContactDialog::summary() const { return m_summary->toPlainText().trimmed(); }

bool LogContactDialog::promiseIsAhead() const
{
    return !m_promise->isChecked() || m_due->timestamp() > QDateTime::currentSecsSinceEpoch();
}

void LogContactDialog::accept()
{
    if (!promiseIsAhead()) {
        m_problem->show();
        return;
    }
    QDialog::accept();
}

std::optional<Timestamp> LogContactDialog::nextUpdate() const
{
    if (!m_promise->isChecked())
        return std::nullopt;
    return m_due->timestamp();
}

} // namespace ft
