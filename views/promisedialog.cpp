#include "promisedialog.h"

#include "desktop/accessibility.h"
#include "promisechooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft {

PromiseDialog::PromiseDialog(const QString &followUpLabel, std::optional<Timestamp> current,
                             const BusinessCalendar &calendar, std::function<Timestamp()> clock, QWidget *parent)
    : QDialog(parent)
    , m_chooser(new PromiseChooser(current, calendar, std::move(clock), this))
{
    setObjectName(QStringLiteral("promiseDialog"));
    setWindowTitle(tr("Promise update"));
    auto heading = new QLabel(followUpLabel, this);
    heading->setObjectName(QStringLiteral("followUpLabel"));
    heading->setWordWrap(true);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Promise"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PromiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooser, &PromiseChooser::validityChanged, m_ok, &QWidget::setEnabled);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("Next update by:"), this));
    layout->addWidget(m_chooser);
    layout->addWidget(buttons);
    a11y::nameFieldsFromLabels(this);
    m_chooser->setFocus();
}

void PromiseDialog::accept()
{
    // The time may have passed while the dialog was open.
    if (m_chooser->isValid())
        QDialog::accept();
}

Timestamp PromiseDialog::due() const { return m_chooser->due(); }

} // namespace ft
