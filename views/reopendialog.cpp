#include "reopendialog.h"

#include "desktop/accessibility.h"
#include "promisechooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft {

ReopenDialog::ReopenDialog(const QString &followUpLabel, const BusinessCalendar &calendar, std::function<Timestamp()> clock,
                           QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_chooser(new PromiseChooser(std::nullopt, calendar, std::move(clock), this))
{
    setObjectName(QStringLiteral("reopenDialog"));
    setWindowTitle(tr("Reopen"));
    auto heading = new QLabel(followUpLabel, this);
    heading->setObjectName(QStringLiteral("followUpLabel"));
    heading->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("What the requester said is still not working"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Why it is reopened"));
    auto reasonLabel = new QLabel(tr("&Why is it reopened?"), this);
    reasonLabel->setBuddy(m_reason);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reopen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReopenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReopenDialog::updateOk);
    connect(m_chooser, &PromiseChooser::validityChanged, this, &ReopenDialog::updateOk);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(new QLabel(tr("Next update by:"), this));
    layout->addWidget(m_chooser);
    layout->addWidget(buttons);
    a11y::nameFieldsFromLabels(this);
    m_reason->setFocus();
    updateOk();
}

void ReopenDialog::updateOk() { m_ok->setEnabled(!reason().isEmpty() && m_chooser->isValid()); }

void ReopenDialog::accept()
{
    updateOk();
    if (m_ok->isEnabled())
        QDialog::accept();
}

QString ReopenDialog::reason() const { return m_reason->toPlainText().trimmed(); }
Timestamp ReopenDialog::nextUpdate() const { return m_chooser->due(); }

} // namespace ft
