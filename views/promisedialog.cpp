#include "promisedialog.h"

#include "datetimeinput.h"
#include "desktop/accessibility.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft {

PromiseDialog::PromiseDialog(const QString &followUpLabel, Timestamp defaultPromise, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_due(new DateTimeInput(zone, this))
{
    setObjectName(QStringLiteral("promiseDialog"));
    setWindowTitle(tr("Promise update"));
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setTimestamp(defaultPromise);
    auto heading = new QLabel(followUpLabel, this);
    heading->setObjectName(QStringLiteral("followUpLabel"));
    heading->setWordWrap(true);
    auto form = new QFormLayout;
    form->addRow(tr("Next update &by:"), m_due);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Promise"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    a11y::nameFieldsFromLabels(this);
}

Timestamp PromiseDialog::due() const { return m_due->timestamp(); }

} // namespace ft
