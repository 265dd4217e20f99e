<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;—&lt;/span&gt;&lt;br&gt;No follow-ups in this period.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;—&lt;/span&gt;&lt;br&gt;Aucun suivi sur cette période.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;%2&lt;/span&gt; called back&lt;br&gt;%3 of %4 follow-ups came back after they were resolved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;%2&lt;/span&gt; de rappels&lt;br&gt;%3 suivis sur %4 sont revenus après leur résolution.</translation>
    </message>
    <message>
        <source>Closure checklist</source>
        <translation>Liste de contrôle de clôture</translation>
    </message>
    <message>
        <source>%1 cannot be closed yet.</source>
        <translation>%1 ne peut pas encore être clos.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved yet.</source>
        <translation>%1 ne peut pas encore être résolu.</translation>
    </message>
    <message>
        <source>These required checklist items are not checked:%1Check them in the follow-up panel, or override with a written reason.</source>
        <translation>Ces points obligatoires de la liste de contrôle ne sont pas cochés :%1Cochez-les dans le panneau du suivi, ou faites une dérogation avec une raison écrite.</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Déroger…</translation>
    </message>
    <message>
        <source>%1 has advisory checklist items that are not checked.</source>
        <translation>%1 a des points conseillés de la liste de contrôle non cochés.</translation>
    </message>
    <message>
        <source>%1They do not block closing, but skipped checks are where callbacks come from.</source>
        <translation>%1Ils ne bloquent pas la clôture, mais c'est des vérifications sautées que viennent les rappels.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Clore quand même</translation>
    </message>
    <message>
        <source>Resolve anyway</source>
        <translation>Résoudre quand même</translation>
    </message>
</context>
<context>
    <name>ft::AboutDialog</name>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Entrées de l'historique</translation>
    </message>
    <message>
        <source>Promised updates</source>
        <translation>Mises à jour promises</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Passages de listes de contrôle</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Réponses aux enquêtes</translation>
    </message>
    <message>
        <source>CSI initiatives</source>
        <translation>Initiatives d'amélioration continue</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>About FollowThrough</source>
        <translation>À propos de FollowThrough</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FollowThrough %1&lt;/h2&gt;&lt;p&gt;Follow-ups, closure checklists and KPI reviews for IT team leads.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FollowThrough %1&lt;/h2&gt;&lt;p&gt;Suivis, listes de contrôle de clôture et revues des KPI pour les responsables d'équipe informatique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma :</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>FollowThrough is free software under the GNU General Public License, version 3 or later. It comes with no warranty. &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;Read the licence&lt;/a&gt;.</source>
        <translation>FollowThrough est un logiciel libre sous licence GNU General Public License, version 3 ou ultérieure. Il est fourni sans aucune garantie. &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;Lire la licence&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
</context>
<context>
    <name>ft::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Write a copy of the whole store to a file of your choice</source>
        <translation>Écrire une copie de toute la base de données dans le fichier de votre choix</translation>
    </message>
    <message>
        <source>Replace the store with a backup; the store as it is now is kept as a copy</source>
        <translation>Remplacer la base de données par une sauvegarde ; la base actuelle est conservée en copie</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite)</source>
        <translation>Bases de données FollowThrough (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was not written: %1 cannot be replaced.</source>
        <translation>La sauvegarde n'a pas été écrite : %1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde vers %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé vers %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite);;All files (*)</source>
        <translation>Bases de données FollowThrough (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>Ce fichier ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Replace everything in the store with this backup?</source>
        <translation>Remplacer tout le contenu de la base de données par cette sauvegarde ?</translation>
    </message>
    <message numerus="yes">
        <source>%1
written %2, holds %n follow-up(s).

The store as it is now is kept as a copy in %3.</source>
        <translation>
            <numerusform>%1
écrite le %2, contient %n suivi.

La base de données actuelle est conservée en copie dans %3.</numerusform>
            <numerusform>%1
écrite le %2, contient %n suivis.

La base de données actuelle est conservée en copie dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n'a pas été restaurée.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>Restored %1; the store as it was is kept in %2.</source>
        <translation>%1 restauré ; l'ancienne base de données est conservée dans %2.</translation>
    </message>
    <message>
        <source>This register is on a server: its backups are the server's</source>
        <translation>Ce registre est sur un serveur : ses sauvegardes relèvent du serveur</translation>
    </message>
</context>
<context>
    <name>ft::BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1</source>
        <translation>Impossible de supprimer l'ancienne sauvegarde %1</translation>
    </message>
    <message>
        <source>%1 is a store on a server: its backups are the server's (pg_dump), not files beside it.</source>
        <translation>%1 est une base sur un serveur : ses sauvegardes relèvent du serveur (pg_dump), pas de fichiers à côté.</translation>
    </message>
</context>
<context>
    <name>ft::BeforeAfter</name>
    <message>
        <source>Average before the start %1 (%2), since the start %3 (%4).</source>
        <translation>Moyenne avant le début %1 (%2), depuis le début %3 (%4).</translation>
    </message>
    <message>
        <source>Average before the start %1 (%2).</source>
        <translation>Moyenne avant le début %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ft::ChangeSet</name>
    <message>
        <source>Unknown table %1</source>
        <translation>Table inconnue %1</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: the follow-up was changed since, in another window or program.</source>
        <translation>« %1 » ne peut pas être %2 : le suivi a été modifié entre-temps, dans une autre fenêtre ou un autre programme.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rétabli</translation>
    </message>
</context>
<context>
    <name>ft::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ft::Checklist</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffect</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Impossible de lire la base de données : %1</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffectDialog</name>
    <message>
        <source>Checklist effect</source>
        <translation>Effet des listes de contrôle</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Resolved in:</source>
        <translation>Résolus entre :</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>A callback is a follow-up reopened after it was resolved. “Complete” means every checklist item was checked and nothing was overridden.</source>
        <translation>Un rappel est un suivi rouvert après avoir été résolu. « Complète » signifie que chaque point de la liste a été coché et que rien n'a fait l'objet d'une dérogation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which skipped items were followed by callbacks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quels points sautés ont été suivis de rappels&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture de la base de données…</translation>
    </message>
    <message>
        <source>Resolved with a complete checklist</source>
        <translation>Résolus avec une liste de contrôle complète</translation>
    </message>
    <message>
        <source>Resolved with checks skipped or overridden</source>
        <translation>Résolus avec des vérifications sautées ou en dérogation</translation>
    </message>
    <message>
        <source>There is nothing to compare yet: this period needs follow-ups resolved both ways.</source>
        <translation>Rien à comparer pour l'instant : cette période doit compter des suivis résolus des deux façons.</translation>
    </message>
    <message>
        <source>Skipping checks went with %1 times as many callbacks.</source>
        <translation>Sauter des vérifications est allé de pair avec %1 fois plus de rappels.</translation>
    </message>
    <message>
        <source>Only follow-ups with checks skipped were called back.</source>
        <translation>Seuls les suivis avec des vérifications sautées ont fait l'objet de rappels.</translation>
    </message>
    <message>
        <source>Skipping checks did not go with more callbacks in this period.</source>
        <translation>Sauter des vérifications n'est pas allé de pair avec plus de rappels sur cette période.</translation>
    </message>
    <message>
        <source>Checklist compliance: no follow-up with a checklist was resolved in this period.</source>
        <translation>Respect des listes de contrôle : aucun suivi avec liste de contrôle n'a été résolu sur cette période.</translation>
    </message>
    <message>
        <source>Checklist compliance: %1 — %2 of %3 follow-ups with a checklist were resolved with every required item checked and no override.</source>
        <translation>Respect des listes de contrôle : %1 — %2 suivis sur %3 avec liste de contrôle ont été résolus avec chaque point obligatoire coché et sans dérogation.</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffectModel</name>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 sur %3)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Conseillé</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Point de la liste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Times skipped</source>
        <translation>Fois sauté</translation>
    </message>
    <message>
        <source>Called back after skipping</source>
        <translation>Rappels après l'avoir sauté</translation>
    </message>
    <message>
        <source>Times checked</source>
        <translation>Fois coché</translation>
    </message>
    <message>
        <source>Called back when checked</source>
        <translation>Rappels malgré la coche</translation>
    </message>
    <message>
        <source>%1 of %2: too few to judge</source>
        <translation>%1 sur %2 : trop peu pour juger</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistRunWidget</name>
    <message>
        <source>&lt;b&gt;Closure checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liste de contrôle de clôture&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add checklist</source>
        <translation>Ajouter une liste de contrôle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 checked</source>
        <translation>%1 cochés</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt; — %2</source>
        <translation>&lt;i&gt;%1&lt;/i&gt; — %2</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: “%3”</source>
        <translation>Dérogation par %1 le %2 : « %3 »</translation>
    </message>
    <message>
        <source>%1 (advisory)</source>
        <translation>%1 (conseillé)</translation>
    </message>
    <message>
        <source>Required: resolving is refused while this is unchecked.</source>
        <translation>Obligatoire : la résolution est refusée tant que ce point n'est pas coché.</translation>
    </message>
    <message>
        <source>Advisory: resolving warns while this is unchecked.</source>
        <translation>Conseillé : la résolution avertit tant que ce point n'est pas coché.</translation>
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
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>No checklist applies to this follow-up.</source>
        <translation>Aucune liste de contrôle ne s'applique à ce suivi.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistRuns</name>
    <message>
        <source>Checklist item %1 does not exist.</source>
        <translation>L'élément de liste de contrôle %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Checklist %1 does not exist.</source>
        <translation>La liste de contrôle %1 n'existe pas.</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistService</name>
    <message>
        <source>“%1” is closed; reopen it before changing its checklist.</source>
        <translation>« %1 » est clôturé ; rouvrez-le avant de modifier sa liste de contrôle.</translation>
    </message>
    <message>
        <source>Checklist template %1 is already attached, has no items or does not exist.</source>
        <translation>Le modèle de liste de contrôle %1 est déjà associé, n'a aucun élément ou n'existe pas.</translation>
    </message>
    <message>
        <source>Add checklist “%1”</source>
        <translation>Ajouter la liste de contrôle « %1 »</translation>
    </message>
    <message>
        <source>“%1” is resolved; reopen it before adding a checklist.</source>
        <translation>« %1 » est résolu ; rouvrez-le avant d'ajouter une liste de contrôle.</translation>
    </message>
    <message>
        <source>“%1” is already checked.</source>
        <translation>« %1 » est déjà coché.</translation>
    </message>
    <message>
        <source>“%1” is not checked.</source>
        <translation>« %1 » n'est pas coché.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Check “%1”</source>
        <translation>Cocher « %1 »</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Cocher l'élément</translation>
    </message>
    <message>
        <source>Uncheck “%1”</source>
        <translation>Décocher « %1 »</translation>
    </message>
    <message>
        <source>Uncheck item</source>
        <translation>Décocher l'élément</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateEditor</name>
    <message>
        <source>Checklist templates</source>
        <translation>Modèles de listes de contrôle</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Attach automatically to</source>
        <translation>Joindre automatiquement à</translation>
    </message>
    <message>
        <source>Any category (or a list: Email, Printing)</source>
        <translation>Toute catégorie (ou une liste : E-mail, Impression)</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Types :</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <source>No kind ticked means every kind.</source>
        <translation>Aucun type coché signifie tous les types.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Ajouter un point…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Ctrl+Up; or drag the row</source>
        <translation>Ctrl+Haut ; ou faire glisser la ligne</translation>
    </message>
    <message>
        <source>Ctrl+Down; or drag the row</source>
        <translation>Ctrl+Bas ; ou faire glisser la ligne</translation>
    </message>
    <message>
        <source>Tick “Blocks closing” for required items; the others only warn. Double-click text or hint to edit it.</source>
        <translation>Cochez « Bloque la clôture » pour les points obligatoires ; les autres ne font qu'avertir. Double-cliquez sur le texte ou l'indication pour les modifier.</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>Nouveau modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename checklist template</source>
        <translation>Renommer le modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Delete checklist template</source>
        <translation>Supprimer le modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>It no longer attaches to new follow-ups. Checklists already attached keep their items.</source>
        <translation>Il ne sera plus joint aux nouveaux suivis. Les listes déjà jointes gardent leurs points.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Ajouter un point à la liste</translation>
    </message>
    <message>
        <source>What must be done before closing:</source>
        <translation>Ce qui doit être fait avant la clôture :</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateItemsModel</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Conseillé</translation>
    </message>
    <message>
        <source>Required: closing is refused while it is unchecked</source>
        <translation>Obligatoire : la clôture est refusée tant qu'il n'est pas coché</translation>
    </message>
    <message>
        <source>Advisory: closing warns while it is unchecked</source>
        <translation>Conseillé : la clôture avertit tant qu'il n'est pas coché</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Blocks closing</source>
        <translation>Bloque la clôture</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateRepository</name>
    <message>
        <source>A checklist template needs a name.</source>
        <translation>Un modèle de liste de contrôle doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a checklist template called “%1”.</source>
        <translation>Il existe déjà un modèle de liste de contrôle nommé « %1 ».</translation>
    </message>
    <message>
        <source>Checklist item %1 does not exist.</source>
        <translation>L'élément de liste de contrôle %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Checklist template %1 does not exist.</source>
        <translation>Le modèle de liste de contrôle %1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Kind mask %1 is out of range.</source>
        <translation>Le masque de type %1 est hors limites.</translation>
    </message>
    <message>
        <source>A checklist item needs some text.</source>
        <translation>Un élément de liste de contrôle doit contenir du texte.</translation>
    </message>
    <message>
        <source>“%1” is already the first item.</source>
        <translation>« %1 » est déjà le premier élément.</translation>
    </message>
    <message>
        <source>“%1” is already the last item.</source>
        <translation>« %1 » est déjà le dernier élément.</translation>
    </message>
</context>
<context>
    <name>ft::ClosureGate</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>“%1” cannot be %2 yet: these required checklist items are not checked: %3. Check them, or override with a written reason.</source>
        <translation>« %1 » ne peut pas encore être %2 : ces éléments obligatoires de la liste de contrôle ne sont pas cochés : %3. Cochez-les, ou appliquez une dérogation avec une raison écrite.</translation>
    </message>
    <message>
        <source>“%1” has advisory checklist items that are not checked: %2. Close it anyway?</source>
        <translation>« %1 » a des éléments facultatifs de liste de contrôle non cochés : %2. Le clôturer quand même ?</translation>
    </message>
</context>
<context>
    <name>ft::CsiInitiativeDialog</name>
    <message>
        <source>Fill from the data</source>
        <translation>Remplir à partir des données</translation>
    </message>
    <message>
        <source>Edit improvement initiative</source>
        <translation>Modifier l'initiative d'amélioration</translation>
    </message>
    <message>
        <source>New improvement initiative</source>
        <translation>Nouvelle initiative d'amélioration</translation>
    </message>
    <message>
        <source>The measure's value in the last whole month before the start date</source>
        <translation>La valeur de la mesure au cours du dernier mois complet avant la date de début</translation>
    </message>
    <message>
        <source>What came of it, in words</source>
        <translation>Ce qui en est ressorti, en quelques mots</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Measure it aims to move</source>
        <translation>Mesure qu'elle vise à faire évoluer</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de revue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>An initiative needs a title.</source>
        <translation>Une initiative doit avoir un titre.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>The value in %1.</source>
        <translation>La valeur en %1.</translation>
    </message>
    <message>
        <source>There is no data for the month before the start date.</source>
        <translation>Aucune donnée pour le mois précédant la date de début.</translation>
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
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;terminée…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Fill &amp;baseline from the data</source>
        <translation>Remplir la référence de &amp;départ à partir des données</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence de départ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Reading the register</source>
        <translation>Lecture du registre</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mesure en cours…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Adding the initiative</source>
        <translation>Ajout de l'initiative</translation>
    </message>
    <message>
        <source>Saving the initiative</source>
        <translation>Enregistrement de l'initiative</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Drop the initiative</source>
        <translation>Abandonner l'initiative</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Qu'en est-il ressorti ?</translation>
    </message>
    <message>
        <source>Closing the initiative</source>
        <translation>Clôture de l'initiative</translation>
    </message>
    <message>
        <source>Delete the initiative</source>
        <translation>Supprimer l'initiative</translation>
    </message>
    <message>
        <source>Delete “%1” from the register? Marking it dropped keeps its history.</source>
        <translation>Supprimer « %1 » du registre ? La marquer comme abandonnée conserve son historique.</translation>
    </message>
    <message>
        <source>Deleting the initiative</source>
        <translation>Suppression de l'initiative</translation>
    </message>
    <message>
        <source>The figures are still being measured; try again in a moment.</source>
        <translation>Les chiffres sont encore en cours de calcul ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no data for the month before “%1” started.</source>
        <translation>Aucune donnée pour le mois précédant le début de « %1 ».</translation>
    </message>
    <message>
        <source>Filling the baseline</source>
        <translation>Remplissage de la référence de départ</translation>
    </message>
    <message>
        <source>The baseline of “%1” is now its value in %2.</source>
        <translation>La référence de départ de « %1 » est maintenant sa valeur en %2.</translation>
    </message>
    <message>
        <source>%1 (average of %2)</source>
        <translation>%1 (moyenne sur %2)</translation>
    </message>
    <message>
        <source>Signal or noise</source>
        <translation>Signal ou bruit</translation>
    </message>
    <message>
        <source>Before: the average of the measure over the whole months before the start. Since: its average over the whole months since. Signal or noise: whether the measure moved beyond its normal variation since the start (see the KPI chart's limits).</source>
        <translation>Avant : la moyenne de l'indicateur sur les mois complets avant le début. Depuis : sa moyenne sur les mois complets depuis. Signal ou bruit : si l'indicateur a bougé au-delà de sa variation normale depuis le début (voir les limites du graphique KPI).</translation>
    </message>
</context>
<context>
    <name>ft::CsiRepository</name>
    <message>
        <source>There is no improvement initiative with id %1.</source>
        <translation>Il n'existe aucune initiative d'amélioration numéro %1.</translation>
    </message>
    <message>
        <source>An improvement initiative needs a title.</source>
        <translation>Une initiative d'amélioration a besoin d'un titre.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” needs the KPI it aims to move.</source>
        <translation>L'initiative d'amélioration « %1 » a besoin de l'indicateur qu'elle vise à faire évoluer.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” needs a start date.</source>
        <translation>L'initiative d'amélioration « %1 » a besoin d'une date de début.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1”: the review date %2 is before the start date %3.</source>
        <translation>Initiative d'amélioration « %1 » : la date de revue %2 précède la date de début %3.</translation>
    </message>
</context>
<context>
    <name>ft::CsiStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>ft::CsvReader</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line and no data.</source>
        <translation>%1 est vide : il n'y a ni ligne d'en-tête ni données.</translation>
    </message>
    <message>
        <source>%1: a quote in the header line is never closed.</source>
        <translation>%1 : un guillemet de la ligne d'en-tête n'est jamais fermé.</translation>
    </message>
    <message>
        <source>%1: the header line is not UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again.</source>
        <translation>%1 : la ligne d'en-tête n'est pas du texte UTF-8. Enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans un tableur) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3.</source>
        <translation>%1 : %2 champs alors que l'en-tête en a %3.</translation>
    </message>
    <message>
        <source>%1: the header line is longer than %2 MiB; this is not a CSV file.</source>
        <translation>%1 : la ligne d’en-tête dépasse %2 Mio ; ce n’est pas un fichier CSV.</translation>
    </message>
    <message>
        <source>%1, column “%2”: a quoted field starts here and is never closed.</source>
        <translation>%1, colonne « %2 » : un champ entre guillemets commence ici et n’est jamais fermé.</translation>
    </message>
    <message>
        <source>%1: the record starting here is longer than %2 MiB (is a quote never closed, or is this not a CSV file?).</source>
        <translation>%1 : l’enregistrement qui commence ici dépasse %2 Mio (un guillemet jamais fermé, ou ce n’est pas un fichier CSV ?).</translation>
    </message>
    <message>
        <source>%1, column “%2”: the text is not UTF-8. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again.</source>
        <translation>%1, colonne « %2 » : le texte n’est pas en UTF-8. Enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans un tableur) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1, column “%2”: the field is %3 KiB long; at most %4 KiB are accepted.</source>
        <translation>%1, colonne « %2 » : le champ fait %3 Kio ; %4 Kio au plus sont acceptés.</translation>
    </message>
    <message>
        <source>%1, column “%2”, character %3: a control character (U+%4) that is not text. Remove it from the file and import it again.</source>
        <translation>%1, colonne « %2 », caractère %3 : un caractère de contrôle (U+%4), pas du texte. Supprimez-le du fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1: the header names the column “%2” twice (columns %3 and %4). Rename one of them and import again.</source>
        <translation>%1 : l’en-tête nomme la colonne « %2 » deux fois (colonnes %3 et %4). Renommez l’une d’elles et importez à nouveau.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an import reads at most %3 MiB. Split the file.</source>
        <translation>%1 fait %2 Mio ; une importation lit au plus %3 Mio. Découpez le fichier.</translation>
    </message>
    <message>
        <source>%1 is a device or a socket, not a file; nothing was imported.</source>
        <translation>%1 est un périphérique ou un socket, pas un fichier ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: no temporary file for it (%2).</source>
        <translation>Impossible de lire %1 : pas de fichier temporaire pour lui (%2).</translation>
    </message>
    <message>
        <source>%1 gave more than %2 MiB; an import reads at most that. Nothing was imported.</source>
        <translation>%1 a fourni plus de %2 Mio ; une importation n’en lit pas davantage. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: the temporary copy failed (%2).</source>
        <translation>Impossible de lire %1 : la copie temporaire a échoué (%2).</translation>
    </message>
</context>
<context>
    <name>ft::DateFormat</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QLocale date pattern: d day, MMM short month name, yyyy year; quote words as 'de'</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QLocale date pattern: d day, MMMM month name, yyyy year; quote words as 'de'</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>QLocale date pattern: MMMM month name, yyyy year; quote words as 'de'</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <extracomment>QLocale date pattern: ddd short weekday, d day, MMM short month, HH:mm time</extracomment>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <extracomment>QLocale date pattern: d day, MMM short month, yyyy year, HH:mm time</extracomment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <extracomment>QLocale date pattern: ddd short weekday, d day, MMM short month, yyyy year, HH:mm time</extracomment>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>QLocale date pattern: d day, MMM short month, yyyy year, HH:mm time</extracomment>
        <translation>d MMM yyyy 'à' HH:mm</translation>
    </message>
</context>
<context>
    <name>ft::DemoGenerator</name>
    <message>
        <source>The demo needs at least one follow-up.</source>
        <translation>La démo a besoin d'au moins un suivi.</translation>
    </message>
    <message>
        <source>The store %1 already holds %2 follow-ups; the demo fills an empty store only.</source>
        <translation>La base de données %1 contient déjà %2 suivis ; la démo ne remplit qu'une base vide.</translation>
    </message>
    <message>
        <source>The demo was cancelled; the store was left as it was.</source>
        <translation>La démo a été annulée ; la base de données est restée inchangée.</translation>
    </message>
</context>
<context>
    <name>ft::EventType</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <source>Update promised</source>
        <translation>Mise à jour promise</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Reopened (callback)</source>
        <translation>Rouvert (rappel)</translation>
    </message>
    <message>
        <source>Checklist item checked</source>
        <translation>Point de la liste coché</translation>
    </message>
    <message>
        <source>Checklist item unchecked</source>
        <translation>Point de la liste décoché</translation>
    </message>
    <message>
        <source>Checklist overridden</source>
        <translation>Dérogation à la liste de contrôle</translation>
    </message>
    <message>
        <source>Survey received</source>
        <translation>Enquête reçue</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Champ modifié</translation>
    </message>
    <message>
        <source>Checklist attached</source>
        <translation>Liste de contrôle jointe</translation>
    </message>
</context>
<context>
    <name>ft::ExportActions</name>
    <message>
        <source>Export follow-ups</source>
        <translation>Exporter les suivis</translation>
    </message>
    <message>
        <source>followups.csv</source>
        <extracomment>default file name of the CSV export</extracomment>
        <translation>suivis.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>%1 suivis écrits dans %2.</translation>
    </message>
    <message>
        <source>Export promised updates</source>
        <translation>Exporter les nouvelles promises</translation>
    </message>
    <message>
        <source>promised-updates.ics</source>
        <extracomment>default file name of the calendar export</extracomment>
        <translation>nouvelles-promises.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1 promised updates to %2.</source>
        <translation>%1 mises à jour promises écrites dans %2.</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpListView</name>
    <message>
        <source>Search reference, title, requester, owner, category…</source>
        <translation>Rechercher référence, titre, demandeur, responsable, catégorie…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>Échéance d'ici aujourd'hui</translation>
    </message>
    <message>
        <source>Due by tomorrow</source>
        <translation>Échéance d'ici demain</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Search follow-ups</source>
        <translation>Rechercher des suivis</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre responsable</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtre par priorité</translation>
    </message>
    <message>
        <source>Due date filter</source>
        <translation>Filtre par échéance</translation>
    </message>
    <message>
        <source>Number of follow-ups shown</source>
        <translation>Nombre de suivis affichés</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 suivi</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 suivis</translation>
    </message>
    <message>
        <source>1 follow-up matches</source>
        <translation>1 suivi correspond</translation>
    </message>
    <message>
        <source>%1 follow-ups match</source>
        <translation>%1 suivis correspondent</translation>
    </message>
    <message>
        <source>%1 follow-ups or more (counting…)</source>
        <translation>%1 suivis ou plus (comptage en cours…)</translation>
    </message>
    <message>
        <source>%1 follow-ups or more match (counting…)</source>
        <translation>%1 suivis ou plus correspondent (comptage en cours…)</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpPanel</name>
    <message>
        <source>Save &amp;changes</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>Référe&amp;nce :</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Demandeur :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Cont&amp;act:</source>
        <translation>Cont&amp;act :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Équi&amp;pe :</translation>
    </message>
    <message>
        <source>S&amp;LA:</source>
        <translation>S&amp;LA :</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Note&amp;s :</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Follow-up facts</source>
        <translation>Informations du suivi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>No follow-up selected</source>
        <translation>Aucun suivi sélectionné</translation>
    </message>
    <message>
        <source>Pick a follow-up in the Today review or the list to see it here.</source>
        <translation>Choisissez un suivi dans la revue du jour ou dans la liste pour le voir ici.</translation>
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
        <translation>&lt;span style='color:%3'&gt;&lt;b&gt;%1 (%2&amp;nbsp;de retard)&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Mise à jour due</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>%1 saved this follow-up in another window or program while you were editing it. Saving will not write over that change: revert to see the saved values.</source>
        <translation>%1 a enregistré ce suivi dans une autre fenêtre ou un autre programme pendant que vous le modifiiez. L’enregistrement n’écrasera pas cette modification : annulez vos modifications pour voir les valeurs enregistrées.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpService</name>
    <message>
        <source>A follow-up needs a title.</source>
        <translation>Un suivi a besoin d'un titre.</translation>
    </message>
    <message>
        <source>A new follow-up starts open; resolve it after creating it.</source>
        <translation>Un nouveau suivi commence ouvert ; résolvez-le après l'avoir créé.</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Enregistrer un contact</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before logging a contact.</source>
        <translation>%1 est clos ; rouvrez-le avant d'enregistrer un contact.</translation>
    </message>
    <message>
        <source>Promise update</source>
        <translation>Promettre une mise à jour</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before promising an update.</source>
        <translation>%1 est clos ; rouvrez-le avant de promettre une mise à jour.</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Passer au statut %1</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 est déjà %2.</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it instead.</source>
        <translation>%1 est clos ; rouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Notes modifiées</translation>
    </message>
    <message>
        <source>SLA met changed</source>
        <translation>Respect du SLA modifié</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>A survey score is 1 to 5, not %1.</source>
        <translation>Une note d'enquête va de 1 à 5, pas %1.</translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation>Enregistrer une enquête</translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation>Note %1 sur 5</translation>
    </message>
    <message>
        <source>Score %1 of 5: %2</source>
        <translation>Note %1 sur 5 : %2</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>The next update for %1 must be promised for a time still ahead.</source>
        <translation>La prochaine nouvelle pour %1 doit être promise pour un moment à venir.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA respecté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Mise à jour due</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” in another window or program while you were editing it. None of your edits were saved, so that change was not written over.</source>
        <translation>%1 a modifié %2 de « %3 » dans une autre fenêtre ou un autre programme pendant que vous le modifiiez. Aucune de vos modifications n’a été enregistrée : cette modification n’a donc pas été écrasée.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 set “%2” to %3 since this window showed it as %4. Nothing was changed: see how it stands now before you act on it.</source>
        <translation>%1 a passé « %2 » à %3 depuis que cette fenêtre l’affichait comme %4. Rien n’a été modifié : voyez où il en est avant d’agir.</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Prochaine mise à jour due</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>ft::IdentityAction</name>
    <message>
        <source>&amp;Who you are…</source>
        <translation>&amp;Qui vous êtes…</translation>
    </message>
    <message>
        <source>The name your actions are recorded under on the timeline</source>
        <translation>Le nom sous lequel vos actions apparaissent dans l'historique</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Calls, promises, closures and checklist ticks are recorded under this name, so that the team sees who did what.</source>
        <translation>Les appels, promesses, clôtures et cases cochées sont enregistrés sous ce nom, pour que l'équipe sache qui a fait quoi.</translation>
    </message>
    <message>
        <source>e.g. Dana Kim</source>
        <translation>p. ex. Dana Kim</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
</context>
<context>
    <name>ft::ImportDryRunPage</name>
    <message>
        <source>&amp;Skip bad rows (list them and import the others)</source>
        <translation>&amp;Ignorer les lignes incorrectes (les lister et importer les autres)</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ce que ferait l'importation</translation>
    </message>
    <message>
        <source>A trial run through the whole file; nothing has been written yet.</source>
        <translation>Un essai sur l'ensemble du fichier ; rien n'a encore été écrit.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The trial run was cancelled.</source>
        <translation>L'essai a été annulé.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The file cannot be imported as it is:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Correct the file, pick other settings (Back), or skip bad rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le fichier ne peut pas être importé tel quel :&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Corrigez le fichier, choisissez d'autres paramètres (Précédent) ou ignorez les lignes incorrectes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Lecture de l'ensemble du fichier…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA respecté</translation>
    </message>
    <message>
        <source>The first rows, as they will be stored:</source>
        <translation>Les premières lignes, telles qu’elles seront enregistrées :</translation>
    </message>
</context>
<context>
    <name>ft::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV export of your service desk (ServiceNow incidents or any other table), or survey responses. Nothing is written until the last step.</source>
        <translation>Un export CSV de votre centre de services (incidents ServiceNow ou tout autre tableau), ou des réponses à une enquête. Rien n'est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <source>/path/to/export.csv</source>
        <translation>/chemin/vers/export.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ft::ImportMappingPage</name>
    <message>
        <source>Reference (ticket number)</source>
        <translation>Référence (numéro de ticket)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner (technician)</source>
        <translation>Responsable (technicien)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Requester contact</source>
        <translation>Contact du demandeur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>Première réponse le</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Reopen count (callbacks)</source>
        <translation>Nombre de réouvertures (rappels)</translation>
    </message>
    <message>
        <source>SLA met (yes/no)</source>
        <translation>SLA respecté (oui/non)</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Heure de l’événement</translation>
    </message>
    <message>
        <source>Status detail (sub-status)</source>
        <translation>Détail du statut (sous-statut)</translation>
    </message>
    <message>
        <source>Minutes to the first response</source>
        <translation>Minutes jusqu’à la première réponse</translation>
    </message>
    <message>
        <source>Pick the column for each field; “not imported” leaves a column out, even one that was suggested. Below, say what the file's values mean. Your choices are remembered for files with the same columns.</source>
        <translation>Choisissez la colonne de chaque champ ; « non importé » écarte une colonne, même suggérée. En dessous, indiquez ce que signifient les valeurs du fichier. Vos choix sont mémorisés pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>Values of the first rows and what they will be read as:</source>
        <translation>Valeurs des premières lignes et comment elles seront lues :</translation>
    </message>
    <message>
        <source>(not known: choose one)</source>
        <translation>(inconnu : à choisir)</translation>
    </message>
    <message>
        <source>%1 (as read)</source>
        <translation>%1 (tel que lu)</translation>
    </message>
</context>
<context>
    <name>ft::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>All or nothing: Cancel leaves the store as it was.</source>
        <translation>Tout ou rien : Annuler laisse la base de données telle qu'elle était.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>L'importation a été annulée ; la base de données est telle qu'elle était.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing was imported:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rien n'a été importé :&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading and writing…</source>
        <translation>Lecture et écriture…</translation>
    </message>
    <message>
        <source>Done: the follow-ups are in the store. Finish closes the wizard.</source>
        <translation>Terminé : les suivis sont dans la base. « Terminer » ferme l'assistant.</translation>
    </message>
    <message>
        <source>Nothing was changed: the store is as it was.</source>
        <translation>Rien n'a été modifié : la base est telle qu'elle était.</translation>
    </message>
</context>
<context>
    <name>ft::ImportSettingsPage</name>
    <message>
        <source>How the file will be read</source>
        <translation>Comment le fichier sera lu</translation>
    </message>
    <message>
        <source>Detect from every date in the file</source>
        <translation>Détecter à partir de toutes les dates du fichier</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>The first rows, as they will be read:</source>
        <translation>Les premières lignes, telles qu'elles seront lues :</translation>
    </message>
    <message>
        <source>%1 — detected: %2, separated by “%3”.</source>
        <translation>%1 — détecté : %2, séparé par « %3 ».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>The first rows are written %1; the whole file is checked when importing.</source>
        <translation>Les premières lignes sont écrites %1 ; l'ensemble du fichier est vérifié lors de l'importation.</translation>
    </message>
    <message>
        <source>Every date in the first rows fits either order; the whole file is checked when importing (day first if it still cannot tell).</source>
        <translation>Toutes les dates des premières lignes conviennent aux deux ordres ; l'ensemble du fichier est vérifié lors de l'importation (jour en premier s'il reste impossible de trancher).</translation>
    </message>
    <message>
        <source>“%1” reads as %2.</source>
        <translation>« %1 » se lit %2.</translation>
    </message>
    <message>
        <source>No date in the first rows reads in this order.</source>
        <translation>Aucune date des premières lignes ne se lit dans cet ordre.</translation>
    </message>
</context>
<context>
    <name>ft::ImportWizard</name>
    <message>
        <source>Import follow-ups</source>
        <translation>Importer des suivis</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>réponses à l'enquête</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows read. Importing would &lt;b&gt;add %2&lt;/b&gt; %3, &lt;b&gt;update %4&lt;/b&gt;, leave %5 unchanged and &lt;b&gt;reject %6&lt;/b&gt; rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 lignes lues. L'importation &lt;b&gt;ajouterait %2&lt;/b&gt; %3, &lt;b&gt;mettrait à jour %4&lt;/b&gt;, laisserait %5 inchangés et &lt;b&gt;rejetterait %6&lt;/b&gt; lignes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows read: &lt;b&gt;%2&lt;/b&gt; %3 added, &lt;b&gt;%4&lt;/b&gt; updated, %5 unchanged, &lt;b&gt;%6&lt;/b&gt; rows rejected, in %7 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 lignes lues : &lt;b&gt;%2&lt;/b&gt; %3 ajoutés, &lt;b&gt;%4&lt;/b&gt; mis à jour, %5 inchangés, &lt;b&gt;%6&lt;/b&gt; lignes rejetées, en %7 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dates read %1%2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dates lues %1%2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (assumed: every date in the file fits either order)</source>
        <translation> (hypothèse : toutes les dates du fichier conviennent aux deux ordres)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text encoding: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encodage du texte : %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contradictions in the source, imported as it has them:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contradictions dans la source, importées telles quelles :&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::InitiativeVerdict</name>
    <message>
        <source>%1 week</source>
        <translation>%1 semaine</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <translation>%1 trimestre</translation>
    </message>
    <message>
        <source>%1 quarters</source>
        <translation>%1 trimestres</translation>
    </message>
    <message>
        <source>%1 above the upper limit of normal variation</source>
        <translation>%1 au-dessus de la limite haute de la variation normale</translation>
    </message>
    <message>
        <source>%1 below the lower limit of normal variation</source>
        <translation>%1 en dessous de la limite basse de la variation normale</translation>
    </message>
    <message>
        <source>%1 in a row above the old average</source>
        <translation>%1 de suite au-dessus de l’ancienne moyenne</translation>
    </message>
    <message>
        <source>%1 in a row below the old average</source>
        <translation>%1 de suite en dessous de l’ancienne moyenne</translation>
    </message>
    <message>
        <source>%1 of the last 4 closer to the upper limit than to the average</source>
        <translation>%1 des 4 derniers plus près de la limite haute que de la moyenne</translation>
    </message>
    <message>
        <source>%1 of the last 4 closer to the lower limit than to the average</source>
        <translation>%1 des 4 derniers plus près de la limite basse que de la moyenne</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>trop peu de données pour juger</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore commencée</translation>
    </message>
    <message>
        <source>no change beyond normal variation yet</source>
        <translation>pas encore de changement au-delà de la variation normale</translation>
    </message>
    <message>
        <source>real improvement</source>
        <translation>amélioration réelle</translation>
    </message>
    <message>
        <source>real deterioration</source>
        <translation>dégradation réelle</translation>
    </message>
    <message>
        <source>too few to judge: %1 with data before the start, at least %2 needed</source>
        <translation>trop peu pour juger : %1 avec des données avant le début, il en faut au moins %2</translation>
    </message>
    <message>
        <source>no change beyond normal variation yet (%1 since the start)</source>
        <translation>pas encore de changement au-delà de la variation normale (%1 depuis le début)</translation>
    </message>
    <message>
        <source>real improvement since %1: %2</source>
        <translation>amélioration réelle depuis le %1 : %2</translation>
    </message>
    <message>
        <source>real deterioration since %1: %2</source>
        <translation>dégradation réelle depuis le %1 : %2</translation>
    </message>
</context>
<context>
    <name>ft::Kind</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ft::Kpi</name>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Callback rate</source>
        <translation>Taux de rappel</translation>
    </message>
    <message>
        <source>Median resolution time (hours)</source>
        <translation>Temps de résolution médian (heures)</translation>
    </message>
    <message>
        <source>90th percentile resolution time (hours)</source>
        <translation>Temps de résolution au 90e centile (heures)</translation>
    </message>
    <message>
        <source>Median resolution time (business hours)</source>
        <translation>Temps de résolution médian (heures ouvrées)</translation>
    </message>
    <message>
        <source>Median first response time (hours)</source>
        <translation>Délai médian de première réponse (heures)</translation>
    </message>
    <message>
        <source>SLA met rate</source>
        <translation>Taux de respect du SLA</translation>
    </message>
    <message>
        <source>Average satisfaction score</source>
        <translation>Note de satisfaction moyenne</translation>
    </message>
    <message>
        <source>Satisfied customers (4 or 5)</source>
        <translation>Clients satisfaits (4 ou 5)</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Stock de suivis ouverts</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesses tenues</translation>
    </message>
    <message>
        <source>Checklist compliance</source>
        <translation>Respect des listes de contrôle</translation>
    </message>
    <message>
        <source>How many follow-ups were opened in the period.</source>
        <translation>Combien de suivis ont été ouverts sur la période.</translation>
    </message>
    <message>
        <source>How many follow-ups were resolved in the period.</source>
        <translation>Combien de suivis ont été résolus sur la période.</translation>
    </message>
    <message>
        <source>How many follow-ups were closed in the period.</source>
        <translation>Combien de suivis ont été clos sur la période.</translation>
    </message>
    <message>
        <source>How many times the follow-ups resolved in the period had been reopened, added up.</source>
        <translation>Combien de fois les suivis résolus sur la période avaient été rouverts, au total.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the share that had been reopened at least once.</source>
        <translation>Parmi les suivis résolus sur la période, la part rouverte au moins une fois.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the middle time from opening to resolving, in clock hours: half took less, half took more.</source>
        <translation>Parmi les suivis résolus sur la période, le temps médian entre l'ouverture et la résolution, en heures d'horloge : la moitié a pris moins, la moitié plus.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the time within which nine in ten were resolved, in clock hours (nearest rank).</source>
        <translation>Parmi les suivis résolus sur la période, le temps dans lequel neuf sur dix ont été résolus, en heures d'horloge (rang le plus proche).</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the middle time from opening to resolving, counting only working hours of the business calendar in force on each day, and leaving out time spent waiting on the requester or a vendor.</source>
        <translation>Parmi les suivis résolus sur la période, le temps médian entre l'ouverture et la résolution, en ne comptant que les heures ouvrées du calendrier en vigueur chaque jour, sans le temps d'attente du demandeur ou d'un fournisseur.</translation>
    </message>
    <message>
        <source>Of the follow-ups opened in the period that got a reply, the middle time from opening to the first contact with the requester, in clock hours.</source>
        <translation>Parmi les suivis ouverts sur la période qui ont reçu une réponse, le délai médian entre l'ouverture et le premier contact avec le demandeur, en heures d'horloge.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period whose SLA result is known, the share that met it.</source>
        <translation>Parmi les suivis résolus sur la période dont le résultat SLA est connu, la part qui l'a respecté.</translation>
    </message>
    <message>
        <source>The average score (1 to 5) of the survey responses received in the period.</source>
        <translation>La note moyenne (1 à 5) des réponses aux enquêtes reçues sur la période.</translation>
    </message>
    <message>
        <source>Of the survey responses received in the period, the share scoring 4 or 5.</source>
        <translation>Parmi les réponses aux enquêtes reçues sur la période, la part notée 4 ou 5.</translation>
    </message>
    <message>
        <source>How many survey responses were received in the period.</source>
        <translation>Combien de réponses aux enquêtes ont été reçues sur la période.</translation>
    </message>
    <message>
        <source>How many follow-ups were open at the end of the period: opened before its end and not closed by then.</source>
        <translation>Combien de suivis étaient ouverts à la fin de la période : ouverts avant sa fin et pas encore clos.</translation>
    </message>
    <message>
        <source>How many open follow-ups, at the end of the period, had a promised update whose time had passed with no contact since.</source>
        <translation>Combien de suivis ouverts avaient, à la fin de la période, une mise à jour promise dont l'heure était passée sans contact depuis.</translation>
    </message>
    <message>
        <source>Of the promised updates that fell due in the period, the share where the requester was contacted at or before the promised time. Promises replaced or made moot by resolving never fell due and are not counted.</source>
        <translation>Parmi les mises à jour promises arrivées à échéance sur la période, la part où le demandeur a été contacté à l'heure promise ou avant. Les promesses remplacées ou rendues caduques par la résolution ne sont jamais arrivées à échéance et ne comptent pas.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period that had a closure checklist, the share resolved with every required item checked and no override.</source>
        <translation>Parmi les suivis résolus sur la période avec une liste de contrôle de clôture, la part résolue avec chaque point obligatoire coché et sans dérogation.</translation>
    </message>
    <message>
        <source>Median resolution (h)</source>
        <translation>Résolution médiane (h)</translation>
    </message>
    <message>
        <source>P90 resolution (h)</source>
        <translation>Résolution P90 (h)</translation>
    </message>
    <message>
        <source>Median resolution (business h)</source>
        <translation>Résolution médiane (heures ouvrées)</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Première réponse médiane (h)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA respecté</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Note de satisfaction</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>Satisfaits (4–5)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>ft::KpiChartWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>based on %1</source>
        <translation>sur la base de %1</translation>
    </message>
    <message>
        <source>previous period %1: %2, change %3</source>
        <translation>période précédente %1 : %2, variation %3</translation>
    </message>
    <message>
        <source>previous period %1: %2</source>
        <translation>période précédente %1 : %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>target %1: met</source>
        <translation>objectif %1 : atteint</translation>
    </message>
    <message>
        <source>target %1: missed</source>
        <translation>objectif %1 : manqué</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>Good side of the target</source>
        <translation>Bon côté de l'objectif</translation>
    </message>
    <message>
        <source>Bad side of the target</source>
        <translation>Mauvais côté de l'objectif</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Objectif manqué</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
</context>
<context>
    <name>ft::KpiChartsView</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Calendar hours</source>
        <translation>Heures calendaires</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>Business hours count only the working hours of the business calendar and leave out time spent waiting on the requester or a vendor.</source>
        <translation>Les heures ouvrées ne comptent que les heures de travail du calendrier ouvré et excluent le temps passé à attendre le demandeur ou un fournisseur.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation>Enregistrer le graphique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <source>Targets and calendar…</source>
        <translation>Objectifs et calendrier…</translation>
    </message>
    <message>
        <source>Set a target per KPI and the business calendar behind business hours</source>
        <translation>Définir un objectif par KPI et le calendrier ouvré utilisé pour les heures ouvrées</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation>Délai médian de résolution</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>Dernière période</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Improvement initiatives</source>
        <translation>Initiatives d'amélioration</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>Impossible de calculer les KPI : %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>No data in the chosen range.</source>
        <translation>Aucune donnée sur la plage choisie.</translation>
    </message>
    <message>
        <source>%1: %2 (based on %3)</source>
        <translation>%1 : %2 (sur la base de %3)</translation>
    </message>
    <message>
        <source>Previous period %1: %2; change %3</source>
        <translation>Période précédente %1 : %2 ; variation %3</translation>
    </message>
    <message>
        <source>Previous period %1: no data</source>
        <translation>Période précédente %1 : aucune donnée</translation>
    </message>
    <message>
        <source>%1 %2 since %3 (%4 is better).
Met in %5 of %6 periods shown.</source>
        <translation>%1 %2 depuis le %3 (%4 est mieux).
Atteint sur %5 des %6 périodes affichées.</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>No target set for this KPI.</source>
        <translation>Aucun objectif défini pour ce KPI.</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — commencée le %2</translation>
    </message>
    <message>
        <source>None for this KPI.</source>
        <translation>Aucune pour ce KPI.</translation>
    </message>
    <message>
        <source>Data problems:
%1</source>
        <translation>Problèmes de données :
%1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>heures ouvrées</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>score (1–5)</source>
        <translation>note (1–5)</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Limites</translation>
    </message>
    <message>
        <source>Show the limits of normal variation: points outside them, or long runs on one side of the average, are signals rather than noise</source>
        <translation>Afficher les limites de la variation normale : les points en dehors, ou les longues séries d’un même côté de la moyenne, sont des signaux et non du bruit</translation>
    </message>
    <message>
        <source>Signal or noise</source>
        <translation>Signal ou bruit</translation>
    </message>
    <message>
        <source>So far in %1 (not over yet): %2, based on %3.</source>
        <translation>Jusqu’ici en %1 (pas encore terminé) : %2, sur %3.</translation>
    </message>
    <message>
        <source>Too few items to judge.</source>
        <translation>Trop peu d’éléments pour juger.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ft::KpiEngine</name>
    <message numerus="yes">
        <source>%n follow-up(s) resolved before they were opened: left out of the resolution times.</source>
        <translation>
            <numerusform>%n suivi résolu avant d'avoir été ouvert : exclu des temps de résolution.</numerusform>
            <numerusform>%n suivis résolus avant d'avoir été ouverts : exclus des temps de résolution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) closed before they were opened: counted as closed, never in the backlog.</source>
        <translation>
            <numerusform>%n suivi clos avant d'avoir été ouvert : compté comme clos, jamais dans le stock.</numerusform>
            <numerusform>%n suivis clos avant d'avoir été ouverts : comptés comme clos, jamais dans le stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) closed before they were resolved: counted as they are.</source>
        <translation>
            <numerusform>%n suivi clos avant d'avoir été résolu : compté tel quel.</numerusform>
            <numerusform>%n suivis clos avant d'avoir été résolus : comptés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) with a first response before they were opened: left out of the first response times.</source>
        <translation>
            <numerusform>%n suivi avec une première réponse antérieure à son ouverture : exclu des délais de première réponse.</numerusform>
            <numerusform>%n suivis avec une première réponse antérieure à leur ouverture : exclus des délais de première réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The KPI computation was cancelled.</source>
        <translation>Le calcul des indicateurs a été annulé.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>La plage se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
    </message>
</context>
<context>
    <name>ft::KpiSettingsDialog</name>
    <message>
        <source>KPI targets and business calendar</source>
        <translation>Objectifs des KPI et calendrier ouvré</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Calendrier ouvré</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus élevé est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas est mieux</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Définir l'objectif</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI :</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation>S'applique à partir du :</translation>
    </message>
    <message>
        <source>A target applies from its day until a later target for the same KPI replaces it.</source>
        <translation>Un objectif s'applique à partir de sa date jusqu'à ce qu'un objectif ultérieur pour le même KPI le remplace.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Save calendar from this date</source>
        <translation>Enregistrer le calendrier à partir de cette date</translation>
    </message>
    <message>
        <source>Name, e.g. New Year's Day</source>
        <translation>Nom, par ex. Jour de l'An</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours ouvrés :</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Heures de travail :</translation>
    </message>
    <message>
        <source>A change applies from its date on: business-hour figures before that date stay as they were.</source>
        <translation>Une modification s'applique à partir de sa date : les chiffres en heures ouvrées antérieurs restent inchangés.</translation>
    </message>
    <message>
        <source>Holidays (no working hours):</source>
        <translation>Jours fériés (sans heures de travail) :</translation>
    </message>
    <message>
        <source>The working day has to end after it starts.</source>
        <translation>La journée de travail doit se terminer après son début.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Depuis le début</translation>
    </message>
</context>
<context>
    <name>ft::KpiSignalOverlay</name>
    <message>
        <source>so far: this period is not over yet</source>
        <translation>jusqu’ici : cette période n’est pas encore terminée</translation>
    </message>
    <message>
        <source>too few to judge (based on %1)</source>
        <translation>trop peu pour juger (sur %1)</translation>
    </message>
    <message>
        <source>normal variation: %1 to %2 (average %3)</source>
        <translation>variation normale : de %1 à %2 (moyenne %3)</translation>
    </message>
    <message>
        <source>part of the baseline the limits come from</source>
        <translation>fait partie de la base des limites</translation>
    </message>
    <message>
        <source>signal: %1</source>
        <translation>signal : %1</translation>
    </message>
    <message>
        <source>No limits of normal variation yet: they need at least %1 complete periods with data before the first improvement initiative (or in all, without one); there are %2.</source>
        <translation>Pas encore de limites de variation normale : il faut au moins %1 périodes complètes avec des données avant la première initiative d’amélioration (ou en tout, sans initiative) ; il y en a %2.</translation>
    </message>
    <message>
        <source>Average %1 over %2 to %3; the limits of normal variation widen where a period rests on few items.</source>
        <translation>Moyenne %1 de %2 à %3 ; les limites de la variation normale s’élargissent quand une période repose sur peu d’éléments.</translation>
    </message>
    <message>
        <source>Normal variation from %1 to %2 around an average of %3, from %4 to %5.</source>
        <translation>Variation normale de %1 à %2 autour d’une moyenne de %3, calculée de %4 à %5.</translation>
    </message>
    <message>
        <source>Later periods are judged against these limits once they are complete.</source>
        <translation>Les périodes suivantes seront jugées par rapport à ces limites une fois terminées.</translation>
    </message>
    <message>
        <source>No signal in the %1 since: what moved is normal variation.</source>
        <translation>Aucun signal sur les %1 depuis : ce qui a bougé est de la variation normale.</translation>
    </message>
    <message>
        <source>Signals in %1 of the %2 since (ringed on the chart).</source>
        <translation>Signaux sur %1 des %2 depuis (entourés sur le graphique).</translation>
    </message>
    <message>
        <source>Average (baseline)</source>
        <translation>Moyenne (base)</translation>
    </message>
    <message>
        <source>Average and limits of normal variation</source>
        <translation>Moyenne et limites de la variation normale</translation>
    </message>
    <message>
        <source>So far (period not over)</source>
        <translation>Jusqu’ici (période en cours)</translation>
    </message>
    <message>
        <source>Hollow: too few items to judge</source>
        <translation>Creux : trop peu d’éléments pour juger</translation>
    </message>
    <message>
        <source>Signal: not normal variation</source>
        <translation>Signal : pas une variation normale</translation>
    </message>
</context>
<context>
    <name>ft::KpiSignals</name>
    <message>
        <source>%1: no process limits: complete periods with data in the baseline: %2; at least %3 are needed.</source>
        <translation>%1 : pas de limites de processus : périodes complètes avec des données dans la base : %2 ; il en faut au moins %3.</translation>
    </message>
</context>
<context>
    <name>ft::KpiTargets</name>
    <message>
        <source>A target needs the day it applies from.</source>
        <translation>Un objectif a besoin du jour à partir duquel il s'applique.</translation>
    </message>
    <message>
        <source>A target needs a number.</source>
        <translation>Un objectif a besoin d'un nombre.</translation>
    </message>
    <message>
        <source>A rate target is a share from 0 to 1, not %1.</source>
        <translation>Un objectif de taux est une part de 0 à 1, pas %1.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Un objectif ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>ft::LogContactDialog</name>
    <message>
        <source>Promise the next &amp;update by</source>
        <translation>Promettre la prochaine mise à &amp;jour pour le</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Enregistrer un contact</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Heure de la nouvelle promise</translation>
    </message>
    <message>
        <source>That time has passed: promise a time still ahead.</source>
        <translation>Ce moment est passé : promettez un moment à venir.</translation>
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
        <translation>&amp;Nouveau suivi…</translation>
    </message>
    <message>
        <source>Record a new piece of work someone is waiting on</source>
        <translation>Enregistrer un nouveau travail que quelqu'un attend</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Read follow-ups from a CSV file</source>
        <translation>Lire des suivis depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export follow-ups as &amp;CSV…</source>
        <translation>Exporter les suivis en &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the follow-ups of the list (its current filter) to a CSV file</source>
        <translation>Écrire les suivis de la liste (avec son filtre actuel) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export promised updates as i&amp;Calendar…</source>
        <translation>Exporter les mises à jour promises en i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Write the open promised updates to a calendar file (.ics)</source>
        <translation>Écrire les mises à jour promises ouvertes dans un fichier de calendrier (.ics)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Save the window layout and quit</source>
        <translation>Enregistrer la disposition de la fenêtre et quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Enregistrer un contact…</translation>
    </message>
    <message>
        <source>Record a call, email or visit, and promise the next update</source>
        <translation>Enregistrer un appel, un e-mail ou une visite, et promettre la prochaine mise à jour</translation>
    </message>
    <message>
        <source>&amp;Promise update…</source>
        <translation>&amp;Promettre une mise à jour…</translation>
    </message>
    <message>
        <source>Set when the requester will next hear from us</source>
        <translation>Fixer quand le demandeur aura de nos nouvelles</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>The work is done; waiting for the requester to confirm</source>
        <translation>Le travail est fait ; en attente de la confirmation du demandeur</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Clore</translation>
    </message>
    <message>
        <source>Close the follow-up for good</source>
        <translation>Clore définitivement le suivi</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>The requester called back: the work is not done (counts as a callback)</source>
        <translation>Le demandeur a rappelé : le travail n'est pas terminé (compte comme un rappel)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
        <source>Overdue, due today, gone quiet, waiting to close</source>
        <translation>En retard, dû aujourd'hui, silencieux, en attente de clôture</translation>
    </message>
    <message>
        <source>&amp;All follow-ups</source>
        <translation>&amp;Tous les suivis</translation>
    </message>
    <message>
        <source>The full list with search and filters</source>
        <translation>La liste complète avec recherche et filtres</translation>
    </message>
    <message>
        <source>&amp;KPI charts</source>
        <translation>Graphiques des &amp;KPI</translation>
    </message>
    <message>
        <source>Each KPI over weeks, months or quarters, against its target</source>
        <translation>Chaque KPI par semaine, mois ou trimestre, comparé à son objectif</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search the full list by reference, title, requester, owner or category</source>
        <translation>Rechercher dans toute la liste par référence, titre, demandeur, responsable ou catégorie</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Read the store again (also happens every minute)</source>
        <translation>Relire la base de données (se fait aussi chaque minute)</translation>
    </message>
    <message>
        <source>&amp;About FollowThrough</source>
        <translation>À &amp;propos de FollowThrough</translation>
    </message>
    <message>
        <source>Version, store, what it holds, and the licence</source>
        <translation>Version, base de données, son contenu et la licence</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key the menus answer to</source>
        <translation>Toutes les touches auxquelles répondent les menus</translation>
    </message>
    <message>
        <source>&amp;Switch between list and details</source>
        <translation>&amp;Basculer entre la liste et les détails</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the list and the follow-up</source>
        <translation>Déplacer le focus du clavier entre la liste et le suivi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Tous les suivis</translation>
    </message>
    <message>
        <source>Improvement register</source>
        <translation>Registre d'amélioration</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>Enregistrer vos modifications de %1 ?</translation>
    </message>
    <message>
        <source>Open: %1 · Overdue: %2 · Due today: %3</source>
        <translation>Ouverts : %1 · En retard : %2 · Dus aujourd'hui : %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1 : fait.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modification n'a pas été faite</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>%1 n'a pas été modifié</translation>
    </message>
    <message>
        <source>This follow-up</source>
        <translation>Ce suivi</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>Modèles de &amp;listes de contrôle…</translation>
    </message>
    <message>
        <source>Write the checks that must be done before work is closed</source>
        <translation>Rédiger les vérifications à effectuer avant de clôturer un travail</translation>
    </message>
    <message>
        <source>Checklist &amp;effect</source>
        <translation>&amp;Effet des listes de contrôle</translation>
    </message>
    <message>
        <source>Callbacks after complete checklists against skipped ones</source>
        <translation>Rappels après des listes de contrôle complètes comparés à ceux après des listes ignorées</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Charger des données d'exemple</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>%1 importé : %2 ajoutés, %3 mis à jour.</translation>
    </message>
    <message>
        <source>Showing changes saved by another window or program.</source>
        <translation>Affichage des modifications enregistrées par une autre fenêtre ou un autre programme.</translation>
    </message>
    <message>
        <source>Improvement &amp;register</source>
        <translation>&amp;Registre d'amélioration</translation>
    </message>
    <message>
        <source>The improvement initiatives and what came of them</source>
        <translation>Les initiatives d'amélioration et leurs résultats</translation>
    </message>
    <message>
        <source>Today's review is on the clipboard, as text and as HTML.</source>
        <translation>La revue du jour est dans le presse-papiers, en texte et en HTML.</translation>
    </message>
    <message>
        <source>Connected to the team store again.</source>
        <translation>De nouveau connecté à la base d'équipe.</translation>
    </message>
    <message>
        <source>Reload shows the follow-up as it is saved now and drops your unsaved edits of it; Cancel keeps your edits in the form.</source>
        <translation>Recharger affiche le suivi tel qu’il est enregistré maintenant et abandonne vos modifications non enregistrées ; Annuler garde vos modifications dans le formulaire.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Move this register to a server…</source>
        <translation>&amp;Déplacer ce registre vers un serveur…</translation>
    </message>
    <message>
        <source>Copy the whole register into an empty team store on a PostgreSQL server; this file stays as it is</source>
        <translation>Copier tout le registre dans une base d'équipe vide sur un serveur PostgreSQL ; ce fichier reste tel quel</translation>
    </message>
    <message>
        <source>%1 Trying again every 10 seconds; what you change meanwhile is not saved.</source>
        <translation>%1 Nouvel essai toutes les 10 secondes ; ce que vous modifiez entre-temps n’est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>ft::MoveToServerDialog</name>
    <message>
        <source>Store &amp;file…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Open it now</source>
        <translation>&amp;L'ouvrir maintenant</translation>
    </message>
    <message>
        <source>Move this register to a server</source>
        <translation>Déplacer ce registre vers un serveur</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=NAME</source>
        <translation>postgresql://utilisateur@hôte:5432/base ou service=NOM</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>vide : celui de ~/.pgpass</translation>
    </message>
    <message>
        <source>Used for this copy and for opening the register on the server; never saved</source>
        <translation>Utilisé pour cette copie et pour ouvrir le registre sur le serveur ; jamais enregistré</translation>
    </message>
    <message>
        <source>Copy into a new store file instead of a server</source>
        <translation>Copier dans un nouveau fichier plutôt que sur un serveur</translation>
    </message>
    <message>
        <source>Everything in this register — follow-ups, their timelines, checklists, surveys, targets, initiatives, the calendar and settings — is copied into an empty store on the server, in one step: it arrives whole or not at all. The file %1 stays as it is; nothing is deleted from it.</source>
        <translation>Tout ce registre — les suivis et leur historique, les listes de contrôle, les enquêtes, les objectifs, les initiatives, le calendrier et les réglages — est copié en une seule étape dans une base vide sur le serveur : il arrive en entier ou pas du tout. Le fichier %1 reste tel quel ; rien n'y est supprimé.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Copy into a new store file</source>
        <translation>Copier dans un nouveau fichier</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite)</source>
        <translation>Bases de données FollowThrough (*.sqlite)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copie vers %1…</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 cannot be read (%2).</source>
        <translation>Rien n'a été copié : %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2. %3 stays as it is.</source>
        <translation>%1 lignes copiées vers %2. %3 reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;Open the register on the server</source>
        <translation>&amp;Ouvrir le registre sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>&amp;Ouvrir la copie</translation>
    </message>
    <message>
        <source>Cancelling: nothing is kept on the target…</source>
        <translation>Annulation : rien n'est conservé dans la cible…</translation>
    </message>
</context>
<context>
    <name>ft::NewFollowUpDialog</name>
    <message>
        <source>Promise an &amp;update by</source>
        <translation>Promettre une mise à &amp;jour pour le</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>What the requester is waiting for</source>
        <translation>Ce que le demandeur attend</translation>
    </message>
    <message>
        <source>Ticket number, if any</source>
        <translation>Numéro de ticket, s'il y en a un</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Téléphone ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Demandeur :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Heure de la nouvelle promise</translation>
    </message>
</context>
<context>
    <name>ft::OverrideReasonDialog</name>
    <message>
        <source>Override the checklist</source>
        <translation>Déroger à la liste de contrôle</translation>
    </message>
    <message>
        <source>&lt;p&gt;These required items stay unchecked:&lt;/p&gt;%1&lt;p&gt;Write why the work can close anyway. The reason, your name and the time go on the timeline, and this follow-up counts as not compliant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ces points obligatoires restent non cochés :&lt;/p&gt;%1&lt;p&gt;Écrivez pourquoi le travail peut être clos malgré tout. La raison, votre nom et l'heure sont ajoutés à l'historique, et ce suivi compte comme non conforme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. The user is on leave; her manager confirmed it works.</source>
        <translation>p. ex. L'utilisatrice est en congé ; sa responsable a confirmé que cela fonctionne.</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Déroger</translation>
    </message>
</context>
<context>
    <name>ft::OwnerLoadView</name>
    <message>
        <source>Who is drowning</source>
        <translation>Qui est débordé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Dû aujourd'hui</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>ft::PlainChecklist</name>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>No item resolved in %1 had a closure checklist.</source>
        <translation>Aucun élément résolu en %1 n'avait de liste de contrôle de clôture.</translation>
    </message>
    <message>
        <source>That share is %1, too few to judge.</source>
        <translation>Cette part %1 : trop peu pour en juger.</translation>
    </message>
    <message>
        <source>Items whose checklist was completed in full were called back %1 of the time (%2); items where a step was skipped or the checklist overridden were called back %3 of the time (%4).</source>
        <translation>Les éléments dont la liste a été entièrement faite ont fait l'objet d'un rappel dans %1 des cas (%2) ; ceux où une étape a été sautée ou la liste dérogée, dans %3 des cas (%4).</translation>
    </message>
    <message>
        <source>The figure for checklists completed in full is %1, too few to judge.</source>
        <translation>Le chiffre des listes entièrement faites %1 : trop peu pour en juger.</translation>
    </message>
    <message>
        <source>The figure for skipped steps or overrides is %1, too few to judge.</source>
        <translation>Le chiffre des étapes sautées ou des dérogations %1 : trop peu pour en juger.</translation>
    </message>
    <message>
        <source>One more step was skipped fewer than %1 times: too few to tell whether skipping it leads to callbacks, so it is not listed.</source>
        <translation>Une autre étape a été sautée moins de %1 fois : trop peu pour savoir si la sauter entraîne des rappels, elle n'est donc pas listée.</translation>
    </message>
    <message>
        <source>%1 more steps were skipped fewer than %2 times each: too few to tell whether skipping them leads to callbacks, so they are not listed.</source>
        <translation>%1 autres étapes ont été sautées moins de %2 fois chacune : trop peu pour savoir si les sauter entraîne des rappels, elles ne sont donc pas listées.</translation>
    </message>
    <message>
        <source>Of the %1 resolved in %2 with a closure checklist, %3 were resolved with every required step checked.</source>
        <translation>Résolus en %2 avec une liste de contrôle de clôture : %1, dont %3 avec chaque étape obligatoire cochée.</translation>
    </message>
    <message>
        <source>Items whose checklist was completed in full were called back %1 of the time (%2); none had a step skipped or the checklist overridden.</source>
        <translation>Les éléments dont la liste a été entièrement faite ont fait l'objet d'un rappel dans %1 des cas (%2) ; aucun n'a eu d'étape sautée ni de liste dérogée.</translation>
    </message>
    <message>
        <source>Items where a step was skipped or the checklist overridden were called back %1 of the time (%2); none had its checklist completed in full.</source>
        <translation>Les éléments où une étape a été sautée ou la liste dérogée ont fait l'objet d'un rappel dans %1 des cas (%2) ; aucun n'a eu sa liste entièrement faite.</translation>
    </message>
</context>
<context>
    <name>ft::PlainSentence</name>
    <message>
        <source>%1 stayed at %2 since “%3” started on %4.</source>
        <translation>%1 est resté à %2 depuis le début de « %3 » le %4.</translation>
    </message>
    <message>
        <source>%1 stayed at %2 in %3, the same as in %4.</source>
        <translation>%1 est resté à %2 en %3, comme en %4.</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 since “%4” started on %5.</source>
        <translation>%1 est passé de %2 à %3 depuis le début de « %4 » le %5.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 since “%4” started on %5.</source>
        <translation>%1 est tombé de %2 à %3 depuis le début de « %4 » le %5.</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 (%4) since “%5” started on %6.</source>
        <translation>%1 est passé de %2 à %3 (%4) depuis le début de « %5 » le %6.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 (%4) since “%5” started on %6.</source>
        <translation>%1 est tombé de %2 à %3 (%4) depuis le début de « %5 » le %6.</translation>
    </message>
    <message>
        <source>%1 rose from %2 in %3 to %4 in %5.</source>
        <translation>%1 est passé de %2 en %3 à %4 en %5.</translation>
    </message>
    <message>
        <source>%1 fell from %2 in %3 to %4 in %5.</source>
        <translation>%1 est tombé de %2 en %3 à %4 en %5.</translation>
    </message>
    <message>
        <source>%1 rose from %2 in %3 to %4 in %5 (%6).</source>
        <translation>%1 est passé de %2 en %3 à %4 en %5 (%6).</translation>
    </message>
    <message>
        <source>%1 fell from %2 in %3 to %4 in %5 (%6).</source>
        <translation>%1 est tombé de %2 en %3 à %4 en %5 (%6).</translation>
    </message>
    <message>
        <source>That meets the target of at least %1.</source>
        <translation>L'objectif d'au moins %1 est atteint.</translation>
    </message>
    <message>
        <source>The target of at least %1 is not met yet.</source>
        <translation>L'objectif d'au moins %1 n'est pas encore atteint.</translation>
    </message>
    <message>
        <source>That meets the target of at most %1.</source>
        <translation>L'objectif d'au plus %1 est atteint.</translation>
    </message>
    <message>
        <source>The target of at most %1 is not met yet.</source>
        <translation>L'objectif d'au plus %1 n'est pas encore atteint.</translation>
    </message>
    <message>
        <source>%1 cannot be given for %2: there is no data.</source>
        <translation>%1 ne peut pas être donné pour %2 : il n'y a pas de données.</translation>
    </message>
    <message>
        <source>%1 came to %2 in %3; there is no figure for %4 to compare with.</source>
        <translation>%1 s'élevait à %2 en %3 ; il n'y a pas de chiffre pour %4 à comparer.</translation>
    </message>
    <message>
        <source>That is an improvement.</source>
        <translation>C'est une amélioration.</translation>
    </message>
    <message>
        <source>That is a step in the wrong direction.</source>
        <translation>C'est un pas dans la mauvaise direction.</translation>
    </message>
    <message>
        <source>That is little change.</source>
        <translation>C'est peu de changement.</translation>
    </message>
    <message>
        <source>based on only 1 item</source>
        <translation>ne repose que sur 1 élément</translation>
    </message>
    <message>
        <source>based on only %1 items</source>
        <translation>ne repose que sur %1 éléments</translation>
    </message>
    <message>
        <source>only 1 item</source>
        <translation>seulement 1 élément</translation>
    </message>
    <message>
        <source>only %1 items</source>
        <translation>seulement %1 éléments</translation>
    </message>
    <message>
        <source>The figure for %1 is %2, too few to judge.</source>
        <translation>Le chiffre pour %1 %2 : trop peu pour en juger.</translation>
    </message>
    <message>
        <source>The figure for %1 is %2, so the change says little.</source>
        <translation>Le chiffre pour %1 %2 : la variation dit donc peu de chose.</translation>
    </message>
</context>
<context>
    <name>ft::PlainStatus</name>
    <message>
        <source>on target</source>
        <translation>dans l'objectif</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>en amélioration</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à surveiller</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>pour information</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>trop peu de données pour juger</translation>
    </message>
</context>
<context>
    <name>ft::PlainValue</name>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
</context>
<context>
    <name>ft::Priority</name>
    <message>
        <source>1 Critical</source>
        <translation>1 Critique</translation>
    </message>
    <message>
        <source>2 High</source>
        <translation>2 Haute</translation>
    </message>
    <message>
        <source>3 Moderate</source>
        <translation>3 Moyenne</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation>4 Basse</translation>
    </message>
</context>
<context>
    <name>ft::PromiseChooser</name>
    <message>
        <source>In &amp;2 hours</source>
        <translation>Dans &amp;2 heures</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 09:00</source>
        <translation>&amp;Demain 09:00</translation>
    </message>
    <message>
        <source>&amp;Next working day 10:00</source>
        <translation>&amp;Prochain jour ouvré 10:00</translation>
    </message>
    <message>
        <source>&amp;Friday 16:00</source>
        <translation>&amp;Vendredi 16:00</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Autre :</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Heure de la nouvelle promise</translation>
    </message>
    <message>
        <source>That time has passed: promise a time still ahead.</source>
        <translation>Ce moment est passé : promettez un moment à venir.</translation>
    </message>
</context>
<context>
    <name>ft::PromiseDialog</name>
    <message>
        <source>Promise update</source>
        <translation>Promettre une mise à jour</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promettre</translation>
    </message>
    <message>
        <source>Next update by:</source>
        <translation>Prochaine nouvelle avant :</translation>
    </message>
</context>
<context>
    <name>ft::ReminderTray</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>FollowThrough: nothing overdue</source>
        <translation>FollowThrough : rien en retard</translation>
    </message>
    <message>
        <source>FollowThrough: 1 follow-up overdue</source>
        <translation>FollowThrough : 1 suivi en retard</translation>
    </message>
    <message>
        <source>FollowThrough: %1 follow-ups overdue</source>
        <translation>FollowThrough : %1 suivis en retard</translation>
    </message>
    <message>
        <source>&amp;Show FollowThrough</source>
        <translation>&amp;Afficher FollowThrough</translation>
    </message>
    <message>
        <source>%1 overdue: show the Today review</source>
        <translation>%1 en retard : afficher la revue du jour</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Rien en retard</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Update due: %1</source>
        <translation>Mise à jour due : %1</translation>
    </message>
    <message>
        <source>You promised an update on “%1” by now.</source>
        <translation>Vous avez promis une mise à jour sur « %1 » pour maintenant.</translation>
    </message>
    <message>
        <source>You promised %1 an update on “%2” by now.</source>
        <translation>Vous avez promis à %1 une mise à jour sur « %2 » pour maintenant.</translation>
    </message>
    <message>
        <source>%1 promised updates due</source>
        <translation>%1 mises à jour promises à échéance</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Cliquez pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Click to open the first.</source>
        <translation>Cliquez pour ouvrir la première.</translation>
    </message>
</context>
<context>
    <name>ft::ReopenDialog</name>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>What the requester said is still not working</source>
        <translation>Ce qui, selon le demandeur, ne fonctionne toujours pas</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Pourquoi il est rouvert</translation>
    </message>
    <message>
        <source>&amp;Why is it reopened?</source>
        <translation>&amp;Pourquoi le rouvrir ?</translation>
    </message>
    <message>
        <source>Next update by:</source>
        <translation>Prochaine nouvelle avant :</translation>
    </message>
</context>
<context>
    <name>ft::ReportChart</name>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>heures ouvrées</translation>
    </message>
    <message>
        <source>score (1–5)</source>
        <translation>note (1–5)</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Objectif : au moins %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Objectif : au plus %1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Aucune donnée sur cette plage</translation>
    </message>
    <message>
        <source>Limits of normal variation</source>
        <translation>Limites de la variation normale</translation>
    </message>
    <message>
        <source>Signal: not normal variation</source>
        <translation>Signal : pas une variation normale</translation>
    </message>
</context>
<context>
    <name>ft::ReportController</name>
    <message>
        <source>Print pre&amp;view of the review…</source>
        <translation>A&amp;perçu avant impression de la revue…</translation>
    </message>
    <message>
        <source>&amp;Print the review…</source>
        <translation>&amp;Imprimer la revue…</translation>
    </message>
    <message>
        <source>E&amp;xport the review as PDF…</source>
        <translation>E&amp;xporter la revue en PDF…</translation>
    </message>
    <message>
        <source>The CSI review pack: summary, plain-words changes, charts, register, checklists</source>
        <translation>Le dossier de revue d'amélioration continue : synthèse, évolutions en termes simples, graphiques, registre, listes de contrôle</translation>
    </message>
    <message>
        <source>Export the review as PDF</source>
        <translation>Exporter la revue en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A report is already being prepared.</source>
        <translation>Un rapport est déjà en cours de préparation.</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>Collecte des chiffres…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Rapport de revue</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Dessin des pages…</translation>
    </message>
    <message>
        <source>CSI review %1</source>
        <translation>Revue ACS %1</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>Revue écrite dans %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L'impression a été annulée.</translation>
    </message>
    <message>
        <source>Sent the review to the printer.</source>
        <translation>Revue envoyée à l'imprimante.</translation>
    </message>
    <message>
        <source>Printing failed or was cancelled.</source>
        <translation>L'impression a échoué ou a été annulée.</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Rapport de revue : %1</translation>
    </message>
    <message>
        <source>csi-review.pdf</source>
        <translation>revue-csi.pdf</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ft::ReportGatherer</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semaine du %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Unknown KPI “%1”.</source>
        <translation>Indicateur inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The report's start %1 is after its end %2.</source>
        <translation>Le début du rapport (%1) est après sa fin (%2).</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Centre de services</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 éléments)</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” has no start date.</source>
        <translation>L'initiative d'amélioration « %1 » n'a pas de date de début.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” aims at an unknown KPI “%2”.</source>
        <translation>L'initiative d'amélioration « %1 » vise un indicateur inconnu « %2 ».</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ft::ReportLayout</name>
    <message>
        <source>Continual Service Improvement review</source>
        <translation>Revue d'amélioration continue des services</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Charts cover %1 to %2</source>
        <translation>Les graphiques couvrent du %1 au %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Préparé le %1</translation>
    </message>
    <message>
        <source>In this pack:
1. Summary: each measure this period against the previous one and its target
2. What changed, in plain words
3. One chart per measure, with its target and the improvement initiatives
4. The improvement register: what we are doing about it, before and after
5. Closure checklists: how often they are followed, and whether they prevent callbacks</source>
        <translation>Dans ce dossier :
1. Synthèse : chaque indicateur de cette période face à la précédente et à son objectif
2. Ce qui a changé, en mots simples
3. Un graphique par indicateur, avec son objectif et les initiatives d'amélioration
4. Le registre d'amélioration : ce que nous faisons, avant et après
5. Listes de contrôle de clôture : à quelle fréquence elles sont suivies, et si elles évitent les rappels</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Synthèse pour %1</translation>
    </message>
    <message>
        <source>Each measure for %1 next to %2. “Change” is the difference between the two; rates change in percentage points. The status compares the measure with its target, or with the previous period when it has no target.</source>
        <translation>Chaque indicateur pour %1 à côté de %2. « Évolution » est l'écart entre les deux ; les taux évoluent en points de pourcentage. Le statut compare l'indicateur à son objectif, ou à la période précédente s'il n'a pas d'objectif.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What changed, in plain words</source>
        <translation>Ce qui a changé, en mots simples</translation>
    </message>
    <message>
        <source>%1 “%2” started %3</source>
        <translation>%1 « %2 » commencée %3</translation>
    </message>
    <message>
        <source>The measures over time</source>
        <translation>Les indicateurs dans le temps</translation>
    </message>
    <message>
        <source>Improvement register</source>
        <translation>Registre d'amélioration</translation>
    </message>
    <message>
        <source>Each improvement initiative, the measure it aims to move, and that measure in the last whole period before it started next to the latest whole period since.</source>
        <translation>Chaque initiative d'amélioration, l'indicateur qu'elle vise, et cet indicateur sur la dernière période complète avant son début à côté de la dernière période complète depuis.</translation>
    </message>
    <message>
        <source>The register holds no initiatives yet.</source>
        <translation>Le registre ne contient encore aucune initiative.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1
Owner: %2</source>
        <translation>%1
Responsable : %2</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Closure checklists</source>
        <translation>Listes de contrôle de clôture</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Étape de la liste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Times skipped</source>
        <translation>Fois sauté</translation>
    </message>
    <message>
        <source>Called back when skipped</source>
        <translation>Rappels quand sautée</translation>
    </message>
    <message>
        <source>Called back when done</source>
        <translation>Rappels quand faite</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <translation>Remarques sur les données</translation>
    </message>
    <message>
        <source>CSI review · %1 · %2</source>
        <translation>Revue ACS · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>too early</source>
        <translation>trop tôt</translation>
    </message>
    <message>
        <source>%1
Measure: %2</source>
        <translation>%1
Indicateur : %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Initiatives marked on the chart: %1</source>
        <translation>Initiatives marquées sur le graphique : %1</translation>
    </message>
    <message>
        <source>Signal or noise: %1</source>
        <translation>Signal ou bruit : %1</translation>
    </message>
</context>
<context>
    <name>ft::ReportOptionsDialog</name>
    <message>
        <source>Review report</source>
        <translation>Rapport de revue</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Review the period holding</source>
        <translation>Revoir la période contenant</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revue par</translation>
    </message>
</context>
<context>
    <name>ft::SampleDataLoader</name>
    <message>
        <source>Creating sample follow-ups…</source>
        <translation>Création des suivis d'exemple…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Charger des données d'exemple</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Le chargement des données d'exemple a été annulé ; rien n'a été ajouté.</translation>
    </message>
</context>
<context>
    <name>ft::ServerAddress</name>
    <message>
        <source>“%1” names no PostgreSQL service: write service=NAME.</source>
        <translation>« %1 » ne nomme aucun service PostgreSQL : écrivez service=NOM.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host/database).</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL (postgresql://utilisateur@hôte/base).</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>L’adresse PostgreSQL n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address names port %1, which does not exist.</source>
        <translation>L’adresse PostgreSQL nomme le port %1, qui n’existe pas.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: add /DATABASE after the host.</source>
        <translation>L’adresse PostgreSQL %1 ne nomme aucune base : ajoutez /BASE après l’hôte.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 has an option FollowThrough does not know: %2.</source>
        <translation>L’adresse PostgreSQL %1 contient une option que FollowThrough ne connaît pas : %2.</translation>
    </message>
</context>
<context>
    <name>ft::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Everywhere: Tab and Shift+Tab move between fields, Alt with an underlined letter jumps to that field or menu, F6 switches between the list and the details.</source>
        <translation>Partout : Tab et Maj+Tab passent d'un champ à l'autre, Alt avec une lettre soulignée va à ce champ ou à ce menu, F6 bascule entre la liste et les détails.</translation>
    </message>
</context>
<context>
    <name>ft::Status</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>En attente du demandeur</translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation>En attente du fournisseur</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>ft::StockTemplates</name>
    <message>
        <source>Incident closure</source>
        <translation>Clôture d'incident</translation>
    </message>
    <message>
        <source>User confirmed it is fixed</source>
        <translation>L'utilisateur a confirmé que c'est réparé</translation>
    </message>
    <message>
        <source>Ask them to try it while you are still on the line.</source>
        <translation>Demandez-lui d'essayer pendant que vous êtes encore en ligne.</translation>
    </message>
    <message>
        <source>Root cause noted in the resolution</source>
        <translation>Cause racine notée dans la résolution</translation>
    </message>
    <message>
        <source>One sentence a colleague would understand next year.</source>
        <translation>Une phrase qu'un collègue comprendrait l'an prochain.</translation>
    </message>
    <message>
        <source>Knowledge article linked, or not needed</source>
        <translation>Article de connaissance lié, ou inutile</translation>
    </message>
    <message>
        <source>If you had to work it out, write it down.</source>
        <translation>Si vous avez dû le trouver, écrivez-le.</translation>
    </message>
    <message>
        <source>User told how to reopen if it comes back</source>
        <translation>L'utilisateur sait comment rouvrir si le problème revient</translation>
    </message>
    <message>
        <source>Related tickets checked for the same cause</source>
        <translation>Tickets liés vérifiés pour la même cause</translation>
    </message>
    <message>
        <source>Service request fulfilment</source>
        <translation>Exécution d'une demande de service</translation>
    </message>
    <message>
        <source>Everything requested was delivered</source>
        <translation>Tout ce qui a été demandé a été livré</translation>
    </message>
    <message>
        <source>Compare with the original request, not with memory.</source>
        <translation>Comparez avec la demande d'origine, pas avec vos souvenirs.</translation>
    </message>
    <message>
        <source>Approval on record where one is needed</source>
        <translation>Approbation enregistrée quand il en faut une</translation>
    </message>
    <message>
        <source>Requester shown how to use it</source>
        <translation>Le demandeur a appris à s'en servir</translation>
    </message>
    <message>
        <source>Requester confirmed receipt</source>
        <translation>Le demandeur a confirmé la réception</translation>
    </message>
    <message>
        <source>Change closure</source>
        <translation>Clôture de changement</translation>
    </message>
    <message>
        <source>Change tested after implementation</source>
        <translation>Changement testé après sa mise en œuvre</translation>
    </message>
    <message>
        <source>Back-out plan no longer needed, or kept ready</source>
        <translation>Plan de retour arrière inutile, ou gardé prêt</translation>
    </message>
    <message>
        <source>Affected users told it is done</source>
        <translation>Utilisateurs concernés informés que c'est fait</translation>
    </message>
    <message>
        <source>Configuration records updated</source>
        <translation>Données de configuration mises à jour</translation>
    </message>
    <message>
        <source>Inventory, diagrams, monitoring.</source>
        <translation>Inventaire, schémas, supervision.</translation>
    </message>
    <message>
        <source>Lessons noted for the next change</source>
        <translation>Leçons notées pour le prochain changement</translation>
    </message>
    <message>
        <source>New starter workstation</source>
        <translation>Poste de travail d'un nouvel arrivant</translation>
    </message>
    <message>
        <source>Account created and password handed over safely</source>
        <translation>Compte créé et mot de passe remis en toute sécurité</translation>
    </message>
    <message>
        <source>Laptop imaged, encrypted and updated</source>
        <translation>Portable installé, chiffré et à jour</translation>
    </message>
    <message>
        <source>Email, calendar and chat work</source>
        <translation>E-mail, agenda et messagerie fonctionnent</translation>
    </message>
    <message>
        <source>Printer and shared drives mapped</source>
        <translation>Imprimante et lecteurs partagés connectés</translation>
    </message>
    <message>
        <source>New starter knows how to reach the service desk</source>
        <translation>Le nouvel arrivant sait comment joindre le centre de services</translation>
    </message>
</context>
<context>
    <name>ft::Store</name>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>Le suivi %1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>Impossible d'enregistrer les modifications</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Aucun fichier de base de données n'a été donné.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Il n'y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup copy could not be taken (%2).</source>
        <translation>%1 n'est pas mise à niveau : la copie de sauvegarde n'a pas pu être faite (%2).</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>La mise à niveau de la base de données vers la version %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>Enregistrement de la version du schéma</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La sauvegarde vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Contrôle d'intégrité</translation>
    </message>
    <message>
        <source>The store cannot be written (it is read-only); nothing was changed.</source>
        <translation>La base de données ne peut pas être écrite (lecture seule) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The store could not be written to disk (is the disk full?); this change was not saved, what was saved before is kept.</source>
        <translation>La base de données n'a pas pu être écrite sur le disque (est-il plein ?) ; cette modification n'a pas été enregistrée, ce qui l'avait été avant est conservé.</translation>
    </message>
    <message>
        <source>The store is damaged; restore a backup.</source>
        <translation>La base de données est endommagée ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Impossible d'écrire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>The store's connection is not an SQLite connection.</source>
        <translation>La connexion de la base de données n'est pas une connexion SQLite.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2</source>
        <translation>La restauration depuis %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough store (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 n'est pas une base FollowThrough (ce n'est pas une base SQLite). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (the file is shorter than its header says). It was left untouched; restore a backup.</source>
        <translation>La base de données %1 est endommagée (le fichier est plus court que ne l'indique son en-tête). Elle n'a pas été modifiée ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2. It was left untouched; restore a backup.</source>
        <translation>La base de données %1 est endommagée : %2. Elle n'a pas été modifiée ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2. It was left untouched.</source>
        <translation>La base de données %1 ne peut pas être ouverte : %2. Elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a FollowThrough store. It was left untouched.</source>
        <translation>%1 est une base SQLite d'un autre programme, pas une base FollowThrough. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3). Update FollowThrough; the file was left untouched.</source>
        <translation>La base de données %1 a été écrite par un FollowThrough plus récent (schéma version %2 ; cette version connaît jusqu'à %3). Mettez FollowThrough à jour ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The store %1 is in a folder that is read-only for you (%2), and FollowThrough needs to create its journal files (%3-wal, %3-shm) beside it. The store was left untouched; move it to a writable folder.</source>
        <translation>La base de données %1 est dans un dossier en lecture seule pour vous (%2), et FollowThrough doit créer ses fichiers journaux (%3-wal, %3-shm) à côté. La base n'a pas été modifiée ; déplacez-la dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation>Impossible de restreindre les permissions de %1</translation>
    </message>
    <message>
        <source>The store %1 is read-only for you, so FollowThrough cannot save anything in it. It was left untouched; make it writable or open a copy.</source>
        <translation>La base de données %1 est en lecture seule pour vous, FollowThrough ne peut donc rien y enregistrer. Elle n'a pas été modifiée ; rendez-la accessible en écriture ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Il n'y a pas de fichier de sauvegarde à %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Impossible de lire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough backup (it is not an SQLite database).</source>
        <translation>%1 n'est pas une sauvegarde FollowThrough (ce n'est pas une base SQLite).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough backup.</source>
        <translation>%1 n'est pas une sauvegarde FollowThrough.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3).</source>
        <translation>La sauvegarde %1 a été écrite par un FollowThrough plus récent (schéma version %2 ; cette version connaît jusqu'à %3).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>%1 is the store itself, not a backup of it.</source>
        <translation>%1 est la base de données elle-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>Nothing was restored: the copy of the current store could not be taken (%1).</source>
        <translation>Rien n'a été restauré : la copie de la base actuelle n'a pas pu être faite (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n'a été restauré : %1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded: %1. The previous store is in %2.</source>
        <translation>La sauvegarde a été restaurée mais n'a pas pu être mise à niveau : %1. La base précédente se trouve dans %2.</translation>
    </message>
    <message>
        <source>%1 (process %2, since %3)</source>
        <translation>%1 (processus %2, depuis %3)</translation>
    </message>
    <message>
        <source>busy: another program is writing to the store (an import, a demo, an upgrade or a window saving) and did not finish within 5 s; nothing was changed, try again.</source>
        <translation>occupé : un autre programme écrit dans la base de données (une importation, une démo, une mise à niveau ou une fenêtre qui enregistre) et n’a pas fini en 5 s ; rien n’a été modifié, réessayez.</translation>
    </message>
    <message>
        <source>No backup was written to %1: the store %2 is damaged (%3). Restore an earlier backup.</source>
        <translation>Aucune sauvegarde n’a été écrite dans %1 : la base de données %2 est endommagée (%3). Restaurez une sauvegarde antérieure.</translation>
    </message>
    <message>
        <source>busy: %1 is running on the store %2. Try again when it has finished.</source>
        <translation>occupé : %1 est en cours sur la base de données %2. Réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe), not a store.</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique ou un tube), ni une base de données.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>another program creating or upgrading this store</source>
        <translation>un autre programme qui crée ou met à niveau cette base de données</translation>
    </message>
    <message>
        <source>The store %1 could not be checked: %2</source>
        <translation>La base de données %1 n’a pas pu être vérifiée : %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Nothing was written; restore a backup.</source>
        <translation>La base de données %1 est endommagée (%2). Rien n’a été écrit ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>busy: %1 is running on the store %2; nothing was changed. Try again when it has finished.</source>
        <translation>occupé : %1 est en cours sur la base de données %2 ; rien n’a été modifié. Réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a store. It was left untouched; to make it a new store, run again with --create.</source>
        <translation>%1 est un fichier vide (0 octet), pas une base de données. Il n’a pas été modifié ; pour en faire une nouvelle base de données, relancez avec --create.</translation>
    </message>
    <message>
        <source>There is no folder %1 for the store %2. Nothing was created; run again with --create to create the folder and a new store.</source>
        <translation>Le dossier %1 de la base de données %2 n’existe pas. Rien n’a été créé ; relancez avec --create pour créer le dossier et une nouvelle base de données.</translation>
    </message>
    <message>
        <source>An event with the key “%1” is there already.</source>
        <translation>Un événement avec la clé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Reading follow-up %1</source>
        <translation>Lecture du suivi %1</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n'est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team store %1: %2</source>
        <translation>Impossible de joindre la base d'équipe %1 : %2</translation>
    </message>
    <message>
        <source>Reading the database's tables</source>
        <translation>Lecture des tables de la base</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not a FollowThrough store. Nothing was written; give an empty database or a FollowThrough store.</source>
        <translation>La base %1 contient des tables qui ne sont pas une base FollowThrough. Rien n'a été écrit ; indiquez une base vide ou une base FollowThrough.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3). Nothing was written.</source>
        <translation>La base %1 a été écrite par un FollowThrough plus récent (version de schéma %2 ; cette version connaît jusqu'à %3). Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>%1 is a store on a server: its backups are the server's (pg_dump). To keep a copy in a file, use “followthrough copy --to FILE”.</source>
        <translation>%1 est une base sur un serveur : ses sauvegardes relèvent du serveur (pg_dump). Pour en garder une copie dans un fichier, utilisez « followthrough copy --to FICHIER ».</translation>
    </message>
    <message>
        <source>%1 is a store on a server: restoring a backup file replaces a store file only. Copy the backup to the server with “followthrough --db BACKUP copy --to ADDRESS” into an empty database instead.</source>
        <translation>%1 est une base sur un serveur : restaurer un fichier de sauvegarde ne remplace qu'un fichier de base de données. Copiez plutôt la sauvegarde sur le serveur avec « followthrough --db SAUVEGARDE copy --to ADRESSE » dans une base vide.</translation>
    </message>
    <message>
        <source>another window or program</source>
        <translation>une autre fenêtre ou un autre programme</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since it was read (version %3, now %4); nothing was written over that change.</source>
        <translation>« %1 » a été modifié par %2 depuis sa lecture (version %3, maintenant %4) ; cette modification n’a pas été écrasée.</translation>
    </message>
</context>
<context>
    <name>ft::StoreCopy</name>
    <message>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>timeline events</source>
        <translation>événements d'historique</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>promesses</translation>
    </message>
    <message>
        <source>checklist runs</source>
        <translation>exécutions de listes de contrôle</translation>
    </message>
    <message>
        <source>checklist run items</source>
        <translation>points d'exécutions de listes de contrôle</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>réponses à l'enquête</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>objectifs d'indicateurs</translation>
    </message>
    <message>
        <source>improvement initiatives</source>
        <translation>initiatives d'amélioration</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>import runs</source>
        <translation>imports</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4: copy needs both at the same version. Open both with this FollowThrough first; nothing was copied.</source>
        <translation>%1 est en version de schéma %2 et %3 en version %4 : copy demande la même version des deux côtés. Ouvrez d'abord les deux avec ce FollowThrough ; rien n'a été copié.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3: the stores are of different schema versions. Nothing was copied.</source>
        <translation>La table %1 n'a pas les mêmes colonnes dans %2 et dans %3 : les bases sont de versions de schéma différentes. Rien n'a été copié.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of copy does not know (%2). Nothing was copied.</source>
        <translation>%1 contient des tables que cette version de copy ne connaît pas (%2). Rien n'a été copié.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what a store holds: a kind of row, how many</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>Copie de la table %1</translation>
    </message>
    <message>
        <source>Reading the table %1</source>
        <translation>Lecture de la table %1</translation>
    </message>
    <message>
        <source>The copy was cancelled: nothing was written to %1.</source>
        <translation>La copie a été annulée : rien n'a été écrit dans %1.</translation>
    </message>
    <message>
        <source>The store is not open: %1</source>
        <translation>La base de données n'est pas ouverte : %1</translation>
    </message>
    <message>
        <source>Nothing was copied: the store %1 is not open.</source>
        <translation>Rien n'a été copié : la base de données %1 n'est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 is the store being copied: a store cannot be copied onto itself.</source>
        <translation>%1 est la base de données copiée : une base ne peut pas être copiée sur elle-même.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 cannot be written (%2).</source>
        <translation>Rien n'a été copié : impossible d'écrire dans %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds %2. copy writes only into an empty store; nothing was changed.</source>
        <translation>%1 n'est pas vide : elle contient %2. copy n'écrit que dans une base vide ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was copied: the transaction on %1 could not be committed (%2).</source>
        <translation>Rien n'a été copié : la transaction sur %1 n'a pas pu être validée (%2).</translation>
    </message>
    <message>
        <source>the server address given</source>
        <translation>l'adresse de serveur indiquée</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2</source>
        <translation>Rien n'a été copié vers %1 : %2</translation>
    </message>
    <message>
        <source>Copying rows %1 to %2 of the table %3</source>
        <translation>Copie des lignes %1 à %2 de la table %3</translation>
    </message>
</context>
<context>
    <name>ft::TimelineModel</name>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Rencontré en personne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Update promised</source>
        <translation>Mise à jour promise</translation>
    </message>
    <message>
        <source>Update promised for %1</source>
        <translation>Mise à jour promise pour %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Reopened (callback): %1 → %2</source>
        <translation>Rouvert (rappel) : %1 → %2</translation>
    </message>
    <message>
        <source>Reopened (callback)</source>
        <translation>Rouvert (rappel)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>ft::TodayModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Dus aujourd'hui : %1</translation>
    </message>
    <message>
        <source>Gone quiet (no contact for %1 business days): %2</source>
        <translation>Silencieux (aucun contact depuis %1 jours ouvrés) : %2</translation>
    </message>
    <message>
        <source>Waiting to close: %1</source>
        <translation>En attente de clôture : %1</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (les %1 premiers affichés)</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>quiet %1</source>
        <translation>silencieux depuis %1</translation>
    </message>
    <message>
        <source>resolved %1 ago</source>
        <translation>résolu il y a %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Mise à jour due</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>ft::TodaySummary</name>
    <message>
        <source>Today's review, %1</source>
        <translation>Revue du jour, %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 gone quiet · %4 waiting to close</source>
        <translation>%1 en retard · %2 dus aujourd'hui · %3 sans nouvelles · %4 en attente de clôture</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>By owner (overdue / due today / gone quiet)</source>
        <translation>Par responsable (en retard / dus aujourd'hui / sans nouvelles)</translation>
    </message>
    <message>
        <source>- %1: %2 / %3 / %4</source>
        <translation>- %1 : %2 / %3 / %4</translation>
    </message>
</context>
<context>
    <name>ft::TodayView</name>
    <message>
        <source>Today review</source>
        <translation>Revue du jour</translation>
    </message>
    <message>
        <source>Today summary</source>
        <translation>Synthèse du jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue · &lt;b&gt;%2&lt;/b&gt; due today · &lt;b&gt;%3&lt;/b&gt; gone quiet · &lt;b&gt;%4&lt;/b&gt; waiting to close · %5 open in all</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en retard · &lt;b&gt;%2&lt;/b&gt; dus aujourd'hui · &lt;b&gt;%3&lt;/b&gt; silencieux · &lt;b&gt;%4&lt;/b&gt; en attente de clôture · %5 ouverts au total</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre responsable</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtre équipe</translation>
    </message>
    <message>
        <source>Who is &amp;drowning</source>
        <translation>Qui est &amp;débordé</translation>
    </message>
    <message>
        <source>Overdue, due today and gone quiet per owner; click an owner to see only theirs</source>
        <translation>En retard, dus aujourd'hui et sans nouvelles par responsable ; cliquez sur un responsable pour ne voir que les siens</translation>
    </message>
    <message>
        <source>Cop&amp;y summary</source>
        <translation>Copier le &amp;résumé</translation>
    </message>
    <message>
        <source>Put today's review on the clipboard, for an e-mail or a chat</source>
        <translation>Mettre la revue du jour dans le presse-papiers, pour un e-mail ou un chat</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Nothing for this owner or team today: choose “Every owner” and “Every team” to see everyone's.</source>
        <translation>Rien pour ce responsable ou cette équipe aujourd'hui : choisissez « Tous les responsables » et « Toutes les équipes » pour tout voir.</translation>
    </message>
    <message>
        <source>No open follow-ups: everything in this store is resolved or closed. Imported closed tickets count in the KPI charts and the report; new work appears here once it is open.</source>
        <translation>Aucun suivi ouvert : tout dans cette base est résolu ou clos. Les tickets clos importés comptent dans les graphiques KPI et le rapport ; le nouveau travail apparaît ici dès qu'il est ouvert.</translation>
    </message>
    <message>
        <source>Nothing needs you today: no open follow-up is overdue, due today or gone quiet.</source>
        <translation>Rien ne vous attend aujourd'hui : aucun suivi ouvert n'est en retard, dû aujourd'hui ou sans nouvelles.</translation>
    </message>
</context>
<context>
    <name>ft::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to FollowThrough&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans FollowThrough&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>FollowThrough keeps the promises your team makes: who is owed an update, what has gone quiet, what is waiting to close.&lt;br&gt;&lt;br&gt;This register is empty. How would you like to begin?</source>
        <translation>FollowThrough tient les promesses de votre équipe : qui attend une mise à jour, ce qui est devenu silencieux, ce qui attend d'être clos.&lt;br&gt;&lt;br&gt;Ce registre est vide. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Charger des données d'exemple</translation>
    </message>
    <message>
        <source>A realistic, made-up history to try every feature on</source>
        <translation>Un historique réaliste et inventé pour essayer chaque fonction</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Read follow-ups from a CSV export of your service desk</source>
        <translation>Lire des suivis depuis un export CSV de votre centre de services</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Add follow-ups yourself with Follow-up ▸ New</source>
        <translation>Ajoutez vous-même des suivis avec Suivi ▸ Nouveau</translation>
    </message>
</context>
<context>
    <name>ft::cli</name>
    <message>
        <source>check takes no arguments.</source>
        <translation>check ne prend pas d'arguments.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité : %1</translation>
    </message>
    <message>
        <source>print the schema version, the integrity check and the row counts</source>
        <translation>afficher la version du schéma, le contrôle d'intégrité et le nombre de lignes</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 a besoin d'une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage: followthrough [--db FILE] %1</source>
        <translation>Utilisation : followthrough [--db FICHIER] %1</translation>
    </message>
    <message>
        <source>How many follow-ups.</source>
        <translation>Combien de suivis.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argument inattendu %1.</translation>
    </message>
    <message>
        <source>--items takes a whole number from 1 to 10000000, not “%1”.</source>
        <translation>--items attend un nombre entier de 1 à 10000000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>Added %1 demo follow-ups to %2 in %3 s.</source>
        <translation>%1 suivis de démo ajoutés à %2 en %3 s.</translation>
    </message>
    <message>
        <source>fill the store with a realistic sample history, reproducible by seed</source>
        <translation>remplir la base avec un historique d'exemple réaliste, reproductible par graine</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>write a consistent copy of the store, also while it is in use</source>
        <translation>écrire une copie cohérente de la base, même pendant son utilisation</translation>
    </message>
    <message>
        <source>Generating demo history: %1 %</source>
        <translation>Génération de l'historique de démo : %1 %</translation>
    </message>
    <message>
        <source>FILE.csv (follow-ups) or FILE.ics (promised updates).</source>
        <translation>FICHIER.csv (suivis) ou FICHIER.ics (mises à jour promises).</translation>
    </message>
    <message>
        <source>export needs --out FILE.csv or --out FILE.ics.</source>
        <translation>export a besoin de --out FICHIER.csv ou --out FICHIER.ics.</translation>
    </message>
    <message>
        <source>--out must end in .csv or .ics, not “%1”.</source>
        <translation>--out doit se terminer par .csv ou .ics, pas « %1 ».</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>%1 suivis écrits dans %2.</translation>
    </message>
    <message>
        <source>Wrote %1 promised updates to %2.</source>
        <translation>%1 mises à jour promises écrites dans %2.</translation>
    </message>
    <message>
        <source>write the follow-ups as CSV, or the open promised updates as iCalendar</source>
        <translation>écrire les suivis en CSV, ou les mises à jour promises ouvertes en iCalendar</translation>
    </message>
    <message>
        <source>dmy, mdy or ymd.</source>
        <translation>dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>Indiquer ce qui changerait ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Report bad rows and import the others instead of stopping.</source>
        <translation>Signaler les lignes incorrectes et importer les autres au lieu de s'arrêter.</translation>
    </message>
    <message>
        <source>import needs the file to import.</source>
        <translation>import a besoin du fichier à importer.</translation>
    </message>
    <message>
        <source>import takes one file, not %1.</source>
        <translation>import prend un seul fichier, pas %1.</translation>
    </message>
    <message>
        <source>--date-order is dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order vaut dmy, mdy ou ymd, pas « %1 ».</translation>
    </message>
    <message>
        <source>--map: “%1” is not a field; the fields are %2.</source>
        <translation>--map : « %1 » n'est pas un champ ; les champs sont %2.</translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing was written)</source>
        <translation>Essai à blanc de %1 (rien n'a été écrit)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Date order: %1%2</source>
        <translation>Ordre des dates : %1%2</translation>
    </message>
    <message>
        <source> (assumed: every date fits either order; use --date-order)</source>
        <translation> (supposé : chaque date convient aux deux ordres ; utilisez --date-order)</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lignes lues : %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajoutés : %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mis à jour : %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangés : %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetés : %1</translation>
    </message>
    <message>
        <source>Timeline events added: %1</source>
        <translation>Événements d'historique ajoutés : %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Durée : %1 s</translation>
    </message>
    <message>
        <source>import follow-ups or survey responses from a CSV file (all or nothing; again changes nothing)</source>
        <translation>importer des suivis ou des réponses d'enquête depuis un fichier CSV (tout ou rien ; le refaire ne change rien)</translation>
    </message>
    <message>
        <source>first day (inclusive)</source>
        <translation>premier jour (inclus)</translation>
    </message>
    <message>
        <source>last day (inclusive)</source>
        <translation>dernier jour (inclus)</translation>
    </message>
    <message>
        <source>period: week, month or quarter</source>
        <translation>période : week, month ou quarter</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv ou json</translation>
    </message>
    <message>
        <source>kpi takes no arguments, only options: %1</source>
        <translation>kpi ne prend pas d'arguments, seulement des options : %1</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 attend un jour au format AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) est avant --from (%2).</translation>
    </message>
    <message>
        <source>--by is week, month or quarter, not “%1”.</source>
        <translation>--by vaut week, month ou quarter, pas « %1 ».</translation>
    </message>
    <message>
        <source>--format is csv or json, not “%1”.</source>
        <translation>--format vaut csv ou json, pas « %1 ».</translation>
    </message>
    <message>
        <source>Data problem (%1): %2</source>
        <translation>Problème de données (%1) : %2</translation>
    </message>
    <message>
        <source>print the KPIs of every whole period touching the range (default: all the data), by month unless --by says otherwise</source>
        <translation>afficher les indicateurs de chaque période complète touchant la plage (par défaut : toutes les données), par mois sauf si --by dit autrement</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>First day of the charts (inclusive).</source>
        <translation>Premier jour des graphiques (inclus).</translation>
    </message>
    <message>
        <source>Last day (inclusive); its period is the one reviewed.</source>
        <translation>Dernier jour (inclus) ; sa période est celle examinée.</translation>
    </message>
    <message>
        <source>week, month or quarter.</source>
        <translation>week, month ou quarter.</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 ou letter.</translation>
    </message>
    <message>
        <source>Comma-separated KPI columns to include.</source>
        <translation>Colonnes d'indicateurs à inclure, séparées par des virgules.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report a besoin de --out FICHIER.pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation>--paper vaut a4 ou letter, pas « %1 ».</translation>
    </message>
    <message>
        <source>--kpis: unknown KPI column “%1”.</source>
        <translation>--kpis : colonne d'indicateur inconnue « %1 ».</translation>
    </message>
    <message>
        <source>CSI review %1</source>
        <translation>Revue ACS %1</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2 in %3 s (figures %4 s, pages %5 s).</source>
        <translation>%1 pages écrites dans %2 en %3 s (chiffres %4 s, pages %5 s).</translation>
    </message>
    <message>
        <source>write the CSI review pack as a PDF (no display needed)</source>
        <translation>écrire le dossier de revue ACS en PDF (aucun affichage nécessaire)</translation>
    </message>
    <message>
        <source>  followthrough [--db FILE] %1
      %2
</source>
        <translation>  followthrough [--db FICHIER] %1
      %2
</translation>
    </message>
    <message>
        <source>Usage: followthrough [--db FILE] [--lang LANGUAGE] %1

%2

Without --db the store is %3.
Exit status: 0 success, 1 failure, 2 bad usage.
</source>
        <translation>Utilisation : followthrough [--db FICHIER] [--lang LANGUE] %1

%2

Sans --db, la base de données est %3.
Code de sortie : 0 succès, 1 échec, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>backup needs --out FILE.sqlite.</source>
        <translation>backup nécessite --out FICHIER.sqlite.</translation>
    </message>
    <message>
        <source>--out must end in .sqlite, .sqlite3 or .db, not “%1”.</source>
        <translation>--out doit se terminer par .sqlite, .sqlite3 ou .db, pas « %1 ».</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked: integrity ok).</source>
        <translation>%1 sauvegardée dans %2 (vérifiée : intégrité correcte).</translation>
    </message>
    <message>
        <source>The store %1 could not be checked: %2</source>
        <translation>La base de données %1 n’a pas pu être vérifiée : %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged; restore a backup.</source>
        <translation>La base de données %1 est endommagée ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--db needs a file name; it was empty.</source>
        <translation>--db nécessite un nom de fichier ; il était vide.</translation>
    </message>
    <message>
        <source>Usage:
  followthrough [--db FILE] [--create] [--lang LANGUAGE]   open the window
</source>
        <translation>Utilisation :
  followthrough [--db FICHIER] [--create] [--lang LANGUE]   ouvrir la fenêtre
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

Sans --db, la base de données est %1.
--create permet à import, demo et à la fenêtre de créer une nouvelle base de données dans un dossier qui
n’existe pas encore, ou dans un fichier vide existant.
Code de sortie : 0 succès, 1 échec, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>--%1 is a day from 1970 to 2100, not “%2”.</source>
        <translation>--%1 doit être un jour de 1970 à 2100, pas « %2 ».</translation>
    </message>
    <message>
        <source>--out must end in .pdf, not “%1”.</source>
        <translation>--out doit se terminer par .pdf, pas « %1 ».</translation>
    </message>
    <message>
        <source>first day shown (inclusive)</source>
        <translation>premier jour affiché (inclus)</translation>
    </message>
    <message>
        <source>last day shown (inclusive)</source>
        <translation>dernier jour affiché (inclus)</translation>
    </message>
    <message>
        <source>first day of the baseline (default: before the first initiative)</source>
        <translation>premier jour de la base (par défaut : avant la première initiative)</translation>
    </message>
    <message>
        <source>last day of the baseline</source>
        <translation>dernier jour de la base</translation>
    </message>
    <message>
        <source>signals takes no arguments, only options: %1</source>
        <translation>signals ne prend pas d’arguments, seulement des options : %1</translation>
    </message>
    <message>
        <source>--kpi: unknown KPI column “%1”.</source>
        <translation>--kpi : colonne KPI inconnue « %1 ».</translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to go together.</source>
        <translation>--baseline-from et --baseline-to vont ensemble.</translation>
    </message>
    <message>
        <source>--baseline-to (%1) is before --baseline-from (%2).</source>
        <translation>--baseline-to (%1) est avant --baseline-from (%2).</translation>
    </message>
    <message>
        <source>print each KPI's process behaviour chart figures: value, n, centre line, limits and the signals that fire (default: every KPI, by month)</source>
        <translation>afficher les chiffres des cartes de comportement du processus de chaque KPI : valeur, n, ligne centrale, limites et signaux déclenchés (par défaut : tous les KPI, par mois)</translation>
    </message>
    <message>
        <source>KPIs for --kpi:</source>
        <translation>Indicateurs pour --kpi :</translation>
    </message>
    <message>
        <source>a KPI column, repeat for more (default: every KPI)</source>
        <translation>une colonne d’indicateur, à répéter pour plusieurs (par défaut : tous les indicateurs)</translation>
    </message>
    <message>
        <source>servicenow, jira, zendesk, freshservice (freshdesk), glpi, otrs (znuny), osticket, zammad, events, surveys or generic; default: recognised from the header.</source>
        <translation>servicenow, jira, zendesk, freshservice (freshdesk), glpi, otrs (znuny), osticket, zammad, events, surveys ou generic ; par défaut : reconnu d’après l’en-tête.</translation>
    </message>
    <message>
        <source>Generic, events: read FIELD from COLUMN; FIELD= leaves a suggested column out (repeatable).</source>
        <translation>Generic, events : lire FIELD dans COLUMN ; FIELD= écarte une colonne suggérée (répétable).</translation>
    </message>
    <message>
        <source>Read SOURCE (* is a wildcard) as VALUE for status, priority or kind; the first matching rule wins (repeatable).</source>
        <translation>Lire SOURCE (* est un joker) comme VALUE pour status, priority ou kind ; la première règle qui correspond l’emporte (répétable).</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 ou latin1 (par défaut : détecté).</translation>
    </message>
    <message>
        <source>The zone of times written without one, e.g. Europe/Berlin or UTC (default: the store's).</source>
        <translation>Le fuseau des heures écrites sans fuseau, par ex. Europe/Berlin ou UTC (par défaut : celui du registre).</translation>
    </message>
    <message>
        <source>--profile is one of %1, not “%2”.</source>
        <translation>--profile vaut l’un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>--encoding is utf-8, utf-16le, utf-16be, windows-1252 or latin1, not “%1”.</source>
        <translation>--encoding vaut utf-8, utf-16le, utf-16be, windows-1252 ou latin1, pas « %1 ».</translation>
    </message>
    <message>
        <source>--time-zone: “%1” is not a time zone (for example Europe/Berlin, America/New_York, UTC).</source>
        <translation>--time-zone : « %1 » n’est pas un fuseau horaire (par exemple Europe/Berlin, America/New_York, UTC).</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN (or FIELD= to leave a column out), not “%1”.</source>
        <translation>--map attend FIELD=COLUMN (ou FIELD= pour écarter une colonne), pas « %1 ».</translation>
    </message>
    <message>
        <source>--map does not apply to the servicenow and surveys profiles, whose columns are fixed.</source>
        <translation>--map ne s’applique pas aux profils servicenow et surveys, dont les colonnes sont fixes.</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>Encodage : %1 (%2)</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>comme demandé</translation>
    </message>
    <message>
        <source>Times without a zone read in: %1</source>
        <translation>Heures sans fuseau lues dans : %1</translation>
    </message>
    <message>
        <source>Data problems in the source: %1 (imported as the source has them, see below)</source>
        <translation>Problèmes de données dans la source : %1 (importés tels quels, voir ci-dessous)</translation>
    </message>
    <message>
        <source>The store to copy into: a store file (made when missing) or a PostgreSQL server (postgresql://user@host[:port]/database or service=NAME).</source>
        <translation>La base dans laquelle copier : un fichier (créé s'il manque) ou un serveur PostgreSQL (postgresql://utilisateur@hôte[:port]/base ou service=NOM).</translation>
    </message>
    <message>
        <source>copy needs --to TARGET.</source>
        <translation>copy demande --to CIBLE.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3.</source>
        <translation>%1 lignes copiées de %2 vers %3.</translation>
    </message>
    <message>
        <source>copy the whole store into an empty store: a file, or a PostgreSQL server (postgresql://user@host/database or service=NAME)</source>
        <translation>copier toute la base de données dans une base vide : un fichier ou un serveur PostgreSQL (postgresql://utilisateur@hôte/base ou service=NOM)</translation>
    </message>
    <message>
        <source>Every table is copied with its ids, in one transaction: the target either holds the whole
store afterwards or is left as it was. A target that already holds follow-ups, events,
surveys, targets, initiatives, holidays, import runs or checklist runs is refused; a new
store is fine (it keeps its own store id). A missing target file is created.
Give a server's password through ~/.pgpass or PGPASSWORD rather than on the command line.
</source>
        <translation>Chaque table est copiée avec ses identifiants, en une seule transaction : la cible contient
ensuite toute la base ou reste telle qu'elle était. Une cible qui contient déjà des suivis, des
événements, des enquêtes, des objectifs, des initiatives, des jours fériés, des imports ou des
exécutions de listes de contrôle est refusée ; une base neuve convient (elle garde son propre
identifiant). Un fichier cible absent est créé. Donnez le mot de passe d'un serveur par
~/.pgpass ou PGPASSWORD plutôt que sur la ligne de commande.
</translation>
    </message>
</context>
<context>
    <name>ft::display</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
</context>
<context>
    <name>ft::exporting</name>
    <message>
        <source>Promised updates</source>
        <translation>Mises à jour promises</translation>
    </message>
    <message>
        <source>Update due: %1</source>
        <translation>Mise à jour due : %1</translation>
    </message>
    <message>
        <source>Update due: %1 %2</source>
        <translation>Mise à jour due : %1 %2</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Demandeur : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Promised on %1</source>
        <translation>Promise le %1</translation>
    </message>
</context>
<context>
    <name>ft::form</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
</context>
<context>
    <name>ft::importing</name>
    <message>
        <source>“%1” is not a field that can be imported; the fields are: %2.</source>
        <translation>« %1 » n'est pas un champ importable ; les champs sont : %2.</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (mapped to %3); its columns are: %4.</source>
        <translation>%1 n'a pas de colonne « %2 » (associée à %3) ; ses colonnes sont : %4.</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to a field. Map them with --map FIELD=COLUMN (fields: %2).</source>
        <translation>Aucune colonne de %1 n'est associée à un champ. Associez-les avec --map CHAMP=COLONNE (champs : %2).</translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation>Importé de %1, ligne %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>L'import de %1 a été annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1, column “%2”: “%3” %4</source>
        <translation>%1, colonne « %2 » : « %3 » %4</translation>
    </message>
    <message>
        <source>is not a date and time (expected %1, then an optional H:MM or HH:MM:SS).</source>
        <translation>n'est pas une date et heure (attendu %1, puis éventuellement H:MM ou HH:MM:SS).</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2.</source>
        <translation>n'est pas un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>is not yes or no (true/false, yes/no, y/n, 1/0).</source>
        <translation>n'est pas oui ou non (true/false, yes/no, y/n, 1/0).</translation>
    </message>
    <message>
        <source>is not a priority (1 to 4, or Critical, High, Moderate, Low).</source>
        <translation>n'est pas une priorité (1 à 4, ou Critical, High, Moderate, Low).</translation>
    </message>
    <message>
        <source>is not a status FollowThrough knows (New, In progress, Waiting on requester, Waiting on vendor, Resolved, Closed, or a ServiceNow state).</source>
        <translation>n'est pas un statut connu de FollowThrough (New, In progress, Waiting on requester, Waiting on vendor, Resolved, Closed, ou un état ServiceNow).</translation>
    </message>
    <message>
        <source>is not a kind (incident, request, change, problem).</source>
        <translation>n'est pas un type (incident, request, change, problem).</translation>
    </message>
    <message>
        <source>%1: the dates are written day first (line %2: “%3”) and month first (line %4: “%5”). Say which with --date-order dmy, mdy or ymd.</source>
        <translation>%1 : les dates sont écrites jour en premier (ligne %2 : « %3 ») et mois en premier (ligne %4 : « %5 »). Précisez-le avec --date-order dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <source>ServiceNow incidents</source>
        <translation>Incidents ServiceNow</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Other CSV (columns mapped to fields)</source>
        <translation>Autre CSV (colonnes associées aux champs)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 has a header line but no data rows.</source>
        <translation>%1 a une ligne d'en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>%1 has no column “%2”, which the servicenow profile needs.</source>
        <translation>%1 n'a pas de colonne « %2 », dont le profil servicenow a besoin.</translation>
    </message>
    <message>
        <source>is empty: every row needs the incident number.</source>
        <translation>est vide : chaque ligne a besoin du numéro d'incident.</translation>
    </message>
    <message>
        <source>is empty: every incident has an opening time.</source>
        <translation>est vide : chaque incident a une heure d'ouverture.</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <source>ServiceNow update %1: %2</source>
        <translation>Mise à jour ServiceNow %1 : %2</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>%1 is not a survey file: it needs the columns reference, score and date (comment is optional); it has %2.</source>
        <translation>%1 n'est pas un fichier d'enquête : il lui faut les colonnes reference, score et date (comment est facultatif) ; il a %2.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs the reference of its ticket.</source>
        <translation>est vide : une réponse d'enquête a besoin de la référence de son ticket.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs a score from 1 to 5.</source>
        <translation>est vide : une réponse d'enquête a besoin d'une note de 1 à 5.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs the date it was received.</source>
        <translation>est vide : une réponse d'enquête a besoin de sa date de réception.</translation>
    </message>
    <message>
        <source>%1: no follow-up has the reference “%2”; the response was not imported.</source>
        <translation>%1 : aucun suivi n'a la référence « %2 » ; la réponse n'a pas été importée.</translation>
    </message>
    <message>
        <source>Status set by an import</source>
        <translation>Statut fixé par un import</translation>
    </message>
    <message>
        <source>day first (31/12/2016)</source>
        <translation>jour en premier (31/12/2016)</translation>
    </message>
    <message>
        <source>month first (12/31/2016)</source>
        <translation>mois en premier (12/31/2016)</translation>
    </message>
    <message>
        <source>year first (2016-12-31)</source>
        <translation>année en premier (2016-12-31)</translation>
    </message>
    <message>
        <source>is outside the years %1–%2 that FollowThrough accepts.</source>
        <translation>est hors des années %1–%2 que FollowThrough accepte.</translation>
    </message>
    <message>
        <source>the reference “%1” is already on line %2 of this file, with different data. Keep one row per reference and import again.</source>
        <translation>la référence « %1 » figure déjà à la ligne %2 de ce fichier, avec d’autres données. Gardez une ligne par référence et importez à nouveau.</translation>
    </message>
    <message>
        <source>“%1” is not a field of an event log (its fields: %2); opening, resolution and closing times and reopens come from the status changes.</source>
        <translation>« %1 » n’est pas un champ d’un journal d’événements (ses champs : %2) ; les heures d’ouverture, de résolution et de clôture et les réouvertures découlent des changements de statut.</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to “%2”, which an event log needs. Map it with --map %2=COLUMN (columns: %3).</source>
        <translation>Aucune colonne de %1 n’est associée à « %2 », nécessaire à un journal d’événements. Associez-la avec --map %2=COLUMN (colonnes : %3).</translation>
    </message>
    <message>
        <source>is empty: every event needs the reference of its ticket.</source>
        <translation>est vide : chaque événement a besoin de la référence de son ticket.</translation>
    </message>
    <message>
        <source>is empty: every event needs its time.</source>
        <translation>est vide : chaque événement a besoin de son heure.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to read %1.</source>
        <translation>Impossible de créer un dossier temporaire pour lire %1.</translation>
    </message>
    <message>
        <source>Event log (one row per change of a ticket)</source>
        <translation>Journal d’événements (une ligne par changement d’un ticket)</translation>
    </message>
    <message>
        <source>Jira Service Management issues</source>
        <translation>Tickets Jira Service Management</translation>
    </message>
    <message>
        <source>Zendesk tickets</source>
        <translation>Tickets Zendesk</translation>
    </message>
    <message>
        <source>Freshservice or Freshdesk tickets</source>
        <translation>Tickets Freshservice ou Freshdesk</translation>
    </message>
    <message>
        <source>GLPI tickets</source>
        <translation>Tickets GLPI</translation>
    </message>
    <message>
        <source>OTRS or Znuny tickets</source>
        <translation>Tickets OTRS ou Znuny</translation>
    </message>
    <message>
        <source>osTicket tickets</source>
        <translation>Tickets osTicket</translation>
    </message>
    <message>
        <source>Zammad tickets</source>
        <translation>Tickets Zammad</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export: it has no column for the %3 (the %2 profile looks for “%4”). Its header looks like %5; try --profile %6, or map the columns with --map FIELD=COLUMN.</source>
        <translation>%1 ne ressemble pas à un export %2 : il n’a pas de colonne pour %3 (le profil %2 cherche « %4 »). Son en-tête ressemble à %5 ; essayez --profile %6 ou associez les colonnes avec --map FIELD=COLUMN.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>le numéro de ticket</translation>
    </message>
    <message>
        <source>%1, line %2 (%3)</source>
        <translation>%1, ligne %2 (%3)</translation>
    </message>
    <message>
        <source>the incident is open (%1) but has a closing time; the closing time was left out</source>
        <translation>l’incident est ouvert (%1) mais a une heure de clôture ; l’heure de clôture a été écartée</translation>
    </message>
    <message>
        <source>closed before it was resolved; both times are kept as the source has them</source>
        <translation>clos avant d’être résolu ; les deux heures sont conservées telles que dans la source</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook (its zip container is damaged).</source>
        <translation>%1 n’est pas un classeur .xlsx lisible (son conteneur zip est endommagé).</translation>
    </message>
    <message>
        <source>%1 has no part %2: it is not a workbook FollowThrough can read.</source>
        <translation>%1 n’a pas de partie %2 : ce n’est pas un classeur que FollowThrough sait lire.</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MiB (or more than %4 times its packed size); the file is refused as too large or as a zip bomb.</source>
        <translation>%1 : la partie %2 se décompresse en plus de %3 Mio (ou plus de %4 fois sa taille compressée) ; le fichier est refusé comme trop gros ou comme bombe zip.</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation>%1 : impossible de lire la partie %2.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged.</source>
        <translation>%1 : la partie %2 est endommagée.</translation>
    </message>
    <message>
        <source>%1: the sheet has more than %2 cells or %3 columns; it is refused as too large.</source>
        <translation>%1 : la feuille a plus de %2 cellules ou %3 colonnes ; elle est refusée comme trop grande.</translation>
    </message>
    <message>
        <source>Cannot write the converted sheet of %1.</source>
        <translation>Impossible d’écrire la feuille convertie de %1.</translation>
    </message>
    <message>
        <source>%1: the sheet is not well-formed XML (%2).</source>
        <translation>%1 : la feuille n’est pas du XML bien formé (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: the XML spreadsheet is not well-formed (%3).</source>
        <translation>%1, ligne %2 : le classeur XML n’est pas bien formé (%3).</translation>
    </message>
    <message>
        <source>%1 is a binary Excel 97–2003 workbook, which FollowThrough does not read. Save it as .xlsx or as CSV and import that.</source>
        <translation>%1 est un classeur Excel 97–2003 binaire, que FollowThrough ne lit pas. Enregistrez-le en .xlsx ou en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>--value takes FIELD:SOURCE=VALUE (for example status:Accepted=in_progress), not “%1”.</source>
        <translation>--value attend FIELD:SOURCE=VALUE (par exemple status:Accepted=in_progress), pas « %1 ».</translation>
    </message>
    <message>
        <source>--value: “%1” is not a field whose values can be translated; those are %2.</source>
        <translation>--value : « %1 » n’est pas un champ dont les valeurs peuvent être traduites ; ce sont %2.</translation>
    </message>
    <message>
        <source>--value: “%1” is not a %2; use one of %3.</source>
        <translation>--value : « %1 » n’est pas une valeur valide pour %2 ; utilisez l’une de %3.</translation>
    </message>
    <message>
        <source>  %1 “%2” ×%3 (first at %4)</source>
        <translation>  %1 « %2 » ×%3 (d’abord en %4)</translation>
    </message>
    <message>
        <source>%1, column “%2”: “%3” is not a %4 FollowThrough knows. %5 distinct values have no meaning yet:
%6
Translate each with --value FIELD:SOURCE=VALUE (SOURCE may use * as a wildcard; values: status %7; priority %8; kind %9).</source>
        <translation>%1, colonne « %2 » : « %3 » n’est pas une valeur de %4 connue de FollowThrough. %5 valeurs distinctes n’ont pas encore de sens :
%6
Traduisez chacune avec --value FIELD:SOURCE=VALUE (SOURCE peut contenir * comme joker ; valeurs : status %7 ; priority %8 ; kind %9).</translation>
    </message>
    <message>
        <source>is not a satisfaction rating (a score from 1 to 5, Good or Bad, Extremely Happy … Extremely Unhappy).</source>
        <translation>n’est pas une note de satisfaction (une note de 1 à 5, Good ou Bad, Extremely Happy … Extremely Unhappy).</translation>
    </message>
    <message>
        <source>import (%1)</source>
        <translation>import (%1)</translation>
    </message>
</context>
<context>
    <name>ft::output</name>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n’a donné aucune raison</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1: the output file must end in %2.</source>
        <translation>%1 : le fichier de sortie doit se terminer par %2.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1 : le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a link to nothing; FollowThrough does not write through it.</source>
        <translation>%1 est un lien vers rien ; FollowThrough n’écrit pas à travers lui.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); nothing was written.</source>
        <translation>%1 n’est pas un fichier ordinaire (un dossier, un périphérique ou un tube) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is the store in use (or one of its journal files); FollowThrough never writes over it. Nothing was written.</source>
        <translation>%1 est la base de données en cours d’utilisation (ou l’un de ses journaux) ; FollowThrough ne l’écrase jamais. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database or journal; FollowThrough never writes over one. Choose another name. Nothing was written.</source>
        <translation>%1 est une base ou un journal SQLite ; FollowThrough n’en écrase jamais. Choisissez un autre nom. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1. Nothing was changed there.</source>
        <translation>Impossible d’écrire %1. Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed there.</source>
        <translation>Impossible d’écrire %1 : %2. Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>Impossible d’écrire %1 : le fichier n’a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>ft::windowactions</name>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FollowThrough cannot open its store</source>
        <translation>FollowThrough ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>FollowThrough</source>
        <translation>FollowThrough</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1. To use it, open it with --db, or copy it in place of the store.</source>
        <translation>La sauvegarde automatique la plus récente est %1. Pour l'utiliser, ouvrez-la avec --db ou copiez-la à la place de la base de données.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
</context>
</TS>