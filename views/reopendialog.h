#pragma once

#include "calendar/businesscalendar.h"
#include "domain/types.h"

#include <QDialog>
#include <functional>

class QPlainTextEdit;
class QPushButton;

namespace ft {

class PromiseChooser;

// Reopening is a callback: the requester says the work is not done. The lead says why (it goes on
// the timeline) and when the requester hears next, so that the item does not land in "Gone quiet"
// with nothing due.
class ReopenDialog : public QDialog
{
    Q_OBJECT
public:
    ReopenDialog(const QString &followUpLabel, const BusinessCalendar &calendar, std::function<Timestamp()> clock,
                 QWidget *parent = nullptr);
    QString reason() const;
    Timestamp nextUpdate() const;
    void accept() override;

private:
    void updateOk();

    QPlainTextEdit *m_reason;
    PromiseChooser *m_chooser;
    QPushButton *m_ok;
};

} // namespace ft
