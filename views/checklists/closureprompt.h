#pragma once

#include "domain/change.h"
#include "domain/closurecheck.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace ft {

// Asks the lead what closing needs, before FollowUpService is asked to resolve or close:
// required items unchecked → the items by name and "Override…" (a written reason, required);
// only advisory items unchecked → a warning with "Resolve anyway" / "Close anyway".
// Returns the request to send, or nothing when the lead cancels. The rule itself stays in the
// domain layer: this only explains it and collects the reason.
std::optional<CloseRequest> askCloseRequest(QWidget *parent, const ClosureCheck &check, const QString &label, bool closing);

// A reason for closing with required checklist items unchecked; OK only with some text.
class OverrideReasonDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideReasonDialog(const QStringList &items, QWidget *parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace ft
