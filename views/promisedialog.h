#pragma once

#include "calendar/businesscalendar.h"
#include "domain/types.h"

#include <QDialog>
#include <functional>
#include <optional>

class QPushButton;

namespace ft {

class PromiseChooser;

// When the next update is promised for (PromiseChooser); never a time in the past.
class PromiseDialog : public QDialog
{
    Q_OBJECT
public:
    // `current`: the promise in force, offered first while it lies ahead. `clock` gives now.
    PromiseDialog(const QString &followUpLabel, std::optional<Timestamp> current, const BusinessCalendar &calendar,
                  std::function<Timestamp()> clock, QWidget *parent = nullptr);
    Timestamp due() const;
    void accept() override;

private:
    PromiseChooser *m_chooser;
    QPushButton *m_ok;
};

} // namespace ft
