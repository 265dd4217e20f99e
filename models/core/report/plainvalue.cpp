#include "report/plainvalue.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace ft {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::PlainValue)
};

// Numbers and their units are joined by no-break spaces (U+00A0) so that a line never ends between them.

// One decimal, or none when it would be ".0".
QString oneDecimal(double v)
{
    const double r = std::round(v * 10.0) / 10.0;
    const bool whole = std::fabs(r - std::round(r)) < 1e-9;
    return QLocale().toString(r, 'f', whole ? 0 : 1);
}

// U+2212 MINUS SIGN reads better in print than a hyphen.
QString signedText(const QString &magnitude, bool negative)
{
    return (negative ? QString(QChar(0x2212)) : QStringLiteral("+")) + magnitude;
}

QString hoursText(double hours, bool mayUseDays)
{
    if (hours < 1.0) {
        const long minutes = std::lround(hours * 60.0);
        if (minutes == 1)
            return Tr::tr("1 minute");
        return Tr::tr("%1 minutes").arg(minutes);
    }
    if (mayUseDays && hours >= 48.0) {
        const double days = std::round(hours / 24.0 * 10.0) / 10.0;
        return Tr::tr("%1 days").arg(oneDecimal(days));
    }
    const double r = std::round(hours * 10.0) / 10.0;
    if (r == 1.0)
        return Tr::tr("1 hour");
    return Tr::tr("%1 hours").arg(oneDecimal(r));
}
} // namespace

QString plainValue(double value, PlainUnit unit)
{
    switch (unit) {
    case PlainUnit::Count: return QLocale().toString(qint64(std::llround(value)));
    case PlainUnit::Rate: return Tr::tr("%1 %").arg(oneDecimal(value * 100.0));
    case PlainUnit::Hours: return hoursText(value, true);
    case PlainUnit::BusinessHours: return hoursText(value, false);
    case PlainUnit::Score: return Tr::tr("%1 out of 5").arg(oneDecimal(value));
    }
    return {};
}

QString plainValueOrDash(const std::optional<double> &value, PlainUnit unit)
{
    return value ? plainValue(*value, unit) : QString(QChar(0x2014));
}

QString plainChange(double previous, double current, PlainUnit unit)
{
    if (unit == PlainUnit::Rate) {
        const double points = (current - previous) * 100.0;
        const QString magnitude = oneDecimal(std::fabs(points));
        return Tr::tr("%1 points").arg(signedText(magnitude, points < 0));
    }
    if (previous == 0.0)
        return {};
    const double percent = (current - previous) / std::fabs(previous) * 100.0;
    // Whole percents, but a small change is not rounded away to "0 %".
    const double magnitude = std::fabs(percent);
    const QString text = magnitude < 1.0 ? oneDecimal(magnitude) : QLocale().toString(qint64(std::llround(magnitude)));
    return Tr::tr("%1 %").arg(signedText(text, percent < 0));
}

} // namespace ft
