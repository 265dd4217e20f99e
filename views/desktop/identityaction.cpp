#include "desktop/identityaction.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ft {

IdentityAction::IdentityAction(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Who you are…"), this))
{
    setObjectName(QStringLiteral("identityAction"));
    m_action->setObjectName(QStringLiteral("actionWhoYouAre"));
    m_action->setStatusTip(tr("The name your actions are recorded under on the timeline"));
    connect(m_action, &QAction::triggered, this, &IdentityAction::ask);
}

QString IdentityAction::storedName()
{
    return QSettings().value(QLatin1String(settingsKey)).toString().trimmed();
}

void IdentityAction::ask()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("whoYouAreDialog"));
    dialog.setWindowTitle(tr("Who you are"));
    auto explanation = new QLabel(tr("Calls, promises, closures and checklist ticks are recorded under this name, "
                                     "so that the team sees who did what."),
                                  &dialog);
    explanation->setWordWrap(true);
    auto name = new QLineEdit(storedName(), &dialog);
    name->setObjectName(QStringLiteral("displayNameEdit"));
    name->setPlaceholderText(tr("e.g. Dana Kim"));
    auto form = new QFormLayout;
    form->addRow(tr("Your &name:"), name);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!name->text().trimmed().isEmpty());
    connect(name, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;
    QSettings().setValue(QLatin1String(settingsKey), name->text().trimmed());
    emit changed(name->text().trimmed());
}

} // namespace ft
