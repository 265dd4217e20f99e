#pragma once

#include "calendar/businesscalendar.h"
#include "domain/types.h"

#include <QDialog>
#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace ft {

class DateTimeInput;

// When the next update is promised for: the times a lead says on the phone (in 2 hours, tomorrow 09:00,
// the next working day 10:00, Friday 16:00) or any other time. Never a time in the past: the dialog
// does not offer one and refuses one typed in.
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
    void choosePreset(int id);
    void validate();

    std::function<Timestamp()> m_clock;
    QList<Timestamp> m_presets;
    QButtonGroup *m_choices;
    DateTimeInput *m_due;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace ft
