#include "importing/toolprofiles.h"

#include <QCoreApplication>

// Each tool's status and priority names, in English, German, French, Spanish and Portuguese, as its
// UI and exports write them. Where a tool's word means another state than ours at first sight:
// - Zendesk: "Open" is being worked on (In progress); "Pending" waits on the requester; "On-hold"
//   on a third party (Waiting on vendor).
// - Jira Service Management: "Waiting for customer" → Waiting on requester; "Waiting for support",
//   "Escalated" → In progress; "Pending" → Waiting on vendor; "Done" → Resolved; "Canceled",
//   "Declined", "Won't Do" → Closed.
// - Freshservice/Freshdesk: "Open" → New (the state a ticket arrives in); "Pending" and
//   "Waiting on Customer" → Waiting on requester; "Waiting on Third Party" → Waiting on vendor.
// - GLPI: "Processing (assigned/planned)" → In progress; "Pending" → Waiting on vendor (as an on-hold
//   without a reason in ServiceNow); "Solved" → Resolved.
// - OTRS/Znuny: "pending reminder" and "pending auto close±" → Waiting on requester; closed, merged
//   and removed → Closed. Priorities count up: "5 very high" is Critical, "1 very low" Low.
// - osTicket: "Open" → New; "Archived", "Deleted" → Closed; "Emergency" → Critical.
// - Zammad: "pending reminder", "pending close" → Waiting on requester; "merged" → Closed; "3 high" is
//   its highest priority.
namespace ft::importing {

namespace {

using S = Status;

void add(QHash<QString, Status> &into, Status status, const char *names)
{
    for (const QString &n : QString::fromUtf8(names).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        into.insert(n, status);
}

void add(QHash<QString, Priority> &into, Priority priority, const char *names)
{
    for (const QString &n : QString::fromUtf8(names).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        into.insert(n, priority);
}

void add(QHash<QString, Kind> &into, Kind kind, const char *names)
{
    for (const QString &n : QString::fromUtf8(names).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        into.insert(n, kind);
}

// The ticket types the tools share, in the five languages (a question or a task is a request).
void commonKinds(QHash<QString, Kind> &k)
{
    add(k, Kind::Incident, "incident|störung|vorfall|incidente|incidência|incidencia");
    add(k, Kind::Request, "request|service request|service request with approvals|demande|anfrage|serviceanfrage|"
                          "solicitud|solicitud de servicio|solicitação|requisição|requisição de serviço|question|frage|"
                          "pregunta|pergunta|task|aufgabe|tâche|tarea|tarefa");
    add(k, Kind::Change, "change|änderung|changement|cambio|mudança|alteração");
    add(k, Kind::Problem, "problem|problème|problema");
}

// The priority names every tool shares, in the five languages.
void commonPriorities(QHash<QString, Priority> &p)
{
    add(p, Priority::Critical, "urgent|urgente|urgence|dringend|emergency|notfall|emergencia|emergência|highest|"
                               "höchste|la plus haute|más alta|mais alta|very high|sehr hoch|très haute|muy alta|"
                               "muito alta|major|majeure|mayor|kritisch|critical|critique|crítica|crítico|blocker");
    add(p, Priority::High, "high|hoch|haute|élevée|elevée|alta|alto");
    add(p, Priority::Moderate, "medium|normal|normale|mittel|moyenne|media|média|moderate|moderada|médio");
    add(p, Priority::Low, "low|niedrig|basse|faible|baja|baixa|baixo|lowest|niedrigste|la plus basse|más baja|"
                          "mais baixa|very low|sehr niedrig|très basse|muy baja|muito baixa|trivial|minor");
}

ToolVocabulary jira()
{
    ToolVocabulary v;
    add(v.statuses, S::New, "open|to do|backlog|selected for development|offen|zu erledigen|ouvert|ouverte|à faire|"
                            "abierto|abierta|por hacer|aberto|aberta|itens pendentes|a fazer|new|neu|nouveau|nuevo|novo");
    add(v.statuses, S::InProgress, "in progress|work in progress|waiting for support|escalated|in arbeit|in bearbeitung|"
                                   "wartet auf support|eskaliert|en cours|en attente de l'assistance|escaladé|en curso|"
                                   "en progreso|esperando por soporte|esperando soporte|escalado|em andamento|em progresso|"
                                   "aguardando suporte|reopened|wieder geöffnet|réouvert|reabierto|reaberto");
    add(v.statuses, S::WaitingOnRequester, "waiting for customer|wartet auf kunden|wartet auf kunde|en attente du client|"
                                           "esperando al cliente|esperando cliente|aguardando cliente|aguardando o cliente");
    add(v.statuses, S::WaitingOnVendor, "pending|ausstehend|en attente|pendiente|pendente|waiting for approval|"
                                        "warten auf genehmigung|en attente d'approbation|esperando aprobación|aguardando aprovação");
    add(v.statuses, S::Resolved, "resolved|done|gelöst|erledigt|fertig|résolu|résolue|terminé|terminée|resuelto|resuelta|"
                                 "listo|hecho|finalizado|resolvido|resolvida|concluído|concluída|itens concluídos");
    add(v.statuses, S::Closed, "closed|canceled|cancelled|declined|won't do|geschlossen|abgebrochen|abgelehnt|fermé|fermée|"
                               "annulé|refusé|cerrado|cerrada|cancelado|rechazado|fechado|fechada|recusado");
    commonPriorities(v.priorities);
    commonKinds(v.kinds);
    return v;
}

ToolVocabulary zendesk()
{
    ToolVocabulary v;
    add(v.statuses, S::New, "new|neu|nouveau|nuevo|novo");
    add(v.statuses, S::InProgress, "open|offen|ouvert|abierto|aberto");
    add(v.statuses, S::WaitingOnRequester, "pending|wartend|en attente|pendiente|pendente");
    add(v.statuses, S::WaitingOnVendor, "on-hold|on hold|hold|angehalten|in wartestellung|en pause|en espera|em espera");
    add(v.statuses, S::Resolved, "solved|gelöst|résolu|resuelto|resolvido");
    add(v.statuses, S::Closed, "closed|geschlossen|clos|fermé|cerrado|fechado");
    commonPriorities(v.priorities);
    commonKinds(v.kinds);
    return v;
}

ToolVocabulary freshservice()
{
    ToolVocabulary v;
    v.noneIsEmpty = true;
    add(v.statuses, S::New, "open|offen|ouvert|abierto|aberto|new|neu|nouveau|nuevo|novo");
    add(v.statuses, S::InProgress, "in progress|in bearbeitung|en cours|en curso|em andamento");
    add(v.statuses, S::WaitingOnRequester, "pending|waiting on customer|ausstehend|wartet auf kunden|en attente|"
                                           "en attente du client|pendiente|esperando al cliente|pendente|aguardando cliente");
    add(v.statuses, S::WaitingOnVendor, "waiting on third party|wartet auf dritte|en attente d'un tiers|"
                                        "esperando a terceros|aguardando terceiros|on hold");
    add(v.statuses, S::Resolved, "resolved|gelöst|résolu|resuelto|resolvido");
    add(v.statuses, S::Closed, "closed|geschlossen|fermé|clos|cerrado|fechado");
    commonPriorities(v.priorities);
    commonKinds(v.kinds);
    return v;
}

ToolVocabulary glpi()
{
    ToolVocabulary v;
    add(v.statuses, S::New, "new|nouveau|neu|nuevo|novo");
    add(v.statuses, S::InProgress, "processing (assigned)|processing (planned)|en cours (attribué)|en cours (planifié)|"
                                   "in bearbeitung (zugewiesen)|in bearbeitung (geplant)|en curso (asignado)|"
                                   "en curso (asignada)|en curso (planificado)|en curso (planificada)|"
                                   "processando (atribuído)|processando (planejado)|em atendimento (atribuído)|"
                                   "em atendimento (planejado)");
    add(v.statuses, S::WaitingOnVendor, "pending|en attente|warten|wartend|en espera|pendente");
    add(v.statuses, S::Resolved, "solved|résolu|gelöst|resuelto|solucionado|resolvido");
    add(v.statuses, S::Closed, "closed|clos|fermé|geschlossen|cerrado|fechado");
    commonPriorities(v.priorities);
    commonKinds(v.kinds);
    return v;
}

ToolVocabulary otrs()
{
    ToolVocabulary v;
    add(v.statuses, S::New, "new|neu|nouveau|nuevo|novo");
    add(v.statuses, S::InProgress, "open|offen|ouvert|abierto|aberto");
    add(v.statuses, S::WaitingOnRequester,
        "pending reminder|pending auto close+|pending auto close-|warten zur erinnerung|warten auf erfolgreich schließen|"
        "warten auf erfolglos schließen|en attente de rappel|en attente de clôture automatique+|"
        "en attente de clôture automatique-|pendiente recordatorio|pendiente cierre automático+|"
        "pendiente cierre automático-|pendente lembrete|pendente fechamento automático+|pendente fechamento automático-");
    add(v.statuses, S::Closed, "closed successful|closed unsuccessful|merged|removed|erfolgreich geschlossen|"
                               "erfolglos geschlossen|zusammengefasst|entfernt|clos avec succès|clos sans succès|"
                               "fermé avec succès|fermé sans succès|fusionné|supprimé|cerrado con éxito|"
                               "cerrado exitosamente|cerrado sin éxito|mezclado|fusionado|eliminado|"
                               "fechado com êxito|fechado com sucesso|fechado sem êxito|fechado sem sucesso|"
                               "agrupado|mesclado|removido");
    commonPriorities(v.priorities);
    commonKinds(v.kinds);
    v.numberedPriorities = {{1, Priority::Low}, {2, Priority::Low}, {3, Priority::Moderate}, {4, Priority::High},
                            {5, Priority::Critical}};
    return v;
}

ToolVocabulary osticket()
{
    ToolVocabulary v;
    add(v.statuses, S::New, "open|offen|ouvert|abierto|aberto");
    add(v.statuses, S::Resolved, "resolved|gelöst|résolu|resuelto|resolvido");
    add(v.statuses, S::Closed, "closed|archived|deleted|geschlossen|archiviert|gelöscht|fermé|archivé|supprimé|cerrado|"
                               "archivado|eliminado|borrado|fechado|arquivado|excluído|apagado");
    commonPriorities(v.priorities);
    commonKinds(v.kinds);
    return v;
}

ToolVocabulary zammad()
{
    ToolVocabulary v;
    add(v.statuses, S::New, "new|neu|nouveau|nuevo|novo");
    add(v.statuses, S::InProgress, "open|offen|ouvert|abierto|aberto");
    add(v.statuses, S::WaitingOnRequester, "pending reminder|pending close|warten auf erinnerung|warten auf schließen|"
                                           "en attente de rappel|en attente de clôture|recordatorio pendiente|"
                                           "cierre pendiente|lembrete pendente|fechamento pendente");
    add(v.statuses, S::Closed, "closed|merged|geschlossen|zusammengefügt|zusammengeführt|fermé|clos|fusionné|cerrado|"
                               "fusionado|fechado|mesclado");
    commonPriorities(v.priorities);
    commonKinds(v.kinds);
    v.numberedPriorities = {{1, Priority::Low}, {2, Priority::Moderate}, {3, Priority::High}};
    return v;
}

} // namespace

bool isToolProfile(Profile p) { return toolProfiles().contains(p); }

const QList<Profile> &toolProfiles()
{
    static const QList<Profile> all{Profile::Jira, Profile::Zendesk, Profile::Freshservice, Profile::Glpi,
                                    Profile::Otrs, Profile::Osticket, Profile::Zammad};
    return all;
}

std::optional<Profile> toolProfileFromAlias(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("freshdesk"))
        return Profile::Freshservice;
    if (k == QLatin1String("znuny"))
        return Profile::Otrs;
    if (k == QLatin1String("jsm") || k == QLatin1String("jira-service-management"))
        return Profile::Jira;
    return std::nullopt;
}

const ToolVocabulary &toolVocabulary(Profile tool)
{
    static const QHash<int, ToolVocabulary> all{
        {int(Profile::Jira), jira()},  {int(Profile::Zendesk), zendesk()},   {int(Profile::Freshservice), freshservice()},
        {int(Profile::Glpi), glpi()},  {int(Profile::Otrs), otrs()},         {int(Profile::Osticket), osticket()},
        {int(Profile::Zammad), zammad()},
    };
    static const ToolVocabulary none;
    const auto it = all.constFind(int(tool));
    return it == all.constEnd() ? none : *it;
}

} // namespace ft::importing
