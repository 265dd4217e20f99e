#pragma once

#include <QString>
#include <optional>

namespace ft::importing {

// A ticket export's satisfaction cell as a survey score 1–5 (SPEC §1 survey response), taken as the
// tool rated it, not recomputed:
// - a number 1–5 (Jira Service Management's rating);
// - Zendesk's binary rating: Good → 5, Bad → 1 ("… with comment" too); Offered / Unoffered (no answer) → none;
// - Freshdesk / Freshservice: Extremely Happy 5, Happy 4, Neutral 3, Unhappy 2, Extremely Unhappy 1;
//   the classic 3-point Awesome 5, Neutral 3, Not Good 1;
// - the same words in German, French, Spanish and Portuguese as those tools ship them.
// `Rating::none()` for an empty cell or a survey never answered; nullopt for text that is no rating.
struct Rating
{
    std::optional<int> score;   // empty: no answer
    static Rating none() { return {}; }
};
std::optional<Rating> parseSatisfaction(const QString &text);

} // namespace ft::importing
