// The cell parsers of import on any text, above all dates and times in every order. Beyond "no
// crash, no undefined behaviour", properties that need no second implementation to check:
// - a four-digit first part is year first whatever order is asked for;
// - the same text gives the same instant however the per-hour cache was filled before;
// - local time: the instant is the text's wall-clock time minus the zone's offset at that instant
//   (except within a few hours of a zone transition, where wall-clock times repeat or do not exist);
// - appending "Z" to a date and time read in UTC gives the same instant.
#include "fuzzsupport.h"
#include "importing/values.h"

#include <QDateTime>
#include <QTimeZone>

using namespace ft::importing;

namespace {

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

const QTimeZone &utc()
{
    static const QTimeZone zone = QTimeZone::utc();
    return zone;
}

bool nearTransition(ft::Timestamp t)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    const auto next = berlin().nextTransition(at.addSecs(-3 * 3600));
    return next.atUtc.isValid() && next.atUtc <= at.addSecs(3 * 3600);
}

QString show(std::optional<ft::Timestamp> t) { return t ? QString::number(*t) : QStringLiteral("none"); }

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ft::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    DateOrderDetector detector;
    detector.add(text);
    detector.add(text);
    (void)detector.decided();
    FT_FUZZ_CHECK(detector.values() <= 2, text);

    std::optional<ft::Timestamp> local[3], inUtc[3];
    const DateOrder orders[3] = {DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::YearMonthDay};
    for (int i = 0; i < 3; ++i) {
        local[i] = parseDateTime(text, orders[i], berlin());
        inUtc[i] = parseDateTime(text, orders[i], utc());   // another zone empties the per-hour cache
        const auto again = parseDateTime(text, orders[i], berlin());
        FT_FUZZ_CHECK(again == local[i], text + QStringLiteral(": ") + show(local[i]) + QStringLiteral(" then ") + show(again));
        FT_FUZZ_CHECK(local[i].has_value() == inUtc[i].has_value(), text);
        if (!local[i])
            continue;
        const qint64 shift = *inUtc[i] - *local[i];
        const int offset = berlin().offsetFromUtc(QDateTime::fromSecsSinceEpoch(*local[i], Qt::UTC));
        // An explicit offset in the text makes the zone irrelevant: shift 0.
        FT_FUZZ_CHECK(shift == 0 || shift == offset || nearTransition(*local[i]),
                      text + QStringLiteral(": shift %1, offset %2").arg(shift).arg(offset));

        const auto zulu = parseDateTime(text.trimmed() + QLatin1Char('Z'), orders[i], berlin());
        FT_FUZZ_CHECK(!zulu || *zulu == *inUtc[i], text + QStringLiteral(": with Z ") + show(zulu)
                                                       + QStringLiteral(", in UTC ") + show(inUtc[i]));
    }
    if (local[2]) {
        FT_FUZZ_CHECK(local[0] == local[2] && local[1] == local[2],
                      text + QStringLiteral(": ") + show(local[0]) + QLatin1Char(' ') + show(local[1]) + QLatin1Char(' ')
                          + show(local[2]));
    }

    // The other cell readers of import: only that they survive any text.
    (void)isEmptyValue(text);
    (void)parseBool(text);
    (void)parsePriority(text);
    (void)parseStatus(text);
    (void)parseKind(text);
    (void)dateOrderFromKey(text);
    return 0;
}
