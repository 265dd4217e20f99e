#include "closureprompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft {

namespace {

QString bulleted(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &i : items)
        html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

OverrideReasonDialog::OverrideReasonDialog(const QStringList &items, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("overrideReasonDialog"));
    setWindowTitle(tr("Override the checklist"));
    auto layout = new QVBoxLayout(this);
    auto intro = new QLabel(tr("<p>These required items stay unchecked:</p>%1<p>Write why the work can close anyway. "
                               "The reason, your name and the time go on the timeline, and this follow-up counts as "
                               "not compliant.</p>")
                                .arg(bulleted(items)),
                            this);
    intro->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("e.g. The user is on leave; her manager confirmed it works."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Override"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 320);
}

QString OverrideReasonDialog::reason() const { return m_reason->toPlainText().trimmed(); }

std::optional<CloseRequest> askCloseRequest(QWidget *parent, const ClosureCheck &check, const QString &label, bool closing)
{
    if (check.blocks()) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Closure checklist"),
                        closing ? QObject::tr("%1 cannot be closed yet.").arg(label)
                                : QObject::tr("%1 cannot be resolved yet.").arg(label),
                        QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("checklistRefusal"));
        box.setInformativeText(QObject::tr("These required checklist items are not checked:%1Check them in the follow-up "
                                           "panel, or override with a written reason.")
                                   .arg(bulleted(check.requiredUnchecked)));
        QPushButton *override = box.addButton(QObject::tr("Override…"), QMessageBox::AcceptRole);
        override->setObjectName(QStringLiteral("overrideButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != override)
            return std::nullopt;
        OverrideReasonDialog dialog(check.requiredUnchecked, parent);
        if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
            return std::nullopt;
        return CloseRequest{dialog.reason(), true};
    }
    if (check.warns()) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Closure checklist"),
                        QObject::tr("%1 has advisory checklist items that are not checked.").arg(label),
                        QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("checklistAdvisory"));
        box.setInformativeText(QObject::tr("%1They do not block closing, but skipped checks are where callbacks come from.")
                                   .arg(bulleted(check.advisoryUnchecked)));
        QPushButton *anyway = box.addButton(closing ? QObject::tr("Close anyway") : QObject::tr("Resolve anyway"),
                                            QMessageBox::AcceptRole);
        anyway->setObjectName(QStringLiteral("closeAnywayButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return std::nullopt;
        return CloseRequest{{}, true};
    }
    return CloseRequest{};
}

} // namespace ft
