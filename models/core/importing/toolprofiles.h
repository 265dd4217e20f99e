#pragma once

#include "importing/importtypes.h"

#include <QHash>
#include <QStringList>
#include <optional>

// The tool profiles (SPEC §3): Jira Service Management, Zendesk, Freshservice and Freshdesk, GLPI,
// OTRS and Znuny, osTicket, Zammad. One table per tool (toolheaders.cpp, toolvocabulary.cpp): the
// header names its export writes, in English and in the UI languages it ships most (German,
// French, Spanish, Portuguese), and its status and priority names in those languages. A tool file
// is then read like a generic one, its columns mapped by that table and its values read by that
// vocabulary before ours; value maps (--value) still come first.
namespace ft::importing {

struct ToolVocabulary
{
    QHash<QString, Status> statuses;      // lower case, trimmed
    QHash<QString, Priority> priorities;  // lower case, trimmed
    // Priorities written as a number first ("3 normal", "5 very high"), where the tool counts
    // its own way (OTRS: 5 is the highest; Zammad: 3 is). Empty: our 1 = Critical … 4 = Low.
    QHash<int, Priority> numberedPriorities;
    QHash<QString, Kind> kinds;           // lower case; Jira's "[System] " prefix is taken off first
    bool noneIsEmpty = false;             // Freshdesk writes "None" for an empty cell
};

bool isToolProfile(Profile p);
const QList<Profile> &toolProfiles();
// Other names a tool goes by on the command line: freshdesk → freshservice, znuny → otrs.
std::optional<Profile> toolProfileFromAlias(const QString &key);

// Field → the header names the tool writes for it (lower case), in every language of the table.
const QHash<QString, QStringList> &toolHeaders(Profile tool);
// Header names only that tool writes (lower case): what recognises its exports.
const QStringList &toolSignature(Profile tool);
const ToolVocabulary &toolVocabulary(Profile tool);

// The tool whose signature the header matches best (at least two of its names); nullopt: none.
std::optional<Profile> detectToolProfile(const QStringList &header);
// Field → column of a tool's export, from its header table.
QHash<QString, QString> suggestToolMapping(Profile tool, const QStringList &header);

// Fields a tool export may carry beyond the generic ones: minutes to the first reply, counted
// from the opening (Zendesk, Zammad, OTRS).
const QStringList &toolOnlyFields();

} // namespace ft::importing
