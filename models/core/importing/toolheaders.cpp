#include "importing/toolprofiles.h"

#include <QSet>
#include <algorithm>
#include <array>
#include <vector>

// The header rows of each tool's ticket export. Sources (see tests/data/README): Jira's "Export
// Excel CSV (all fields)", Zendesk's CSV export and Explore, Freshservice/Freshdesk ticket export,
// GLPI's search-result export (user-chosen columns: the standard ones are listed), OTRS/Znuny's
// ticket search CSV (TicketNumber, Age, Created, State …), osTicket's include/class.export.php,
// Zammad's lib/excel_sheet/ticket.rb. The names in German, French, Spanish and Portuguese are the
// tools' own translations of those labels. Matching ignores case and surrounding space.
namespace ft::importing {

namespace {

struct Names
{
    const char *field;
    const char *names;   // '|'-separated
};

struct Table
{
    Profile tool;
    const char *signature;   // '|'-separated
    std::vector<Names> headers;
};

const std::array<Table, 7> &tables()
{
    static const std::array<Table, 7> all{{
        {Profile::Jira,
         "issue key|issue id|issue type|project key|status category|custom field (request type)|schlüssel|vorgangstyp|"
         "clé de ticket|type de ticket|clave de incidencia|tipo de incidencia|chave do item|tipo de item|"
         "clé|clave|chave|custom field (satisfaction rating)|custom field (time to first response)",
         {{"reference", "issue key|key|schlüssel|clé de ticket|clé|clave de incidencia|clave|chave do item|chave"},
          {"title", "summary|zusammenfassung|résumé|resumen|resumo"},
          {"kind", "issue type|vorgangstyp|type de ticket|tipo de incidencia|tipo de item"},
          {"status", "status|état|estado|statut"},
          {"priority", "priority|priorität|priorité|prioridad|prioridade"},
          {"owner", "assignee|bearbeiter|zuständige person|responsable|persona asignada|responsável"},
          {"requester", "reporter|autor|rapporteur|informador|relator"},
          {"opened_at", "created|erstellt|création|créé|creada|creado|criado|criada"},
          {"resolved_at", "resolved|erledigt|gelöst|résolu|résolue|resuelta|resuelto|resolvido|resolvida"},
          {"category", "component/s|komponente/n|composant/s|componente/s|components"},
          {"team", "project name|projektname|nom du projet|nombre de proyecto|nome do projeto"},
          {"satisfaction", "custom field (satisfaction rating)|custom field (satisfaction)|satisfaction rating|satisfaction|"
                           "benutzerdefiniertes feld (zufriedenheit)|zufriedenheit|champ personnalisé (satisfaction)|"
                           "campo personalizado (satisfacción)|satisfacción|campo personalizado (satisfação)|satisfação"}}},
        {Profile::Zendesk,
         "requester id|requester external id|requester domain|submitter|via|ticket type|group stations|"
         "assignee stations|reopens|replies|first reply time in minutes|satisfaction score|full resolution time in minutes|"
         "solved at|initially assigned at|wiedereröffnungen|anzahl der wiedereröffnungen|gelöst am|réouvertures|"
         "résolu le|reaperturas|resuelto el|reaberturas|resolvido em|erste antwortzeit in minuten|"
         "temps de première réponse en minutes|tiempo de primera respuesta en minutos|"
         "tempo da primeira resposta em minutos",
         {{"reference", "id|ticket id|ticket-id|id du ticket|id del ticket|id do ticket"},
          {"title", "subject|betreff|sujet|asunto|assunto"},
          {"kind", "ticket type|tickettyp|type de ticket|tipo de ticket"},
          {"status", "status|statut|estado"},
          {"priority", "priority|priorität|priorité|prioridad|prioridade"},
          {"owner", "assignee|bearbeiter|agent assigné|assigné|agente asignado|atribuído"},
          {"team", "group|gruppe|groupe|grupo"},
          {"requester", "requester|anfragender|demandeur|solicitante"},
          {"requester_contact", "requester email|e-mail des anfragenden|e-mail du demandeur|correo electrónico del solicitante|e-mail do solicitante"},
          {"contact_type", "via|kanal|canal"},
          {"opened_at", "created at|erstellt am|créé le|date de création|creado el|creado|criado em"},
          {"resolved_at", "solved at|gelöst am|résolu le|resuelto el|resolvido em"},
          {"reopen_count", "reopens|wiedereröffnungen|anzahl der wiedereröffnungen|réouvertures|reaperturas|reaberturas"},
          {"first_response_minutes", "first reply time in minutes|erste antwortzeit in minuten|temps de première réponse en minutes|tiempo de primera respuesta en minutos|tempo da primeira resposta em minutos"},
          {"satisfaction", "satisfaction score|satisfaction rating|zufriedenheitsbewertung|zufriedenheitswert|note de satisfaction|"
                           "évaluation de la satisfaction|calificación de satisfacción|puntuación de satisfacción|"
                           "índice de satisfação|classificação de satisfação|pontuação de satisfação"}}},
        {Profile::Freshservice,
         "ticket id|created time|due by time|resolved time|closed time|last updated time|initial response time|"
         "first response time (in hrs)|resolution time (in hrs)|agent interactions|customer interactions|"
         "resolution status|first response status|survey results|requester email|full name",
         {{"reference", "ticket id|ticket-id|id du ticket|id del ticket|id do ticket"},
          {"title", "subject|betreff|sujet|asunto|assunto"},
          {"kind", "type|typ|tipo"},
          {"status", "status|statut|estado"},
          {"priority", "priority|priorität|priorité|prioridad|prioridade"},
          {"owner", "agent|bearbeiter|agente"},
          {"team", "group|gruppe|groupe|grupo"},
          {"requester", "full name|requester name|contact|name des anfragenden|nom du demandeur|nombre del solicitante|nome do solicitante"},
          {"requester_contact", "requester email|email|e-mail"},
          {"contact_type", "source|quelle|origine|origen|origem"},
          {"category", "category|kategorie|catégorie|categoría|categoria"},
          {"opened_at", "created time|erstellungszeit|heure de création|hora de creación|hora de criação"},
          {"first_response_at", "initial response time|erste antwortzeit|heure de première réponse|hora de primera respuesta|hora da primeira resposta"},
          {"resolved_at", "resolved time|lösungszeit|heure de résolution|hora de resolución|hora da resolução"},
          {"closed_at", "closed time|schließzeit|heure de fermeture|hora de cierre|hora de fechamento"},
          {"sla_met", "resolution status|lösungsstatus|statut de résolution|estado de resolución|status da resolução"},
          {"satisfaction", "survey results|survey result|customer satisfaction|satisfaction|umfrageergebnisse|"
                           "kundenzufriedenheit|résultats de l'enquête|résultats du sondage|satisfaction client|"
                           "resultados de la encuesta|satisfacción del cliente|resultados da pesquisa|satisfação do cliente"}}},
        {Profile::Glpi,
         "entity|entité|entidad|entidade|einheit|opening date|date d'ouverture|fecha de apertura|data de abertura|"
         "eröffnungsdatum|assigned to - technician|attribué à - technicien|asignado a - técnico|atribuído a - técnico|"
         "zugewiesen an - techniker|time to resolve|temps de résolution|close date|date de clôture",
         {{"reference", "id"},
          {"title", "title|titre|título|titel"},
          {"status", "status|statut|estado"},
          {"priority", "priority|priorité|prioridad|prioridade|priorität"},
          {"owner", "assigned to - technician|attribué à - technicien|asignado a - técnico|atribuído a - técnico|zugewiesen an - techniker"},
          {"team", "assigned to - group|attribué à - groupe|asignado a - grupo|atribuído a - grupo|zugewiesen an - gruppe"},
          {"requester", "requester|demandeur|solicitante|requerente|anfragender|requester - requester|demandeur - demandeur"},
          {"category", "category|catégorie|categoría|categoria|kategorie"},
          {"kind", "type|typ|tipo"},
          {"opened_at", "opening date|date d'ouverture|fecha de apertura|data de abertura|eröffnungsdatum"},
          {"resolved_at", "resolution date|date de résolution|fecha de resolución|data de solução|data de resolução|lösungsdatum"},
          {"closed_at", "close date|closing date|date de clôture|fecha de cierre|data de fechamento|schließungsdatum"}}},
        {Profile::Otrs,
         "ticketnumber|ticket#|age|firstlock|first lock|firstresponse|solutionintime|solutioninmin|firstresponseinmin|"
         "escalationtime|queue|lock|customerid|customeruserid|accountedtime|ticketnummer|alter|kundennummer",
         {{"reference", "ticketnumber|ticket#|ticketnummer|número de ticket|numéro de ticket|número do chamado"},
          {"title", "title|subject|titel|titre|título|betreff"},
          {"status", "state|status|état|estado|statut"},
          {"priority", "priority|priorität|priorité|prioridad|prioridade"},
          {"owner", "owner|besitzer|propriétaire|propietario|proprietário"},
          {"team", "queue|file|cola|fila"},
          {"requester", "customername|customeruserid|customer user|customerid|kundenbenutzer|kundennummer|from|von"},
          {"kind", "type|typ|tipo"},
          {"opened_at", "created|erstellt|créé|creado|criado"},
          {"closed_at", "closed|geschlossen|fermé|cerrado|fechado"},
          {"first_response_at", "firstresponse|first response|erste reaktion|première réponse|primera respuesta|primeira resposta"},
          {"first_response_minutes", "firstresponseinmin"}}},
        {Profile::Osticket,
         "ticket number|date created|help topic|current status|last updated|agent assigned|team assigned|thread count|"
         "attachment count|from email|overdue|answered|ticketnummer|numéro du ticket|número de ticket|número do ticket",
         {{"reference", "ticket number|ticketnummer|numéro du ticket|numéro de ticket|número de ticket|número do ticket"},
          {"title", "subject|betreff|sujet|asunto|assunto"},
          {"status", "current status|status|aktueller status|statut actuel|estado actual|status atual"},
          {"priority", "priority|priorität|priorité|prioridad|prioridade"},
          {"owner", "agent assigned|assigned to|zugewiesener mitarbeiter|agent assigné|agente asignado|agente atribuído"},
          {"team", "department|abteilung|département|departamento"},
          {"requester", "from|von|de"},
          {"requester_contact", "from email|e-mail|courriel|correo electrónico"},
          {"category", "help topic|hilfethema|rubrique d'aide|tema de ayuda|tópico de ajuda"},
          {"contact_type", "source|quelle|origine|origen|origem"},
          {"opened_at", "date created|created|erstellungsdatum|date de création|fecha de creación|data de criação"},
          {"reopen_count", "reopen count|wiedereröffnungen|réouvertures|reaperturas|reaberturas"}}},
        {Profile::Zammad,
         "create channel|time units total|close escalation at|close in min|close diff in min|first response escalation at|"
         "first response in min|first response diff in min|update escalation at|last contact agent at|"
         "last contact customer at|article count|escalation at|"
         // Zammad translates the sheet's headers (lib/excel_sheet/ticket.rb) into the user's language:
         // these are its own translations (i18n/zammad.de-de.po, fr-fr, es-es, pt-br).
         "kanal erstellen|eskalation schließung am|geschlossen in minuten|differenz schließung in minuten|"
         "cloturer l'escalade le|cloture dans min|différence de clôture en min|"
         "crear canal|fechar escalonamento em|fechar em minutos|fechar diff em min",
         {{"reference", "#|number|nummer|numéro|número"},
          {"title", "title|titel|titre|título"},
          {"status", "state|status|statut|estado"},
          {"priority", "priority|priorität|priorité|prioridad|prioridade"},
          {"owner", "owner|besitzer|propriétaire|propietario|proprietário"},
          {"team", "group|gruppe|groupe|grupo"},
          {"requester", "customer|kunde|client|cliente"},
          {"contact_type", "create channel|kanal erstellen|erstellkanal|canal de création|crear canal|canal de creación|canal de criação"},
          {"opened_at", "created at|erstellt am|créé le|creado el|criado em"},
          {"closed_at", "closed at|geschlossen am|cloturé le|fermé le|cerrado el|fechado em"},
          {"first_response_at", "first response at|erste reaktion am|première réponse le|primera respuesta el|primeira resposta em"},
          {"first_response_minutes", "first response in min"}}},
    }};
    return all;
}

QStringList split(const char *names)
{
    return QString::fromUtf8(names).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString normalisedHeader(const QString &h) { return h.trimmed().toLower(); }

} // namespace

const QHash<QString, QStringList> &toolHeaders(Profile tool)
{
    static const QHash<int, QHash<QString, QStringList>> cache = [] {
        QHash<int, QHash<QString, QStringList>> all;
        for (const Table &t : tables()) {
            for (const Names &n : t.headers)
                all[int(t.tool)].insert(QString::fromLatin1(n.field), split(n.names));
        }
        return all;
    }();
    static const QHash<QString, QStringList> none;
    const auto it = cache.constFind(int(tool));
    return it == cache.constEnd() ? none : *it;
}

const QStringList &toolSignature(Profile tool)
{
    static const QHash<int, QStringList> cache = [] {
        QHash<int, QStringList> all;
        for (const Table &t : tables())
            all.insert(int(t.tool), split(t.signature));
        return all;
    }();
    static const QStringList none;
    const auto it = cache.constFind(int(tool));
    return it == cache.constEnd() ? none : *it;
}

std::optional<Profile> detectToolProfile(const QStringList &header)
{
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(normalisedHeader(h));
    std::optional<Profile> best;
    int bestHits = 1;   // at least two names of a tool's signature
    for (const Table &t : tables()) {
        int hits = 0;
        for (const QString &name : toolSignature(t.tool))
            hits += names.contains(name) ? 1 : 0;
        if (hits > bestHits) {
            best = t.tool;
            bestHits = hits;
        }
    }
    return best;
}

QHash<QString, QString> suggestToolMapping(Profile tool, const QStringList &header)
{
    QHash<QString, QString> mapping;
    const QHash<QString, QStringList> &fields = toolHeaders(tool);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        // The tool's own order of names decides, then the file's first such column (Jira repeats some).
        for (const QString &name : it.value()) {
            const auto column = std::find_if(header.begin(), header.end(),
                                             [&](const QString &h) { return normalisedHeader(h) == name; });
            if (column != header.end()) {
                mapping.insert(it.key(), *column);
                break;
            }
        }
    }
    return mapping;
}

const QStringList &toolOnlyFields()
{
    static const QStringList fields{QStringLiteral("first_response_minutes"), QStringLiteral("satisfaction")};
    return fields;
}

} // namespace ft::importing
