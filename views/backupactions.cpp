#include "backupactions.h"

#include "store/backuprotation.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>
#include <memory>

namespace ft {

BackupActions::BackupActions(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_backUpNow(new QAction(tr("&Back up now…"), this))
    , m_restore(new QAction(tr("&Restore backup…"), this))
{
    m_backUpNow->setObjectName(QStringLiteral("actionBackUpNow"));
    m_backUpNow->setStatusTip(tr("Write a copy of the whole store to a file of your choice"));
    m_restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    m_restore->setStatusTip(tr("Replace the store with a backup; the store as it is now is kept as a copy"));
    // A register on a server (SPEC §6) is backed up by the server; File → Move this register… copies
    // it into a file when one is wanted.
    if (store.isOnServer()) {
        for (QAction *action : {m_backUpNow, m_restore}) {
            action->setEnabled(false);
            action->setStatusTip(tr("This register is on a server: its backups are the server's"));
        }
    }
    connect(m_backUpNow, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
}

BackupActions::~BackupActions()
{
    delete m_task;   // a backup in progress ends before the store it reads goes
}

void BackupActions::backUpNow()
{
    const BackupRotation rotation(m_store.path());
    QDir().mkpath(rotation.folder());
    const QString suggested = QFileInfo(rotation.safetyCopyPath()).fileName().replace(QStringLiteral("-before-restore-"),
                                                                                      QStringLiteral("-"));
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Back up the store"),
                                                      rotation.folder() + QLatin1Char('/') + suggested,
                                                      tr("FollowThrough stores (*.sqlite)"));
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file) && !QFile::remove(file)) {   // the dialog already asked to replace it
        emit finished(tr("The backup was not written: %1 cannot be replaced.").arg(file));
        return;
    }
    m_backUpNow->setEnabled(false);
    emit finished(tr("Backing up to %1…").arg(file));
    // The copy reads on a connection of its own: the window stays usable, even for a large store.
    Store *store = &m_store;
    m_task->start([store, file](TaskControl &) { return store->backupTo(file); },
                  [this, file](const Result<void> &outcome) {
                      m_backUpNow->setEnabled(true);
                      emit finished(outcome.ok() ? tr("Backed up to %1.").arg(file) : outcome.error().message);
                  });
}

void BackupActions::restore()
{
    const BackupRotation rotation(m_store.path());
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore a backup"), rotation.folder(),
                                                      tr("FollowThrough stores (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    // Check first, and say what it holds, before anything is replaced.
    auto facts = Store::checkBackup(file);
    if (!facts) {
        QMessageBox box(QMessageBox::Warning, tr("Restore backup"), tr("This file cannot be restored."),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("restoreRefusedMessage"));
        box.setInformativeText(facts.error().message);
        box.exec();
        return;
    }
    const QLocale locale;
    QMessageBox confirm(QMessageBox::Question, tr("Restore backup"),
                        tr("Replace everything in the store with this backup?"), QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("restoreConfirmMessage"));
    confirm.setInformativeText(
        tr("%1\nwritten %2, holds %n follow-up(s).\n\nThe store as it is now is kept as a copy in %3.", nullptr,
           int(facts->followUps))
            .arg(QDir::toNativeSeparators(file),
                 locale.toString(QFileInfo(file).lastModified(), QLocale::LongFormat),
                 QDir::toNativeSeparators(rotation.folder())));
    QPushButton *restoreButton = confirm.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != reinterpret_cast<QAbstractButton *>(restoreButton))
        return;

    auto restoredTo = restoreFile(file);
    if (!restoredTo) {
        QMessageBox box(QMessageBox::Critical, tr("Restore backup"), tr("The backup was not restored."),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("restoreFailedMessage"));
        box.setInformativeText(restoredTo.error().message);
        box.exec();
    }
}

Result<QString> BackupActions::restoreFile(const QString &file)
{
    const BackupRotation rotation(m_store.path());
    if (!QDir().mkpath(rotation.folder()))
        return Error::failed(tr("Cannot create the backup folder %1").arg(rotation.folder()));
    const QString safety = rotation.safetyCopyPath();
    auto facts = m_store.restoreFrom(file, safety);
    if (!facts)
        return facts.error();
    emit restored();
    emit finished(tr("Restored %1; the store as it was is kept in %2.").arg(file, safety));
    return safety;
}

} // namespace ft
