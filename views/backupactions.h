#pragma once

#include "domain/error.h"
#include "threading/backgroundtask.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace ft {

class Store;

// File → Back up now… and File → Restore backup…: the dialogs around Store::backupTo,
// Store::checkBackup and Store::restoreFrom. Copies run off the GUI thread; a restore swaps the
// store's content on its own connection, after the lead confirmed what the backup holds.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(Store &store, QWidget *window);
    // Waits for a copy still running: it reads the store this object was given.
    ~BackupActions() override;

    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }

    // Asks where, then copies in the background; `finished` tells how it went.
    void backUpNow();
    // Asks for a backup, shows what it holds, asks to confirm, then restores.
    void restore();
    // The restore itself, without dialogs (tests; and the dialogs' last step). Returns the safety copy.
    Result<QString> restoreFile(const QString &file);

signals:
    // The store's content was replaced: every view must read it again, and undo history is void.
    void restored();
    // One line for the status bar.
    void finished(const QString &message);

private:
    Store &m_store;
    QWidget *m_window;
    QAction *m_backUpNow;
    QAction *m_restore;
    BackgroundTask *m_task = new BackgroundTask(this);
};

} // namespace ft
