#pragma once

#include "domain/followup.h"
#include "importing/textdecoding.h"
#include "importing/values.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace ft::importing {

enum class Profile { ServiceNow, Surveys, Generic, Events, Jira, Zendesk, Freshservice, Glpi, Otrs, Osticket, Zammad };
// servicenow, surveys, generic, events, jira, zendesk, freshservice, glpi, otrs, osticket, zammad
QString profileKey(Profile p);
const QList<Profile> &allProfiles();
std::optional<Profile> profileFromKey(const QString &key);   // also freshdesk, znuny
QString profileLabel(Profile p);
// Who an import of this profile saves follow-ups as (followup.changed_by): "import (servicenow)".
QString importActor(Profile p);

// The fields a generic file's columns can be mapped to (keys as in the CSV export's header).
const QStringList &genericFields();
// The fields an event log's columns can be mapped to (reference, at, status, status_detail …).
const QStringList &eventFields();

// --value FIELD:SOURCE=VALUE: a source value (SOURCE may hold `*` wildcards, case is ignored) read as
// VALUE, one of ours, for status, priority or kind. The first matching rule wins.
struct ValueRule
{
    QString field;      // status, priority, kind
    QString source;
    QString value;
};

struct ImportOptions
{
    std::optional<Profile> profile;         // nullopt: detected from the header
    QHash<QString, QString> mapping;        // generic, events: field → column; added to what the header
                                            // suggests; an empty column leaves a suggested field out
    QList<ValueRule> valueRules;
    std::optional<DateOrder> dateOrder;     // nullopt: detected from every date of the file
    std::optional<TextEncoding> encoding;   // nullopt: detected (UTF-8 ± BOM, UTF-16 with BOM, else Windows-1252)
    std::optional<QTimeZone> timeZone;      // times without a zone; nullopt: the store's zone
    bool dryRun = false;                    // report what would change, write nothing
    bool skipBadRows = false;               // report bad rows and go on instead of stopping
    int maxRows = 0;                        // read no more data rows than this (previews); 0: all
    // Called now and then with the work done of the total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
    Timestamp now = 0;                      // 0: the clock
};

struct RejectedRow
{
    qint64 line = 0;
    QString message;
};

struct ImportReport
{
    QString file;
    Profile profile = Profile::Generic;
    DateOrder dateOrder = DateOrder::DayMonthYear;
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingDetected = true;           // false: forced with --encoding
    QByteArray timeZone;                    // the zone of times without one
    bool dateOrderAssumed = false;          // every date fitted either order; day first was taken
    bool dryRun = false;
    int rows = 0;                           // data rows read
    int added = 0;                          // follow-ups (surveys: responses) new to the store
    int updated = 0;                        // existing follow-ups that changed or gained history
    int unchanged = 0;                      // already there exactly so
    int rejected = 0;                       // rows not imported (bad rows skipped, unmatched surveys)
    int eventsAdded = 0;
    QList<RejectedRow> rejectedRows;
    // Contradictions in the source (closed before resolved, an open item with a closing time):
    // imported as the source has them where they can be, counted and described here.
    int dataProblems = 0;
    QStringList dataProblemNotes;           // the first few, with file and line
    qint64 elapsedMs = 0;
};

// What the header and the first rows say about a file, before anything is imported.
struct FilePreview
{
    QString file;
    char separator = ',';
    QStringList header;
    QList<QStringList> rows;                // the first rows as the reader reads them
    Profile profile = Profile::Generic;     // detected
    QHash<QString, QString> suggestedMapping;   // generic: field → column by name
    std::optional<DateOrder> dateOrder;     // from the previewed rows only; nullopt: cannot tell yet
};

} // namespace ft::importing
