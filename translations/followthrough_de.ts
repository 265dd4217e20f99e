<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ft</name>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be %2: the follow-up was changed since, in another window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough store (it is not an SQLite database). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged (the file is shorter than its header says). It was left untouched; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2. It was left untouched; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a FollowThrough store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3). Update FollowThrough; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::Channel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::EventType</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened (callback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::FollowUpService</name>
    <message>
        <source>A follow-up needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new follow-up starts open; resolve it after creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before logging a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before promising an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; reopen it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey score is 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 5: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::Kind</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::MainWindow</name>
    <message>
        <source>FollowThrough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::Priority</name>
    <message>
        <source>1 Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::Status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::StockTemplates</name>
    <message>
        <source>Incident closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User confirmed it is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to try it while you are still on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause noted in the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence a colleague would understand next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge article linked, or not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you had to work it out, write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User told how to reopen if it comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related tickets checked for the same cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything requested was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the original request, not with memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval on record where one is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester shown how to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester confirmed receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tested after implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-out plan no longer needed, or kept ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected users told it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration records updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory, diagrams, monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons noted for the next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New starter workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created and password handed over safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop imaged, encrypted and updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, calendar and chat work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer and shared drives mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New starter knows how to reach the service desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::Store</name>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup copy could not be taken (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::cli</name>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the schema version, the integrity check and the row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  followthrough [--db FILE] [--lang LANGUAGE]   open the window
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  followthrough --help | --version

Without --db the store is %1.
Exit status: 0 success, 1 failure, 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: followthrough [--db FILE] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--items takes a whole number from 1 to 10000000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo follow-ups to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the store with a realistic sample history, reproducible by seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FollowThrough cannot open its store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
