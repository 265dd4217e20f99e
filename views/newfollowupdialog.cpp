#include "newfollowupdialog.h"

#include "datetimeinput.h"
#include "desktop/accessibility.h"
#include "formhelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ft {

NewFollowUpDialog::NewFollowUpDialog(const Choices &choices, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_kind(form::kindCombo(this))
    , m_priority(form::priorityCombo(this))
    , m_requester(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_owner(form::textChoiceCombo(choices.owners, this))
    , m_team(form::textChoiceCombo(choices.teams, this))
    , m_category(form::textChoiceCombo(choices.categories, this))
    , m_promise(new QCheckBox(tr("Promise an &update by"), this))
    , m_due(new DateTimeInput(choices.zone, this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("newFollowUpDialog"));
    setWindowTitle(tr("New follow-up"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What the requester is waiting for"));
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Ticket number, if any"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_requester->setObjectName(QStringLiteral("requesterEdit"));
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_contact->setPlaceholderText(tr("Phone or email"));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_promise->setObjectName(QStringLiteral("promiseCheck"));
    m_promise->setChecked(true);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setTimestamp(choices.defaultPromise);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);

    auto promiseRow = new QHBoxLayout;
    promiseRow->addWidget(m_promise);
    promiseRow->addWidget(m_due, 1);
    auto form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Re&quester:"), m_requester);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("T&eam:"), m_team);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(promiseRow);
    form->addRow(tr("&Notes:"), m_notes);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_promise, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_due->setAccessibleName(tr("Promised update time"));
    a11y::nameFieldsFromLabels(this);
    m_title->setFocus();   // typing starts with the title, whatever the desktop's focus rules
    resize(520, sizeHint().height());
}

FollowUp NewFollowUpDialog::draft() const
{
    FollowUp f;
    f.title = m_title->text().trimmed();
    f.reference = m_reference->text().trimmed();
    f.kind = Kind(m_kind->currentData().toInt());
    f.priority = Priority(m_priority->currentData().toInt());
    f.requester = m_requester->text().trimmed();
    f.requesterContact = m_contact->text().trimmed();
    f.owner = m_owner->currentText().trimmed();
    f.team = m_team->currentText().trimmed();
    f.category = m_category->currentText().trimmed();
    f.notes = m_notes->toPlainText();
    if (m_promise->isChecked())
        f.nextUpdateDue = m_due->timestamp();
    return f;
}

} // namespace ft
