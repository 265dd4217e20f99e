#pragma once

#include "domain/types.h"

#include <QStringList>
#include <vector>

// The invented people, teams, categories and phrases the demo history is made of.
namespace ft::demo {

struct TeamInfo
{
    QString name;
    double share;   // of the technicians
};

struct CategoryInfo
{
    QString name;
    int team;                 // index into teams()
    double weight;            // within its kind
    QStringList titles;       // "%1" is replaced by one of `things`
    QStringList things;
};

const std::vector<TeamInfo> &teams();
const std::vector<CategoryInfo> &categories(Kind kind);
const QStringList &firstNames();
const QStringList &lastNames();

// Phrases for the timeline.
const QStringList &firstContactPhrases();
const QStringList &updatePhrases();
const QStringList &waitingPhrases(bool vendor);
const QStringList &replyPhrases(bool vendor);
const QStringList &notePhrases();
const QStringList &fixedPhrases();
const QStringList &callbackPhrases();
const QStringList &overrideReasons();
const QStringList &surveyComments(bool happy);

} // namespace ft::demo
