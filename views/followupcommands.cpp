#include "followupcommands.h"

#include "checklist/checklistservice.h"
#include "checklists/closureprompt.h"
#include "domain/followupservice.h"
#include "followupundocommand.h"
#include "logcontactdialog.h"
#include "newfollowupdialog.h"
#include "promisedialog.h"
#include "reopendialog.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

namespace ft {

namespace {
// The window's words keep their translations where they were made before this class existed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::MainWindow)
};
} // namespace

FollowUpCommands::FollowUpCommands(const Store &store, FollowUpService &service, ChecklistService &checklists,
                                   QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_service(service)
    , m_checklists(checklists)
    , m_undoStack(undoStack)
    , m_window(window)
{
    setObjectName(QStringLiteral("followUpCommands"));
}

void FollowUpCommands::setActor(const QString &name)
{
    if (name.isEmpty())
        return;
    m_service.setActor(name);
    m_checklists.setActor(name);
}

void FollowUpCommands::setChoices(const QStringList &owners, const QStringList &teams, const QStringList &categories)
{
    m_owners = owners;
    m_teams = teams;
    m_categories = categories;
}

QString FollowUpCommands::labelOf(const FollowUp &f)
{
    return f.reference.isEmpty() ? f.title : Tr::tr("%1 “%2”").arg(f.reference, f.title);
}

bool FollowUpCommands::apply(const Result<Change> &result, const QString &label)
{
    if (!result) {
        if (result.error().code == Error::Code::Conflict)
            offerReload(label, result.error());
        else
            showError(label, result.error());
        return false;
    }
    const Change &change = result.value();
    if (!change.changes.isEmpty()) {
        const QString text = Tr::tr("%1: %2").arg(change.changes.description, label);
        m_undoStack->push(new FollowUpUndoCommand(
            m_service, change.changes, text, [this] { emit replayed(); },
            [this, label](const Error &error) {
                // Reported once the undo stack has finished with the command.
                QMetaObject::invokeMethod(this, [this, label, error] { showError(label, error); }, Qt::QueuedConnection);
            }));
    }
    emit done(change.id, Tr::tr("%1: done.").arg(change.changes.description.isEmpty() ? label : change.changes.description));
    return true;
}

void FollowUpCommands::showError(const QString &label, const Error &error)
{
    const QString title = label.isEmpty() ? Tr::tr("The change was not made") : Tr::tr("%1 was not changed").arg(label);
    QMessageBox box(QMessageBox::Warning, Tr::tr("FollowThrough"), title, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(error.message);
    box.exec();
}

void FollowUpCommands::offerReload(const QString &label, const Error &error)
{
    const QString title = label.isEmpty() ? Tr::tr("The change was not made") : Tr::tr("%1 was not changed").arg(label);
    QMessageBox box(QMessageBox::Warning, Tr::tr("FollowThrough"), title, QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("conflictMessage"));
    box.setInformativeText(error.message + QLatin1Char('\n') + QLatin1Char('\n')
                           + Tr::tr("Reload shows the follow-up as it is saved now and drops your unsaved edits of it; "
                                    "Cancel keeps your edits in the form."));
    QPushButton *reload = box.addButton(Tr::tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("conflictReload"));
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload)
        emit reloadRequested();
}

std::optional<FollowUp> FollowUpCommands::askNewFollowUp()
{
    NewFollowUpDialog::Choices choices;
    choices.owners = m_owners;
    choices.teams = m_teams;
    choices.categories = m_categories;
    choices.defaultPromise = m_service.defaultNextUpdate();
    choices.zone = m_store.timeZone();
    NewFollowUpDialog dialog(choices, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.draft();
}

bool FollowUpCommands::create(const FollowUp &draft) { return apply(m_service.create(draft), labelOf(draft)); }

void FollowUpCommands::logContact(const FollowUp &current)
{
    const QString label = labelOf(current);
    LogContactDialog dialog(label, m_service.defaultNextUpdate(), m_store.timeZone(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    apply(m_service.logContact(current.id, dialog.channel(), dialog.summary(), dialog.nextUpdate()), label);
}

void FollowUpCommands::promiseUpdate(const FollowUp &current)
{
    const QString label = labelOf(current);
    PromiseDialog dialog(label, current.nextUpdateDue, m_service.calendar(), [this] { return m_service.now(); }, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    apply(m_service.promiseUpdate(current.id, dialog.due()), label);
}

void FollowUpCommands::reopen(const FollowUp &current)
{
    const QString label = labelOf(current);
    ReopenDialog dialog(label, m_service.calendar(), [this] { return m_service.now(); }, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    apply(m_service.reopen(current.id, dialog.reason(), dialog.nextUpdate(), SeenState{current.rowVersion, current.status}),
          label);
}

void FollowUpCommands::requestClosure(FollowUpId id, Status to, const QString &label, std::optional<SeenState> seen)
{
    // The checklist rule lives in the domain; asking first only lets the lead see the items
    // and give an override reason or acknowledge advisories before the service decides.
    CloseRequest request;
    if (auto check = m_checklists.closureCheck(id); check) {
        auto asked = askCloseRequest(m_window, check.value(), label.isEmpty() ? Tr::tr("This follow-up") : label,
                                     to == Status::Closed);
        if (!asked)
            return;
        request = *asked;
    }
    request.seen = seen;
    apply(m_service.changeStatus(id, to, request), label);
}

} // namespace ft
