#include "importing/satisfaction.h"

#include "importing/values.h"

#include <QHash>

namespace ft::importing {

namespace {

// Lower-case words → score; 0 means "asked, not answered".
const QHash<QString, int> &ratingWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> w;
        const auto add = [&w](int score, const char *names) {
            for (const QString &n : QString::fromUtf8(names).split(QLatin1Char('|')))
                w.insert(n, score);
        };
        // Zendesk (Good / Bad, with or without a comment; Offered / Unoffered when nobody answered).
        add(5, "good|good with comment|gut|gut mit kommentar|bon|bien|bonne|bom|bueno|buena|positivo|positiva");
        add(1, "bad|bad with comment|schlecht|schlecht mit kommentar|mauvais|mauvaise|ruim|malo|mala|negativo|negativa");
        add(0, "offered|unoffered|not offered|angeboten|nicht angeboten|proposé|non proposé|offert|non offert|"
               "ofrecido|ofrecida|no ofrecido|no ofrecida|oferecido|oferecida|não oferecido|não oferecida|none|n/a|-");
        // Freshdesk / Freshservice, five points and the classic three.
        add(5, "extremely happy|extremely satisfied|awesome|sehr zufrieden|äußerst zufrieden|super|"
               "très satisfait|extrêmement satisfait|génial|muy satisfecho|extremadamente satisfecho|genial|"
               "muito satisfeito|extremamente satisfeito|incrível");
        add(4, "happy|satisfied|zufrieden|satisfait|satisfecho|satisfeito");
        add(3, "neutral|neutre|neutro");
        add(2, "unhappy|dissatisfied|unzufrieden|insatisfait|mécontent|insatisfecho|insatisfeito");
        add(1, "extremely unhappy|extremely dissatisfied|not good|sehr unzufrieden|äußerst unzufrieden|nicht gut|"
               "très insatisfait|extrêmement insatisfait|pas bien|muy insatisfecho|extremadamente insatisfecho|no bueno|"
               "muito insatisfeito|extremamente insatisfeito|não é bom");
        return w;
    }();
    return words;
}

} // namespace

std::optional<Rating> parseSatisfaction(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (isEmptyValue(t))
        return Rating::none();
    bool isNumber = false;
    const double number = t.toDouble(&isNumber);
    if (isNumber) {
        if (number >= 1 && number <= 5 && number == int(number))
            return Rating{int(number)};
        return std::nullopt;
    }
    const auto it = ratingWords().constFind(t);
    if (it == ratingWords().constEnd())
        return std::nullopt;
    return *it == 0 ? Rating::none() : Rating{*it};
}

} // namespace ft::importing
