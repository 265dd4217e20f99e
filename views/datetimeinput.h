#pragma once

#include "domain/types.h"

#include <QDateTimeEdit>
#include <QTimeZone>

namespace ft {

// The locale's short numeric date with a four-digit year ("03.12.2026", "12/3/2026"): what date fields
// show and take, instead of ISO dates nobody types at home.
QString localDateFormat();

// A date-and-time field in the store's zone, with a calendar pop-up, reading and writing UTC seconds.
class DateTimeInput : public QDateTimeEdit
{
    Q_OBJECT
public:
    DateTimeInput(const QTimeZone &zone, QWidget *parent = nullptr);
    void setTimestamp(Timestamp t);
    Timestamp timestamp() const;
    // Times before `t` cannot be chosen (a promise is never made for the past).
    void setMinimumTimestamp(Timestamp t);

private:
    QTimeZone m_zone;
};

} // namespace ft
