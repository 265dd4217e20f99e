#pragma once

#include "domain/types.h"

#include <QDialog>
#include <QTimeZone>

namespace ft {

class DateTimeInput;

// When the next update is promised for.
class PromiseDialog : public QDialog
{
    Q_OBJECT
public:
    PromiseDialog(const QString &followUpLabel, Timestamp defaultPromise, const QTimeZone &zone, QWidget *parent = nullptr);
    Timestamp due() const;

private:
    DateTimeInput *m_due;
};

} // namespace ft
