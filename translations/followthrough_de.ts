<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;—&lt;/span&gt;&lt;br&gt;No follow-ups in this period.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;—&lt;/span&gt;&lt;br&gt;Keine Nachverfolgungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;%2&lt;/span&gt; called back&lt;br&gt;%3 of %4 follow-ups came back after they were resolved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;%2&lt;/span&gt; zurückgerufen&lt;br&gt;%3 von %4 Nachverfolgungen kamen nach der Lösung zurück.</translation>
    </message>
    <message>
        <source>Closure checklist</source>
        <translation>Abschluss-Checkliste</translation>
    </message>
    <message>
        <source>%1 cannot be closed yet.</source>
        <translation>%1 kann noch nicht geschlossen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved yet.</source>
        <translation>%1 kann noch nicht gelöst werden.</translation>
    </message>
    <message>
        <source>These required checklist items are not checked:%1Check them in the follow-up panel, or override with a written reason.</source>
        <translation>Diese Pflichtpunkte der Checkliste sind nicht abgehakt:%1Haken Sie sie im Nachverfolgungsbereich ab oder übersteuern Sie mit einer schriftlichen Begründung.</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Übersteuern…</translation>
    </message>
    <message>
        <source>%1 has advisory checklist items that are not checked.</source>
        <translation>%1 hat nicht abgehakte empfohlene Checklistenpunkte.</translation>
    </message>
    <message>
        <source>%1They do not block closing, but skipped checks are where callbacks come from.</source>
        <translation>%1Sie blockieren den Abschluss nicht, aber aus übersprungenen Prüfungen entstehen Rückrufe.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Resolve anyway</source>
        <translation>Trotzdem lösen</translation>
    </message>
</context>
<context>
    <name>ft::AboutDialog</name>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Zeitleisteneinträge</translation>
    </message>
    <message>
        <source>Promised updates</source>
        <translation>Zugesagte Rückmeldungen</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Checklisten-Durchläufe</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>CSI initiatives</source>
        <translation>KVP-Initiativen</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>About FollowThrough</source>
        <translation>Über FollowThrough</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FollowThrough %1&lt;/h2&gt;&lt;p&gt;Follow-ups, closure checklists and KPI reviews for IT team leads.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FollowThrough %1&lt;/h2&gt;&lt;p&gt;Nachverfolgungen, Abschluss-Checklisten und KPI-Auswertungen für IT-Teamleiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Datenbestand:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>FollowThrough is free software under the GNU General Public License, version 3 or later. It comes with no warranty. &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;Read the licence&lt;/a&gt;.</source>
        <translation>FollowThrough ist freie Software unter der GNU General Public License, Version 3 oder neuer. Es besteht keinerlei Gewährleistung. &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;Lizenz lesen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
</context>
<context>
    <name>ft::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Write a copy of the whole store to a file of your choice</source>
        <translation>Eine Kopie des gesamten Datenbestands in eine Datei Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>Replace the store with a backup; the store as it is now is kept as a copy</source>
        <translation>Datenbestand durch eine Sicherung ersetzen; der aktuelle Datenbestand bleibt als Kopie erhalten</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Datenbestand sichern</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite)</source>
        <translation>FollowThrough-Datenbestände (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was not written: %1 cannot be replaced.</source>
        <translation>Die Sicherung wurde nicht geschrieben: %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sicherung nach %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite);;All files (*)</source>
        <translation>FollowThrough-Datenbestände (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Replace everything in the store with this backup?</source>
        <translation>Alles im Datenbestand durch diese Sicherung ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%1
written %2, holds %n follow-up(s).

The store as it is now is kept as a copy in %3.</source>
        <translation>
            <numerusform>%1
geschrieben %2, enthält %n Nachverfolgung.

Der aktuelle Datenbestand bleibt als Kopie in %3 erhalten.</numerusform>
            <numerusform>%1
geschrieben %2, enthält %n Nachverfolgungen.

Der aktuelle Datenbestand bleibt als Kopie in %3 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Restored %1; the store as it was is kept in %2.</source>
        <translation>%1 wiederhergestellt; der bisherige Datenbestand bleibt in %2 erhalten.</translation>
    </message>
    <message>
        <source>This register is on a server: its backups are the server's</source>
        <translation>Dieses Register liegt auf einem Server: Seine Sicherungen macht der Server</translation>
    </message>
</context>
<context>
    <name>ft::BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1</source>
        <translation>Die alte Sicherung %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 is a store on a server: its backups are the server's (pg_dump), not files beside it.</source>
        <translation>%1 ist ein Datenbestand auf einem Server: Seine Sicherungen macht der Server (pg_dump), nicht Dateien daneben.</translation>
    </message>
</context>
<context>
    <name>ft::BeforeAfter</name>
    <message>
        <source>Average before the start %1 (%2), since the start %3 (%4).</source>
        <translation>Durchschnitt vor dem Start %1 (%2), seit dem Start %3 (%4).</translation>
    </message>
    <message>
        <source>Average before the start %1 (%2).</source>
        <translation>Durchschnitt vor dem Start %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ft::ChangeSet</name>
    <message>
        <source>Unknown table %1</source>
        <translation>Unbekannte Tabelle %1</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: the follow-up was changed since, in another window or program.</source>
        <translation>„%1“ kann nicht %2 werden: Die Nachverfolgung wurde inzwischen in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ft::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ft::Checklist</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffect</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Der Datenbestand konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffectDialog</name>
    <message>
        <source>Checklist effect</source>
        <translation>Wirkung der Checklisten</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Gewählte Daten</translation>
    </message>
    <message>
        <source>Resolved in:</source>
        <translation>Gelöst im Zeitraum:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>A callback is a follow-up reopened after it was resolved. “Complete” means every checklist item was checked and nothing was overridden.</source>
        <translation>Ein Rückruf ist eine Nachverfolgung, die nach ihrer Lösung wieder geöffnet wurde. „Vollständig“ heißt: Jeder Checklistenpunkt wurde abgehakt und nichts übersteuert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which skipped items were followed by callbacks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auf welche übersprungenen Punkte Rückrufe folgten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Datenbestand wird gelesen…</translation>
    </message>
    <message>
        <source>Resolved with a complete checklist</source>
        <translation>Mit vollständiger Checkliste gelöst</translation>
    </message>
    <message>
        <source>Resolved with checks skipped or overridden</source>
        <translation>Mit übersprungenen oder übersteuerten Prüfungen gelöst</translation>
    </message>
    <message>
        <source>There is nothing to compare yet: this period needs follow-ups resolved both ways.</source>
        <translation>Noch nichts zu vergleichen: In diesem Zeitraum müssen Nachverfolgungen auf beide Arten gelöst worden sein.</translation>
    </message>
    <message>
        <source>Skipping checks went with %1 times as many callbacks.</source>
        <translation>Übersprungene Prüfungen gingen mit %1-mal so vielen Rückrufen einher.</translation>
    </message>
    <message>
        <source>Only follow-ups with checks skipped were called back.</source>
        <translation>Nur Nachverfolgungen mit übersprungenen Prüfungen wurden zurückgerufen.</translation>
    </message>
    <message>
        <source>Skipping checks did not go with more callbacks in this period.</source>
        <translation>Übersprungene Prüfungen gingen in diesem Zeitraum nicht mit mehr Rückrufen einher.</translation>
    </message>
    <message>
        <source>Checklist compliance: no follow-up with a checklist was resolved in this period.</source>
        <translation>Checklisten-Einhaltung: In diesem Zeitraum wurde keine Nachverfolgung mit Checkliste gelöst.</translation>
    </message>
    <message>
        <source>Checklist compliance: %1 — %2 of %3 follow-ups with a checklist were resolved with every required item checked and no override.</source>
        <translation>Checklisten-Einhaltung: %1 — %2 von %3 Nachverfolgungen mit Checkliste wurden mit allen Pflichtpunkten abgehakt und ohne Übersteuern gelöst.</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffectModel</name>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Times skipped</source>
        <translation>Mal übersprungen</translation>
    </message>
    <message>
        <source>Called back after skipping</source>
        <translation>Nach Überspringen zurückgerufen</translation>
    </message>
    <message>
        <source>Times checked</source>
        <translation>Mal abgehakt</translation>
    </message>
    <message>
        <source>Called back when checked</source>
        <translation>Zurückgerufen trotz Abhaken</translation>
    </message>
    <message>
        <source>%1 of %2: too few to judge</source>
        <translation>%1 von %2: zu wenige für eine Aussage</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistRunWidget</name>
    <message>
        <source>&lt;b&gt;Closure checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abschluss-Checkliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add checklist</source>
        <translation>Checkliste hinzufügen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 checked</source>
        <translation>%1 abgehakt</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt; — %2</source>
        <translation>&lt;i&gt;%1&lt;/i&gt; — %2</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: “%3”</source>
        <translation>Übersteuert von %1 am %2: „%3“</translation>
    </message>
    <message>
        <source>%1 (advisory)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Required: resolving is refused while this is unchecked.</source>
        <translation>Pflicht: Das Lösen wird verweigert, solange dies nicht abgehakt ist.</translation>
    </message>
    <message>
        <source>Advisory: resolving warns while this is unchecked.</source>
        <translation>Empfohlen: Beim Lösen wird gewarnt, solange dies nicht abgehakt ist.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>No checklist applies to this follow-up.</source>
        <translation>Für diese Nachverfolgung gilt keine Checkliste.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistRuns</name>
    <message>
        <source>Checklist item %1 does not exist.</source>
        <translation>Checklistenpunkt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Checklist %1 does not exist.</source>
        <translation>Checkliste %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistService</name>
    <message>
        <source>“%1” is closed; reopen it before changing its checklist.</source>
        <translation>„%1“ ist geschlossen; vor Änderungen an der Checkliste wieder öffnen.</translation>
    </message>
    <message>
        <source>Checklist template %1 is already attached, has no items or does not exist.</source>
        <translation>Checklistenvorlage %1 ist bereits angehängt, hat keine Punkte oder existiert nicht.</translation>
    </message>
    <message>
        <source>Add checklist “%1”</source>
        <translation>Checkliste „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>“%1” is resolved; reopen it before adding a checklist.</source>
        <translation>„%1“ ist gelöst; vor dem Hinzufügen einer Checkliste wieder öffnen.</translation>
    </message>
    <message>
        <source>“%1” is already checked.</source>
        <translation>„%1“ ist bereits abgehakt.</translation>
    </message>
    <message>
        <source>“%1” is not checked.</source>
        <translation>„%1“ ist nicht abgehakt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Check “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Punkt abhaken</translation>
    </message>
    <message>
        <source>Uncheck “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <source>Uncheck item</source>
        <translation>Haken entfernen</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateEditor</name>
    <message>
        <source>Checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Attach automatically to</source>
        <translation>Automatisch anhängen an</translation>
    </message>
    <message>
        <source>Any category (or a list: Email, Printing)</source>
        <translation>Jede Kategorie (oder eine Liste: E-Mail, Drucken)</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Arten:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>No kind ticked means every kind.</source>
        <translation>Keine Art angehakt bedeutet: jede Art.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Punkt hinzufügen…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Up; or drag the row</source>
        <translation>Strg+Hoch; oder die Zeile ziehen</translation>
    </message>
    <message>
        <source>Ctrl+Down; or drag the row</source>
        <translation>Strg+Runter; oder die Zeile ziehen</translation>
    </message>
    <message>
        <source>Tick “Blocks closing” for required items; the others only warn. Double-click text or hint to edit it.</source>
        <translation>„Blockiert Abschluss“ für Pflichtpunkte anhaken; die anderen warnen nur. Doppelklick auf Text oder Hinweis zum Bearbeiten.</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>Neue Checklisten-Vorlage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename checklist template</source>
        <translation>Checklisten-Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Delete checklist template</source>
        <translation>Checklisten-Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>It no longer attaches to new follow-ups. Checklists already attached keep their items.</source>
        <translation>Sie wird nicht mehr an neue Nachverfolgungen angehängt. Bereits angehängte Checklisten behalten ihre Punkte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Checklistenpunkt hinzufügen</translation>
    </message>
    <message>
        <source>What must be done before closing:</source>
        <translation>Was vor dem Abschluss erledigt sein muss:</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateItemsModel</name>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Required: closing is refused while it is unchecked</source>
        <translation>Pflicht: Der Abschluss wird verweigert, solange er nicht abgehakt ist</translation>
    </message>
    <message>
        <source>Advisory: closing warns while it is unchecked</source>
        <translation>Empfohlen: Beim Abschluss wird gewarnt, solange er nicht abgehakt ist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Blocks closing</source>
        <translation>Blockiert Abschluss</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateRepository</name>
    <message>
        <source>A checklist template needs a name.</source>
        <translation>Eine Checklistenvorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a checklist template called “%1”.</source>
        <translation>Es gibt bereits eine Checklistenvorlage namens „%1“.</translation>
    </message>
    <message>
        <source>Checklist item %1 does not exist.</source>
        <translation>Checklistenpunkt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Checklist template %1 does not exist.</source>
        <translation>Checklistenvorlage %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Kind mask %1 is out of range.</source>
        <translation>Art-Maske %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>A checklist item needs some text.</source>
        <translation>Ein Checklistenpunkt braucht einen Text.</translation>
    </message>
    <message>
        <source>“%1” is already the first item.</source>
        <translation>„%1“ ist bereits der erste Punkt.</translation>
    </message>
    <message>
        <source>“%1” is already the last item.</source>
        <translation>„%1“ ist bereits der letzte Punkt.</translation>
    </message>
</context>
<context>
    <name>ft::ClosureGate</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>“%1” cannot be %2 yet: these required checklist items are not checked: %3. Check them, or override with a written reason.</source>
        <translation>„%1“ kann noch nicht %2 werden: Diese Pflichtpunkte der Checkliste sind nicht abgehakt: %3. Abhaken oder mit schriftlicher Begründung übersteuern.</translation>
    </message>
    <message>
        <source>“%1” has advisory checklist items that are not checked: %2. Close it anyway?</source>
        <translation>„%1“ hat nicht abgehakte empfohlene Checklistenpunkte: %2. Trotzdem abschließen?</translation>
    </message>
</context>
<context>
    <name>ft::CsiInitiativeDialog</name>
    <message>
        <source>Fill from the data</source>
        <translation>Aus den Daten füllen</translation>
    </message>
    <message>
        <source>Edit improvement initiative</source>
        <translation>Verbesserungsinitiative bearbeiten</translation>
    </message>
    <message>
        <source>New improvement initiative</source>
        <translation>Neue Verbesserungsinitiative</translation>
    </message>
    <message>
        <source>The measure's value in the last whole month before the start date</source>
        <translation>Wert der Kennzahl im letzten vollen Monat vor dem Startdatum</translation>
    </message>
    <message>
        <source>What came of it, in words</source>
        <translation>Was daraus geworden ist, in Worten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Measure it aims to move</source>
        <translation>Kennzahl, die verbessert werden soll</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>An initiative needs a title.</source>
        <translation>Eine Initiative braucht einen Titel.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>The value in %1.</source>
        <translation>Der Wert im %1.</translation>
    </message>
    <message>
        <source>There is no data for the month before the start date.</source>
        <translation>Für den Monat vor dem Startdatum gibt es keine Daten.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>ft::CsiRegisterView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Fill &amp;baseline from the data</source>
        <translation>&amp;Ausgangswert aus den Daten füllen</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seitdem</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Reading the register</source>
        <translation>Register wird gelesen</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Adding the initiative</source>
        <translation>Initiative wird hinzugefügt</translation>
    </message>
    <message>
        <source>Saving the initiative</source>
        <translation>Initiative wird gespeichert</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Drop the initiative</source>
        <translation>Initiative verwerfen</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Was ist daraus geworden?</translation>
    </message>
    <message>
        <source>Closing the initiative</source>
        <translation>Initiative wird abgeschlossen</translation>
    </message>
    <message>
        <source>Delete the initiative</source>
        <translation>Initiative löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from the register? Marking it dropped keeps its history.</source>
        <translation>„%1“ aus dem Register löschen? Beim Markieren als verworfen bleibt der Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Deleting the initiative</source>
        <translation>Initiative wird gelöscht</translation>
    </message>
    <message>
        <source>The figures are still being measured; try again in a moment.</source>
        <translation>Die Werte werden noch gemessen; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>There is no data for the month before “%1” started.</source>
        <translation>Für den Monat vor dem Start von „%1“ gibt es keine Daten.</translation>
    </message>
    <message>
        <source>Filling the baseline</source>
        <translation>Ausgangswert wird gefüllt</translation>
    </message>
    <message>
        <source>The baseline of “%1” is now its value in %2.</source>
        <translation>Der Ausgangswert von „%1“ ist jetzt sein Wert im %2.</translation>
    </message>
    <message>
        <source>%1 (average of %2)</source>
        <translation>%1 (Durchschnitt über %2)</translation>
    </message>
    <message>
        <source>Signal or noise</source>
        <translation>Signal oder Rauschen</translation>
    </message>
    <message>
        <source>Before: the average of the measure over the whole months before the start. Since: its average over the whole months since. Signal or noise: whether the measure moved beyond its normal variation since the start (see the KPI chart's limits).</source>
        <translation>Vorher: der Durchschnitt der Kennzahl über die vollen Monate vor dem Start. Seitdem: ihr Durchschnitt über die vollen Monate danach. Signal oder Rauschen: ob sich die Kennzahl seit dem Start über ihre normale Schwankung hinaus bewegt hat (siehe die Grenzen im KPI-Diagramm).</translation>
    </message>
</context>
<context>
    <name>ft::CsiRepository</name>
    <message>
        <source>There is no improvement initiative with id %1.</source>
        <translation>Es gibt keine Verbesserungsinitiative mit der Nummer %1.</translation>
    </message>
    <message>
        <source>An improvement initiative needs a title.</source>
        <translation>Eine Verbesserungsinitiative braucht einen Titel.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” needs the KPI it aims to move.</source>
        <translation>Die Verbesserungsinitiative „%1“ braucht die Kennzahl, die sie verbessern soll.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” needs a start date.</source>
        <translation>Die Verbesserungsinitiative „%1“ braucht ein Startdatum.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1”: the review date %2 is before the start date %3.</source>
        <translation>Verbesserungsinitiative „%1“: Das Prüfdatum %2 liegt vor dem Startdatum %3.</translation>
    </message>
</context>
<context>
    <name>ft::CsiStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>ft::CsvReader</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line and no data.</source>
        <translation>%1 ist leer: Es gibt weder eine Kopfzeile noch Daten.</translation>
    </message>
    <message>
        <source>%1: a quote in the header line is never closed.</source>
        <translation>%1: Ein Anführungszeichen in der Kopfzeile wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1: the header line is not UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again.</source>
        <translation>%1: Die Kopfzeile ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation „CSV UTF-8“) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3.</source>
        <translation>%1: %2 Felder, wo die Kopfzeile %3 hat.</translation>
    </message>
    <message>
        <source>%1: the header line is longer than %2 MiB; this is not a CSV file.</source>
        <translation>%1: Die Kopfzeile ist länger als %2 MiB; das ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1, column “%2”: a quoted field starts here and is never closed.</source>
        <translation>%1, Spalte „%2“: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>%1: the record starting here is longer than %2 MiB (is a quote never closed, or is this not a CSV file?).</source>
        <translation>%1: Der hier beginnende Datensatz ist länger als %2 MiB (wird ein Anführungszeichen nie geschlossen, oder ist das keine CSV-Datei?).</translation>
    </message>
    <message>
        <source>%1, column “%2”: the text is not UTF-8. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again.</source>
        <translation>%1, Spalte „%2“: Der Text ist nicht UTF-8. Speichern Sie die Datei als UTF-8 (in der Tabellenkalkulation „CSV UTF-8“) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1, column “%2”: the field is %3 KiB long; at most %4 KiB are accepted.</source>
        <translation>%1, Spalte „%2“: Das Feld ist %3 KiB lang; erlaubt sind höchstens %4 KiB.</translation>
    </message>
    <message>
        <source>%1, column “%2”, character %3: a control character (U+%4) that is not text. Remove it from the file and import it again.</source>
        <translation>%1, Spalte „%2“, Zeichen %3: ein Steuerzeichen (U+%4), kein Text. Entfernen Sie es aus der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the header names the column “%2” twice (columns %3 and %4). Rename one of them and import again.</source>
        <translation>%1: Die Kopfzeile nennt die Spalte „%2“ zweimal (Spalten %3 und %4). Benennen Sie eine davon um und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an import reads at most %3 MiB. Split the file.</source>
        <translation>%1 ist %2 MiB groß; ein Import liest höchstens %3 MiB. Teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>%1 is a device or a socket, not a file; nothing was imported.</source>
        <translation>%1 ist ein Gerät oder ein Socket, keine Datei; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: no temporary file for it (%2).</source>
        <translation>%1 kann nicht gelesen werden: keine temporäre Datei dafür (%2).</translation>
    </message>
    <message>
        <source>%1 gave more than %2 MiB; an import reads at most that. Nothing was imported.</source>
        <translation>%1 lieferte mehr als %2 MiB; mehr liest ein Import nicht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: the temporary copy failed (%2).</source>
        <translation>%1 kann nicht gelesen werden: Die temporäre Kopie ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>ft::DateFormat</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QLocale date pattern: d day, MMM short month name, yyyy year; quote words as 'de'</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QLocale date pattern: d day, MMMM month name, yyyy year; quote words as 'de'</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>QLocale date pattern: MMMM month name, yyyy year; quote words as 'de'</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <extracomment>QLocale date pattern: ddd short weekday, d day, MMM short month, HH:mm time</extracomment>
        <translation>ddd d. MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <extracomment>QLocale date pattern: d day, MMM short month, yyyy year, HH:mm time</extracomment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <extracomment>QLocale date pattern: ddd short weekday, d day, MMM short month, yyyy year, HH:mm time</extracomment>
        <translation>ddd d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>QLocale date pattern: d day, MMM short month, yyyy year, HH:mm time</extracomment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>ft::DemoGenerator</name>
    <message>
        <source>The demo needs at least one follow-up.</source>
        <translation>Die Demo braucht mindestens eine Nachverfolgung.</translation>
    </message>
    <message>
        <source>The store %1 already holds %2 follow-ups; the demo fills an empty store only.</source>
        <translation>Der Datenbestand %1 enthält bereits %2 Nachverfolgungen; die Demo füllt nur einen leeren Datenbestand.</translation>
    </message>
    <message>
        <source>The demo was cancelled; the store was left as it was.</source>
        <translation>Die Demo wurde abgebrochen; der Datenbestand blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>ft::EventType</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Kontakt erfasst</translation>
    </message>
    <message>
        <source>Update promised</source>
        <translation>Rückmeldung zugesagt</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Reopened (callback)</source>
        <translation>Wieder geöffnet (Rückruf)</translation>
    </message>
    <message>
        <source>Checklist item checked</source>
        <translation>Checklistenpunkt abgehakt</translation>
    </message>
    <message>
        <source>Checklist item unchecked</source>
        <translation>Checklistenpunkt nicht mehr abgehakt</translation>
    </message>
    <message>
        <source>Checklist overridden</source>
        <translation>Checkliste übersteuert</translation>
    </message>
    <message>
        <source>Survey received</source>
        <translation>Umfrage erhalten</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Feld geändert</translation>
    </message>
    <message>
        <source>Checklist attached</source>
        <translation>Checkliste angehängt</translation>
    </message>
</context>
<context>
    <name>ft::ExportActions</name>
    <message>
        <source>Export follow-ups</source>
        <translation>Nachverfolgungen exportieren</translation>
    </message>
    <message>
        <source>followups.csv</source>
        <extracomment>default file name of the CSV export</extracomment>
        <translation>nachverfolgungen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>%1 Nachverfolgungen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export promised updates</source>
        <translation>Zugesagte Rückmeldungen exportieren</translation>
    </message>
    <message>
        <source>promised-updates.ics</source>
        <extracomment>default file name of the calendar export</extracomment>
        <translation>zugesagte-rueckmeldungen.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1 promised updates to %2.</source>
        <translation>%1 zugesagte Rückmeldungen nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpListView</name>
    <message>
        <source>Search reference, title, requester, owner, category…</source>
        <translation>Referenz, Titel, Anfragende, Bearbeiter, Kategorie suchen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Jedes Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>Fällig bis heute</translation>
    </message>
    <message>
        <source>Due by tomorrow</source>
        <translation>Fällig bis morgen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Fällig diese Woche</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Fällig in 7 Tagen</translation>
    </message>
    <message>
        <source>Search follow-ups</source>
        <translation>Nachverfolgungen durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Prioritätsfilter</translation>
    </message>
    <message>
        <source>Due date filter</source>
        <translation>Fälligkeitsfilter</translation>
    </message>
    <message>
        <source>Number of follow-ups shown</source>
        <translation>Anzahl angezeigter Nachverfolgungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Bearbeiter</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 Nachverfolgung</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 Nachverfolgungen</translation>
    </message>
    <message>
        <source>1 follow-up matches</source>
        <translation>1 Nachverfolgung passt</translation>
    </message>
    <message>
        <source>%1 follow-ups match</source>
        <translation>%1 Nachverfolgungen passen</translation>
    </message>
    <message>
        <source>%1 follow-ups or more (counting…)</source>
        <translation>%1 oder mehr Nachverfolgungen (wird gezählt …)</translation>
    </message>
    <message>
        <source>%1 follow-ups or more match (counting…)</source>
        <translation>%1 oder mehr Nachverfolgungen passen (wird gezählt …)</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpPanel</name>
    <message>
        <source>Save &amp;changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>Refere&amp;nz:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>An&amp;fragende(r):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Cont&amp;act:</source>
        <translation>Kont&amp;akt:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Bearbei&amp;ter(in):</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>S&amp;LA:</source>
        <translation>S&amp;LA:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Notize&amp;n:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Follow-up facts</source>
        <translation>Angaben zur Nachverfolgung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>No follow-up selected</source>
        <translation>Keine Nachverfolgung ausgewählt</translation>
    </message>
    <message>
        <source>Pick a follow-up in the Today review or the list to see it here.</source>
        <translation>Wählen Sie eine Nachverfolgung in der Tagesübersicht oder der Liste, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;span style='color:%3'&gt;&lt;b&gt;%1 (%2&amp;nbsp;overdue)&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='color:%3'&gt;&lt;b&gt;%1 (%2&amp;nbsp;überfällig)&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Rückmeldung fällig</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>%1 saved this follow-up in another window or program while you were editing it. Saving will not write over that change: revert to see the saved values.</source>
        <translation>%1 hat diese Nachverfolgung in einem anderen Fenster oder Programm gespeichert, während Sie sie bearbeitet haben. Speichern überschreibt diese Änderung nicht: „Zurücksetzen“ zeigt die gespeicherten Werte.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpService</name>
    <message>
        <source>A follow-up needs a title.</source>
        <translation>Eine Nachverfolgung braucht einen Titel.</translation>
    </message>
    <message>
        <source>A new follow-up starts open; resolve it after creating it.</source>
        <translation>Eine neue Nachverfolgung beginnt offen; lösen Sie sie nach dem Anlegen.</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Nachverfolgung</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before logging a contact.</source>
        <translation>%1 ist geschlossen; öffnen Sie sie wieder, bevor Sie einen Kontakt erfassen.</translation>
    </message>
    <message>
        <source>Promise update</source>
        <translation>Rückmeldung zusagen</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before promising an update.</source>
        <translation>%1 ist geschlossen; öffnen Sie sie wieder, bevor Sie eine Rückmeldung zusagen.</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it instead.</source>
        <translation>%1 ist geschlossen; öffnen Sie sie stattdessen wieder.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende(r)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Notizen geändert</translation>
    </message>
    <message>
        <source>SLA met changed</source>
        <translation>SLA-Einhaltung geändert</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A survey score is 1 to 5, not %1.</source>
        <translation>Eine Umfragebewertung liegt zwischen 1 und 5, nicht bei %1.</translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation>Umfrage erfassen</translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation>Bewertung %1 von 5</translation>
    </message>
    <message>
        <source>Score %1 of 5: %2</source>
        <translation>Bewertung %1 von 5: %2</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits offen.</translation>
    </message>
    <message>
        <source>The next update for %1 must be promised for a time still ahead.</source>
        <translation>Die nächste Rückmeldung zu %1 muss für einen Zeitpunkt in der Zukunft zugesagt werden.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA eingehalten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Rückmeldung fällig</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” in another window or program while you were editing it. None of your edits were saved, so that change was not written over.</source>
        <translation>%1 hat bei „%3“ in einem anderen Fenster oder Programm %2 geändert, während Sie es bearbeitet haben. Keine Ihrer Änderungen wurde gespeichert; die andere Änderung wurde also nicht überschrieben.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 set “%2” to %3 since this window showed it as %4. Nothing was changed: see how it stands now before you act on it.</source>
        <translation>%1 hat „%2“ auf %3 gesetzt, seit dieses Fenster es als %4 angezeigt hat. Es wurde nichts geändert: Sehen Sie sich den aktuellen Stand an, bevor Sie handeln.</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende(r)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Nächste Rückmeldung fällig</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
</context>
<context>
    <name>ft::IdentityAction</name>
    <message>
        <source>&amp;Who you are…</source>
        <translation>&amp;Wer Sie sind…</translation>
    </message>
    <message>
        <source>The name your actions are recorded under on the timeline</source>
        <translation>Der Name, unter dem Ihre Aktionen im Verlauf erscheinen</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Wer Sie sind</translation>
    </message>
    <message>
        <source>Calls, promises, closures and checklist ticks are recorded under this name, so that the team sees who did what.</source>
        <translation>Anrufe, Zusagen, Abschlüsse und abgehakte Checklistenpunkte werden unter diesem Namen festgehalten, damit das Team sieht, wer was getan hat.</translation>
    </message>
    <message>
        <source>e.g. Dana Kim</source>
        <translation>z. B. Dana Kim</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
</context>
<context>
    <name>ft::ImportDryRunPage</name>
    <message>
        <source>&amp;Skip bad rows (list them and import the others)</source>
        <translation>Fehlerhafte Zeilen &amp;überspringen (auflisten und die übrigen importieren)</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Was der Import bewirken würde</translation>
    </message>
    <message>
        <source>A trial run through the whole file; nothing has been written yet.</source>
        <translation>Ein Probelauf durch die ganze Datei; bisher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The trial run was cancelled.</source>
        <translation>Der Probelauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The file cannot be imported as it is:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Correct the file, pick other settings (Back), or skip bad rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Datei kann so nicht importiert werden:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Datei korrigieren, andere Einstellungen wählen (Zurück) oder fehlerhafte Zeilen überspringen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Die ganze Datei wird gelesen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA eingehalten</translation>
    </message>
    <message>
        <source>The first rows, as they will be stored:</source>
        <translation>Die ersten Zeilen, so wie sie gespeichert werden:</translation>
    </message>
</context>
<context>
    <name>ft::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV export of your service desk (ServiceNow incidents or any other table), or survey responses. Nothing is written until the last step.</source>
        <translation>Ein CSV-Export Ihres Service Desks (ServiceNow-Incidents oder eine andere Tabelle) oder Umfrageantworten. Bis zum letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>/path/to/export.csv</source>
        <translation>/pfad/zu/export.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ft::ImportMappingPage</name>
    <message>
        <source>Reference (ticket number)</source>
        <translation>Referenz (Ticketnummer)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner (technician)</source>
        <translation>Bearbeiter(in) (Techniker)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende(r)</translation>
    </message>
    <message>
        <source>Requester contact</source>
        <translation>Kontakt des/der Anfragenden</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>Erste Reaktion am</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Gelöst am</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Reopen count (callbacks)</source>
        <translation>Anzahl Wiedereröffnungen (Rückrufe)</translation>
    </message>
    <message>
        <source>SLA met (yes/no)</source>
        <translation>SLA eingehalten (ja/nein)</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Kontaktart</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Zeitpunkt des Ereignisses</translation>
    </message>
    <message>
        <source>Status detail (sub-status)</source>
        <translation>Status-Detail (Unterstatus)</translation>
    </message>
    <message>
        <source>Minutes to the first response</source>
        <translation>Minuten bis zur ersten Reaktion</translation>
    </message>
    <message>
        <source>Pick the column for each field; “not imported” leaves a column out, even one that was suggested. Below, say what the file's values mean. Your choices are remembered for files with the same columns.</source>
        <translation>Wählen Sie für jedes Feld die Spalte; „nicht importiert“ lässt eine Spalte weg, auch eine vorgeschlagene. Legen Sie darunter fest, was die Werte der Datei bedeuten. Ihre Auswahl wird für Dateien mit denselben Spalten gespeichert.</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Values of the first rows and what they will be read as:</source>
        <translation>Werte der ersten Zeilen und wie sie gelesen werden:</translation>
    </message>
    <message>
        <source>(not known: choose one)</source>
        <translation>(unbekannt: bitte wählen)</translation>
    </message>
    <message>
        <source>%1 (as read)</source>
        <translation>%1 (wie gelesen)</translation>
    </message>
</context>
<context>
    <name>ft::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>All or nothing: Cancel leaves the store as it was.</source>
        <translation>Alles oder nichts: Abbrechen lässt den Datenbestand unverändert.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>Der Import wurde abgebrochen; der Datenbestand ist unverändert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing was imported:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Es wurde nichts importiert:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading and writing…</source>
        <translation>Lesen und Schreiben…</translation>
    </message>
    <message>
        <source>Done: the follow-ups are in the store. Finish closes the wizard.</source>
        <translation>Fertig: Die Nachverfolgungen sind im Datenbestand. „Fertigstellen“ beendet den Assistenten.</translation>
    </message>
    <message>
        <source>Nothing was changed: the store is as it was.</source>
        <translation>Nichts wurde geändert: Der Datenbestand ist unverändert.</translation>
    </message>
</context>
<context>
    <name>ft::ImportSettingsPage</name>
    <message>
        <source>How the file will be read</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>Detect from every date in the file</source>
        <translation>Anhand aller Datumsangaben in der Datei erkennen</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Art der Datei:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Da&amp;tumsangaben:</translation>
    </message>
    <message>
        <source>The first rows, as they will be read:</source>
        <translation>Die ersten Zeilen, so wie sie gelesen werden:</translation>
    </message>
    <message>
        <source>%1 — detected: %2, separated by “%3”.</source>
        <translation>%1 — erkannt: %2, getrennt durch „%3“.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The first rows are written %1; the whole file is checked when importing.</source>
        <translation>Die ersten Zeilen sind %1 geschrieben; beim Import wird die ganze Datei geprüft.</translation>
    </message>
    <message>
        <source>Every date in the first rows fits either order; the whole file is checked when importing (day first if it still cannot tell).</source>
        <translation>Jedes Datum in den ersten Zeilen passt zu beiden Reihenfolgen; beim Import wird die ganze Datei geprüft (Tag zuerst, falls es dann noch unklar ist).</translation>
    </message>
    <message>
        <source>“%1” reads as %2.</source>
        <translation>„%1“ wird als %2 gelesen.</translation>
    </message>
    <message>
        <source>No date in the first rows reads in this order.</source>
        <translation>Kein Datum in den ersten Zeilen passt zu dieser Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>ft::ImportWizard</name>
    <message>
        <source>Import follow-ups</source>
        <translation>Nachverfolgungen importieren</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows read. Importing would &lt;b&gt;add %2&lt;/b&gt; %3, &lt;b&gt;update %4&lt;/b&gt;, leave %5 unchanged and &lt;b&gt;reject %6&lt;/b&gt; rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Zeilen gelesen. Der Import würde bei %3 &lt;b&gt;%2 hinzufügen&lt;/b&gt;, &lt;b&gt;%4 aktualisieren&lt;/b&gt;, %5 unverändert lassen und &lt;b&gt;%6 Zeilen ablehnen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows read: &lt;b&gt;%2&lt;/b&gt; %3 added, &lt;b&gt;%4&lt;/b&gt; updated, %5 unchanged, &lt;b&gt;%6&lt;/b&gt; rows rejected, in %7 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Zeilen gelesen: &lt;b&gt;%2&lt;/b&gt; %3 hinzugefügt, &lt;b&gt;%4&lt;/b&gt; aktualisiert, %5 unverändert, &lt;b&gt;%6&lt;/b&gt; Zeilen abgelehnt, in %7 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dates read %1%2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Datumsangaben gelesen: %1%2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (assumed: every date in the file fits either order)</source>
        <translation> (angenommen: jedes Datum in der Datei passt zu beiden Reihenfolgen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text encoding: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zeichenkodierung: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contradictions in the source, imported as it has them:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Widersprüche in der Quelle, so übernommen, wie sie dort stehen:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::InitiativeVerdict</name>
    <message>
        <source>%1 week</source>
        <translation>%1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <translation>%1 Quartal</translation>
    </message>
    <message>
        <source>%1 quarters</source>
        <translation>%1 Quartale</translation>
    </message>
    <message>
        <source>%1 above the upper limit of normal variation</source>
        <translation>%1 über der oberen Grenze der normalen Schwankung</translation>
    </message>
    <message>
        <source>%1 below the lower limit of normal variation</source>
        <translation>%1 unter der unteren Grenze der normalen Schwankung</translation>
    </message>
    <message>
        <source>%1 in a row above the old average</source>
        <translation>%1 in Folge über dem alten Durchschnitt</translation>
    </message>
    <message>
        <source>%1 in a row below the old average</source>
        <translation>%1 in Folge unter dem alten Durchschnitt</translation>
    </message>
    <message>
        <source>%1 of the last 4 closer to the upper limit than to the average</source>
        <translation>%1 der letzten 4 näher an der oberen Grenze als am Durchschnitt</translation>
    </message>
    <message>
        <source>%1 of the last 4 closer to the lower limit than to the average</source>
        <translation>%1 der letzten 4 näher an der unteren Grenze als am Durchschnitt</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>zu wenig Daten zum Urteilen</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>no change beyond normal variation yet</source>
        <translation>noch keine Veränderung über die normale Schwankung hinaus</translation>
    </message>
    <message>
        <source>real improvement</source>
        <translation>echte Verbesserung</translation>
    </message>
    <message>
        <source>real deterioration</source>
        <translation>echte Verschlechterung</translation>
    </message>
    <message>
        <source>too few to judge: %1 with data before the start, at least %2 needed</source>
        <translation>zu wenige für eine Aussage: %1 mit Daten vor dem Start, mindestens %2 nötig</translation>
    </message>
    <message>
        <source>no change beyond normal variation yet (%1 since the start)</source>
        <translation>noch keine Veränderung über die normale Schwankung hinaus (%1 seit dem Start)</translation>
    </message>
    <message>
        <source>real improvement since %1: %2</source>
        <translation>echte Verbesserung seit %1: %2</translation>
    </message>
    <message>
        <source>real deterioration since %1: %2</source>
        <translation>echte Verschlechterung seit %1: %2</translation>
    </message>
</context>
<context>
    <name>ft::Kind</name>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ft::Kpi</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>Callback rate</source>
        <translation>Rückrufquote</translation>
    </message>
    <message>
        <source>Median resolution time (hours)</source>
        <translation>Median der Lösungszeit (Stunden)</translation>
    </message>
    <message>
        <source>90th percentile resolution time (hours)</source>
        <translation>Lösungszeit, 90. Perzentil (Stunden)</translation>
    </message>
    <message>
        <source>Median resolution time (business hours)</source>
        <translation>Median der Lösungszeit (Geschäftsstunden)</translation>
    </message>
    <message>
        <source>Median first response time (hours)</source>
        <translation>Median der Zeit bis zur ersten Antwort (Stunden)</translation>
    </message>
    <message>
        <source>SLA met rate</source>
        <translation>SLA-Einhaltungsquote</translation>
    </message>
    <message>
        <source>Average satisfaction score</source>
        <translation>Durchschnittliche Zufriedenheit</translation>
    </message>
    <message>
        <source>Satisfied customers (4 or 5)</source>
        <translation>Zufriedene Kunden (4 oder 5)</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Nachverfolgungen</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Eingehaltene Zusagen</translation>
    </message>
    <message>
        <source>Checklist compliance</source>
        <translation>Checklisten-Einhaltung</translation>
    </message>
    <message>
        <source>How many follow-ups were opened in the period.</source>
        <translation>Wie viele Nachverfolgungen im Zeitraum geöffnet wurden.</translation>
    </message>
    <message>
        <source>How many follow-ups were resolved in the period.</source>
        <translation>Wie viele Nachverfolgungen im Zeitraum gelöst wurden.</translation>
    </message>
    <message>
        <source>How many follow-ups were closed in the period.</source>
        <translation>Wie viele Nachverfolgungen im Zeitraum geschlossen wurden.</translation>
    </message>
    <message>
        <source>How many times the follow-ups resolved in the period had been reopened, added up.</source>
        <translation>Wie oft die im Zeitraum gelösten Nachverfolgungen wieder geöffnet worden waren, zusammengezählt.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the share that had been reopened at least once.</source>
        <translation>Von den im Zeitraum gelösten Nachverfolgungen der Anteil, der mindestens einmal wieder geöffnet worden war.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the middle time from opening to resolving, in clock hours: half took less, half took more.</source>
        <translation>Von den im Zeitraum gelösten Nachverfolgungen die mittlere Zeit vom Öffnen bis zur Lösung in Uhrstunden: Die Hälfte brauchte weniger, die Hälfte mehr.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the time within which nine in ten were resolved, in clock hours (nearest rank).</source>
        <translation>Von den im Zeitraum gelösten Nachverfolgungen die Zeit, in der neun von zehn gelöst wurden, in Uhrstunden (nächster Rang).</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the middle time from opening to resolving, counting only working hours of the business calendar in force on each day, and leaving out time spent waiting on the requester or a vendor.</source>
        <translation>Von den im Zeitraum gelösten Nachverfolgungen die mittlere Zeit vom Öffnen bis zur Lösung, nur in den Arbeitsstunden des an jedem Tag geltenden Geschäftskalenders, ohne die Zeit des Wartens auf Anfragende oder Lieferanten.</translation>
    </message>
    <message>
        <source>Of the follow-ups opened in the period that got a reply, the middle time from opening to the first contact with the requester, in clock hours.</source>
        <translation>Von den im Zeitraum geöffneten Nachverfolgungen mit Antwort die mittlere Zeit vom Öffnen bis zum ersten Kontakt mit der anfragenden Person, in Uhrstunden.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period whose SLA result is known, the share that met it.</source>
        <translation>Von den im Zeitraum gelösten Nachverfolgungen mit bekanntem SLA-Ergebnis der Anteil, der das SLA eingehalten hat.</translation>
    </message>
    <message>
        <source>The average score (1 to 5) of the survey responses received in the period.</source>
        <translation>Die durchschnittliche Bewertung (1 bis 5) der im Zeitraum erhaltenen Umfrageantworten.</translation>
    </message>
    <message>
        <source>Of the survey responses received in the period, the share scoring 4 or 5.</source>
        <translation>Von den im Zeitraum erhaltenen Umfrageantworten der Anteil mit 4 oder 5.</translation>
    </message>
    <message>
        <source>How many survey responses were received in the period.</source>
        <translation>Wie viele Umfrageantworten im Zeitraum eingingen.</translation>
    </message>
    <message>
        <source>How many follow-ups were open at the end of the period: opened before its end and not closed by then.</source>
        <translation>Wie viele Nachverfolgungen am Ende des Zeitraums offen waren: vor seinem Ende geöffnet und bis dahin nicht geschlossen.</translation>
    </message>
    <message>
        <source>How many open follow-ups, at the end of the period, had a promised update whose time had passed with no contact since.</source>
        <translation>Wie viele offene Nachverfolgungen am Ende des Zeitraums eine zugesagte Rückmeldung hatten, deren Zeitpunkt ohne Kontakt verstrichen war.</translation>
    </message>
    <message>
        <source>Of the promised updates that fell due in the period, the share where the requester was contacted at or before the promised time. Promises replaced or made moot by resolving never fell due and are not counted.</source>
        <translation>Von den im Zeitraum fälligen zugesagten Rückmeldungen der Anteil, bei dem die anfragende Person spätestens zum zugesagten Zeitpunkt kontaktiert wurde. Ersetzte oder durch die Lösung hinfällige Zusagen wurden nie fällig und zählen nicht.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period that had a closure checklist, the share resolved with every required item checked and no override.</source>
        <translation>Von den im Zeitraum gelösten Nachverfolgungen mit Abschluss-Checkliste der Anteil, der mit allen Pflichtpunkten abgehakt und ohne Übersteuern gelöst wurde.</translation>
    </message>
    <message>
        <source>Median resolution (h)</source>
        <translation>Median Lösungszeit (h)</translation>
    </message>
    <message>
        <source>P90 resolution (h)</source>
        <translation>P90 Lösungszeit (h)</translation>
    </message>
    <message>
        <source>Median resolution (business h)</source>
        <translation>Median Lösungszeit (Geschäftsstunden)</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Median erste Antwort (h)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA eingehalten</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Zufriedenheitswert</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>Zufrieden (4–5)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>ft::KpiChartWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>based on %1</source>
        <translation>basierend auf %1</translation>
    </message>
    <message>
        <source>previous period %1: %2, change %3</source>
        <translation>Vorperiode %1: %2, Veränderung %3</translation>
    </message>
    <message>
        <source>previous period %1: %2</source>
        <translation>Vorperiode %1: %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>target %1: met</source>
        <translation>Ziel %1: erreicht</translation>
    </message>
    <message>
        <source>target %1: missed</source>
        <translation>Ziel %1: verfehlt</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Good side of the target</source>
        <translation>Gute Seite des Ziels</translation>
    </message>
    <message>
        <source>Bad side of the target</source>
        <translation>Schlechte Seite des Ziels</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
</context>
<context>
    <name>ft::KpiChartsView</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Calendar hours</source>
        <translation>Kalenderstunden</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftsstunden</translation>
    </message>
    <message>
        <source>Business hours count only the working hours of the business calendar and leave out time spent waiting on the requester or a vendor.</source>
        <translation>Geschäftsstunden zählen nur die Arbeitszeiten des Geschäftskalenders und lassen Wartezeiten auf Anfragende oder Lieferanten weg.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation>Diagramm als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Targets and calendar…</source>
        <translation>Ziele und Kalender…</translation>
    </message>
    <message>
        <source>Set a target per KPI and the business calendar behind business hours</source>
        <translation>Ziel pro KPI und den Geschäftskalender für Geschäftsstunden festlegen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation>Median der Lösungszeit</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>Letzter Zeitraum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Improvement initiatives</source>
        <translation>Verbesserungsinitiativen</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>Die KPIs konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>No data in the chosen range.</source>
        <translation>Keine Daten im gewählten Bereich.</translation>
    </message>
    <message>
        <source>%1: %2 (based on %3)</source>
        <translation>%1: %2 (basierend auf %3)</translation>
    </message>
    <message>
        <source>Previous period %1: %2; change %3</source>
        <translation>Vorperiode %1: %2; Veränderung %3</translation>
    </message>
    <message>
        <source>Previous period %1: no data</source>
        <translation>Vorperiode %1: keine Daten</translation>
    </message>
    <message>
        <source>%1 %2 since %3 (%4 is better).
Met in %5 of %6 periods shown.</source>
        <translation>%1 %2 seit %3 (%4 ist besser).
Erreicht in %5 von %6 angezeigten Zeiträumen.</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>No target set for this KPI.</source>
        <translation>Für diese KPI ist kein Ziel festgelegt.</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — gestartet %2</translation>
    </message>
    <message>
        <source>None for this KPI.</source>
        <translation>Keine für diese KPI.</translation>
    </message>
    <message>
        <source>Data problems:
%1</source>
        <translation>Datenprobleme:
%1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>Geschäftsstunden</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>score (1–5)</source>
        <translation>Bewertung (1–5)</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>Show the limits of normal variation: points outside them, or long runs on one side of the average, are signals rather than noise</source>
        <translation>Grenzen der normalen Schwankung zeigen: Punkte außerhalb oder lange Folgen auf einer Seite des Durchschnitts sind Signale, kein Rauschen</translation>
    </message>
    <message>
        <source>Signal or noise</source>
        <translation>Signal oder Rauschen</translation>
    </message>
    <message>
        <source>So far in %1 (not over yet): %2, based on %3.</source>
        <translation>Bisher in %1 (noch nicht vorbei): %2, aus %3.</translation>
    </message>
    <message>
        <source>Too few items to judge.</source>
        <translation>Zu wenige Vorgänge für eine Aussage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ft::KpiEngine</name>
    <message numerus="yes">
        <source>%n follow-up(s) resolved before they were opened: left out of the resolution times.</source>
        <translation>
            <numerusform>%n Nachverfolgung wurde gelöst, bevor sie geöffnet wurde: bei den Lösungszeiten ausgelassen.</numerusform>
            <numerusform>%n Nachverfolgungen wurden gelöst, bevor sie geöffnet wurden: bei den Lösungszeiten ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) closed before they were opened: counted as closed, never in the backlog.</source>
        <translation>
            <numerusform>%n Nachverfolgung wurde geschlossen, bevor sie geöffnet wurde: als geschlossen gezählt, nie im Rückstand.</numerusform>
            <numerusform>%n Nachverfolgungen wurden geschlossen, bevor sie geöffnet wurden: als geschlossen gezählt, nie im Rückstand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) closed before they were resolved: counted as they are.</source>
        <translation>
            <numerusform>%n Nachverfolgung wurde geschlossen, bevor sie gelöst wurde: so gezählt, wie sie ist.</numerusform>
            <numerusform>%n Nachverfolgungen wurden geschlossen, bevor sie gelöst wurden: so gezählt, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) with a first response before they were opened: left out of the first response times.</source>
        <translation>
            <numerusform>%n Nachverfolgung mit einer ersten Antwort vor dem Öffnen: bei den Zeiten bis zur ersten Antwort ausgelassen.</numerusform>
            <numerusform>%n Nachverfolgungen mit einer ersten Antwort vor dem Öffnen: bei den Zeiten bis zur ersten Antwort ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The KPI computation was cancelled.</source>
        <translation>Die Berechnung der Kennzahlen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>Der Bereich endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ft::KpiSettingsDialog</name>
    <message>
        <source>KPI targets and business calendar</source>
        <translation>KPI-Ziele und Geschäftskalender</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Ziel festlegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation>Gilt ab:</translation>
    </message>
    <message>
        <source>A target applies from its day until a later target for the same KPI replaces it.</source>
        <translation>Ein Ziel gilt ab seinem Tag, bis ein späteres Ziel für dieselbe KPI es ersetzt.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Save calendar from this date</source>
        <translation>Kalender ab diesem Datum speichern</translation>
    </message>
    <message>
        <source>Name, e.g. New Year's Day</source>
        <translation>Name, z. B. Neujahr</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Arbeitszeit:</translation>
    </message>
    <message>
        <source>A change applies from its date on: business-hour figures before that date stay as they were.</source>
        <translation>Eine Änderung gilt ab ihrem Datum: Geschäftsstunden-Werte vor diesem Datum bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>Holidays (no working hours):</source>
        <translation>Feiertage (keine Arbeitszeit):</translation>
    </message>
    <message>
        <source>The working day has to end after it starts.</source>
        <translation>Der Arbeitstag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Von Anfang an</translation>
    </message>
</context>
<context>
    <name>ft::KpiSignalOverlay</name>
    <message>
        <source>so far: this period is not over yet</source>
        <translation>bisher: dieser Zeitraum ist noch nicht vorbei</translation>
    </message>
    <message>
        <source>too few to judge (based on %1)</source>
        <translation>zu wenige für eine Aussage (aus %1)</translation>
    </message>
    <message>
        <source>normal variation: %1 to %2 (average %3)</source>
        <translation>normale Schwankung: %1 bis %2 (Durchschnitt %3)</translation>
    </message>
    <message>
        <source>part of the baseline the limits come from</source>
        <translation>Teil der Basis, aus der die Grenzen stammen</translation>
    </message>
    <message>
        <source>signal: %1</source>
        <translation>Signal: %1</translation>
    </message>
    <message>
        <source>No limits of normal variation yet: they need at least %1 complete periods with data before the first improvement initiative (or in all, without one); there are %2.</source>
        <translation>Noch keine Grenzen der normalen Schwankung: Dafür braucht es mindestens %1 abgeschlossene Zeiträume mit Daten vor der ersten Verbesserungsinitiative (ohne Initiative insgesamt); vorhanden sind %2.</translation>
    </message>
    <message>
        <source>Average %1 over %2 to %3; the limits of normal variation widen where a period rests on few items.</source>
        <translation>Durchschnitt %1 von %2 bis %3; die Grenzen der normalen Schwankung werden weiter, wo ein Zeitraum auf wenigen Vorgängen beruht.</translation>
    </message>
    <message>
        <source>Normal variation from %1 to %2 around an average of %3, from %4 to %5.</source>
        <translation>Normale Schwankung von %1 bis %2 um einen Durchschnitt von %3, aus %4 bis %5.</translation>
    </message>
    <message>
        <source>Later periods are judged against these limits once they are complete.</source>
        <translation>Spätere Zeiträume werden an diesen Grenzen gemessen, sobald sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>No signal in the %1 since: what moved is normal variation.</source>
        <translation>Kein Signal in den %1 seitdem: Was sich bewegt hat, ist normale Schwankung.</translation>
    </message>
    <message>
        <source>Signals in %1 of the %2 since (ringed on the chart).</source>
        <translation>Signale in %1 der %2 seitdem (im Diagramm umkreist).</translation>
    </message>
    <message>
        <source>Average (baseline)</source>
        <translation>Durchschnitt (Basis)</translation>
    </message>
    <message>
        <source>Average and limits of normal variation</source>
        <translation>Durchschnitt und Grenzen der normalen Schwankung</translation>
    </message>
    <message>
        <source>So far (period not over)</source>
        <translation>Bisher (Zeitraum läuft noch)</translation>
    </message>
    <message>
        <source>Hollow: too few items to judge</source>
        <translation>Hohl: zu wenige Vorgänge für eine Aussage</translation>
    </message>
    <message>
        <source>Signal: not normal variation</source>
        <translation>Signal: keine normale Schwankung</translation>
    </message>
</context>
<context>
    <name>ft::KpiSignals</name>
    <message>
        <source>%1: no process limits: complete periods with data in the baseline: %2; at least %3 are needed.</source>
        <translation>%1: keine Prozessgrenzen: abgeschlossene Zeiträume mit Daten in der Basis: %2; mindestens %3 sind nötig.</translation>
    </message>
</context>
<context>
    <name>ft::KpiTargets</name>
    <message>
        <source>A target needs the day it applies from.</source>
        <translation>Ein Zielwert braucht den Tag, ab dem er gilt.</translation>
    </message>
    <message>
        <source>A target needs a number.</source>
        <translation>Ein Zielwert braucht eine Zahl.</translation>
    </message>
    <message>
        <source>A rate target is a share from 0 to 1, not %1.</source>
        <translation>Ein Quoten-Zielwert ist ein Anteil von 0 bis 1, nicht %1.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Ein Zielwert kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ft::LogContactDialog</name>
    <message>
        <source>Promise the next &amp;update by</source>
        <translation>Nächste &amp;Rückmeldung zusagen bis</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Was gesagt oder vereinbart wurde</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Zugesagter Rückmeldezeitpunkt</translation>
    </message>
    <message>
        <source>That time has passed: promise a time still ahead.</source>
        <translation>Dieser Zeitpunkt ist vorbei: Sagen Sie einen Zeitpunkt in der Zukunft zu.</translation>
    </message>
</context>
<context>
    <name>ft::MainWindow</name>
    <message>
        <source>FollowThrough</source>
        <translation>FollowThrough</translation>
    </message>
    <message>
        <source>%1 — FollowThrough</source>
        <translation>%1 — FollowThrough</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Neue Nachverfolgung…</translation>
    </message>
    <message>
        <source>Record a new piece of work someone is waiting on</source>
        <translation>Eine neue Arbeit erfassen, auf die jemand wartet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Read follow-ups from a CSV file</source>
        <translation>Nachverfolgungen aus einer CSV-Datei lesen</translation>
    </message>
    <message>
        <source>Export follow-ups as &amp;CSV…</source>
        <translation>Nachverfolgungen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the follow-ups of the list (its current filter) to a CSV file</source>
        <translation>Die Nachverfolgungen der Liste (mit aktuellem Filter) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export promised updates as i&amp;Calendar…</source>
        <translation>Zugesagte Rückmeldungen als i&amp;Calendar exportieren…</translation>
    </message>
    <message>
        <source>Write the open promised updates to a calendar file (.ics)</source>
        <translation>Die offenen zugesagten Rückmeldungen in eine Kalenderdatei (.ics) schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Save the window layout and quit</source>
        <translation>Fensteranordnung speichern und beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record a call, email or visit, and promise the next update</source>
        <translation>Anruf, E-Mail oder Besuch erfassen und die nächste Rückmeldung zusagen</translation>
    </message>
    <message>
        <source>&amp;Promise update…</source>
        <translation>Rückmeldung &amp;zusagen…</translation>
    </message>
    <message>
        <source>Set when the requester will next hear from us</source>
        <translation>Festlegen, wann die anfragende Person wieder von uns hört</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>The work is done; waiting for the requester to confirm</source>
        <translation>Die Arbeit ist erledigt; die Bestätigung der anfragenden Person steht aus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Close the follow-up for good</source>
        <translation>Die Nachverfolgung endgültig schließen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>The requester called back: the work is not done (counts as a callback)</source>
        <translation>Die anfragende Person hat sich wieder gemeldet: Die Arbeit ist nicht erledigt (zählt als Rückruf)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Overdue, due today, gone quiet, waiting to close</source>
        <translation>Überfällig, heute fällig, still geworden, wartet auf Abschluss</translation>
    </message>
    <message>
        <source>&amp;All follow-ups</source>
        <translation>&amp;Alle Nachverfolgungen</translation>
    </message>
    <message>
        <source>The full list with search and filters</source>
        <translation>Die vollständige Liste mit Suche und Filtern</translation>
    </message>
    <message>
        <source>&amp;KPI charts</source>
        <translation>&amp;KPI-Diagramme</translation>
    </message>
    <message>
        <source>Each KPI over weeks, months or quarters, against its target</source>
        <translation>Jede KPI über Wochen, Monate oder Quartale, verglichen mit ihrem Ziel</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the full list by reference, title, requester, owner or category</source>
        <translation>Die ganze Liste nach Referenz, Titel, Anfragende(r), Bearbeiter(in) oder Kategorie durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the store again (also happens every minute)</source>
        <translation>Den Datenbestand neu lesen (geschieht auch jede Minute)</translation>
    </message>
    <message>
        <source>&amp;About FollowThrough</source>
        <translation>&amp;Über FollowThrough</translation>
    </message>
    <message>
        <source>Version, store, what it holds, and the licence</source>
        <translation>Version, Datenbestand, Inhalt und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key the menus answer to</source>
        <translation>Alle Tasten, auf die die Menüs reagieren</translation>
    </message>
    <message>
        <source>&amp;Switch between list and details</source>
        <translation>Zwischen Liste und Details &amp;wechseln</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the list and the follow-up</source>
        <translation>Tastaturfokus zwischen Liste und Nachverfolgung verschieben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Nachverfolgung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Alle Nachverfolgungen</translation>
    </message>
    <message>
        <source>Improvement register</source>
        <translation>Verbesserungsregister</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Open: %1 · Overdue: %2 · Due today: %3</source>
        <translation>Offen: %1 · Überfällig: %2 · Heute fällig: %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>%1 wurde nicht geändert</translation>
    </message>
    <message>
        <source>This follow-up</source>
        <translation>Diese Nachverfolgung</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>&amp;Checklistenvorlagen…</translation>
    </message>
    <message>
        <source>Write the checks that must be done before work is closed</source>
        <translation>Die Prüfungen festlegen, die vor dem Abschluss erledigt sein müssen</translation>
    </message>
    <message>
        <source>Checklist &amp;effect</source>
        <translation>Checklisten-&amp;Wirkung</translation>
    </message>
    <message>
        <source>Callbacks after complete checklists against skipped ones</source>
        <translation>Rückrufe nach vollständigen im Vergleich zu übersprungenen Checklisten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Showing changes saved by another window or program.</source>
        <translation>Änderungen aus einem anderen Fenster oder Programm werden angezeigt.</translation>
    </message>
    <message>
        <source>Improvement &amp;register</source>
        <translation>&amp;Verbesserungsregister</translation>
    </message>
    <message>
        <source>The improvement initiatives and what came of them</source>
        <translation>Die Verbesserungsinitiativen und was aus ihnen wurde</translation>
    </message>
    <message>
        <source>Today's review is on the clipboard, as text and as HTML.</source>
        <translation>Die heutige Übersicht liegt in der Zwischenablage, als Text und als HTML.</translation>
    </message>
    <message>
        <source>Connected to the team store again.</source>
        <translation>Wieder mit dem Team-Datenbestand verbunden.</translation>
    </message>
    <message>
        <source>Reload shows the follow-up as it is saved now and drops your unsaved edits of it; Cancel keeps your edits in the form.</source>
        <translation>„Neu laden“ zeigt die Nachverfolgung, wie sie jetzt gespeichert ist, und verwirft Ihre ungespeicherten Änderungen daran; „Abbrechen“ behält Ihre Änderungen im Formular.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Move this register to a server…</source>
        <translation>Datenbestand &amp;auf einen Server verschieben…</translation>
    </message>
    <message>
        <source>Copy the whole register into an empty team store on a PostgreSQL server; this file stays as it is</source>
        <translation>Den gesamten Datenbestand in einen leeren gemeinsamen Datenbestand auf einem PostgreSQL-Server kopieren; diese Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 Trying again every 10 seconds; what you change meanwhile is not saved.</source>
        <translation>%1 Neuer Versuch alle 10 Sekunden; was Sie in der Zwischenzeit ändern, wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ft::MoveToServerDialog</name>
    <message>
        <source>Store &amp;file…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Open it now</source>
        <translation>Jetzt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Move this register to a server</source>
        <translation>Datenbestand auf einen Server verschieben</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=NAME</source>
        <translation>postgresql://benutzer@host:5432/datenbank oder service=NAME</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>leer lassen, um ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <source>Used for this copy and for opening the register on the server; never saved</source>
        <translation>Nur für diese Kopie und das Öffnen des Datenbestands auf dem Server; wird nie gespeichert</translation>
    </message>
    <message>
        <source>Copy into a new store file instead of a server</source>
        <translation>In eine neue Datei statt auf einen Server kopieren</translation>
    </message>
    <message>
        <source>Everything in this register — follow-ups, their timelines, checklists, surveys, targets, initiatives, the calendar and settings — is copied into an empty store on the server, in one step: it arrives whole or not at all. The file %1 stays as it is; nothing is deleted from it.</source>
        <translation>Der gesamte Datenbestand – Nachverfolgungen mit ihrem Verlauf, Checklisten, Umfragen, Zielwerte, Initiativen, Kalender und Einstellungen – wird in einem Schritt in einen leeren Datenbestand auf dem Server kopiert: Er kommt vollständig an oder gar nicht. Die Datei %1 bleibt unverändert; aus ihr wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Copy into a new store file</source>
        <translation>In eine neue Datei kopieren</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite)</source>
        <translation>FollowThrough-Datenbestände (*.sqlite)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Kopiere nach %1…</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 cannot be read (%2).</source>
        <translation>Nichts wurde kopiert: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2. %3 stays as it is.</source>
        <translation>%1 Zeilen nach %2 kopiert. %3 bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Open the register on the server</source>
        <translation>Datenbestand auf dem Server ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>Kopie ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancelling: nothing is kept on the target…</source>
        <translation>Wird abgebrochen: Im Ziel bleibt nichts zurück…</translation>
    </message>
</context>
<context>
    <name>ft::NewFollowUpDialog</name>
    <message>
        <source>Promise an &amp;update by</source>
        <translation>&amp;Rückmeldung zusagen bis</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Nachverfolgung</translation>
    </message>
    <message>
        <source>What the requester is waiting for</source>
        <translation>Worauf die anfragende Person wartet</translation>
    </message>
    <message>
        <source>Ticket number, if any</source>
        <translation>Ticketnummer, falls vorhanden</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>An&amp;fragende(r):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Bearbeiter(in):</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Zugesagter Rückmeldezeitpunkt</translation>
    </message>
</context>
<context>
    <name>ft::OverrideReasonDialog</name>
    <message>
        <source>Override the checklist</source>
        <translation>Checkliste übersteuern</translation>
    </message>
    <message>
        <source>&lt;p&gt;These required items stay unchecked:&lt;/p&gt;%1&lt;p&gt;Write why the work can close anyway. The reason, your name and the time go on the timeline, and this follow-up counts as not compliant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Pflichtpunkte bleiben nicht abgehakt:&lt;/p&gt;%1&lt;p&gt;Schreiben Sie, warum die Arbeit trotzdem abgeschlossen werden kann. Begründung, Ihr Name und die Uhrzeit kommen in den Verlauf, und diese Nachverfolgung zählt als nicht eingehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. The user is on leave; her manager confirmed it works.</source>
        <translation>z. B. Die Nutzerin ist im Urlaub; ihre Vorgesetzte hat bestätigt, dass es funktioniert.</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuern</translation>
    </message>
</context>
<context>
    <name>ft::OwnerLoadView</name>
    <message>
        <source>Who is drowning</source>
        <translation>Wer geht unter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Still geworden</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
</context>
<context>
    <name>ft::PlainChecklist</name>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>No item resolved in %1 had a closure checklist.</source>
        <translation>Kein in %1 gelöster Eintrag hatte eine Abschluss-Checkliste.</translation>
    </message>
    <message>
        <source>That share is %1, too few to judge.</source>
        <translation>Dieser Anteil %1 – zu wenige, um ihn zu beurteilen.</translation>
    </message>
    <message>
        <source>Items whose checklist was completed in full were called back %1 of the time (%2); items where a step was skipped or the checklist overridden were called back %3 of the time (%4).</source>
        <translation>Einträge mit vollständig erledigter Checkliste wurden in %1 der Fälle zurückgerufen (%2); Einträge mit übersprungenem Schritt oder übersteuerter Checkliste in %3 der Fälle (%4).</translation>
    </message>
    <message>
        <source>The figure for checklists completed in full is %1, too few to judge.</source>
        <translation>Der Wert für vollständig erledigte Checklisten %1 – zu wenige, um ihn zu beurteilen.</translation>
    </message>
    <message>
        <source>The figure for skipped steps or overrides is %1, too few to judge.</source>
        <translation>Der Wert für übersprungene Schritte oder Übersteuerungen %1 – zu wenige, um ihn zu beurteilen.</translation>
    </message>
    <message>
        <source>One more step was skipped fewer than %1 times: too few to tell whether skipping it leads to callbacks, so it is not listed.</source>
        <translation>Ein weiterer Schritt wurde weniger als %1-mal übersprungen: zu selten, um zu erkennen, ob das Überspringen zu Rückrufen führt; er ist daher nicht aufgeführt.</translation>
    </message>
    <message>
        <source>%1 more steps were skipped fewer than %2 times each: too few to tell whether skipping them leads to callbacks, so they are not listed.</source>
        <translation>%1 weitere Schritte wurden je weniger als %2-mal übersprungen: zu selten, um zu erkennen, ob das Überspringen zu Rückrufen führt; sie sind daher nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Of the %1 resolved in %2 with a closure checklist, %3 were resolved with every required step checked.</source>
        <translation>Gelöst mit Abschluss-Checkliste in %2: %1; davon %3 mit allen Pflichtschritten abgehakt.</translation>
    </message>
    <message>
        <source>Items whose checklist was completed in full were called back %1 of the time (%2); none had a step skipped or the checklist overridden.</source>
        <translation>Einträge mit vollständig erledigter Checkliste wurden in %1 der Fälle zurückgerufen (%2); bei keinem wurde ein Schritt übersprungen oder die Checkliste übersteuert.</translation>
    </message>
    <message>
        <source>Items where a step was skipped or the checklist overridden were called back %1 of the time (%2); none had its checklist completed in full.</source>
        <translation>Einträge mit übersprungenem Schritt oder übersteuerter Checkliste wurden in %1 der Fälle zurückgerufen (%2); keiner hatte eine vollständig erledigte Checkliste.</translation>
    </message>
</context>
<context>
    <name>ft::PlainSentence</name>
    <message>
        <source>%1 stayed at %2 since “%3” started on %4.</source>
        <translation>%1: unverändert bei %2, seit „%3“ am %4 begann.</translation>
    </message>
    <message>
        <source>%1 stayed at %2 in %3, the same as in %4.</source>
        <translation>%1: in %3 unverändert bei %2, wie schon in %4.</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 since “%4” started on %5.</source>
        <translation>%1: gestiegen von %2 auf %3, seit „%4“ am %5 begann.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 since “%4” started on %5.</source>
        <translation>%1: gesunken von %2 auf %3, seit „%4“ am %5 begann.</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 (%4) since “%5” started on %6.</source>
        <translation>%1: gestiegen von %2 auf %3 (%4), seit „%5“ am %6 begann.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 (%4) since “%5” started on %6.</source>
        <translation>%1: gesunken von %2 auf %3 (%4), seit „%5“ am %6 begann.</translation>
    </message>
    <message>
        <source>%1 rose from %2 in %3 to %4 in %5.</source>
        <translation>%1: gestiegen von %2 in %3 auf %4 in %5.</translation>
    </message>
    <message>
        <source>%1 fell from %2 in %3 to %4 in %5.</source>
        <translation>%1: gesunken von %2 in %3 auf %4 in %5.</translation>
    </message>
    <message>
        <source>%1 rose from %2 in %3 to %4 in %5 (%6).</source>
        <translation>%1: gestiegen von %2 in %3 auf %4 in %5 (%6).</translation>
    </message>
    <message>
        <source>%1 fell from %2 in %3 to %4 in %5 (%6).</source>
        <translation>%1: gesunken von %2 in %3 auf %4 in %5 (%6).</translation>
    </message>
    <message>
        <source>That meets the target of at least %1.</source>
        <translation>Damit ist das Ziel von mindestens %1 erreicht.</translation>
    </message>
    <message>
        <source>The target of at least %1 is not met yet.</source>
        <translation>Das Ziel von mindestens %1 ist noch nicht erreicht.</translation>
    </message>
    <message>
        <source>That meets the target of at most %1.</source>
        <translation>Damit ist das Ziel von höchstens %1 erreicht.</translation>
    </message>
    <message>
        <source>The target of at most %1 is not met yet.</source>
        <translation>Das Ziel von höchstens %1 ist noch nicht erreicht.</translation>
    </message>
    <message>
        <source>%1 cannot be given for %2: there is no data.</source>
        <translation>%1: für %2 nicht bestimmbar, es gibt keine Daten.</translation>
    </message>
    <message>
        <source>%1 came to %2 in %3; there is no figure for %4 to compare with.</source>
        <translation>%1: %2 in %3; für %4 gibt es keinen Vergleichswert.</translation>
    </message>
    <message>
        <source>That is an improvement.</source>
        <translation>Das ist eine Verbesserung.</translation>
    </message>
    <message>
        <source>That is a step in the wrong direction.</source>
        <translation>Das ist ein Schritt in die falsche Richtung.</translation>
    </message>
    <message>
        <source>That is little change.</source>
        <translation>Das ist kaum eine Veränderung.</translation>
    </message>
    <message>
        <source>based on only 1 item</source>
        <translation>beruht auf nur 1 Eintrag</translation>
    </message>
    <message>
        <source>based on only %1 items</source>
        <translation>beruht auf nur %1 Einträgen</translation>
    </message>
    <message>
        <source>only 1 item</source>
        <translation>nur 1 Eintrag</translation>
    </message>
    <message>
        <source>only %1 items</source>
        <translation>nur %1 Einträge</translation>
    </message>
    <message>
        <source>The figure for %1 is %2, too few to judge.</source>
        <translation>Der Wert für %1 %2 – zu wenige, um ihn zu beurteilen.</translation>
    </message>
    <message>
        <source>The figure for %1 is %2, so the change says little.</source>
        <translation>Der Wert für %1 %2, die Veränderung sagt daher wenig.</translation>
    </message>
</context>
<context>
    <name>ft::PlainStatus</name>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>verbessert sich</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>zur Information</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>zu wenig Daten zum Urteilen</translation>
    </message>
</context>
<context>
    <name>ft::PlainValue</name>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
</context>
<context>
    <name>ft::Priority</name>
    <message>
        <source>1 Critical</source>
        <translation>1 Kritisch</translation>
    </message>
    <message>
        <source>2 High</source>
        <translation>2 Hoch</translation>
    </message>
    <message>
        <source>3 Moderate</source>
        <translation>3 Mittel</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation>4 Niedrig</translation>
    </message>
</context>
<context>
    <name>ft::PromiseChooser</name>
    <message>
        <source>In &amp;2 hours</source>
        <translation>In &amp;2 Stunden</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 09:00</source>
        <translation>&amp;Morgen 09:00</translation>
    </message>
    <message>
        <source>&amp;Next working day 10:00</source>
        <translation>&amp;Nächster Arbeitstag 10:00</translation>
    </message>
    <message>
        <source>&amp;Friday 16:00</source>
        <translation>&amp;Freitag 16:00</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Anderer Zeitpunkt:</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Zugesagter Rückmeldezeitpunkt</translation>
    </message>
    <message>
        <source>That time has passed: promise a time still ahead.</source>
        <translation>Dieser Zeitpunkt ist vorbei: Sagen Sie einen Zeitpunkt in der Zukunft zu.</translation>
    </message>
</context>
<context>
    <name>ft::PromiseDialog</name>
    <message>
        <source>Promise update</source>
        <translation>Rückmeldung zusagen</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Next update by:</source>
        <translation>Nächste Rückmeldung bis:</translation>
    </message>
</context>
<context>
    <name>ft::ReminderTray</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>FollowThrough: nothing overdue</source>
        <translation>FollowThrough: nichts überfällig</translation>
    </message>
    <message>
        <source>FollowThrough: 1 follow-up overdue</source>
        <translation>FollowThrough: 1 Nachverfolgung überfällig</translation>
    </message>
    <message>
        <source>FollowThrough: %1 follow-ups overdue</source>
        <translation>FollowThrough: %1 Nachverfolgungen überfällig</translation>
    </message>
    <message>
        <source>&amp;Show FollowThrough</source>
        <translation>FollowThrough &amp;anzeigen</translation>
    </message>
    <message>
        <source>%1 overdue: show the Today review</source>
        <translation>%1 überfällig: Tagesübersicht anzeigen</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Als Nächstes fällig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Update due: %1</source>
        <translation>Rückmeldung fällig: %1</translation>
    </message>
    <message>
        <source>You promised an update on “%1” by now.</source>
        <translation>Sie haben zu „%1“ bis jetzt eine Rückmeldung zugesagt.</translation>
    </message>
    <message>
        <source>You promised %1 an update on “%2” by now.</source>
        <translation>Sie haben %1 zu „%2“ bis jetzt eine Rückmeldung zugesagt.</translation>
    </message>
    <message>
        <source>%1 promised updates due</source>
        <translation>%1 zugesagte Rückmeldungen fällig</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Zum Öffnen klicken.</translation>
    </message>
    <message>
        <source>Click to open the first.</source>
        <translation>Zum Öffnen der ersten klicken.</translation>
    </message>
</context>
<context>
    <name>ft::ReopenDialog</name>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>What the requester said is still not working</source>
        <translation>Was laut Anfragendem immer noch nicht funktioniert</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Warum wieder geöffnet wird</translation>
    </message>
    <message>
        <source>&amp;Why is it reopened?</source>
        <translation>&amp;Warum wird wieder geöffnet?</translation>
    </message>
    <message>
        <source>Next update by:</source>
        <translation>Nächste Rückmeldung bis:</translation>
    </message>
</context>
<context>
    <name>ft::ReportChart</name>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>score (1–5)</source>
        <translation>Bewertung (1–5)</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Ziel: mindestens %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Ziel: höchstens %1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Bereich</translation>
    </message>
    <message>
        <source>Limits of normal variation</source>
        <translation>Grenzen der normalen Schwankung</translation>
    </message>
    <message>
        <source>Signal: not normal variation</source>
        <translation>Signal: keine normale Schwankung</translation>
    </message>
</context>
<context>
    <name>ft::ReportController</name>
    <message>
        <source>Print pre&amp;view of the review…</source>
        <translation>Druck&amp;vorschau der Auswertung…</translation>
    </message>
    <message>
        <source>&amp;Print the review…</source>
        <translation>Auswertung &amp;drucken…</translation>
    </message>
    <message>
        <source>E&amp;xport the review as PDF…</source>
        <translation>Auswertung als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The CSI review pack: summary, plain-words changes, charts, register, checklists</source>
        <translation>Das KVP-Auswertungspaket: Zusammenfassung, Änderungen in einfachen Worten, Diagramme, Register, Checklisten</translation>
    </message>
    <message>
        <source>Export the review as PDF</source>
        <translation>Auswertung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A report is already being prepared.</source>
        <translation>Ein Bericht wird bereits erstellt.</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>Kennzahlen werden gesammelt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Auswertungsbericht</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Seiten werden gezeichnet…</translation>
    </message>
    <message>
        <source>CSI review %1</source>
        <translation>KVP-Review %1</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>Auswertung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Das Drucken wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sent the review to the printer.</source>
        <translation>Auswertung an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Printing failed or was cancelled.</source>
        <translation>Drucken fehlgeschlagen oder abgebrochen.</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Auswertungsbericht: %1</translation>
    </message>
    <message>
        <source>csi-review.pdf</source>
        <translation>csi-auswertung.pdf</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ft::ReportGatherer</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>die Woche vom %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Unknown KPI “%1”.</source>
        <translation>Unbekannte Kennzahl „%1“.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The report's start %1 is after its end %2.</source>
        <translation>Der Beginn des Berichts (%1) liegt nach seinem Ende (%2).</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 Einträge)</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” has no start date.</source>
        <translation>Die Verbesserungsinitiative „%1“ hat kein Startdatum.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” aims at an unknown KPI “%2”.</source>
        <translation>Die Verbesserungsinitiative „%1“ zielt auf eine unbekannte Kennzahl „%2“.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>ft::ReportLayout</name>
    <message>
        <source>Continual Service Improvement review</source>
        <translation>Review zur kontinuierlichen Serviceverbesserung</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Charts cover %1 to %2</source>
        <translation>Die Diagramme umfassen %1 bis %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>In this pack:
1. Summary: each measure this period against the previous one and its target
2. What changed, in plain words
3. One chart per measure, with its target and the improvement initiatives
4. The improvement register: what we are doing about it, before and after
5. Closure checklists: how often they are followed, and whether they prevent callbacks</source>
        <translation>In dieser Mappe:
1. Zusammenfassung: jede Kennzahl dieses Zeitraums im Vergleich zum vorigen und zu ihrem Ziel
2. Was sich geändert hat, in einfachen Worten
3. Ein Diagramm je Kennzahl, mit Ziel und Verbesserungsinitiativen
4. Das Verbesserungsregister: was wir tun, vorher und nachher
5. Abschluss-Checklisten: wie oft sie befolgt werden und ob sie Rückrufe verhindern</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Zusammenfassung für %1</translation>
    </message>
    <message>
        <source>Each measure for %1 next to %2. “Change” is the difference between the two; rates change in percentage points. The status compares the measure with its target, or with the previous period when it has no target.</source>
        <translation>Jede Kennzahl für %1 neben %2. „Veränderung“ ist die Differenz der beiden; Quoten ändern sich in Prozentpunkten. Der Status vergleicht die Kennzahl mit ihrem Ziel oder, ohne Ziel, mit dem vorigen Zeitraum.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What changed, in plain words</source>
        <translation>Was sich geändert hat, in einfachen Worten</translation>
    </message>
    <message>
        <source>%1 “%2” started %3</source>
        <translation>%1 „%2“ begann %3</translation>
    </message>
    <message>
        <source>The measures over time</source>
        <translation>Die Kennzahlen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Improvement register</source>
        <translation>Verbesserungsregister</translation>
    </message>
    <message>
        <source>Each improvement initiative, the measure it aims to move, and that measure in the last whole period before it started next to the latest whole period since.</source>
        <translation>Jede Verbesserungsinitiative, die Kennzahl, die sie bewegen soll, und diese Kennzahl im letzten vollen Zeitraum vor ihrem Start neben dem jüngsten vollen Zeitraum seitdem.</translation>
    </message>
    <message>
        <source>The register holds no initiatives yet.</source>
        <translation>Das Register enthält noch keine Initiativen.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1
Owner: %2</source>
        <translation>%1
Bearbeiter(in): %2</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seitdem</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Closure checklists</source>
        <translation>Abschluss-Checklisten</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Checklistenschritt</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Times skipped</source>
        <translation>Mal übersprungen</translation>
    </message>
    <message>
        <source>Called back when skipped</source>
        <translation>Zurückgerufen nach Überspringen</translation>
    </message>
    <message>
        <source>Called back when done</source>
        <translation>Zurückgerufen nach Erledigen</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <translation>Hinweise zu den Daten</translation>
    </message>
    <message>
        <source>CSI review · %1 · %2</source>
        <translation>KVP-Review · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>too early</source>
        <translation>zu früh</translation>
    </message>
    <message>
        <source>%1
Measure: %2</source>
        <translation>%1
Kennzahl: %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Initiatives marked on the chart: %1</source>
        <translation>Im Diagramm markierte Initiativen: %1</translation>
    </message>
    <message>
        <source>Signal or noise: %1</source>
        <translation>Signal oder Rauschen: %1</translation>
    </message>
</context>
<context>
    <name>ft::ReportOptionsDialog</name>
    <message>
        <source>Review report</source>
        <translation>Auswertungsbericht</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Review the period holding</source>
        <translation>Auszuwertender Zeitraum enthält</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Auswerten nach</translation>
    </message>
</context>
<context>
    <name>ft::SampleDataLoader</name>
    <message>
        <source>Creating sample follow-ups…</source>
        <translation>Beispiel-Nachverfolgungen werden angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Das Laden der Beispieldaten wurde abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ft::ServerAddress</name>
    <message>
        <source>“%1” names no PostgreSQL service: write service=NAME.</source>
        <translation>„%1“ nennt keinen PostgreSQL-Dienst: schreiben Sie service=NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host/database).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://benutzer@host/datenbank).</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>Die PostgreSQL-Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address names port %1, which does not exist.</source>
        <translation>Die PostgreSQL-Adresse nennt Port %1, den es nicht gibt.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: add /DATABASE after the host.</source>
        <translation>Die PostgreSQL-Adresse %1 nennt keine Datenbank: ergänzen Sie /DATENBANK nach dem Host.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 has an option FollowThrough does not know: %2.</source>
        <translation>Die PostgreSQL-Adresse %1 enthält eine Option, die FollowThrough nicht kennt: %2.</translation>
    </message>
</context>
<context>
    <name>ft::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Everywhere: Tab and Shift+Tab move between fields, Alt with an underlined letter jumps to that field or menu, F6 switches between the list and the details.</source>
        <translation>Überall: Tab und Umschalt+Tab wechseln zwischen Feldern, Alt mit einem unterstrichenen Buchstaben springt zu diesem Feld oder Menü, F6 wechselt zwischen Liste und Details.</translation>
    </message>
</context>
<context>
    <name>ft::Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Wartet auf Anfragende(n)</translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation>Wartet auf Lieferanten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>ft::StockTemplates</name>
    <message>
        <source>Incident closure</source>
        <translation>Abschluss einer Störung</translation>
    </message>
    <message>
        <source>User confirmed it is fixed</source>
        <translation>Nutzer(in) hat bestätigt, dass es behoben ist</translation>
    </message>
    <message>
        <source>Ask them to try it while you are still on the line.</source>
        <translation>Lassen Sie es ausprobieren, solange Sie noch am Telefon sind.</translation>
    </message>
    <message>
        <source>Root cause noted in the resolution</source>
        <translation>Ursache in der Lösung festgehalten</translation>
    </message>
    <message>
        <source>One sentence a colleague would understand next year.</source>
        <translation>Ein Satz, den eine Kollegin nächstes Jahr versteht.</translation>
    </message>
    <message>
        <source>Knowledge article linked, or not needed</source>
        <translation>Wissensartikel verknüpft oder nicht nötig</translation>
    </message>
    <message>
        <source>If you had to work it out, write it down.</source>
        <translation>Wenn Sie es erst herausfinden mussten, schreiben Sie es auf.</translation>
    </message>
    <message>
        <source>User told how to reopen if it comes back</source>
        <translation>Nutzer(in) weiß, wie sie/er wieder öffnen kann, falls es erneut auftritt</translation>
    </message>
    <message>
        <source>Related tickets checked for the same cause</source>
        <translation>Verwandte Tickets auf dieselbe Ursache geprüft</translation>
    </message>
    <message>
        <source>Service request fulfilment</source>
        <translation>Erfüllung einer Serviceanfrage</translation>
    </message>
    <message>
        <source>Everything requested was delivered</source>
        <translation>Alles Angefragte wurde geliefert</translation>
    </message>
    <message>
        <source>Compare with the original request, not with memory.</source>
        <translation>Mit der ursprünglichen Anfrage vergleichen, nicht mit dem Gedächtnis.</translation>
    </message>
    <message>
        <source>Approval on record where one is needed</source>
        <translation>Genehmigung dokumentiert, wo eine nötig ist</translation>
    </message>
    <message>
        <source>Requester shown how to use it</source>
        <translation>Anfragender Person die Nutzung gezeigt</translation>
    </message>
    <message>
        <source>Requester confirmed receipt</source>
        <translation>Anfragende Person hat den Empfang bestätigt</translation>
    </message>
    <message>
        <source>Change closure</source>
        <translation>Abschluss einer Änderung</translation>
    </message>
    <message>
        <source>Change tested after implementation</source>
        <translation>Änderung nach der Umsetzung getestet</translation>
    </message>
    <message>
        <source>Back-out plan no longer needed, or kept ready</source>
        <translation>Rückfallplan nicht mehr nötig oder bereitgehalten</translation>
    </message>
    <message>
        <source>Affected users told it is done</source>
        <translation>Betroffene Nutzer informiert, dass es erledigt ist</translation>
    </message>
    <message>
        <source>Configuration records updated</source>
        <translation>Konfigurationsdaten aktualisiert</translation>
    </message>
    <message>
        <source>Inventory, diagrams, monitoring.</source>
        <translation>Inventar, Diagramme, Überwachung.</translation>
    </message>
    <message>
        <source>Lessons noted for the next change</source>
        <translation>Erkenntnisse für die nächste Änderung notiert</translation>
    </message>
    <message>
        <source>New starter workstation</source>
        <translation>Arbeitsplatz für neue Mitarbeitende</translation>
    </message>
    <message>
        <source>Account created and password handed over safely</source>
        <translation>Konto angelegt und Passwort sicher übergeben</translation>
    </message>
    <message>
        <source>Laptop imaged, encrypted and updated</source>
        <translation>Laptop installiert, verschlüsselt und aktualisiert</translation>
    </message>
    <message>
        <source>Email, calendar and chat work</source>
        <translation>E-Mail, Kalender und Chat funktionieren</translation>
    </message>
    <message>
        <source>Printer and shared drives mapped</source>
        <translation>Drucker und Netzlaufwerke verbunden</translation>
    </message>
    <message>
        <source>New starter knows how to reach the service desk</source>
        <translation>Neue(r) Mitarbeitende(r) weiß, wie der Service Desk erreichbar ist</translation>
    </message>
</context>
<context>
    <name>ft::Store</name>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>Die Nachverfolgung %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>Eine Transaktion konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>Die Änderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Es wurde keine Datenbestandsdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 ist ein Ordner, keine Datenbestandsdatei.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Datenbestand.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup copy could not be taken (%2).</source>
        <translation>%1 wird nicht aktualisiert: Die Sicherungskopie konnte nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Datenbestands auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>Schemaversion wird festgehalten</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>The store cannot be written (it is read-only); nothing was changed.</source>
        <translation>Der Datenbestand kann nicht beschrieben werden (schreibgeschützt); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The store could not be written to disk (is the disk full?); this change was not saved, what was saved before is kept.</source>
        <translation>Der Datenbestand konnte nicht auf die Festplatte geschrieben werden (ist sie voll?); diese Änderung wurde nicht gespeichert, das zuvor Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>The store is damaged; restore a backup.</source>
        <translation>Der Datenbestand ist beschädigt; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The store's connection is not an SQLite connection.</source>
        <translation>Die Verbindung des Datenbestands ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2</source>
        <translation>Die Wiederherstellung aus %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough store (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 ist kein FollowThrough-Datenbestand (keine SQLite-Datenbank). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (the file is shorter than its header says). It was left untouched; restore a backup.</source>
        <translation>Der Datenbestand %1 ist beschädigt (die Datei ist kürzer, als ihr Kopf angibt). Er blieb unverändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2. It was left untouched; restore a backup.</source>
        <translation>Der Datenbestand %1 ist beschädigt: %2. Er blieb unverändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2. It was left untouched.</source>
        <translation>Der Datenbestand %1 kann nicht geöffnet werden: %2. Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a FollowThrough store. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein FollowThrough-Datenbestand. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3). Update FollowThrough; the file was left untouched.</source>
        <translation>Der Datenbestand %1 wurde von einem neueren FollowThrough geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie FollowThrough; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The store %1 is in a folder that is read-only for you (%2), and FollowThrough needs to create its journal files (%3-wal, %3-shm) beside it. The store was left untouched; move it to a writable folder.</source>
        <translation>Der Datenbestand %1 liegt in einem Ordner, der für Sie schreibgeschützt ist (%2), und FollowThrough muss daneben seine Journaldateien (%3-wal, %3-shm) anlegen. Der Datenbestand blieb unverändert; verschieben Sie ihn in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation>Die Zugriffsrechte von %1 können nicht eingeschränkt werden</translation>
    </message>
    <message>
        <source>The store %1 is read-only for you, so FollowThrough cannot save anything in it. It was left untouched; make it writable or open a copy.</source>
        <translation>Der Datenbestand %1 ist für Sie schreibgeschützt, daher kann FollowThrough nichts darin speichern. Er blieb unverändert; machen Sie ihn beschreibbar oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Unter %1 gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough backup (it is not an SQLite database).</source>
        <translation>%1 ist keine FollowThrough-Sicherung (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough backup.</source>
        <translation>%1 ist keine FollowThrough-Sicherung.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3).</source>
        <translation>Die Sicherung %1 wurde von einem neueren FollowThrough geschrieben (Schemaversion %2; diese Version kennt bis %3).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>Die Sicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is the store itself, not a backup of it.</source>
        <translation>%1 ist der Datenbestand selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <source>Nothing was restored: the copy of the current store could not be taken (%1).</source>
        <translation>Nichts wurde wiederhergestellt: Die Kopie des aktuellen Datenbestands konnte nicht angelegt werden (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded: %1. The previous store is in %2.</source>
        <translation>Die Sicherung wurde wiederhergestellt, konnte aber nicht aktualisiert werden: %1. Der vorige Datenbestand liegt in %2.</translation>
    </message>
    <message>
        <source>%1 (process %2, since %3)</source>
        <translation>%1 (Prozess %2, seit %3)</translation>
    </message>
    <message>
        <source>busy: another program is writing to the store (an import, a demo, an upgrade or a window saving) and did not finish within 5 s; nothing was changed, try again.</source>
        <translation>belegt: Ein anderes Programm schreibt in den Datenbestand (ein Import, eine Demo, ein Upgrade oder ein Fenster beim Speichern) und war nach 5 s nicht fertig; es wurde nichts geändert, versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No backup was written to %1: the store %2 is damaged (%3). Restore an earlier backup.</source>
        <translation>Es wurde keine Sicherung nach %1 geschrieben: Der Datenbestand %2 ist beschädigt (%3). Stellen Sie eine frühere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>busy: %1 is running on the store %2. Try again when it has finished.</source>
        <translation>belegt: %1 läuft auf dem Datenbestand %2. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe), not a store.</source>
        <translation>%1 ist keine normale Datei (ein Gerät oder eine Pipe) und kein Datenbestand.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>another program creating or upgrading this store</source>
        <translation>ein anderes Programm, das diesen Datenbestand anlegt oder aktualisiert</translation>
    </message>
    <message>
        <source>The store %1 could not be checked: %2</source>
        <translation>Der Datenbestand %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Nothing was written; restore a backup.</source>
        <translation>Der Datenbestand %1 ist beschädigt (%2). Es wurde nichts geschrieben; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>busy: %1 is running on the store %2; nothing was changed. Try again when it has finished.</source>
        <translation>belegt: %1 läuft auf dem Datenbestand %2; es wurde nichts geändert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a store. It was left untouched; to make it a new store, run again with --create.</source>
        <translation>%1 ist eine leere Datei (0 Byte), kein Datenbestand. Sie wurde nicht verändert; um daraus einen neuen Datenbestand zu machen, starten Sie erneut mit --create.</translation>
    </message>
    <message>
        <source>There is no folder %1 for the store %2. Nothing was created; run again with --create to create the folder and a new store.</source>
        <translation>Es gibt keinen Ordner %1 für den Datenbestand %2. Es wurde nichts angelegt; starten Sie erneut mit --create, um den Ordner und einen neuen Datenbestand anzulegen.</translation>
    </message>
    <message>
        <source>An event with the key “%1” is there already.</source>
        <translation>Ein Ereignis mit dem Schlüssel „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Reading follow-up %1</source>
        <translation>Nachverfolgung %1 wird gelesen</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team store %1: %2</source>
        <translation>Der Team-Datenbestand %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Reading the database's tables</source>
        <translation>Lesen der Tabellen der Datenbank</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not a FollowThrough store. Nothing was written; give an empty database or a FollowThrough store.</source>
        <translation>Die Datenbank %1 enthält Tabellen, die kein FollowThrough-Datenbestand sind. Es wurde nichts geschrieben; geben Sie eine leere Datenbank oder einen FollowThrough-Datenbestand an.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3). Nothing was written.</source>
        <translation>Der Datenbestand %1 wurde von einem neueren FollowThrough geschrieben (Schemaversion %2; diese Version kennt bis %3). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a store on a server: its backups are the server's (pg_dump). To keep a copy in a file, use “followthrough copy --to FILE”.</source>
        <translation>%1 ist ein Datenbestand auf einem Server: Seine Sicherungen macht der Server (pg_dump). Für eine Kopie in eine Datei verwenden Sie „followthrough copy --to DATEI“.</translation>
    </message>
    <message>
        <source>%1 is a store on a server: restoring a backup file replaces a store file only. Copy the backup to the server with “followthrough --db BACKUP copy --to ADDRESS” into an empty database instead.</source>
        <translation>%1 ist ein Datenbestand auf einem Server: Das Wiederherstellen einer Sicherungsdatei ersetzt nur eine Datenbestandsdatei. Kopieren Sie die Sicherung stattdessen mit „followthrough --db SICHERUNG copy --to ADRESSE“ in eine leere Datenbank auf dem Server.</translation>
    </message>
    <message>
        <source>another window or program</source>
        <translation>einem anderen Fenster oder Programm</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since it was read (version %3, now %4); nothing was written over that change.</source>
        <translation>„%1“ wurde seit dem Lesen von %2 geändert (Version %3, jetzt %4); diese Änderung wurde nicht überschrieben.</translation>
    </message>
</context>
<context>
    <name>ft::StoreCopy</name>
    <message>
        <source>follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>timeline events</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>checklist runs</source>
        <translation>Checklisten-Durchläufe</translation>
    </message>
    <message>
        <source>checklist run items</source>
        <translation>Punkte aus Checklisten-Durchläufen</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI-Zielwerte</translation>
    </message>
    <message>
        <source>improvement initiatives</source>
        <translation>Verbesserungsinitiativen</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>import runs</source>
        <translation>Importläufe</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4: copy needs both at the same version. Open both with this FollowThrough first; nothing was copied.</source>
        <translation>%1 hat die Schemaversion %2, %3 die Version %4: Zum Kopieren müssen beide dieselbe Version haben. Öffnen Sie zuerst beide mit diesem FollowThrough; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3: the stores are of different schema versions. Nothing was copied.</source>
        <translation>Die Tabelle %1 hat in %2 andere Spalten als in %3: Die Datenbestände haben verschiedene Schemaversionen. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of copy does not know (%2). Nothing was copied.</source>
        <translation>%1 enthält Tabellen, die diese Version von copy nicht kennt (%2). Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what a store holds: a kind of row, how many</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>Kopieren der Tabelle %1</translation>
    </message>
    <message>
        <source>Reading the table %1</source>
        <translation>Lesen der Tabelle %1</translation>
    </message>
    <message>
        <source>The copy was cancelled: nothing was written to %1.</source>
        <translation>Das Kopieren wurde abgebrochen: In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The store is not open: %1</source>
        <translation>Der Datenbestand ist nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: the store %1 is not open.</source>
        <translation>Nichts wurde kopiert: Der Datenbestand %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is the store being copied: a store cannot be copied onto itself.</source>
        <translation>%1 ist der Datenbestand, der kopiert wird: Ein Datenbestand kann nicht auf sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 cannot be written (%2).</source>
        <translation>Nichts wurde kopiert: In %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds %2. copy writes only into an empty store; nothing was changed.</source>
        <translation>%1 ist nicht leer: Darin sind bereits %2. copy schreibt nur in einen leeren Datenbestand; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was copied: the transaction on %1 could not be committed (%2).</source>
        <translation>Nichts wurde kopiert: Die Transaktion auf %1 konnte nicht abgeschlossen werden (%2).</translation>
    </message>
    <message>
        <source>the server address given</source>
        <translation>die angegebene Serveradresse</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2</source>
        <translation>Nichts wurde nach %1 kopiert: %2</translation>
    </message>
    <message>
        <source>Copying rows %1 to %2 of the table %3</source>
        <translation>Kopieren der Zeilen %1 bis %2 der Tabelle %3</translation>
    </message>
</context>
<context>
    <name>ft::TimelineModel</name>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Persönlich getroffen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Update promised</source>
        <translation>Rückmeldung zugesagt</translation>
    </message>
    <message>
        <source>Update promised for %1</source>
        <translation>Rückmeldung zugesagt für %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Reopened (callback): %1 → %2</source>
        <translation>Wieder geöffnet (Rückruf): %1 → %2</translation>
    </message>
    <message>
        <source>Reopened (callback)</source>
        <translation>Wieder geöffnet (Rückruf)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>ft::TodayModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Heute fällig: %1</translation>
    </message>
    <message>
        <source>Gone quiet (no contact for %1 business days): %2</source>
        <translation>Still geworden (seit %1 Arbeitstagen kein Kontakt): %2</translation>
    </message>
    <message>
        <source>Waiting to close: %1</source>
        <translation>Wartet auf Abschluss: %1</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>quiet %1</source>
        <translation>still seit %1</translation>
    </message>
    <message>
        <source>resolved %1 ago</source>
        <translation>vor %1 gelöst</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Rückmeldung fällig</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>ft::TodaySummary</name>
    <message>
        <source>Today's review, %1</source>
        <translation>Heutige Übersicht, %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 gone quiet · %4 waiting to close</source>
        <translation>%1 überfällig · %2 heute fällig · %3 still geworden · %4 warten auf Abschluss</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>By owner (overdue / due today / gone quiet)</source>
        <translation>Nach Bearbeiter(in) (überfällig / heute fällig / still geworden)</translation>
    </message>
    <message>
        <source>- %1: %2 / %3 / %4</source>
        <translation>- %1: %2 / %3 / %4</translation>
    </message>
</context>
<context>
    <name>ft::TodayView</name>
    <message>
        <source>Today review</source>
        <translation>Tagesübersicht</translation>
    </message>
    <message>
        <source>Today summary</source>
        <translation>Tageszusammenfassung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue · &lt;b&gt;%2&lt;/b&gt; due today · &lt;b&gt;%3&lt;/b&gt; gone quiet · &lt;b&gt;%4&lt;/b&gt; waiting to close · %5 open in all</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; überfällig · &lt;b&gt;%2&lt;/b&gt; heute fällig · &lt;b&gt;%3&lt;/b&gt; still geworden · &lt;b&gt;%4&lt;/b&gt; warten auf Abschluss · %5 offen insgesamt</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter Bearbeiter(in)</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filter Team</translation>
    </message>
    <message>
        <source>Who is &amp;drowning</source>
        <translation>Wer geht &amp;unter</translation>
    </message>
    <message>
        <source>Overdue, due today and gone quiet per owner; click an owner to see only theirs</source>
        <translation>Überfällig, heute fällig und still geworden je Bearbeiter(in); ein Klick zeigt nur deren Nachverfolgungen</translation>
    </message>
    <message>
        <source>Cop&amp;y summary</source>
        <translation>Übersicht &amp;kopieren</translation>
    </message>
    <message>
        <source>Put today's review on the clipboard, for an e-mail or a chat</source>
        <translation>Die heutige Übersicht in die Zwischenablage legen, für eine E-Mail oder einen Chat</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Alle Bearbeiter</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Nothing for this owner or team today: choose “Every owner” and “Every team” to see everyone's.</source>
        <translation>Heute nichts für diese Person oder dieses Team: Wählen Sie „Alle Bearbeiter“ und „Alle Teams“, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No open follow-ups: everything in this store is resolved or closed. Imported closed tickets count in the KPI charts and the report; new work appears here once it is open.</source>
        <translation>Keine offenen Nachverfolgungen: Alles in diesem Datenbestand ist gelöst oder abgeschlossen. Importierte abgeschlossene Tickets zählen in den KPI-Diagrammen und im Bericht; neue Arbeit erscheint hier, sobald sie offen ist.</translation>
    </message>
    <message>
        <source>Nothing needs you today: no open follow-up is overdue, due today or gone quiet.</source>
        <translation>Heute ist nichts zu tun: Keine offene Nachverfolgung ist überfällig, heute fällig oder still geworden.</translation>
    </message>
</context>
<context>
    <name>ft::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to FollowThrough&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei FollowThrough&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>FollowThrough keeps the promises your team makes: who is owed an update, what has gone quiet, what is waiting to close.&lt;br&gt;&lt;br&gt;This register is empty. How would you like to begin?</source>
        <translation>FollowThrough hält die Zusagen Ihres Teams: Wer eine Rückmeldung bekommt, was still geworden ist, was auf den Abschluss wartet.&lt;br&gt;&lt;br&gt;Dieses Register ist leer. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>A realistic, made-up history to try every feature on</source>
        <translation>Eine realistische, erfundene Historie zum Ausprobieren aller Funktionen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Read follow-ups from a CSV export of your service desk</source>
        <translation>Nachverfolgungen aus einem CSV-Export Ihres Service Desks lesen</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Add follow-ups yourself with Follow-up ▸ New</source>
        <translation>Nachverfolgungen selbst anlegen mit Nachverfolgung ▸ Neu</translation>
    </message>
</context>
<context>
    <name>ft::cli</name>
    <message>
        <source>check takes no arguments.</source>
        <translation>check nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>print the schema version, the integrity check and the row counts</source>
        <translation>Schemaversion, Integritätsprüfung und Zeilenzahlen ausgeben</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: followthrough [--db FILE] %1</source>
        <translation>Aufruf: followthrough [--db DATEI] %1</translation>
    </message>
    <message>
        <source>How many follow-ups.</source>
        <translation>Wie viele Nachverfolgungen.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufallsstartwert.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>--items takes a whole number from 1 to 10000000, not “%1”.</source>
        <translation>--items erwartet eine ganze Zahl von 1 bis 10000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>Added %1 demo follow-ups to %2 in %3 s.</source>
        <translation>%1 Demo-Nachverfolgungen in %3 s zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>fill the store with a realistic sample history, reproducible by seed</source>
        <translation>den Datenbestand mit einer realistischen Beispielhistorie füllen, reproduzierbar über den Startwert</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>write a consistent copy of the store, also while it is in use</source>
        <translation>eine konsistente Kopie des Datenbestands schreiben, auch während er benutzt wird</translation>
    </message>
    <message>
        <source>Generating demo history: %1 %</source>
        <translation>Demo-Historie wird erzeugt: %1 %</translation>
    </message>
    <message>
        <source>FILE.csv (follow-ups) or FILE.ics (promised updates).</source>
        <translation>DATEI.csv (Nachverfolgungen) oder DATEI.ics (zugesagte Rückmeldungen).</translation>
    </message>
    <message>
        <source>export needs --out FILE.csv or --out FILE.ics.</source>
        <translation>export braucht --out DATEI.csv oder --out DATEI.ics.</translation>
    </message>
    <message>
        <source>--out must end in .csv or .ics, not “%1”.</source>
        <translation>--out muss auf .csv oder .ics enden, nicht „%1“.</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>%1 Nachverfolgungen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 promised updates to %2.</source>
        <translation>%1 zugesagte Rückmeldungen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>write the follow-ups as CSV, or the open promised updates as iCalendar</source>
        <translation>die Nachverfolgungen als CSV oder die offenen zugesagten Rückmeldungen als iCalendar schreiben</translation>
    </message>
    <message>
        <source>dmy, mdy or ymd.</source>
        <translation>dmy, mdy oder ymd.</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>Melden, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Report bad rows and import the others instead of stopping.</source>
        <translation>Fehlerhafte Zeilen melden und die übrigen importieren, statt anzuhalten.</translation>
    </message>
    <message>
        <source>import needs the file to import.</source>
        <translation>import braucht die zu importierende Datei.</translation>
    </message>
    <message>
        <source>import takes one file, not %1.</source>
        <translation>import nimmt eine Datei, nicht %1.</translation>
    </message>
    <message>
        <source>--date-order is dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order ist dmy, mdy oder ymd, nicht „%1“.</translation>
    </message>
    <message>
        <source>--map: “%1” is not a field; the fields are %2.</source>
        <translation>--map: „%1“ ist kein Feld; die Felder sind %2.</translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing was written)</source>
        <translation>Probelauf von %1 (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Date order: %1%2</source>
        <translation>Datumsreihenfolge: %1%2</translation>
    </message>
    <message>
        <source> (assumed: every date fits either order; use --date-order)</source>
        <translation> (angenommen: jedes Datum passt in beide Reihenfolgen; verwenden Sie --date-order)</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Timeline events added: %1</source>
        <translation>Hinzugefügte Verlaufseinträge: %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Zeit: %1 s</translation>
    </message>
    <message>
        <source>import follow-ups or survey responses from a CSV file (all or nothing; again changes nothing)</source>
        <translation>Nachverfolgungen oder Umfrageantworten aus einer CSV-Datei importieren (alles oder nichts; erneut ändert nichts)</translation>
    </message>
    <message>
        <source>first day (inclusive)</source>
        <translation>erster Tag (einschließlich)</translation>
    </message>
    <message>
        <source>last day (inclusive)</source>
        <translation>letzter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>period: week, month or quarter</source>
        <translation>Zeitraum: week, month oder quarter</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv oder json</translation>
    </message>
    <message>
        <source>kpi takes no arguments, only options: %1</source>
        <translation>kpi nimmt keine Argumente, nur Optionen: %1</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 erwartet einen Tag als JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) liegt vor --from (%2).</translation>
    </message>
    <message>
        <source>--by is week, month or quarter, not “%1”.</source>
        <translation>--by ist week, month oder quarter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format is csv or json, not “%1”.</source>
        <translation>--format ist csv oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>Data problem (%1): %2</source>
        <translation>Datenproblem (%1): %2</translation>
    </message>
    <message>
        <source>print the KPIs of every whole period touching the range (default: all the data), by month unless --by says otherwise</source>
        <translation>die Kennzahlen jedes vollen Zeitraums im Bereich ausgeben (Vorgabe: alle Daten), nach Monat, sofern --by nichts anderes sagt</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>First day of the charts (inclusive).</source>
        <translation>Erster Tag der Diagramme (einschließlich).</translation>
    </message>
    <message>
        <source>Last day (inclusive); its period is the one reviewed.</source>
        <translation>Letzter Tag (einschließlich); sein Zeitraum wird betrachtet.</translation>
    </message>
    <message>
        <source>week, month or quarter.</source>
        <translation>week, month oder quarter.</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 oder letter.</translation>
    </message>
    <message>
        <source>Comma-separated KPI columns to include.</source>
        <translation>Kommagetrennte Kennzahl-Spalten, die aufgenommen werden.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report braucht --out DATEI.pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation>--paper ist a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--kpis: unknown KPI column “%1”.</source>
        <translation>--kpis: unbekannte Kennzahl-Spalte „%1“.</translation>
    </message>
    <message>
        <source>CSI review %1</source>
        <translation>KVP-Review %1</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2 in %3 s (figures %4 s, pages %5 s).</source>
        <translation>%1 Seiten in %3 s nach %2 geschrieben (Zahlen %4 s, Seiten %5 s).</translation>
    </message>
    <message>
        <source>write the CSI review pack as a PDF (no display needed)</source>
        <translation>die KVP-Review-Mappe als PDF schreiben (keine Anzeige nötig)</translation>
    </message>
    <message>
        <source>  followthrough [--db FILE] %1
      %2
</source>
        <translation>  followthrough [--db DATEI] %1
      %2
</translation>
    </message>
    <message>
        <source>Usage: followthrough [--db FILE] [--lang LANGUAGE] %1

%2

Without --db the store is %3.
Exit status: 0 success, 1 failure, 2 bad usage.
</source>
        <translation>Aufruf: followthrough [--db DATEI] [--lang SPRACHE] %1

%2

Ohne --db ist der Datenbestand %3.
Rückgabewert: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>backup needs --out FILE.sqlite.</source>
        <translation>backup braucht --out DATEI.sqlite.</translation>
    </message>
    <message>
        <source>--out must end in .sqlite, .sqlite3 or .db, not “%1”.</source>
        <translation>--out muss auf .sqlite, .sqlite3 oder .db enden, nicht „%1“.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked: integrity ok).</source>
        <translation>%1 nach %2 gesichert (geprüft: Integrität in Ordnung).</translation>
    </message>
    <message>
        <source>The store %1 could not be checked: %2</source>
        <translation>Der Datenbestand %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged; restore a backup.</source>
        <translation>Der Datenbestand %1 ist beschädigt; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--db needs a file name; it was empty.</source>
        <translation>--db braucht einen Dateinamen; er war leer.</translation>
    </message>
    <message>
        <source>Usage:
  followthrough [--db FILE] [--create] [--lang LANGUAGE]   open the window
</source>
        <translation>Aufruf:
  followthrough [--db DATEI] [--create] [--lang SPRACHE]   Fenster öffnen
</translation>
    </message>
    <message>
        <source>  followthrough --help | --version

Without --db the store is %1.
--create lets import, demo and the window make a new store in a folder that does not exist
yet, or in an existing empty file.
Exit status: 0 success, 1 failure, 2 bad usage.
</source>
        <translation>  followthrough --help | --version

Ohne --db ist der Datenbestand %1.
--create erlaubt import, demo und dem Fenster, einen neuen Datenbestand in einem noch nicht
vorhandenen Ordner oder in einer vorhandenen leeren Datei anzulegen.
Exit-Status: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>--%1 is a day from 1970 to 2100, not “%2”.</source>
        <translation>--%1 muss ein Tag von 1970 bis 2100 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--out must end in .pdf, not “%1”.</source>
        <translation>--out muss auf .pdf enden, nicht „%1“.</translation>
    </message>
    <message>
        <source>first day shown (inclusive)</source>
        <translation>erster angezeigter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>last day shown (inclusive)</source>
        <translation>letzter angezeigter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>first day of the baseline (default: before the first initiative)</source>
        <translation>erster Tag der Basis (Standard: vor der ersten Initiative)</translation>
    </message>
    <message>
        <source>last day of the baseline</source>
        <translation>letzter Tag der Basis</translation>
    </message>
    <message>
        <source>signals takes no arguments, only options: %1</source>
        <translation>signals nimmt keine Argumente, nur Optionen: %1</translation>
    </message>
    <message>
        <source>--kpi: unknown KPI column “%1”.</source>
        <translation>--kpi: unbekannte KPI-Spalte „%1“.</translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to go together.</source>
        <translation>--baseline-from und --baseline-to gehören zusammen.</translation>
    </message>
    <message>
        <source>--baseline-to (%1) is before --baseline-from (%2).</source>
        <translation>--baseline-to (%1) liegt vor --baseline-from (%2).</translation>
    </message>
    <message>
        <source>print each KPI's process behaviour chart figures: value, n, centre line, limits and the signals that fire (default: every KPI, by month)</source>
        <translation>die Werte der Prozessverhaltensdiagramme jeder KPI ausgeben: Wert, n, Mittellinie, Grenzen und ausgelöste Signale (Standard: alle KPIs, nach Monat)</translation>
    </message>
    <message>
        <source>KPIs for --kpi:</source>
        <translation>Kennzahlen für --kpi:</translation>
    </message>
    <message>
        <source>a KPI column, repeat for more (default: every KPI)</source>
        <translation>eine Kennzahlspalte, für mehrere wiederholen (Vorgabe: alle Kennzahlen)</translation>
    </message>
    <message>
        <source>servicenow, jira, zendesk, freshservice (freshdesk), glpi, otrs (znuny), osticket, zammad, events, surveys or generic; default: recognised from the header.</source>
        <translation>servicenow, jira, zendesk, freshservice (freshdesk), glpi, otrs (znuny), osticket, zammad, events, surveys oder generic; Standard: an der Kopfzeile erkannt.</translation>
    </message>
    <message>
        <source>Generic, events: read FIELD from COLUMN; FIELD= leaves a suggested column out (repeatable).</source>
        <translation>Generic, events: FIELD aus COLUMN lesen; FIELD= lässt eine vorgeschlagene Spalte weg (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Read SOURCE (* is a wildcard) as VALUE for status, priority or kind; the first matching rule wins (repeatable).</source>
        <translation>SOURCE (* als Platzhalter) als VALUE lesen, für status, priority oder kind; die erste passende Regel gilt (mehrfach möglich).</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 oder latin1 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The zone of times written without one, e.g. Europe/Berlin or UTC (default: the store's).</source>
        <translation>Die Zeitzone für Zeitangaben ohne Zone, z. B. Europe/Berlin oder UTC (Standard: die des Datenbestands).</translation>
    </message>
    <message>
        <source>--profile is one of %1, not “%2”.</source>
        <translation>--profile ist eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--encoding is utf-8, utf-16le, utf-16be, windows-1252 or latin1, not “%1”.</source>
        <translation>--encoding ist utf-8, utf-16le, utf-16be, windows-1252 oder latin1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--time-zone: “%1” is not a time zone (for example Europe/Berlin, America/New_York, UTC).</source>
        <translation>--time-zone: „%1“ ist keine Zeitzone (zum Beispiel Europe/Berlin, America/New_York, UTC).</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN (or FIELD= to leave a column out), not “%1”.</source>
        <translation>--map erwartet FIELD=COLUMN (oder FIELD=, um eine Spalte wegzulassen), nicht „%1“.</translation>
    </message>
    <message>
        <source>--map does not apply to the servicenow and surveys profiles, whose columns are fixed.</source>
        <translation>--map gilt nicht für die Profile servicenow und surveys, deren Spalten feststehen.</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>Kodierung: %1 (%2)</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <source>Times without a zone read in: %1</source>
        <translation>Zeitangaben ohne Zone gelesen in: %1</translation>
    </message>
    <message>
        <source>Data problems in the source: %1 (imported as the source has them, see below)</source>
        <translation>Datenprobleme in der Quelle: %1 (so übernommen, wie sie dort stehen, siehe unten)</translation>
    </message>
    <message>
        <source>The store to copy into: a store file (made when missing) or a PostgreSQL server (postgresql://user@host[:port]/database or service=NAME).</source>
        <translation>Der Datenbestand, in den kopiert wird: eine Datei (wird angelegt, wenn sie fehlt) oder ein PostgreSQL-Server (postgresql://benutzer@host[:port]/datenbank oder service=NAME).</translation>
    </message>
    <message>
        <source>copy needs --to TARGET.</source>
        <translation>copy braucht --to ZIEL.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3.</source>
        <translation>%1 Zeilen von %2 nach %3 kopiert.</translation>
    </message>
    <message>
        <source>copy the whole store into an empty store: a file, or a PostgreSQL server (postgresql://user@host/database or service=NAME)</source>
        <translation>den gesamten Datenbestand in einen leeren kopieren: eine Datei oder einen PostgreSQL-Server (postgresql://benutzer@host/datenbank oder service=NAME)</translation>
    </message>
    <message>
        <source>Every table is copied with its ids, in one transaction: the target either holds the whole
store afterwards or is left as it was. A target that already holds follow-ups, events,
surveys, targets, initiatives, holidays, import runs or checklist runs is refused; a new
store is fine (it keeps its own store id). A missing target file is created.
Give a server's password through ~/.pgpass or PGPASSWORD rather than on the command line.
</source>
        <translation>Jede Tabelle wird mit ihren IDs in einer einzigen Transaktion kopiert: Das Ziel enthält danach
den ganzen Datenbestand oder bleibt, wie es war. Ein Ziel, das schon Nachverfolgungen, Ereignisse,
Umfragen, Zielwerte, Initiativen, Feiertage, Importläufe oder Checklisten-Durchläufe enthält, wird
abgelehnt; ein neuer Datenbestand ist in Ordnung (er behält seine eigene ID). Eine fehlende
Zieldatei wird angelegt. Das Passwort eines Servers gehört in ~/.pgpass oder PGPASSWORD, nicht
in die Befehlszeile.
</translation>
    </message>
</context>
<context>
    <name>ft::display</name>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
</context>
<context>
    <name>ft::exporting</name>
    <message>
        <source>Promised updates</source>
        <translation>Zugesagte Rückmeldungen</translation>
    </message>
    <message>
        <source>Update due: %1</source>
        <translation>Rückmeldung fällig: %1</translation>
    </message>
    <message>
        <source>Update due: %1 %2</source>
        <translation>Rückmeldung fällig: %1 %2</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Anfragende(r): %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Bearbeiter(in): %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Promised on %1</source>
        <translation>Zugesagt am %1</translation>
    </message>
</context>
<context>
    <name>ft::form</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>ft::importing</name>
    <message>
        <source>“%1” is not a field that can be imported; the fields are: %2.</source>
        <translation>„%1“ ist kein importierbares Feld; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (mapped to %3); its columns are: %4.</source>
        <translation>%1 hat keine Spalte „%2“ (zugeordnet zu %3); seine Spalten sind: %4.</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to a field. Map them with --map FIELD=COLUMN (fields: %2).</source>
        <translation>Keine Spalte von %1 ist einem Feld zugeordnet. Ordnen Sie sie mit --map FELD=SPALTE zu (Felder: %2).</translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation>Importiert aus %1, Zeile %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Der Import von %1 wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1, column “%2”: “%3” %4</source>
        <translation>%1, Spalte „%2“: „%3“ %4</translation>
    </message>
    <message>
        <source>is not a date and time (expected %1, then an optional H:MM or HH:MM:SS).</source>
        <translation>ist kein Datum mit Uhrzeit (erwartet %1, dann optional H:MM oder HH:MM:SS).</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2.</source>
        <translation>ist keine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>is not yes or no (true/false, yes/no, y/n, 1/0).</source>
        <translation>ist nicht ja oder nein (true/false, yes/no, y/n, 1/0).</translation>
    </message>
    <message>
        <source>is not a priority (1 to 4, or Critical, High, Moderate, Low).</source>
        <translation>ist keine Priorität (1 bis 4 oder Critical, High, Moderate, Low).</translation>
    </message>
    <message>
        <source>is not a status FollowThrough knows (New, In progress, Waiting on requester, Waiting on vendor, Resolved, Closed, or a ServiceNow state).</source>
        <translation>ist kein Status, den FollowThrough kennt (New, In progress, Waiting on requester, Waiting on vendor, Resolved, Closed oder ein ServiceNow-Status).</translation>
    </message>
    <message>
        <source>is not a kind (incident, request, change, problem).</source>
        <translation>ist keine Art (incident, request, change, problem).</translation>
    </message>
    <message>
        <source>%1: the dates are written day first (line %2: “%3”) and month first (line %4: “%5”). Say which with --date-order dmy, mdy or ymd.</source>
        <translation>%1: Die Daten sind teils mit dem Tag zuerst (Zeile %2: „%3“) und teils mit dem Monat zuerst (Zeile %4: „%5“) geschrieben. Geben Sie es mit --date-order dmy, mdy oder ymd an.</translation>
    </message>
    <message>
        <source>ServiceNow incidents</source>
        <translation>ServiceNow-Störungen</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Other CSV (columns mapped to fields)</source>
        <translation>Andere CSV (Spalten Feldern zugeordnet)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 has a header line but no data rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>%1 has no column “%2”, which the servicenow profile needs.</source>
        <translation>%1 hat keine Spalte „%2“, die das Profil servicenow braucht.</translation>
    </message>
    <message>
        <source>is empty: every row needs the incident number.</source>
        <translation>ist leer: Jede Zeile braucht die Störungsnummer.</translation>
    </message>
    <message>
        <source>is empty: every incident has an opening time.</source>
        <translation>ist leer: Jede Störung hat einen Öffnungszeitpunkt.</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>ServiceNow update %1: %2</source>
        <translation>ServiceNow-Aktualisierung %1: %2</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Störung %1</translation>
    </message>
    <message>
        <source>%1 is not a survey file: it needs the columns reference, score and date (comment is optional); it has %2.</source>
        <translation>%1 ist keine Umfragedatei: Sie braucht die Spalten reference, score und date (comment ist optional); sie hat %2.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs the reference of its ticket.</source>
        <translation>ist leer: Eine Umfrageantwort braucht die Referenz ihres Tickets.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs a score from 1 to 5.</source>
        <translation>ist leer: Eine Umfrageantwort braucht eine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs the date it was received.</source>
        <translation>ist leer: Eine Umfrageantwort braucht das Eingangsdatum.</translation>
    </message>
    <message>
        <source>%1: no follow-up has the reference “%2”; the response was not imported.</source>
        <translation>%1: Keine Nachverfolgung hat die Referenz „%2“; die Antwort wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Status set by an import</source>
        <translation>Status durch einen Import gesetzt</translation>
    </message>
    <message>
        <source>day first (31/12/2016)</source>
        <translation>Tag zuerst (31/12/2016)</translation>
    </message>
    <message>
        <source>month first (12/31/2016)</source>
        <translation>Monat zuerst (12/31/2016)</translation>
    </message>
    <message>
        <source>year first (2016-12-31)</source>
        <translation>Jahr zuerst (2016-12-31)</translation>
    </message>
    <message>
        <source>is outside the years %1–%2 that FollowThrough accepts.</source>
        <translation>liegt außerhalb der Jahre %1–%2, die FollowThrough annimmt.</translation>
    </message>
    <message>
        <source>the reference “%1” is already on line %2 of this file, with different data. Keep one row per reference and import again.</source>
        <translation>Die Referenz „%1“ steht bereits in Zeile %2 dieser Datei, mit anderen Daten. Behalten Sie eine Zeile pro Referenz und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a field of an event log (its fields: %2); opening, resolution and closing times and reopens come from the status changes.</source>
        <translation>„%1“ ist kein Feld eines Ereignisprotokolls (dessen Felder: %2); Eröffnungs-, Lösungs- und Schließzeitpunkt sowie Wiedereröffnungen ergeben sich aus den Statuswechseln.</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to “%2”, which an event log needs. Map it with --map %2=COLUMN (columns: %3).</source>
        <translation>Keine Spalte von %1 ist „%2“ zugeordnet, das ein Ereignisprotokoll braucht. Ordnen Sie es mit --map %2=COLUMN zu (Spalten: %3).</translation>
    </message>
    <message>
        <source>is empty: every event needs the reference of its ticket.</source>
        <translation>ist leer: Jedes Ereignis braucht die Referenz seines Tickets.</translation>
    </message>
    <message>
        <source>is empty: every event needs its time.</source>
        <translation>ist leer: Jedes Ereignis braucht seinen Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to read %1.</source>
        <translation>Für das Lesen von %1 kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Event log (one row per change of a ticket)</source>
        <translation>Ereignisprotokoll (eine Zeile je Änderung eines Tickets)</translation>
    </message>
    <message>
        <source>Jira Service Management issues</source>
        <translation>Jira-Service-Management-Vorgänge</translation>
    </message>
    <message>
        <source>Zendesk tickets</source>
        <translation>Zendesk-Tickets</translation>
    </message>
    <message>
        <source>Freshservice or Freshdesk tickets</source>
        <translation>Freshservice- oder Freshdesk-Tickets</translation>
    </message>
    <message>
        <source>GLPI tickets</source>
        <translation>GLPI-Tickets</translation>
    </message>
    <message>
        <source>OTRS or Znuny tickets</source>
        <translation>OTRS- oder Znuny-Tickets</translation>
    </message>
    <message>
        <source>osTicket tickets</source>
        <translation>osTicket-Tickets</translation>
    </message>
    <message>
        <source>Zammad tickets</source>
        <translation>Zammad-Tickets</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export: it has no column for the %3 (the %2 profile looks for “%4”). Its header looks like %5; try --profile %6, or map the columns with --map FIELD=COLUMN.</source>
        <translation>%1 sieht nicht wie ein Export von %2 aus: Es gibt keine Spalte für %3 (das Profil %2 sucht nach „%4“). Die Kopfzeile sieht nach %5 aus; versuchen Sie --profile %6 oder ordnen Sie die Spalten mit --map FIELD=COLUMN zu.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>den Status</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>die Ticketnummer</translation>
    </message>
    <message>
        <source>%1, line %2 (%3)</source>
        <translation>%1, Zeile %2 (%3)</translation>
    </message>
    <message>
        <source>the incident is open (%1) but has a closing time; the closing time was left out</source>
        <translation>der Incident ist offen (%1), hat aber einen Schließzeitpunkt; der Schließzeitpunkt wurde weggelassen</translation>
    </message>
    <message>
        <source>closed before it was resolved; both times are kept as the source has them</source>
        <translation>vor der Lösung geschlossen; beide Zeitpunkte bleiben, wie sie in der Quelle stehen</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook (its zip container is damaged).</source>
        <translation>%1 ist keine lesbare .xlsx-Arbeitsmappe (der ZIP-Container ist beschädigt).</translation>
    </message>
    <message>
        <source>%1 has no part %2: it is not a workbook FollowThrough can read.</source>
        <translation>%1 hat keinen Teil %2: Diese Arbeitsmappe kann FollowThrough nicht lesen.</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MiB (or more than %4 times its packed size); the file is refused as too large or as a zip bomb.</source>
        <translation>%1: Der Teil %2 entpackt sich auf mehr als %3 MiB (oder mehr als das %4-Fache seiner gepackten Größe); die Datei wird als zu groß oder als ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation>%1: Der Teil %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged.</source>
        <translation>%1: Der Teil %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the sheet has more than %2 cells or %3 columns; it is refused as too large.</source>
        <translation>%1: Das Tabellenblatt hat mehr als %2 Zellen oder %3 Spalten; es wird als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot write the converted sheet of %1.</source>
        <translation>Das umgewandelte Tabellenblatt von %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the sheet is not well-formed XML (%2).</source>
        <translation>%1: Das Tabellenblatt ist kein wohlgeformtes XML (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: the XML spreadsheet is not well-formed (%3).</source>
        <translation>%1, Zeile %2: Die XML-Tabelle ist nicht wohlgeformt (%3).</translation>
    </message>
    <message>
        <source>%1 is a binary Excel 97–2003 workbook, which FollowThrough does not read. Save it as .xlsx or as CSV and import that.</source>
        <translation>%1 ist eine binäre Excel-97–2003-Arbeitsmappe, die FollowThrough nicht liest. Speichern Sie sie als .xlsx oder CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--value takes FIELD:SOURCE=VALUE (for example status:Accepted=in_progress), not “%1”.</source>
        <translation>--value erwartet FIELD:SOURCE=VALUE (zum Beispiel status:Accepted=in_progress), nicht „%1“.</translation>
    </message>
    <message>
        <source>--value: “%1” is not a field whose values can be translated; those are %2.</source>
        <translation>--value: „%1“ ist kein Feld, dessen Werte übersetzt werden können; das sind %2.</translation>
    </message>
    <message>
        <source>--value: “%1” is not a %2; use one of %3.</source>
        <translation>--value: „%1“ ist kein gültiger Wert für %2; verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <source>  %1 “%2” ×%3 (first at %4)</source>
        <translation>  %1 „%2“ ×%3 (zuerst in %4)</translation>
    </message>
    <message>
        <source>%1, column “%2”: “%3” is not a %4 FollowThrough knows. %5 distinct values have no meaning yet:
%6
Translate each with --value FIELD:SOURCE=VALUE (SOURCE may use * as a wildcard; values: status %7; priority %8; kind %9).</source>
        <translation>%1, Spalte „%2“: „%3“ ist kein Wert für %4, den FollowThrough kennt. %5 verschiedene Werte haben noch keine Bedeutung:
%6
Übersetzen Sie jeden mit --value FIELD:SOURCE=VALUE (SOURCE darf * als Platzhalter enthalten; Werte: status %7; priority %8; kind %9).</translation>
    </message>
    <message>
        <source>is not a satisfaction rating (a score from 1 to 5, Good or Bad, Extremely Happy … Extremely Unhappy).</source>
        <translation>ist keine Zufriedenheitsbewertung (eine Note von 1 bis 5, Good oder Bad, Extremely Happy … Extremely Unhappy).</translation>
    </message>
    <message>
        <source>import (%1)</source>
        <translation>Import (%1)</translation>
    </message>
</context>
<context>
    <name>ft::output</name>
    <message>
        <source>the system gave no reason</source>
        <translation>das System nannte keinen Grund</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>%1: the output file must end in %2.</source>
        <translation>%1: Die Ausgabedatei muss auf %2 enden.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a link to nothing; FollowThrough does not write through it.</source>
        <translation>%1 ist ein Verweis ins Leere; FollowThrough schreibt nicht darüber.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); nothing was written.</source>
        <translation>%1 ist keine normale Datei (ein Ordner, ein Gerät oder eine Pipe); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is the store in use (or one of its journal files); FollowThrough never writes over it. Nothing was written.</source>
        <translation>%1 ist der verwendete Datenbestand (oder eine seiner Journaldateien); FollowThrough überschreibt ihn nie. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database or journal; FollowThrough never writes over one. Choose another name. Nothing was written.</source>
        <translation>%1 ist eine SQLite-Datenbank oder ein SQLite-Journal; so etwas überschreibt FollowThrough nie. Wählen Sie einen anderen Namen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1. Nothing was changed there.</source>
        <translation>%1 kann nicht geschrieben werden. Dort wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed there.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Dort wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ft::windowactions</name>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FollowThrough cannot open its store</source>
        <translation>FollowThrough kann seinen Datenbestand nicht öffnen</translation>
    </message>
    <message>
        <source>FollowThrough</source>
        <translation>FollowThrough</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1. To use it, open it with --db, or copy it in place of the store.</source>
        <translation>Die neueste automatische Sicherung ist %1. Um sie zu verwenden, mit --db öffnen oder anstelle des Datenbestands kopieren.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>