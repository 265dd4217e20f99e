#pragma once

#include "domain/types.h"

#include <QDialog>
#include <QTimeZone>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ft {

class DateTimeInput;

// Logs one contact with the requester and, unless told not to, the next promised update
// (by default the next business day at 10:00).
class LogContactDialog : public QDialog
{
    Q_OBJECT
public:
    LogContactDialog(const QString &followUpLabel, Timestamp defaultPromise, const QTimeZone &zone, QWidget *parent = nullptr);

    Channel channel() const;
    QString summary() const;
    std::optional<Timestamp> nextUpdate() const;

    void accept() override;   // refuses a promised time that has passed meanwhile

private:
    bool promiseIsAhead() const;

    QComboBox *m_channel;
    QPlainTextEdit *m_summary;
    QCheckBox *m_promise;
    DateTimeInput *m_due;
    QLabel *m_problem;
};

} // namespace ft
