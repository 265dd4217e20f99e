#pragma once

#include "domain/error.h"
#include "store/storecopy.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ft {

class BackgroundTask;
class Store;

// File → Move this register to a server…: copies the whole store (copyStoreTo) into an empty store on a
// PostgreSQL server, or into a new store file, on a worker thread with progress and Cancel; the window
// never waits. The password typed is used for this copy and the reopening only, never saved. After a
// copy it offers to open the register there (openAddress()); the current file stays as it is.
class MoveToServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MoveToServerDialog(const Store &store, QWidget *parent = nullptr);
    ~MoveToServerDialog() override;

    // Where to open the register now (the password in it when one was typed); empty unless the lead
    // chose to open the copy.
    QString openAddress() const { return m_openAddress; }
    bool isCopying() const;
    // What Copy does: starts the copy into the address typed.
    void startCopy();

signals:
    // The copy ended: done, refused, failed or cancelled; `message` is what the dialog shows.
    void copyEnded(bool copied, const QString &message);

protected:
    void reject() override;

private:
    // The address typed, with the password typed put into a postgresql:// address.
    QString target() const;
    void updateButtons();
    void finish(const Result<CopyFacts> &copied, const QString &targetName);

    const Store &m_store;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QPushButton *m_chooseFile;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_copy;
    QPushButton *m_open;
    BackgroundTask *m_task;
    QString m_copiedTo;      // the target of the last successful copy
    QString m_openAddress;
    bool m_copying = false;   // from Copy until its result is shown
};

} // namespace ft
