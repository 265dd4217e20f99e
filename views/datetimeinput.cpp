#include "datetimeinput.h"
#include "domain/dateformats.h"

#include <QLocale>
#include <QRegularExpression>

namespace ft {

QString localDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // "dd.MM.yy" -> "dd.MM.yyyy": a two-digit year is ambiguous in a field that takes history.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

DateTimeInput::DateTimeInput(const QTimeZone &zone, QWidget *parent)
    : QDateTimeEdit(parent)
    , m_zone(zone)
{
    setCalendarPopup(true);
    setDisplayFormat(dateformat::weekdayDayMonthYearTime());
}

// The edit shows wall-clock time; the store's zone may differ from the system's, so convert here.
void DateTimeInput::setTimestamp(Timestamp t)
{
    const QDateTime inZone = QDateTime::fromSecsSinceEpoch(t, m_zone);
    setDateTime(QDateTime(inZone.date(), inZone.time()));
}

void DateTimeInput::setMinimumTimestamp(Timestamp t)
{
    const QDateTime inZone = QDateTime::fromSecsSinceEpoch(t, m_zone);
    setMinimumDateTime(QDateTime(inZone.date(), inZone.time()));
}

Timestamp DateTimeInput::timestamp() const
{
    const QDateTime shown = dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone).toSecsSinceEpoch();
}

} // namespace ft
