#pragma once

#include "calendar/businesscalendar.h"
#include "domain/types.h"

#include <QWidget>
#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;

namespace ft {

class DateTimeInput;

// When the next update is promised for: the times a lead says on the phone (in 2 hours, tomorrow 09:00,
// the next working day 10:00, Friday 16:00) or any other time. It offers no time in the past and says
// so when one is typed.
class PromiseChooser : public QWidget
{
    Q_OBJECT
public:
    // `current`: the promise in force, offered first while it lies ahead. `clock` gives now.
    PromiseChooser(std::optional<Timestamp> current, const BusinessCalendar &calendar, std::function<Timestamp()> clock,
                   QWidget *parent = nullptr);
    Timestamp due() const;
    // True while the chosen time lies ahead of the clock (checked again on every call).
    bool isValid();

signals:
    void validityChanged(bool valid);

private:
    void choosePreset(int id);

    std::function<Timestamp()> m_clock;
    QList<Timestamp> m_presets;
    QButtonGroup *m_choices;
    DateTimeInput *m_due;
    QLabel *m_problem;
};

} // namespace ft
