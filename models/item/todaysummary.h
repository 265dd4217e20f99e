#pragma once

#include <QCoreApplication>
#include <QString>

namespace ft {

class TodayModel;

// Today's review as a lead pastes it into an e-mail or a chat: the counts, the follow-ups of each
// section (the first `perSection` of them, then how many more) and who has the most; the same
// content as plain text and as HTML.
class TodaySummary
{
    Q_DECLARE_TR_FUNCTIONS(ft::TodaySummary)
public:
    static TodaySummary of(const TodayModel &model, const QString &dayText, int perSection = 10);
    QString plain;
    QString html;
};

} // namespace ft
