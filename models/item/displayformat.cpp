#include "displayformat.h"
#include "domain/dateformats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>

namespace ft::display {

QString dateTime(Timestamp t, const QTimeZone &zone, Timestamp now)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(t, zone);
    const QDateTime current = QDateTime::fromSecsSinceEpoch(now, zone);
    const QLocale locale;
    if (at.date().year() == current.date().year())
        return locale.toString(at, dateformat::weekdayDayMonthTime());
    return locale.toString(at, dateformat::dayMonthYearTime());
}

QString duration(qint64 seconds)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ft::display", text); };
    if (seconds < 0)
        seconds = -seconds;
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days >= 2)   // beyond a day or two, hours are noise
        return tr("%1 d").arg(days);
    if (days >= 1)
        return hours % 24 ? tr("%1 d %2 h").arg(days).arg(hours % 24) : tr("%1 d").arg(days);
    if (hours >= 1)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    if (minutes >= 1)
        return tr("%1 min").arg(minutes);
    return tr("< 1 min");
}

namespace {
bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}
} // namespace

QColor alertColor() { return darkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c); }

// Two thirds of the way from the background to the text: quieter than the text, still readable.
QColor mutedColor()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int t, int b) { return (t * 2 + b) / 3; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()));
}

} // namespace ft::display
