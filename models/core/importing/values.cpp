#include "importing/values.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace ft::importing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::importing)
};

struct DateParts
{
    int first = 0, second = 0, third = 0;
    int firstDigits = 0;
    int hour = 0, minute = 0, second_ = 0;
    std::optional<int> offsetSeconds;   // an explicit zone in the text
    int namedMonth = -1;                // the month was a name, in this part (0 first, 1 second)
};

// Month names and their abbreviations in English, German, French, Spanish and Portuguese, as the
// tools write them in dates ("22/Aug/19 5:18 PM" in Jira, "22/Okt/19", "22/août/19").
int monthFromName(const QString &name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *const names[12] = {
            "jan|january|januar|jänner|janv|janvier|ene|enero|janeiro",
            "feb|february|februar|févr|fevr|février|fev|fevereiro|febrero",
            "mar|march|märz|mär|mrz|mars|marzo|março",
            "apr|april|avr|avril|abr|abril",
            "may|mai|mayo|maio",
            "jun|june|juni|juin|junio|junho",
            "jul|july|juli|juil|juillet|julio|julho",
            "aug|august|août|aout|ago|agosto",
            "sep|sept|september|septembre|septiembre|set|setembro",
            "oct|october|okt|oktober|octobre|octubre|out|outubro",
            "nov|november|novembre|noviembre|novembro",
            "dec|december|dez|dezember|déc|décembre|dic|diciembre|dezembro",
        };
        for (int i = 0; i < 12; ++i) {
            for (const QString &n : QString::fromUtf8(names[i]).split(QLatin1Char('|')))
                m.insert(n, i + 1);
        }
        return m;
    }();
    return months.value(name.toLower(), 0);
}

// The slow path for dates with words: takes off an AM/PM marker (ampm 1 or 2) and puts the number of
// a month name in its place. False when other words are left.
bool replaceWords(QString &s, int &ampm, int &namedPart)
{
    static const QRegularExpression marker(QStringLiteral("\\s*([ap])\\.?\\s?m\\.?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = marker.match(s); m.hasMatch()) {
        ampm = m.captured(1).compare(QLatin1String("a"), Qt::CaseInsensitive) == 0 ? 1 : 2;
        s.truncate(m.capturedStart());
    }
    static const QRegularExpression word(QStringLiteral("[^\\W\\d_]{2,}\\.?"));
    if (const auto m = word.match(s); m.hasMatch()) {
        QString name = m.captured();
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        const int month = monthFromName(name);
        if (month == 0)
            return false;
        namedPart = 0;
        for (qsizetype i = 0; i < m.capturedStart(); ++i) {
            if (s.at(i) == QLatin1Char('/') || s.at(i) == QLatin1Char('-') || s.at(i) == QLatin1Char('.'))
                ++namedPart;
        }
        s.replace(m.capturedStart(), m.capturedLength(), QString::number(month));
    }
    for (const QChar c : std::as_const(s)) {
        if (c.isLetter() && c != QLatin1Char('T') && c != QLatin1Char('Z'))
            return false;
    }
    return true;
}

// Reads "d/m/yyyy H:MM", "dd-mm-yyyy HH:MM:SS", "yyyy-mm-ddTHH:MM:SSZ" … into numbers.
std::optional<DateParts> split(const QString &text)
{
    QString s = text.trimmed();
    int ampm = 0, namedPart = -1;
    for (const QChar c : std::as_const(s)) {
        if (c.isLetter() && c != QLatin1Char('T') && c != QLatin1Char('Z')) {
            if (!replaceWords(s, ampm, namedPart))
                return std::nullopt;
            break;
        }
    }
    const qsizetype n = s.size();
    qsizetype i = 0;
    DateParts p;
    const auto number = [&](int maxDigits, int *digits) -> std::optional<int> {
        int value = 0, count = 0;
        while (i < n && count < maxDigits && s.at(i).isDigit()) {
            const char16_t c = s.at(i).unicode();
            value = value * 10 + (c >= u'0' && c <= u'9' ? int(c - u'0') : s.at(i).digitValue());
            ++i;
            ++count;
        }
        if (digits)
            *digits = count;
        return count == 0 ? std::nullopt : std::optional<int>(value);
    };
    const auto dateSeparator = [&](QChar c) { return c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.'); };

    auto a = number(4, &p.firstDigits);
    if (!a || i >= n || !dateSeparator(s.at(i)))
        return std::nullopt;
    const QChar sep = s.at(i++);
    auto b = number(2, nullptr);
    if (!b || i >= n || s.at(i) != sep)
        return std::nullopt;
    ++i;
    int thirdDigits = 0;
    auto c = number(4, &thirdDigits);
    if (!c)
        return std::nullopt;
    p.first = *a;
    p.second = *b;
    p.third = *c;
    if (p.firstDigits != 4 && thirdDigits != 4 && thirdDigits != 2)
        return std::nullopt;
    if (p.firstDigits != 4 && thirdDigits == 2)
        p.third += 2000;   // "31/12/16": spreadsheets shorten years; this century
    if (i < n && (s.at(i) == QLatin1Char('T') || s.at(i) == QLatin1Char(' '))) {
        while (i < n && (s.at(i) == QLatin1Char('T') || s.at(i) == QLatin1Char(' ')))
            ++i;
        auto h = number(2, nullptr);
        if (!h || i >= n || s.at(i) != QLatin1Char(':'))
            return std::nullopt;
        ++i;
        int minuteDigits = 0;
        auto m = number(2, &minuteDigits);
        if (!m || minuteDigits != 2)
            return std::nullopt;
        p.hour = *h;
        p.minute = *m;
        if (i < n && s.at(i) == QLatin1Char(':')) {
            ++i;
            int secondDigits = 0;
            auto sec = number(2, &secondDigits);
            if (!sec || secondDigits != 2)
                return std::nullopt;
            p.second_ = *sec;
            if (i < n && (s.at(i) == QLatin1Char('.') || s.at(i) == QLatin1Char(','))) {
                ++i;   // fractions of a second are dropped
                while (i < n && s.at(i).isDigit())
                    ++i;
            }
        }
        while (i < n && s.at(i) == QLatin1Char(' '))
            ++i;
        if (i < n && s.at(i) == QLatin1Char('Z')) {
            p.offsetSeconds = 0;
            ++i;
        } else if (i < n && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-'))) {
            const int sign = s.at(i) == QLatin1Char('-') ? -1 : 1;
            ++i;
            auto oh = number(2, nullptr);
            if (!oh)
                return std::nullopt;
            int om = 0;
            if (i < n && s.at(i) == QLatin1Char(':'))
                ++i;
            if (auto m2 = number(2, nullptr))
                om = *m2;
            p.offsetSeconds = sign * (*oh * 3600 + om * 60);
        }
    }
    if (i != n)
        return std::nullopt;
    if (ampm != 0) {
        if (p.hour < 1 || p.hour > 12)
            return std::nullopt;
        p.hour = p.hour % 12 + (ampm == 2 ? 12 : 0);
    }
    p.namedMonth = namedPart;
    return p;
}

// Local time to UTC through a cache of whole local hours: the zone rules are looked up once
// per hour of the calendar, not once per value (an import converts hundreds of thousands).
Timestamp localToUtc(const QDate &date, int hour, int minute, int second, const QTimeZone &zone)
{
    struct Cache
    {
        QByteArray zoneId;
        QHash<qint64, Timestamp> hourStart;
    };
    thread_local Cache cache;
    if (cache.zoneId != zone.id()) {
        cache.zoneId = zone.id();
        cache.hourStart.clear();
    }
    const qint64 key = date.toJulianDay() * 24 + hour;
    auto it = cache.hourStart.constFind(key);
    if (it == cache.hourStart.constEnd()) {
        const Timestamp start = QDateTime(date, QTime(hour, 0), zone).toSecsSinceEpoch();
        it = cache.hourStart.insert(key, start);
    }
    return *it + minute * 60 + second;
}

} // namespace

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear: return QStringLiteral("dmy");
    case DateOrder::MonthDayYear: return QStringLiteral("mdy");
    case DateOrder::YearMonthDay: return QStringLiteral("ymd");
    }
    return {};
}

std::optional<DateOrder> dateOrderFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("dmy"))
        return DateOrder::DayMonthYear;
    if (k == QLatin1String("mdy"))
        return DateOrder::MonthDayYear;
    if (k == QLatin1String("ymd"))
        return DateOrder::YearMonthDay;
    return std::nullopt;
}

QString dateOrderLabel(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear: return Tr::tr("day first (31/12/2016)");
    case DateOrder::MonthDayYear: return Tr::tr("month first (12/31/2016)");
    case DateOrder::YearMonthDay: return Tr::tr("year first (2016-12-31)");
    }
    return {};
}

bool isEmptyValue(const QString &cell)
{
    for (const QChar c : cell) {
        if (!c.isSpace() && c != QLatin1Char('?'))
            return false;
    }
    return true;
}

void DateOrderDetector::add(const QString &cell)
{
    if (isEmptyValue(cell))
        return;
    const auto p = split(cell);
    if (!p || p->namedMonth >= 0)
        return;   // a month name says the order by itself
    ++m_values;
    if (p->firstDigits == 4)
        ++m_yearFirst;
    else if (p->first > 12 && p->second <= 12)
        ++m_dayFirst;
    else if (p->second > 12 && p->first <= 12)
        ++m_monthFirst;
}

std::optional<DateOrder> DateOrderDetector::decided() const
{
    if (contradictory())
        return std::nullopt;
    if (m_dayFirst > 0)
        return DateOrder::DayMonthYear;
    if (m_monthFirst > 0)
        return DateOrder::MonthDayYear;
    if (m_yearFirst > 0 && m_yearFirst == m_values)
        return DateOrder::YearMonthDay;
    return std::nullopt;
}

std::optional<Timestamp> parseDateTime(const QString &text, DateOrder order, const QTimeZone &zone, bool *outOfRange)
{
    const auto p = split(text);
    if (!p)
        return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (p->namedMonth == 1 && p->firstDigits != 4)
        order = DateOrder::DayMonthYear;   // 22/Aug/19
    else if (p->namedMonth == 0)
        order = DateOrder::MonthDayYear;   // Aug/22/2019
    if (p->firstDigits == 4 || order == DateOrder::YearMonthDay) {
        if (p->firstDigits != 4)
            return std::nullopt;
        year = p->first;
        month = p->second;
        day = p->third;
    } else if (order == DateOrder::DayMonthYear) {
        day = p->first;
        month = p->second;
        year = p->third;
    } else {
        month = p->first;
        day = p->second;
        year = p->third;
    }
    const QDate date(year, month, day);
    if (!date.isValid() || p->hour > 23 || p->minute > 59 || p->second_ > 59)
        return std::nullopt;
    // SPEC §4: a year-9999 date made a weekly KPI table of 416,137 rows.
    if (year < minimumYear || year > maximumYear) {
        if (outOfRange)
            *outOfRange = true;
        return std::nullopt;
    }
    if (p->offsetSeconds) {
        const QDateTime utc(date, QTime(p->hour, p->minute, p->second_), Qt::UTC);
        return utc.toSecsSinceEpoch() - *p->offsetSeconds;
    }
    return localToUtc(date, p->hour, p->minute, p->second_, zone);
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    // SLA outcomes as tools write them (Freshservice/Freshdesk "Resolution status").
    if (t == QLatin1String("within sla") || t == QLatin1String("sla met") || t == QLatin1String("met"))
        return true;
    if (t == QLatin1String("sla violated") || t == QLatin1String("violated") || t == QLatin1String("breached")
        || t == QLatin1String("sla breached"))
        return false;
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("1")
        || t == QLatin1String("t") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("0")
        || t == QLatin1String("f") || t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

std::optional<Priority> parsePriority(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.startsWith(QLatin1Char('p')) && t.size() == 2)
        t = t.mid(1);
    // A leading number decides: "1 - Critical", "1 Critical", "1".
    if (!t.isEmpty() && t.at(0).isDigit()) {
        qsizetype i = 0;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        // ServiceNow's fifth priority, 5 - Planning, is work without urgency: read as Low.
        const int n = t.left(i).toInt();
        return priorityFromInt(n == 5 ? 4 : n);
    }
    static const QHash<QString, Priority> words{
        {QStringLiteral("critical"), Priority::Critical}, {QStringLiteral("high"), Priority::High},
        {QStringLiteral("moderate"), Priority::Moderate}, {QStringLiteral("medium"), Priority::Moderate},
        {QStringLiteral("low"), Priority::Low},           {QStringLiteral("planning"), Priority::Low},
    };
    const auto it = words.constFind(t);
    return it == words.constEnd() ? std::nullopt : std::optional<Priority>(*it);
}

// Status spellings. Beyond our own keys and labels, the states of ServiceNow incidents:
//   New → New; Active, In Progress → In progress; Awaiting User Info, Awaiting Caller,
//   Awaiting Evidence → Waiting on requester (evidence is asked of the caller);
//   Awaiting Vendor, Awaiting Problem, Awaiting Change, On Hold → Waiting on vendor
//   (the desk waits on a party other than the requester: a supplier, or the problem or change
//   process, so that time is paused for business-hour KPIs like any other wait);
//   Resolved → Resolved; Closed, Cancelled → Closed.
std::optional<Status> parseStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (auto key = statusFromKey(t))
        return key;
    for (int i = 0; i < StatusCount; ++i) {
        if (statusLabel(Status(i)).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return Status(i);
    }
    static const QHash<QString, Status> spellings{
        {QStringLiteral("open"), Status::New},
        {QStringLiteral("active"), Status::InProgress},
        {QStringLiteral("in progress"), Status::InProgress},
        {QStringLiteral("work in progress"), Status::InProgress},
        {QStringLiteral("assigned"), Status::InProgress},
        {QStringLiteral("awaiting user info"), Status::WaitingOnRequester},
        {QStringLiteral("awaiting caller"), Status::WaitingOnRequester},
        {QStringLiteral("awaiting evidence"), Status::WaitingOnRequester},
        {QStringLiteral("pending customer"), Status::WaitingOnRequester},
        {QStringLiteral("waiting on requester"), Status::WaitingOnRequester},
        {QStringLiteral("awaiting vendor"), Status::WaitingOnVendor},
        {QStringLiteral("awaiting problem"), Status::WaitingOnVendor},
        {QStringLiteral("awaiting change"), Status::WaitingOnVendor},
        {QStringLiteral("on hold"), Status::WaitingOnVendor},
        {QStringLiteral("pending vendor"), Status::WaitingOnVendor},
        {QStringLiteral("waiting on vendor"), Status::WaitingOnVendor},
        {QStringLiteral("solved"), Status::Resolved},
        {QStringLiteral("cancelled"), Status::Closed},
        {QStringLiteral("canceled"), Status::Closed},
    };
    const auto it = spellings.constFind(t);
    return it == spellings.constEnd() ? std::nullopt : std::optional<Status>(*it);
}

std::optional<Kind> parseKind(const QString &text)
{
    const QString t = text.trimmed();
    if (auto key = kindFromKey(t))
        return key;
    for (int i = 0; i < KindCount; ++i) {
        if (kindLabel(Kind(i)).compare(t, Qt::CaseInsensitive) == 0)
            return Kind(i);
    }
    if (t.compare(QLatin1String("service request"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("service_request"), Qt::CaseInsensitive) == 0)
        return Kind::Request;
    return std::nullopt;
}

} // namespace ft::importing
