<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;—&lt;/span&gt;&lt;br&gt;No follow-ups in this period.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;—&lt;/span&gt;&lt;br&gt;No hay seguimientos en este periodo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;%2&lt;/span&gt; called back&lt;br&gt;%3 of %4 follow-ups came back after they were resolved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:20pt'&gt;%2&lt;/span&gt; con rellamada&lt;br&gt;%3 de %4 seguimientos volvieron después de resolverse.</translation>
    </message>
    <message>
        <source>Closure checklist</source>
        <translation>Lista de comprobación de cierre</translation>
    </message>
    <message>
        <source>%1 cannot be closed yet.</source>
        <translation>%1 aún no se puede cerrar.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved yet.</source>
        <translation>%1 aún no se puede resolver.</translation>
    </message>
    <message>
        <source>These required checklist items are not checked:%1Check them in the follow-up panel, or override with a written reason.</source>
        <translation>Estos puntos obligatorios de la lista no están marcados:%1Márquelos en el panel del seguimiento o anule con un motivo por escrito.</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>%1 has advisory checklist items that are not checked.</source>
        <translation>%1 tiene puntos recomendados de la lista sin marcar.</translation>
    </message>
    <message>
        <source>%1They do not block closing, but skipped checks are where callbacks come from.</source>
        <translation>%1No impiden el cierre, pero las comprobaciones omitidas son el origen de las rellamadas.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Resolve anyway</source>
        <translation>Resolver de todos modos</translation>
    </message>
</context>
<context>
    <name>ft::AboutDialog</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Entradas de la cronología</translation>
    </message>
    <message>
        <source>Promised updates</source>
        <translation>Actualizaciones prometidas</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Ejecuciones de listas de comprobación</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Respuestas a encuestas</translation>
    </message>
    <message>
        <source>CSI initiatives</source>
        <translation>Iniciativas de mejora continua</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>About FollowThrough</source>
        <translation>Acerca de FollowThrough</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FollowThrough %1&lt;/h2&gt;&lt;p&gt;Follow-ups, closure checklists and KPI reviews for IT team leads.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FollowThrough %1&lt;/h2&gt;&lt;p&gt;Seguimientos, listas de comprobación de cierre y revisiones de KPI para responsables de equipos de TI.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Almacén de datos:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versión del esquema:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
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
        <translation>FollowThrough es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía. &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;Leer la licencia&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
</context>
<context>
    <name>ft::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Write a copy of the whole store to a file of your choice</source>
        <translation>Escribir una copia de todo el almacén de datos en el archivo que elija</translation>
    </message>
    <message>
        <source>Replace the store with a backup; the store as it is now is kept as a copy</source>
        <translation>Reemplazar el almacén de datos con una copia de seguridad; el almacén actual se conserva como copia</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Hacer copia de seguridad del almacén de datos</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite)</source>
        <translation>Almacenes de FollowThrough (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was not written: %1 cannot be replaced.</source>
        <translation>No se escribió la copia de seguridad: no se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Haciendo copia de seguridad en %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite);;All files (*)</source>
        <translation>Almacenes de FollowThrough (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>Este archivo no se puede restaurar.</translation>
    </message>
    <message>
        <source>Replace everything in the store with this backup?</source>
        <translation>¿Reemplazar todo el contenido del almacén de datos con esta copia de seguridad?</translation>
    </message>
    <message numerus="yes">
        <source>%1
written %2, holds %n follow-up(s).

The store as it is now is kept as a copy in %3.</source>
        <translation>
            <numerusform>%1
escrita el %2, contiene %n seguimiento.

El almacén de datos actual se conserva como copia en %3.</numerusform>
            <numerusform>%1
escrita el %2, contiene %n seguimientos.

El almacén de datos actual se conserva como copia en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>No se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>No se puede crear la carpeta de copias %1</translation>
    </message>
    <message>
        <source>Restored %1; the store as it was is kept in %2.</source>
        <translation>Se restauró %1; el almacén de datos anterior se conserva en %2.</translation>
    </message>
    <message>
        <source>This register is on a server: its backups are the server's</source>
        <translation>Este registro está en un servidor: sus copias de seguridad son cosa del servidor</translation>
    </message>
</context>
<context>
    <name>ft::BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>No se puede crear la carpeta de copias %1</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1</source>
        <translation>No se puede eliminar la copia antigua %1</translation>
    </message>
    <message>
        <source>%1 is a store on a server: its backups are the server's (pg_dump), not files beside it.</source>
        <translation>%1 es un almacén en un servidor: sus copias de seguridad son cosa del servidor (pg_dump), no archivos a su lado.</translation>
    </message>
</context>
<context>
    <name>ft::BeforeAfter</name>
    <message>
        <source>Average before the start %1 (%2), since the start %3 (%4).</source>
        <translation>Media antes del inicio %1 (%2), desde el inicio %3 (%4).</translation>
    </message>
    <message>
        <source>Average before the start %1 (%2).</source>
        <translation>Media antes del inicio %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ft::ChangeSet</name>
    <message>
        <source>Unknown table %1</source>
        <translation>Tabla desconocida %1</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: the follow-up was changed since, in another window or program.</source>
        <translation>«%1» no se puede %2: el seguimiento se ha modificado entretanto, en otra ventana o programa.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rehacer</translation>
    </message>
</context>
<context>
    <name>ft::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ft::Checklist</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffect</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>No se pudo leer el almacén de datos: %1</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffectDialog</name>
    <message>
        <source>Checklist effect</source>
        <translation>Efecto de las listas de comprobación</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>Resolved in:</source>
        <translation>Resueltos entre:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>A callback is a follow-up reopened after it was resolved. “Complete” means every checklist item was checked and nothing was overridden.</source>
        <translation>Una rellamada es un seguimiento reabierto después de resolverse. «Completa» significa que se marcó cada punto de la lista y no se anuló nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which skipped items were followed by callbacks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué puntos omitidos fueron seguidos de rellamadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Leyendo el almacén de datos…</translation>
    </message>
    <message>
        <source>Resolved with a complete checklist</source>
        <translation>Resueltos con la lista completa</translation>
    </message>
    <message>
        <source>Resolved with checks skipped or overridden</source>
        <translation>Resueltos con comprobaciones omitidas o anuladas</translation>
    </message>
    <message>
        <source>There is nothing to compare yet: this period needs follow-ups resolved both ways.</source>
        <translation>Aún no hay nada que comparar: este periodo necesita seguimientos resueltos de ambas formas.</translation>
    </message>
    <message>
        <source>Skipping checks went with %1 times as many callbacks.</source>
        <translation>Omitir comprobaciones fue acompañado de %1 veces más rellamadas.</translation>
    </message>
    <message>
        <source>Only follow-ups with checks skipped were called back.</source>
        <translation>Solo los seguimientos con comprobaciones omitidas tuvieron rellamadas.</translation>
    </message>
    <message>
        <source>Skipping checks did not go with more callbacks in this period.</source>
        <translation>Omitir comprobaciones no fue acompañado de más rellamadas en este periodo.</translation>
    </message>
    <message>
        <source>Checklist compliance: no follow-up with a checklist was resolved in this period.</source>
        <translation>Cumplimiento de listas: en este periodo no se resolvió ningún seguimiento con lista de comprobación.</translation>
    </message>
    <message>
        <source>Checklist compliance: %1 — %2 of %3 follow-ups with a checklist were resolved with every required item checked and no override.</source>
        <translation>Cumplimiento de listas: %1 — %2 de %3 seguimientos con lista se resolvieron con todos los puntos obligatorios marcados y sin anulación.</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistEffectModel</name>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 de %3)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punto de la lista</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Times skipped</source>
        <translation>Veces omitido</translation>
    </message>
    <message>
        <source>Called back after skipping</source>
        <translation>Rellamadas tras omitirlo</translation>
    </message>
    <message>
        <source>Times checked</source>
        <translation>Veces marcado</translation>
    </message>
    <message>
        <source>Called back when checked</source>
        <translation>Rellamadas pese a marcarlo</translation>
    </message>
    <message>
        <source>%1 of %2: too few to judge</source>
        <translation>%1 de %2: demasiado pocos para juzgar</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistRunWidget</name>
    <message>
        <source>&lt;b&gt;Closure checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lista de comprobación de cierre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add checklist</source>
        <translation>Añadir lista de comprobación</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 checked</source>
        <translation>%1 marcados</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt; — %2</source>
        <translation>&lt;i&gt;%1&lt;/i&gt; — %2</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: “%3”</source>
        <translation>Anulada por %1 el %2: «%3»</translation>
    </message>
    <message>
        <source>%1 (advisory)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <source>Required: resolving is refused while this is unchecked.</source>
        <translation>Obligatorio: la resolución se rechaza mientras esté sin marcar.</translation>
    </message>
    <message>
        <source>Advisory: resolving warns while this is unchecked.</source>
        <translation>Recomendado: la resolución avisa mientras esté sin marcar.</translation>
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
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>No checklist applies to this follow-up.</source>
        <translation>No se aplica ninguna lista de comprobación a este seguimiento.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistRuns</name>
    <message>
        <source>Checklist item %1 does not exist.</source>
        <translation>El elemento de lista de comprobación %1 no existe.</translation>
    </message>
    <message>
        <source>Checklist %1 does not exist.</source>
        <translation>La lista de comprobación %1 no existe.</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistService</name>
    <message>
        <source>“%1” is closed; reopen it before changing its checklist.</source>
        <translation>“%1” está cerrado; reábralo antes de cambiar su lista de comprobación.</translation>
    </message>
    <message>
        <source>Checklist template %1 is already attached, has no items or does not exist.</source>
        <translation>La plantilla de lista de comprobación %1 ya está adjunta, no tiene elementos o no existe.</translation>
    </message>
    <message>
        <source>Add checklist “%1”</source>
        <translation>Añadir lista de comprobación “%1”</translation>
    </message>
    <message>
        <source>“%1” is resolved; reopen it before adding a checklist.</source>
        <translation>“%1” está resuelto; reábralo antes de añadir una lista de comprobación.</translation>
    </message>
    <message>
        <source>“%1” is already checked.</source>
        <translation>“%1” ya está marcado.</translation>
    </message>
    <message>
        <source>“%1” is not checked.</source>
        <translation>“%1” no está marcado.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Check “%1”</source>
        <translation>Marcar “%1”</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Marcar elemento</translation>
    </message>
    <message>
        <source>Uncheck “%1”</source>
        <translation>Desmarcar “%1”</translation>
    </message>
    <message>
        <source>Uncheck item</source>
        <translation>Desmarcar elemento</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateEditor</name>
    <message>
        <source>Checklist templates</source>
        <translation>Plantillas de listas de comprobación</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Attach automatically to</source>
        <translation>Adjuntar automáticamente a</translation>
    </message>
    <message>
        <source>Any category (or a list: Email, Printing)</source>
        <translation>Cualquier categoría (o una lista: Correo, Impresión)</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Tipos:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>No kind ticked means every kind.</source>
        <translation>Ningún tipo marcado significa todos los tipos.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Añadir punto…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <source>Ctrl+Up; or drag the row</source>
        <translation>Ctrl+Arriba; o arrastre la fila</translation>
    </message>
    <message>
        <source>Ctrl+Down; or drag the row</source>
        <translation>Ctrl+Abajo; o arrastre la fila</translation>
    </message>
    <message>
        <source>Tick “Blocks closing” for required items; the others only warn. Double-click text or hint to edit it.</source>
        <translation>Marque «Impide el cierre» en los puntos obligatorios; los demás solo avisan. Haga doble clic en el texto o la indicación para editarlos.</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>Nueva plantilla de lista de comprobación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename checklist template</source>
        <translation>Cambiar nombre de la plantilla</translation>
    </message>
    <message>
        <source>Delete checklist template</source>
        <translation>Eliminar la plantilla</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>It no longer attaches to new follow-ups. Checklists already attached keep their items.</source>
        <translation>Ya no se adjuntará a los nuevos seguimientos. Las listas ya adjuntas conservan sus puntos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Añadir punto a la lista</translation>
    </message>
    <message>
        <source>What must be done before closing:</source>
        <translation>Lo que debe hacerse antes del cierre:</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateItemsModel</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Required: closing is refused while it is unchecked</source>
        <translation>Obligatorio: el cierre se rechaza mientras esté sin marcar</translation>
    </message>
    <message>
        <source>Advisory: closing warns while it is unchecked</source>
        <translation>Recomendado: el cierre avisa mientras esté sin marcar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Blocks closing</source>
        <translation>Impide el cierre</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indicación</translation>
    </message>
</context>
<context>
    <name>ft::ChecklistTemplateRepository</name>
    <message>
        <source>A checklist template needs a name.</source>
        <translation>Una plantilla de lista de comprobación necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a checklist template called “%1”.</source>
        <translation>Ya existe una plantilla de lista de comprobación llamada “%1”.</translation>
    </message>
    <message>
        <source>Checklist item %1 does not exist.</source>
        <translation>El elemento de lista de comprobación %1 no existe.</translation>
    </message>
    <message>
        <source>Checklist template %1 does not exist.</source>
        <translation>La plantilla de lista de comprobación %1 no existe.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Kind mask %1 is out of range.</source>
        <translation>La máscara de tipo %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>A checklist item needs some text.</source>
        <translation>Un elemento de lista de comprobación necesita texto.</translation>
    </message>
    <message>
        <source>“%1” is already the first item.</source>
        <translation>“%1” ya es el primer elemento.</translation>
    </message>
    <message>
        <source>“%1” is already the last item.</source>
        <translation>“%1” ya es el último elemento.</translation>
    </message>
</context>
<context>
    <name>ft::ClosureGate</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>“%1” cannot be %2 yet: these required checklist items are not checked: %3. Check them, or override with a written reason.</source>
        <translation>“%1” todavía no puede quedar %2: estos elementos obligatorios de la lista de comprobación no están marcados: %3. Márquelos o use una anulación con un motivo por escrito.</translation>
    </message>
    <message>
        <source>“%1” has advisory checklist items that are not checked: %2. Close it anyway?</source>
        <translation>“%1” tiene elementos recomendados de la lista de comprobación sin marcar: %2. ¿Cerrarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>ft::CsiInitiativeDialog</name>
    <message>
        <source>Fill from the data</source>
        <translation>Rellenar a partir de los datos</translation>
    </message>
    <message>
        <source>Edit improvement initiative</source>
        <translation>Editar iniciativa de mejora</translation>
    </message>
    <message>
        <source>New improvement initiative</source>
        <translation>Nueva iniciativa de mejora</translation>
    </message>
    <message>
        <source>The measure's value in the last whole month before the start date</source>
        <translation>El valor de la medida en el último mes completo antes de la fecha de inicio</translation>
    </message>
    <message>
        <source>What came of it, in words</source>
        <translation>Qué resultó de ella, en palabras</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Measure it aims to move</source>
        <translation>Medida que pretende mejorar</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>An initiative needs a title.</source>
        <translation>Una iniciativa necesita un título.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>The value in %1.</source>
        <translation>El valor en %1.</translation>
    </message>
    <message>
        <source>There is no data for the month before the start date.</source>
        <translation>No hay datos del mes anterior a la fecha de inicio.</translation>
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
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar como &amp;hecha…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Fill &amp;baseline from the data</source>
        <translation>Rellenar la línea &amp;base a partir de los datos</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde entonces</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Objetivo alcanzado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Reading the register</source>
        <translation>Leyendo el registro</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>midiendo…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Adding the initiative</source>
        <translation>Añadiendo la iniciativa</translation>
    </message>
    <message>
        <source>Saving the initiative</source>
        <translation>Guardando la iniciativa</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Drop the initiative</source>
        <translation>Descartar la iniciativa</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>¿Qué resultó de ella?</translation>
    </message>
    <message>
        <source>Closing the initiative</source>
        <translation>Cerrando la iniciativa</translation>
    </message>
    <message>
        <source>Delete the initiative</source>
        <translation>Eliminar la iniciativa</translation>
    </message>
    <message>
        <source>Delete “%1” from the register? Marking it dropped keeps its history.</source>
        <translation>¿Eliminar “%1” del registro? Si la marca como descartada, se conserva su historial.</translation>
    </message>
    <message>
        <source>Deleting the initiative</source>
        <translation>Eliminando la iniciativa</translation>
    </message>
    <message>
        <source>The figures are still being measured; try again in a moment.</source>
        <translation>Las cifras todavía se están midiendo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>There is no data for the month before “%1” started.</source>
        <translation>No hay datos del mes anterior al inicio de “%1”.</translation>
    </message>
    <message>
        <source>Filling the baseline</source>
        <translation>Rellenando la línea base</translation>
    </message>
    <message>
        <source>The baseline of “%1” is now its value in %2.</source>
        <translation>La línea base de “%1” es ahora su valor en %2.</translation>
    </message>
    <message>
        <source>%1 (average of %2)</source>
        <translation>%1 (media de %2)</translation>
    </message>
    <message>
        <source>Signal or noise</source>
        <translation>Señal o ruido</translation>
    </message>
    <message>
        <source>Before: the average of the measure over the whole months before the start. Since: its average over the whole months since. Signal or noise: whether the measure moved beyond its normal variation since the start (see the KPI chart's limits).</source>
        <translation>Antes: la media del indicador en los meses completos antes del inicio. Desde: su media en los meses completos desde entonces. Señal o ruido: si el indicador se ha movido más allá de su variación normal desde el inicio (vea los límites del gráfico KPI).</translation>
    </message>
</context>
<context>
    <name>ft::CsiRepository</name>
    <message>
        <source>There is no improvement initiative with id %1.</source>
        <translation>No existe ninguna iniciativa de mejora con el número %1.</translation>
    </message>
    <message>
        <source>An improvement initiative needs a title.</source>
        <translation>Una iniciativa de mejora necesita un título.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” needs the KPI it aims to move.</source>
        <translation>La iniciativa de mejora «%1» necesita el indicador que pretende mejorar.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” needs a start date.</source>
        <translation>La iniciativa de mejora «%1» necesita una fecha de inicio.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1”: the review date %2 is before the start date %3.</source>
        <translation>Iniciativa de mejora «%1»: la fecha de revisión %2 es anterior a la fecha de inicio %3.</translation>
    </message>
</context>
<context>
    <name>ft::CsiStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>ft::CsvReader</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line and no data.</source>
        <translation>%1 está vacío: no hay línea de cabecera ni datos.</translation>
    </message>
    <message>
        <source>%1: a quote in the header line is never closed.</source>
        <translation>%1: una comilla de la línea de cabecera nunca se cierra.</translation>
    </message>
    <message>
        <source>%1: the header line is not UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again.</source>
        <translation>%1: la línea de cabecera no es texto UTF-8. Guarde el archivo como UTF-8 («CSV UTF-8» en una hoja de cálculo) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: %2 fields where the header has %3.</source>
        <translation>%1: %2 campos donde la cabecera tiene %3.</translation>
    </message>
    <message>
        <source>%1: the header line is longer than %2 MiB; this is not a CSV file.</source>
        <translation>%1: la línea de cabecera supera los %2 MiB; no es un archivo CSV.</translation>
    </message>
    <message>
        <source>%1, column “%2”: a quoted field starts here and is never closed.</source>
        <translation>%1, columna «%2»: aquí empieza un campo entre comillas que nunca se cierra.</translation>
    </message>
    <message>
        <source>%1: the record starting here is longer than %2 MiB (is a quote never closed, or is this not a CSV file?).</source>
        <translation>%1: el registro que empieza aquí supera los %2 MiB (¿unas comillas sin cerrar, o no es un archivo CSV?).</translation>
    </message>
    <message>
        <source>%1, column “%2”: the text is not UTF-8. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again.</source>
        <translation>%1, columna «%2»: el texto no está en UTF-8. Guarde el archivo como UTF-8 («CSV UTF-8» en una hoja de cálculo) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1, column “%2”: the field is %3 KiB long; at most %4 KiB are accepted.</source>
        <translation>%1, columna «%2»: el campo ocupa %3 KiB; se aceptan como máximo %4 KiB.</translation>
    </message>
    <message>
        <source>%1, column “%2”, character %3: a control character (U+%4) that is not text. Remove it from the file and import it again.</source>
        <translation>%1, columna «%2», carácter %3: un carácter de control (U+%4), no texto. Elimínelo del archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: the header names the column “%2” twice (columns %3 and %4). Rename one of them and import again.</source>
        <translation>%1: la cabecera nombra la columna «%2» dos veces (columnas %3 y %4). Cambie el nombre de una de ellas e importe de nuevo.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an import reads at most %3 MiB. Split the file.</source>
        <translation>%1 ocupa %2 MiB; una importación lee como máximo %3 MiB. Divida el archivo.</translation>
    </message>
    <message>
        <source>%1 is a device or a socket, not a file; nothing was imported.</source>
        <translation>%1 es un dispositivo o un socket, no un archivo; no se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: no temporary file for it (%2).</source>
        <translation>No se puede leer %1: no hay archivo temporal para ello (%2).</translation>
    </message>
    <message>
        <source>%1 gave more than %2 MiB; an import reads at most that. Nothing was imported.</source>
        <translation>%1 entregó más de %2 MiB; una importación no lee más. No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: the temporary copy failed (%2).</source>
        <translation>No se puede leer %1: la copia temporal falló (%2).</translation>
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
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>QLocale date pattern: MMMM month name, yyyy year; quote words as 'de'</extracomment>
        <translation>MMMM 'de' yyyy</translation>
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
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>ft::DemoGenerator</name>
    <message>
        <source>The demo needs at least one follow-up.</source>
        <translation>La demostración necesita al menos un seguimiento.</translation>
    </message>
    <message>
        <source>The store %1 already holds %2 follow-ups; the demo fills an empty store only.</source>
        <translation>El almacén de datos %1 ya contiene %2 seguimientos; la demostración solo llena un almacén vacío.</translation>
    </message>
    <message>
        <source>The demo was cancelled; the store was left as it was.</source>
        <translation>La demostración se canceló; el almacén de datos quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>ft::EventType</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contacto registrado</translation>
    </message>
    <message>
        <source>Update promised</source>
        <translation>Actualización prometida</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Reopened (callback)</source>
        <translation>Reabierto (rellamada)</translation>
    </message>
    <message>
        <source>Checklist item checked</source>
        <translation>Punto de la lista marcado</translation>
    </message>
    <message>
        <source>Checklist item unchecked</source>
        <translation>Punto de la lista desmarcado</translation>
    </message>
    <message>
        <source>Checklist overridden</source>
        <translation>Lista de comprobación anulada</translation>
    </message>
    <message>
        <source>Survey received</source>
        <translation>Encuesta recibida</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Campo cambiado</translation>
    </message>
    <message>
        <source>Checklist attached</source>
        <translation>Lista de comprobación adjuntada</translation>
    </message>
</context>
<context>
    <name>ft::ExportActions</name>
    <message>
        <source>Export follow-ups</source>
        <translation>Exportar seguimientos</translation>
    </message>
    <message>
        <source>followups.csv</source>
        <extracomment>default file name of the CSV export</extracomment>
        <translation>seguimientos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>Se escribieron %1 seguimientos en %2.</translation>
    </message>
    <message>
        <source>Export promised updates</source>
        <translation>Exportar novedades prometidas</translation>
    </message>
    <message>
        <source>promised-updates.ics</source>
        <extracomment>default file name of the calendar export</extracomment>
        <translation>novedades-prometidas.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1 promised updates to %2.</source>
        <translation>Se escribieron %1 actualizaciones prometidas en %2.</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpListView</name>
    <message>
        <source>Search reference, title, requester, owner, category…</source>
        <translation>Buscar referencia, título, solicitante, responsable, categoría…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier vencimiento</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>Vence hasta hoy</translation>
    </message>
    <message>
        <source>Due by tomorrow</source>
        <translation>Vence hasta mañana</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Vence esta semana</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Vence en 7 días</translation>
    </message>
    <message>
        <source>Search follow-ups</source>
        <translation>Buscar seguimientos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtro de prioridad</translation>
    </message>
    <message>
        <source>Due date filter</source>
        <translation>Filtro de fecha de vencimiento</translation>
    </message>
    <message>
        <source>Number of follow-ups shown</source>
        <translation>Número de seguimientos mostrados</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 seguimiento</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 seguimientos</translation>
    </message>
    <message>
        <source>1 follow-up matches</source>
        <translation>1 seguimiento coincide</translation>
    </message>
    <message>
        <source>%1 follow-ups match</source>
        <translation>%1 seguimientos coinciden</translation>
    </message>
    <message>
        <source>%1 follow-ups or more (counting…)</source>
        <translation>%1 seguimientos o más (contando…)</translation>
    </message>
    <message>
        <source>%1 follow-ups or more match (counting…)</source>
        <translation>%1 seguimientos o más coinciden (contando…)</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpPanel</name>
    <message>
        <source>Save &amp;changes</source>
        <translation>Guardar &amp;cambios</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>Refere&amp;ncia:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Solicitante:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Cont&amp;act:</source>
        <translation>Cont&amp;acto:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>S&amp;LA:</source>
        <translation>S&amp;LA:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Follow-up facts</source>
        <translation>Datos del seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>No follow-up selected</source>
        <translation>Ningún seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Pick a follow-up in the Today review or the list to see it here.</source>
        <translation>Elija un seguimiento en la revisión de hoy o en la lista para verlo aquí.</translation>
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
        <translation>&lt;span style='color:%3'&gt;&lt;b&gt;%1 (%2&amp;nbsp;de retraso)&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>%1 saved this follow-up in another window or program while you were editing it. Saving will not write over that change: revert to see the saved values.</source>
        <translation>%1 guardó este seguimiento en otra ventana u otro programa mientras lo editaba. Guardar no sobrescribirá ese cambio: revierta para ver los valores guardados.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpService</name>
    <message>
        <source>A follow-up needs a title.</source>
        <translation>Un seguimiento necesita un título.</translation>
    </message>
    <message>
        <source>A new follow-up starts open; resolve it after creating it.</source>
        <translation>Un seguimiento nuevo empieza abierto; resuélvalo después de crearlo.</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nuevo seguimiento</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before logging a contact.</source>
        <translation>%1 está cerrado; reábralo antes de registrar un contacto.</translation>
    </message>
    <message>
        <source>Promise update</source>
        <translation>Prometer actualización</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before promising an update.</source>
        <translation>%1 está cerrado; reábralo antes de prometer una actualización.</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Cambiar estado a %1</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ya está %2.</translation>
    </message>
    <message>
        <source>%1 is closed; reopen it instead.</source>
        <translation>%1 está cerrado; reábralo en su lugar.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: «%2» → «%3»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Notas cambiadas</translation>
    </message>
    <message>
        <source>SLA met changed</source>
        <translation>Cumplimiento del SLA cambiado</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>A survey score is 1 to 5, not %1.</source>
        <translation>Una puntuación de encuesta va de 1 a 5, no %1.</translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation>Registrar encuesta</translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation>Puntuación %1 de 5</translation>
    </message>
    <message>
        <source>Score %1 of 5: %2</source>
        <translation>Puntuación %1 de 5: %2</translation>
    </message>
    <message>
        <source>me</source>
        <translation>yo</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ya está abierto.</translation>
    </message>
    <message>
        <source>The next update for %1 must be promised for a time still ahead.</source>
        <translation>La próxima novedad de %1 debe prometerse para un momento futuro.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA cumplido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” in another window or program while you were editing it. None of your edits were saved, so that change was not written over.</source>
        <translation>%1 cambió %2 de «%3» en otra ventana u otro programa mientras lo editaba. No se guardó ninguno de sus cambios, así que ese cambio no se sobrescribió.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 set “%2” to %3 since this window showed it as %4. Nothing was changed: see how it stands now before you act on it.</source>
        <translation>%1 puso «%2» en %3 desde que esta ventana lo mostraba como %4. No se cambió nada: vea cómo está ahora antes de actuar.</translation>
    </message>
</context>
<context>
    <name>ft::FollowUpTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Próxima actualización pendiente</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
</context>
<context>
    <name>ft::IdentityAction</name>
    <message>
        <source>&amp;Who you are…</source>
        <translation>&amp;Quién es usted…</translation>
    </message>
    <message>
        <source>The name your actions are recorded under on the timeline</source>
        <translation>El nombre con el que sus acciones aparecen en el historial</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Quién es usted</translation>
    </message>
    <message>
        <source>Calls, promises, closures and checklist ticks are recorded under this name, so that the team sees who did what.</source>
        <translation>Las llamadas, promesas, cierres y casillas marcadas se registran con este nombre, para que el equipo vea quién hizo qué.</translation>
    </message>
    <message>
        <source>e.g. Dana Kim</source>
        <translation>p. ej. Dana Kim</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
</context>
<context>
    <name>ft::ImportDryRunPage</name>
    <message>
        <source>&amp;Skip bad rows (list them and import the others)</source>
        <translation>&amp;Omitir filas incorrectas (listarlas e importar las demás)</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Lo que haría la importación</translation>
    </message>
    <message>
        <source>A trial run through the whole file; nothing has been written yet.</source>
        <translation>Una prueba con todo el archivo; todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The trial run was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The file cannot be imported as it is:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Correct the file, pick other settings (Back), or skip bad rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El archivo no se puede importar tal como está:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Corrija el archivo, elija otros ajustes (Atrás) u omita las filas incorrectas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Leyendo todo el archivo…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA cumplido</translation>
    </message>
    <message>
        <source>The first rows, as they will be stored:</source>
        <translation>Las primeras filas, tal como se guardarán:</translation>
    </message>
</context>
<context>
    <name>ft::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV export of your service desk (ServiceNow incidents or any other table), or survey responses. Nothing is written until the last step.</source>
        <translation>Una exportación CSV de su mesa de servicio (incidentes de ServiceNow o cualquier otra tabla) o respuestas de encuestas. No se escribe nada hasta el último paso.</translation>
    </message>
    <message>
        <source>/path/to/export.csv</source>
        <translation>/ruta/a/exportacion.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importar un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ft::ImportMappingPage</name>
    <message>
        <source>Reference (ticket number)</source>
        <translation>Referencia (número de ticket)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner (technician)</source>
        <translation>Responsable (técnico)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Requester contact</source>
        <translation>Contacto del solicitante</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>Primera respuesta el</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Reopen count (callbacks)</source>
        <translation>Número de reaperturas (rellamadas)</translation>
    </message>
    <message>
        <source>SLA met (yes/no)</source>
        <translation>SLA cumplido (sí/no)</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Hora del evento</translation>
    </message>
    <message>
        <source>Status detail (sub-status)</source>
        <translation>Detalle del estado (subestado)</translation>
    </message>
    <message>
        <source>Minutes to the first response</source>
        <translation>Minutos hasta la primera respuesta</translation>
    </message>
    <message>
        <source>Pick the column for each field; “not imported” leaves a column out, even one that was suggested. Below, say what the file's values mean. Your choices are remembered for files with the same columns.</source>
        <translation>Elija la columna de cada campo; «no importado» deja fuera una columna, incluso una sugerida. Debajo, indique qué significan los valores del archivo. Sus elecciones se recuerdan para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>Values of the first rows and what they will be read as:</source>
        <translation>Valores de las primeras filas y cómo se leerán:</translation>
    </message>
    <message>
        <source>(not known: choose one)</source>
        <translation>(desconocido: elija uno)</translation>
    </message>
    <message>
        <source>%1 (as read)</source>
        <translation>%1 (tal como se lee)</translation>
    </message>
</context>
<context>
    <name>ft::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>All or nothing: Cancel leaves the store as it was.</source>
        <translation>Todo o nada: Cancelar deja el almacén de datos como estaba.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>Se canceló la importación; el almacén de datos está como estaba.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing was imported:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se importó nada:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading and writing…</source>
        <translation>Leyendo y escribiendo…</translation>
    </message>
    <message>
        <source>Done: the follow-ups are in the store. Finish closes the wizard.</source>
        <translation>Listo: los seguimientos están en la base. «Finalizar» cierra el asistente.</translation>
    </message>
    <message>
        <source>Nothing was changed: the store is as it was.</source>
        <translation>No se cambió nada: la base está como estaba.</translation>
    </message>
</context>
<context>
    <name>ft::ImportSettingsPage</name>
    <message>
        <source>How the file will be read</source>
        <translation>Cómo se leerá el archivo</translation>
    </message>
    <message>
        <source>Detect from every date in the file</source>
        <translation>Detectar a partir de todas las fechas del archivo</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>The first rows, as they will be read:</source>
        <translation>Las primeras filas, tal como se leerán:</translation>
    </message>
    <message>
        <source>%1 — detected: %2, separated by “%3”.</source>
        <translation>%1 — detectado: %2, separado por “%3”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>The first rows are written %1; the whole file is checked when importing.</source>
        <translation>Las primeras filas están escritas %1; el archivo completo se comprueba al importar.</translation>
    </message>
    <message>
        <source>Every date in the first rows fits either order; the whole file is checked when importing (day first if it still cannot tell).</source>
        <translation>Todas las fechas de las primeras filas encajan en cualquiera de los dos órdenes; el archivo completo se comprueba al importar (día primero si sigue sin poder distinguirse).</translation>
    </message>
    <message>
        <source>“%1” reads as %2.</source>
        <translation>“%1” se lee como %2.</translation>
    </message>
    <message>
        <source>No date in the first rows reads in this order.</source>
        <translation>Ninguna fecha de las primeras filas se lee en este orden.</translation>
    </message>
</context>
<context>
    <name>ft::ImportWizard</name>
    <message>
        <source>Import follow-ups</source>
        <translation>Importar seguimientos</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>respuestas de encuestas</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows read. Importing would &lt;b&gt;add %2&lt;/b&gt; %3, &lt;b&gt;update %4&lt;/b&gt;, leave %5 unchanged and &lt;b&gt;reject %6&lt;/b&gt; rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 filas leídas. La importación &lt;b&gt;añadiría %2&lt;/b&gt; %3, &lt;b&gt;actualizaría %4&lt;/b&gt;, dejaría %5 sin cambios y &lt;b&gt;rechazaría %6&lt;/b&gt; filas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows read: &lt;b&gt;%2&lt;/b&gt; %3 added, &lt;b&gt;%4&lt;/b&gt; updated, %5 unchanged, &lt;b&gt;%6&lt;/b&gt; rows rejected, in %7 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 filas leídas: &lt;b&gt;%2&lt;/b&gt; %3 añadidos, &lt;b&gt;%4&lt;/b&gt; actualizados, %5 sin cambios, &lt;b&gt;%6&lt;/b&gt; filas rechazadas, en %7 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dates read %1%2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fechas leídas %1%2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (assumed: every date in the file fits either order)</source>
        <translation> (supuesto: todas las fechas del archivo encajan en cualquiera de los dos órdenes)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text encoding: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Codificación del texto: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contradictions in the source, imported as it has them:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contradicciones en el origen, importadas tal cual:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ft::InitiativeVerdict</name>
    <message>
        <source>%1 week</source>
        <translation>%1 semana</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
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
        <translation>%1 por encima del límite superior de la variación normal</translation>
    </message>
    <message>
        <source>%1 below the lower limit of normal variation</source>
        <translation>%1 por debajo del límite inferior de la variación normal</translation>
    </message>
    <message>
        <source>%1 in a row above the old average</source>
        <translation>%1 seguidos por encima de la media anterior</translation>
    </message>
    <message>
        <source>%1 in a row below the old average</source>
        <translation>%1 seguidos por debajo de la media anterior</translation>
    </message>
    <message>
        <source>%1 of the last 4 closer to the upper limit than to the average</source>
        <translation>%1 de los últimos 4 más cerca del límite superior que de la media</translation>
    </message>
    <message>
        <source>%1 of the last 4 closer to the lower limit than to the average</source>
        <translation>%1 de los últimos 4 más cerca del límite inferior que de la media</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>muy pocos datos para juzgar</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>aún no ha empezado</translation>
    </message>
    <message>
        <source>no change beyond normal variation yet</source>
        <translation>todavía ningún cambio más allá de la variación normal</translation>
    </message>
    <message>
        <source>real improvement</source>
        <translation>mejora real</translation>
    </message>
    <message>
        <source>real deterioration</source>
        <translation>empeoramiento real</translation>
    </message>
    <message>
        <source>too few to judge: %1 with data before the start, at least %2 needed</source>
        <translation>demasiado pocos para juzgar: %1 con datos antes del inicio, se necesitan al menos %2</translation>
    </message>
    <message>
        <source>no change beyond normal variation yet (%1 since the start)</source>
        <translation>todavía ningún cambio más allá de la variación normal (%1 desde el inicio)</translation>
    </message>
    <message>
        <source>real improvement since %1: %2</source>
        <translation>mejora real desde el %1: %2</translation>
    </message>
    <message>
        <source>real deterioration since %1: %2</source>
        <translation>empeoramiento real desde el %1: %2</translation>
    </message>
</context>
<context>
    <name>ft::Kind</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Solicitud de servicio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ft::Kpi</name>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>Callback rate</source>
        <translation>Tasa de rellamadas</translation>
    </message>
    <message>
        <source>Median resolution time (hours)</source>
        <translation>Tiempo mediano de resolución (horas)</translation>
    </message>
    <message>
        <source>90th percentile resolution time (hours)</source>
        <translation>Tiempo de resolución, percentil 90 (horas)</translation>
    </message>
    <message>
        <source>Median resolution time (business hours)</source>
        <translation>Tiempo mediano de resolución (horas laborables)</translation>
    </message>
    <message>
        <source>Median first response time (hours)</source>
        <translation>Tiempo mediano de primera respuesta (horas)</translation>
    </message>
    <message>
        <source>SLA met rate</source>
        <translation>Tasa de cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Average satisfaction score</source>
        <translation>Puntuación media de satisfacción</translation>
    </message>
    <message>
        <source>Satisfied customers (4 or 5)</source>
        <translation>Clientes satisfechos (4 o 5)</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Respuestas a encuestas</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Trabajo pendiente</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>Checklist compliance</source>
        <translation>Cumplimiento de listas de comprobación</translation>
    </message>
    <message>
        <source>How many follow-ups were opened in the period.</source>
        <translation>Cuántos seguimientos se abrieron en el periodo.</translation>
    </message>
    <message>
        <source>How many follow-ups were resolved in the period.</source>
        <translation>Cuántos seguimientos se resolvieron en el periodo.</translation>
    </message>
    <message>
        <source>How many follow-ups were closed in the period.</source>
        <translation>Cuántos seguimientos se cerraron en el periodo.</translation>
    </message>
    <message>
        <source>How many times the follow-ups resolved in the period had been reopened, added up.</source>
        <translation>Cuántas veces se habían reabierto los seguimientos resueltos en el periodo, en total.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the share that had been reopened at least once.</source>
        <translation>De los seguimientos resueltos en el periodo, la parte reabierta al menos una vez.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the middle time from opening to resolving, in clock hours: half took less, half took more.</source>
        <translation>De los seguimientos resueltos en el periodo, el tiempo mediano desde la apertura hasta la resolución, en horas de reloj: la mitad tardó menos y la mitad más.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the time within which nine in ten were resolved, in clock hours (nearest rank).</source>
        <translation>De los seguimientos resueltos en el periodo, el tiempo en el que se resolvieron nueve de cada diez, en horas de reloj (rango más cercano).</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period, the middle time from opening to resolving, counting only working hours of the business calendar in force on each day, and leaving out time spent waiting on the requester or a vendor.</source>
        <translation>De los seguimientos resueltos en el periodo, el tiempo mediano desde la apertura hasta la resolución, contando solo las horas laborables del calendario vigente cada día y sin el tiempo de espera al solicitante o a un proveedor.</translation>
    </message>
    <message>
        <source>Of the follow-ups opened in the period that got a reply, the middle time from opening to the first contact with the requester, in clock hours.</source>
        <translation>De los seguimientos abiertos en el periodo que recibieron respuesta, el tiempo mediano desde la apertura hasta el primer contacto con el solicitante, en horas de reloj.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period whose SLA result is known, the share that met it.</source>
        <translation>De los seguimientos resueltos en el periodo con resultado de SLA conocido, la parte que lo cumplió.</translation>
    </message>
    <message>
        <source>The average score (1 to 5) of the survey responses received in the period.</source>
        <translation>La puntuación media (1 a 5) de las respuestas a encuestas recibidas en el periodo.</translation>
    </message>
    <message>
        <source>Of the survey responses received in the period, the share scoring 4 or 5.</source>
        <translation>De las respuestas a encuestas recibidas en el periodo, la parte con 4 o 5.</translation>
    </message>
    <message>
        <source>How many survey responses were received in the period.</source>
        <translation>Cuántas respuestas a encuestas se recibieron en el periodo.</translation>
    </message>
    <message>
        <source>How many follow-ups were open at the end of the period: opened before its end and not closed by then.</source>
        <translation>Cuántos seguimientos estaban abiertos al final del periodo: abiertos antes de su fin y sin cerrar para entonces.</translation>
    </message>
    <message>
        <source>How many open follow-ups, at the end of the period, had a promised update whose time had passed with no contact since.</source>
        <translation>Cuántos seguimientos abiertos tenían, al final del periodo, una actualización prometida cuya hora había pasado sin contacto desde entonces.</translation>
    </message>
    <message>
        <source>Of the promised updates that fell due in the period, the share where the requester was contacted at or before the promised time. Promises replaced or made moot by resolving never fell due and are not counted.</source>
        <translation>De las actualizaciones prometidas que vencieron en el periodo, la parte en la que se contactó al solicitante a la hora prometida o antes. Las promesas sustituidas o anuladas por la resolución nunca vencieron y no cuentan.</translation>
    </message>
    <message>
        <source>Of the follow-ups resolved in the period that had a closure checklist, the share resolved with every required item checked and no override.</source>
        <translation>De los seguimientos resueltos en el periodo con lista de comprobación de cierre, la parte resuelta con todos los puntos obligatorios marcados y sin anulación.</translation>
    </message>
    <message>
        <source>Median resolution (h)</source>
        <translation>Resolución mediana (h)</translation>
    </message>
    <message>
        <source>P90 resolution (h)</source>
        <translation>Resolución P90 (h)</translation>
    </message>
    <message>
        <source>Median resolution (business h)</source>
        <translation>Resolución mediana (horas laborables)</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Primera respuesta mediana (h)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA cumplido</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Puntuación de satisfacción</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>Satisfechos (4–5)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
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
        <translation>basado en %1</translation>
    </message>
    <message>
        <source>previous period %1: %2, change %3</source>
        <translation>periodo anterior %1: %2, cambio %3</translation>
    </message>
    <message>
        <source>previous period %1: %2</source>
        <translation>periodo anterior %1: %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>target %1: met</source>
        <translation>objetivo %1: cumplido</translation>
    </message>
    <message>
        <source>target %1: missed</source>
        <translation>objetivo %1: no cumplido</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>Good side of the target</source>
        <translation>Lado bueno del objetivo</translation>
    </message>
    <message>
        <source>Bad side of the target</source>
        <translation>Lado malo del objetivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Objetivo no cumplido</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
</context>
<context>
    <name>ft::KpiChartsView</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Calendar hours</source>
        <translation>Horas naturales</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horas laborables</translation>
    </message>
    <message>
        <source>Business hours count only the working hours of the business calendar and leave out time spent waiting on the requester or a vendor.</source>
        <translation>Las horas laborables cuentan solo las horas de trabajo del calendario laboral y excluyen el tiempo de espera del solicitante o de un proveedor.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation>Guardar el gráfico como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>Targets and calendar…</source>
        <translation>Objetivos y calendario…</translation>
    </message>
    <message>
        <source>Set a target per KPI and the business calendar behind business hours</source>
        <translation>Definir un objetivo por KPI y el calendario laboral en que se basan las horas laborables</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>H&amp;oras:</translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation>Tiempo mediano de resolución</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>Último periodo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Improvement initiatives</source>
        <translation>Iniciativas de mejora</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>No se pudieron calcular los KPI: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>No data in the chosen range.</source>
        <translation>No hay datos en el intervalo elegido.</translation>
    </message>
    <message>
        <source>%1: %2 (based on %3)</source>
        <translation>%1: %2 (basado en %3)</translation>
    </message>
    <message>
        <source>Previous period %1: %2; change %3</source>
        <translation>Periodo anterior %1: %2; cambio %3</translation>
    </message>
    <message>
        <source>Previous period %1: no data</source>
        <translation>Periodo anterior %1: sin datos</translation>
    </message>
    <message>
        <source>%1 %2 since %3 (%4 is better).
Met in %5 of %6 periods shown.</source>
        <translation>%1 %2 desde el %3 (mejor cuanto %4).
Cumplido en %5 de %6 periodos mostrados.</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Como mínimo</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>No target set for this KPI.</source>
        <translation>No hay objetivo definido para este KPI.</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — iniciado el %2</translation>
    </message>
    <message>
        <source>None for this KPI.</source>
        <translation>Ninguna para este KPI.</translation>
    </message>
    <message>
        <source>Data problems:
%1</source>
        <translation>Problemas en los datos:
%1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>horas laborables</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>score (1–5)</source>
        <translation>puntuación (1–5)</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Límites</translation>
    </message>
    <message>
        <source>Show the limits of normal variation: points outside them, or long runs on one side of the average, are signals rather than noise</source>
        <translation>Mostrar los límites de la variación normal: los puntos fuera de ellos, o las series largas a un lado de la media, son señales y no ruido</translation>
    </message>
    <message>
        <source>Signal or noise</source>
        <translation>Señal o ruido</translation>
    </message>
    <message>
        <source>So far in %1 (not over yet): %2, based on %3.</source>
        <translation>Hasta ahora en %1 (aún no terminado): %2, sobre %3.</translation>
    </message>
    <message>
        <source>Too few items to judge.</source>
        <translation>Demasiados pocos elementos para juzgar.</translation>
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
            <numerusform>%n seguimiento se resolvió antes de abrirse: excluido de los tiempos de resolución.</numerusform>
            <numerusform>%n seguimientos se resolvieron antes de abrirse: excluidos de los tiempos de resolución.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) closed before they were opened: counted as closed, never in the backlog.</source>
        <translation>
            <numerusform>%n seguimiento se cerró antes de abrirse: contado como cerrado, nunca en el trabajo pendiente.</numerusform>
            <numerusform>%n seguimientos se cerraron antes de abrirse: contados como cerrados, nunca en el trabajo pendiente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) closed before they were resolved: counted as they are.</source>
        <translation>
            <numerusform>%n seguimiento se cerró antes de resolverse: contado tal cual.</numerusform>
            <numerusform>%n seguimientos se cerraron antes de resolverse: contados tal cual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) with a first response before they were opened: left out of the first response times.</source>
        <translation>
            <numerusform>%n seguimiento con una primera respuesta anterior a su apertura: excluido de los tiempos de primera respuesta.</numerusform>
            <numerusform>%n seguimientos con una primera respuesta anterior a su apertura: excluidos de los tiempos de primera respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The KPI computation was cancelled.</source>
        <translation>El cálculo de los indicadores se canceló.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>El rango termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>No se puede abrir el almacén de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>ft::KpiSettingsDialog</name>
    <message>
        <source>KPI targets and business calendar</source>
        <translation>Objetivos de KPI y calendario laboral</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Calendario laboral</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mejor cuanto más alto</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mejor cuanto más bajo</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Definir objetivo</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation>Se aplica desde:</translation>
    </message>
    <message>
        <source>A target applies from its day until a later target for the same KPI replaces it.</source>
        <translation>Un objetivo se aplica desde su fecha hasta que otro objetivo posterior para el mismo KPI lo reemplaza.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Save calendar from this date</source>
        <translation>Guardar el calendario a partir de esta fecha</translation>
    </message>
    <message>
        <source>Name, e.g. New Year's Day</source>
        <translation>Nombre, p. ej., Año Nuevo</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Añadir festivo</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Horario laboral:</translation>
    </message>
    <message>
        <source>A change applies from its date on: business-hour figures before that date stay as they were.</source>
        <translation>Un cambio se aplica a partir de su fecha: las cifras en horas laborables anteriores a esa fecha se mantienen como estaban.</translation>
    </message>
    <message>
        <source>Holidays (no working hours):</source>
        <translation>Festivos (sin horas laborables):</translation>
    </message>
    <message>
        <source>The working day has to end after it starts.</source>
        <translation>La jornada laboral tiene que terminar después de empezar.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Desde el principio</translation>
    </message>
</context>
<context>
    <name>ft::KpiSignalOverlay</name>
    <message>
        <source>so far: this period is not over yet</source>
        <translation>hasta ahora: este periodo aún no ha terminado</translation>
    </message>
    <message>
        <source>too few to judge (based on %1)</source>
        <translation>demasiado pocos para juzgar (sobre %1)</translation>
    </message>
    <message>
        <source>normal variation: %1 to %2 (average %3)</source>
        <translation>variación normal: de %1 a %2 (media %3)</translation>
    </message>
    <message>
        <source>part of the baseline the limits come from</source>
        <translation>forma parte de la base de los límites</translation>
    </message>
    <message>
        <source>signal: %1</source>
        <translation>señal: %1</translation>
    </message>
    <message>
        <source>No limits of normal variation yet: they need at least %1 complete periods with data before the first improvement initiative (or in all, without one); there are %2.</source>
        <translation>Aún no hay límites de variación normal: se necesitan al menos %1 periodos completos con datos antes de la primera iniciativa de mejora (o en total, sin iniciativa); hay %2.</translation>
    </message>
    <message>
        <source>Average %1 over %2 to %3; the limits of normal variation widen where a period rests on few items.</source>
        <translation>Media %1 de %2 a %3; los límites de la variación normal se amplían cuando un periodo se basa en pocos elementos.</translation>
    </message>
    <message>
        <source>Normal variation from %1 to %2 around an average of %3, from %4 to %5.</source>
        <translation>Variación normal de %1 a %2 alrededor de una media de %3, calculada de %4 a %5.</translation>
    </message>
    <message>
        <source>Later periods are judged against these limits once they are complete.</source>
        <translation>Los periodos posteriores se juzgarán con estos límites cuando estén completos.</translation>
    </message>
    <message>
        <source>No signal in the %1 since: what moved is normal variation.</source>
        <translation>Ninguna señal en los %1 desde entonces: lo que se movió es variación normal.</translation>
    </message>
    <message>
        <source>Signals in %1 of the %2 since (ringed on the chart).</source>
        <translation>Señales en %1 de los %2 desde entonces (rodeadas en el gráfico).</translation>
    </message>
    <message>
        <source>Average (baseline)</source>
        <translation>Media (base)</translation>
    </message>
    <message>
        <source>Average and limits of normal variation</source>
        <translation>Media y límites de la variación normal</translation>
    </message>
    <message>
        <source>So far (period not over)</source>
        <translation>Hasta ahora (periodo en curso)</translation>
    </message>
    <message>
        <source>Hollow: too few items to judge</source>
        <translation>Hueco: demasiados pocos elementos para juzgar</translation>
    </message>
    <message>
        <source>Signal: not normal variation</source>
        <translation>Señal: no es variación normal</translation>
    </message>
</context>
<context>
    <name>ft::KpiSignals</name>
    <message>
        <source>%1: no process limits: complete periods with data in the baseline: %2; at least %3 are needed.</source>
        <translation>%1: sin límites de proceso: periodos completos con datos en la base: %2; se necesitan al menos %3.</translation>
    </message>
</context>
<context>
    <name>ft::KpiTargets</name>
    <message>
        <source>A target needs the day it applies from.</source>
        <translation>Un objetivo necesita el día desde el que se aplica.</translation>
    </message>
    <message>
        <source>A target needs a number.</source>
        <translation>Un objetivo necesita un número.</translation>
    </message>
    <message>
        <source>A rate target is a share from 0 to 1, not %1.</source>
        <translation>Un objetivo de tasa es una parte de 0 a 1, no %1.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Un objetivo no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>ft::LogContactDialog</name>
    <message>
        <source>Promise the next &amp;update by</source>
        <translation>Prometer la próxima &amp;actualización para</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Lo que se dijo o acordó</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Hora de la novedad prometida</translation>
    </message>
    <message>
        <source>That time has passed: promise a time still ahead.</source>
        <translation>Ese momento ya pasó: prometa un momento futuro.</translation>
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
        <translation>&amp;Nuevo seguimiento…</translation>
    </message>
    <message>
        <source>Record a new piece of work someone is waiting on</source>
        <translation>Registrar un nuevo trabajo que alguien espera</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Read follow-ups from a CSV file</source>
        <translation>Leer seguimientos de un archivo CSV</translation>
    </message>
    <message>
        <source>Export follow-ups as &amp;CSV…</source>
        <translation>Exportar seguimientos como &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the follow-ups of the list (its current filter) to a CSV file</source>
        <translation>Escribir los seguimientos de la lista (con su filtro actual) en un archivo CSV</translation>
    </message>
    <message>
        <source>Export promised updates as i&amp;Calendar…</source>
        <translation>Exportar actualizaciones prometidas como i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Write the open promised updates to a calendar file (.ics)</source>
        <translation>Escribir las actualizaciones prometidas abiertas en un archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Save the window layout and quit</source>
        <translation>Guardar la disposición de la ventana y salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Volver a aplicar el cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Registrar &amp;contacto…</translation>
    </message>
    <message>
        <source>Record a call, email or visit, and promise the next update</source>
        <translation>Registrar una llamada, correo o visita y prometer la próxima actualización</translation>
    </message>
    <message>
        <source>&amp;Promise update…</source>
        <translation>&amp;Prometer actualización…</translation>
    </message>
    <message>
        <source>Set when the requester will next hear from us</source>
        <translation>Fijar cuándo volverá a tener noticias el solicitante</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <source>The work is done; waiting for the requester to confirm</source>
        <translation>El trabajo está hecho; falta la confirmación del solicitante</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the follow-up for good</source>
        <translation>Cerrar el seguimiento definitivamente</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>The requester called back: the work is not done (counts as a callback)</source>
        <translation>El solicitante volvió a llamar: el trabajo no está hecho (cuenta como rellamada)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Overdue, due today, gone quiet, waiting to close</source>
        <translation>Vencidos, vencen hoy, en silencio, esperando cierre</translation>
    </message>
    <message>
        <source>&amp;All follow-ups</source>
        <translation>&amp;Todos los seguimientos</translation>
    </message>
    <message>
        <source>The full list with search and filters</source>
        <translation>La lista completa con búsqueda y filtros</translation>
    </message>
    <message>
        <source>&amp;KPI charts</source>
        <translation>Gráficos de &amp;KPI</translation>
    </message>
    <message>
        <source>Each KPI over weeks, months or quarters, against its target</source>
        <translation>Cada KPI por semanas, meses o trimestres, frente a su objetivo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the full list by reference, title, requester, owner or category</source>
        <translation>Buscar en toda la lista por referencia, título, solicitante, responsable o categoría</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the store again (also happens every minute)</source>
        <translation>Volver a leer el almacén de datos (también ocurre cada minuto)</translation>
    </message>
    <message>
        <source>&amp;About FollowThrough</source>
        <translation>&amp;Acerca de FollowThrough</translation>
    </message>
    <message>
        <source>Version, store, what it holds, and the licence</source>
        <translation>Versión, almacén de datos, su contenido y la licencia</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every key the menus answer to</source>
        <translation>Todas las teclas a las que responden los menús</translation>
    </message>
    <message>
        <source>&amp;Switch between list and details</source>
        <translation>&amp;Cambiar entre la lista y los detalles</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the list and the follow-up</source>
        <translation>Mover el foco del teclado entre la lista y el seguimiento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Todos los seguimientos</translation>
    </message>
    <message>
        <source>Improvement register</source>
        <translation>Registro de mejoras</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
    <message>
        <source>Open: %1 · Overdue: %2 · Due today: %3</source>
        <translation>Abiertos: %1 · Vencidos: %2 · Vencen hoy: %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>No se hizo el cambio</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>%1 no se cambió</translation>
    </message>
    <message>
        <source>This follow-up</source>
        <translation>Este seguimiento</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>Plantillas de &amp;listas de comprobación…</translation>
    </message>
    <message>
        <source>Write the checks that must be done before work is closed</source>
        <translation>Escribir las comprobaciones que deben hacerse antes de cerrar un trabajo</translation>
    </message>
    <message>
        <source>Checklist &amp;effect</source>
        <translation>&amp;Efecto de las listas de comprobación</translation>
    </message>
    <message>
        <source>Callbacks after complete checklists against skipped ones</source>
        <translation>Rellamadas tras listas de comprobación completas frente a omitidas</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>Importado %1: %2 añadidos, %3 actualizados.</translation>
    </message>
    <message>
        <source>Showing changes saved by another window or program.</source>
        <translation>Se muestran los cambios guardados por otra ventana u otro programa.</translation>
    </message>
    <message>
        <source>Improvement &amp;register</source>
        <translation>&amp;Registro de mejoras</translation>
    </message>
    <message>
        <source>The improvement initiatives and what came of them</source>
        <translation>Las iniciativas de mejora y sus resultados</translation>
    </message>
    <message>
        <source>Today's review is on the clipboard, as text and as HTML.</source>
        <translation>La revisión de hoy está en el portapapeles, como texto y como HTML.</translation>
    </message>
    <message>
        <source>Connected to the team store again.</source>
        <translation>Conectado de nuevo al almacén del equipo.</translation>
    </message>
    <message>
        <source>Reload shows the follow-up as it is saved now and drops your unsaved edits of it; Cancel keeps your edits in the form.</source>
        <translation>Recargar muestra el seguimiento tal como está guardado ahora y descarta sus cambios sin guardar; Cancelar conserva sus cambios en el formulario.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Move this register to a server…</source>
        <translation>&amp;Mover este registro a un servidor…</translation>
    </message>
    <message>
        <source>Copy the whole register into an empty team store on a PostgreSQL server; this file stays as it is</source>
        <translation>Copiar todo el registro en un almacén de equipo vacío en un servidor PostgreSQL; este archivo queda como está</translation>
    </message>
    <message>
        <source>%1 Trying again every 10 seconds; what you change meanwhile is not saved.</source>
        <translation>%1 Se reintenta cada 10 segundos; lo que cambie mientras tanto no se guarda.</translation>
    </message>
</context>
<context>
    <name>ft::MoveToServerDialog</name>
    <message>
        <source>Store &amp;file…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>&amp;Open it now</source>
        <translation>Abrirlo a&amp;hora</translation>
    </message>
    <message>
        <source>Move this register to a server</source>
        <translation>Mover este registro a un servidor</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=NAME</source>
        <translation>postgresql://usuario@host:5432/base o service=NOMBRE</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>vacía: la de ~/.pgpass</translation>
    </message>
    <message>
        <source>Used for this copy and for opening the register on the server; never saved</source>
        <translation>Se usa para esta copia y para abrir el registro en el servidor; nunca se guarda</translation>
    </message>
    <message>
        <source>Copy into a new store file instead of a server</source>
        <translation>Copiar en un archivo nuevo en lugar de en un servidor</translation>
    </message>
    <message>
        <source>Everything in this register — follow-ups, their timelines, checklists, surveys, targets, initiatives, the calendar and settings — is copied into an empty store on the server, in one step: it arrives whole or not at all. The file %1 stays as it is; nothing is deleted from it.</source>
        <translation>Todo este registro —los seguimientos y su historial, las listas de comprobación, las encuestas, los objetivos, las iniciativas, el calendario y los ajustes— se copia en un solo paso a un almacén vacío del servidor: llega entero o no llega. El archivo %1 queda como está; no se borra nada de él.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Copy into a new store file</source>
        <translation>Copiar en un archivo nuevo</translation>
    </message>
    <message>
        <source>FollowThrough stores (*.sqlite)</source>
        <translation>Almacenes de FollowThrough (*.sqlite)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copiando a %1…</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 cannot be read (%2).</source>
        <translation>No se copió nada: no se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2. %3 stays as it is.</source>
        <translation>%1 filas copiadas a %2. %3 queda como está.</translation>
    </message>
    <message>
        <source>&amp;Open the register on the server</source>
        <translation>A&amp;brir el registro en el servidor</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>A&amp;brir la copia</translation>
    </message>
    <message>
        <source>Cancelling: nothing is kept on the target…</source>
        <translation>Cancelando: no queda nada en el destino…</translation>
    </message>
</context>
<context>
    <name>ft::NewFollowUpDialog</name>
    <message>
        <source>Promise an &amp;update by</source>
        <translation>Prometer una &amp;actualización para</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nuevo seguimiento</translation>
    </message>
    <message>
        <source>What the requester is waiting for</source>
        <translation>Lo que espera el solicitante</translation>
    </message>
    <message>
        <source>Ticket number, if any</source>
        <translation>Número de ticket, si lo hay</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Teléfono o correo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Solicitante:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Hora de la novedad prometida</translation>
    </message>
</context>
<context>
    <name>ft::OverrideReasonDialog</name>
    <message>
        <source>Override the checklist</source>
        <translation>Anular la lista de comprobación</translation>
    </message>
    <message>
        <source>&lt;p&gt;These required items stay unchecked:&lt;/p&gt;%1&lt;p&gt;Write why the work can close anyway. The reason, your name and the time go on the timeline, and this follow-up counts as not compliant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Estos puntos obligatorios quedan sin marcar:&lt;/p&gt;%1&lt;p&gt;Escriba por qué el trabajo puede cerrarse de todos modos. El motivo, su nombre y la hora quedan en el historial, y este seguimiento cuenta como no conforme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. The user is on leave; her manager confirmed it works.</source>
        <translation>p. ej. La usuaria está de vacaciones; su responsable confirmó que funciona.</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>ft::OwnerLoadView</name>
    <message>
        <source>Who is drowning</source>
        <translation>Quién está desbordado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Sin noticias</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
</context>
<context>
    <name>ft::PlainChecklist</name>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>No item resolved in %1 had a closure checklist.</source>
        <translation>Ningún elemento resuelto en %1 tenía lista de comprobación de cierre.</translation>
    </message>
    <message>
        <source>That share is %1, too few to judge.</source>
        <translation>Esa proporción %1: demasiado pocos para juzgarla.</translation>
    </message>
    <message>
        <source>Items whose checklist was completed in full were called back %1 of the time (%2); items where a step was skipped or the checklist overridden were called back %3 of the time (%4).</source>
        <translation>Los elementos con la lista completa tuvieron rellamada en el %1 de los casos (%2); aquellos con un paso omitido o la lista anulada, en el %3 de los casos (%4).</translation>
    </message>
    <message>
        <source>The figure for checklists completed in full is %1, too few to judge.</source>
        <translation>La cifra de las listas completas %1: demasiado pocos para juzgarla.</translation>
    </message>
    <message>
        <source>The figure for skipped steps or overrides is %1, too few to judge.</source>
        <translation>La cifra de los pasos omitidos o anulaciones %1: demasiado pocos para juzgarla.</translation>
    </message>
    <message>
        <source>One more step was skipped fewer than %1 times: too few to tell whether skipping it leads to callbacks, so it is not listed.</source>
        <translation>Otro paso se omitió menos de %1 veces: demasiado pocas para saber si omitirlo provoca rellamadas, así que no se incluye.</translation>
    </message>
    <message>
        <source>%1 more steps were skipped fewer than %2 times each: too few to tell whether skipping them leads to callbacks, so they are not listed.</source>
        <translation>Otros %1 pasos se omitieron menos de %2 veces cada uno: demasiado pocas para saber si omitirlos provoca rellamadas, así que no se incluyen.</translation>
    </message>
    <message>
        <source>Of the %1 resolved in %2 with a closure checklist, %3 were resolved with every required step checked.</source>
        <translation>Resueltos en %2 con lista de comprobación de cierre: %1, de los cuales el %3 con todos los pasos obligatorios marcados.</translation>
    </message>
    <message>
        <source>Items whose checklist was completed in full were called back %1 of the time (%2); none had a step skipped or the checklist overridden.</source>
        <translation>Los elementos con la lista completa tuvieron rellamada en el %1 de los casos (%2); ninguno tuvo un paso omitido ni la lista anulada.</translation>
    </message>
    <message>
        <source>Items where a step was skipped or the checklist overridden were called back %1 of the time (%2); none had its checklist completed in full.</source>
        <translation>Los elementos con un paso omitido o la lista anulada tuvieron rellamada en el %1 de los casos (%2); ninguno tuvo la lista completa.</translation>
    </message>
</context>
<context>
    <name>ft::PlainSentence</name>
    <message>
        <source>%1 stayed at %2 since “%3” started on %4.</source>
        <translation>%1 se mantuvo en %2 desde que «%3» empezó el %4.</translation>
    </message>
    <message>
        <source>%1 stayed at %2 in %3, the same as in %4.</source>
        <translation>%1 se mantuvo en %2 en %3, igual que en %4.</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 since “%4” started on %5.</source>
        <translation>%1 subió de %2 a %3 desde que «%4» empezó el %5.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 since “%4” started on %5.</source>
        <translation>%1 bajó de %2 a %3 desde que «%4» empezó el %5.</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 (%4) since “%5” started on %6.</source>
        <translation>%1 subió de %2 a %3 (%4) desde que «%5» empezó el %6.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 (%4) since “%5” started on %6.</source>
        <translation>%1 bajó de %2 a %3 (%4) desde que «%5» empezó el %6.</translation>
    </message>
    <message>
        <source>%1 rose from %2 in %3 to %4 in %5.</source>
        <translation>%1 subió de %2 en %3 a %4 en %5.</translation>
    </message>
    <message>
        <source>%1 fell from %2 in %3 to %4 in %5.</source>
        <translation>%1 bajó de %2 en %3 a %4 en %5.</translation>
    </message>
    <message>
        <source>%1 rose from %2 in %3 to %4 in %5 (%6).</source>
        <translation>%1 subió de %2 en %3 a %4 en %5 (%6).</translation>
    </message>
    <message>
        <source>%1 fell from %2 in %3 to %4 in %5 (%6).</source>
        <translation>%1 bajó de %2 en %3 a %4 en %5 (%6).</translation>
    </message>
    <message>
        <source>That meets the target of at least %1.</source>
        <translation>Se cumple el objetivo de al menos %1.</translation>
    </message>
    <message>
        <source>The target of at least %1 is not met yet.</source>
        <translation>El objetivo de al menos %1 aún no se cumple.</translation>
    </message>
    <message>
        <source>That meets the target of at most %1.</source>
        <translation>Se cumple el objetivo de como máximo %1.</translation>
    </message>
    <message>
        <source>The target of at most %1 is not met yet.</source>
        <translation>El objetivo de como máximo %1 aún no se cumple.</translation>
    </message>
    <message>
        <source>%1 cannot be given for %2: there is no data.</source>
        <translation>%1 no se puede indicar para %2: no hay datos.</translation>
    </message>
    <message>
        <source>%1 came to %2 in %3; there is no figure for %4 to compare with.</source>
        <translation>%1 fue %2 en %3; no hay cifra de %4 con la que comparar.</translation>
    </message>
    <message>
        <source>That is an improvement.</source>
        <translation>Es una mejora.</translation>
    </message>
    <message>
        <source>That is a step in the wrong direction.</source>
        <translation>Es un paso en la dirección equivocada.</translation>
    </message>
    <message>
        <source>That is little change.</source>
        <translation>Es poco cambio.</translation>
    </message>
    <message>
        <source>based on only 1 item</source>
        <translation>se basa en solo 1 elemento</translation>
    </message>
    <message>
        <source>based on only %1 items</source>
        <translation>se basa en solo %1 elementos</translation>
    </message>
    <message>
        <source>only 1 item</source>
        <translation>solo 1 elemento</translation>
    </message>
    <message>
        <source>only %1 items</source>
        <translation>solo %1 elementos</translation>
    </message>
    <message>
        <source>The figure for %1 is %2, too few to judge.</source>
        <translation>La cifra de %1 %2: demasiado pocos para juzgarla.</translation>
    </message>
    <message>
        <source>The figure for %1 is %2, so the change says little.</source>
        <translation>La cifra de %1 %2, así que el cambio dice poco.</translation>
    </message>
</context>
<context>
    <name>ft::PlainStatus</name>
    <message>
        <source>on target</source>
        <translation>en objetivo</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>mejorando</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>para información</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation>muy pocos datos para juzgar</translation>
    </message>
</context>
<context>
    <name>ft::PlainValue</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
</context>
<context>
    <name>ft::Priority</name>
    <message>
        <source>1 Critical</source>
        <translation>1 Crítica</translation>
    </message>
    <message>
        <source>2 High</source>
        <translation>2 Alta</translation>
    </message>
    <message>
        <source>3 Moderate</source>
        <translation>3 Moderada</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation>4 Baja</translation>
    </message>
</context>
<context>
    <name>ft::PromiseChooser</name>
    <message>
        <source>In &amp;2 hours</source>
        <translation>En &amp;2 horas</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 09:00</source>
        <translation>&amp;Mañana 09:00</translation>
    </message>
    <message>
        <source>&amp;Next working day 10:00</source>
        <translation>&amp;Siguiente día laborable 10:00</translation>
    </message>
    <message>
        <source>&amp;Friday 16:00</source>
        <translation>&amp;Viernes 16:00</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Otro:</translation>
    </message>
    <message>
        <source>Promised update time</source>
        <translation>Hora de la novedad prometida</translation>
    </message>
    <message>
        <source>That time has passed: promise a time still ahead.</source>
        <translation>Ese momento ya pasó: prometa un momento futuro.</translation>
    </message>
</context>
<context>
    <name>ft::PromiseDialog</name>
    <message>
        <source>Promise update</source>
        <translation>Prometer actualización</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Prometer</translation>
    </message>
    <message>
        <source>Next update by:</source>
        <translation>Próxima novedad antes de:</translation>
    </message>
</context>
<context>
    <name>ft::ReminderTray</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>FollowThrough: nothing overdue</source>
        <translation>FollowThrough: nada vencido</translation>
    </message>
    <message>
        <source>FollowThrough: 1 follow-up overdue</source>
        <translation>FollowThrough: 1 seguimiento vencido</translation>
    </message>
    <message>
        <source>FollowThrough: %1 follow-ups overdue</source>
        <translation>FollowThrough: %1 seguimientos vencidos</translation>
    </message>
    <message>
        <source>&amp;Show FollowThrough</source>
        <translation>&amp;Mostrar FollowThrough</translation>
    </message>
    <message>
        <source>%1 overdue: show the Today review</source>
        <translation>%1 vencidos: mostrar la revisión de hoy</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nada vencido</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Update due: %1</source>
        <translation>Actualización pendiente: %1</translation>
    </message>
    <message>
        <source>You promised an update on “%1” by now.</source>
        <translation>Prometió una actualización sobre “%1” para ahora.</translation>
    </message>
    <message>
        <source>You promised %1 an update on “%2” by now.</source>
        <translation>Prometió a %1 una actualización sobre “%2” para ahora.</translation>
    </message>
    <message>
        <source>%1 promised updates due</source>
        <translation>%1 actualizaciones prometidas pendientes</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Haga clic para abrirlo.</translation>
    </message>
    <message>
        <source>Click to open the first.</source>
        <translation>Haga clic para abrir el primero.</translation>
    </message>
</context>
<context>
    <name>ft::ReopenDialog</name>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>What the requester said is still not working</source>
        <translation>Lo que según el solicitante sigue sin funcionar</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Por qué se reabre</translation>
    </message>
    <message>
        <source>&amp;Why is it reopened?</source>
        <translation>¿&amp;Por qué se reabre?</translation>
    </message>
    <message>
        <source>Next update by:</source>
        <translation>Próxima novedad antes de:</translation>
    </message>
</context>
<context>
    <name>ft::ReportChart</name>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>horas laborables</translation>
    </message>
    <message>
        <source>score (1–5)</source>
        <translation>puntuación (1–5)</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Objetivo: al menos %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Objetivo: como máximo %1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>No hay datos en este rango</translation>
    </message>
    <message>
        <source>Limits of normal variation</source>
        <translation>Límites de la variación normal</translation>
    </message>
    <message>
        <source>Signal: not normal variation</source>
        <translation>Señal: no es variación normal</translation>
    </message>
</context>
<context>
    <name>ft::ReportController</name>
    <message>
        <source>Print pre&amp;view of the review…</source>
        <translation>&amp;Vista previa de impresión de la revisión…</translation>
    </message>
    <message>
        <source>&amp;Print the review…</source>
        <translation>&amp;Imprimir la revisión…</translation>
    </message>
    <message>
        <source>E&amp;xport the review as PDF…</source>
        <translation>E&amp;xportar la revisión como PDF…</translation>
    </message>
    <message>
        <source>The CSI review pack: summary, plain-words changes, charts, register, checklists</source>
        <translation>El paquete de revisión de mejora continua: resumen, cambios en lenguaje sencillo, gráficos, registro y listas de comprobación</translation>
    </message>
    <message>
        <source>Export the review as PDF</source>
        <translation>Exportar la revisión como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A report is already being prepared.</source>
        <translation>Ya se está preparando un informe.</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>Recopilando las cifras…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Informe de revisión</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>El informe se canceló.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Dibujando las páginas…</translation>
    </message>
    <message>
        <source>CSI review %1</source>
        <translation>Revisión MCS %1</translation>
    </message>
    <message>
        <source>Wrote the review to %1.</source>
        <translation>Revisión escrita en %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>Sent the review to the printer.</source>
        <translation>Revisión enviada a la impresora.</translation>
    </message>
    <message>
        <source>Printing failed or was cancelled.</source>
        <translation>La impresión falló o se canceló.</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Informe de revisión: %1</translation>
    </message>
    <message>
        <source>csi-review.pdf</source>
        <translation>revision-csi.pdf</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ft::ReportGatherer</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>El informe se canceló.</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semana del %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Unknown KPI “%1”.</source>
        <translation>Indicador desconocido «%1».</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>No se puede abrir el almacén de datos %1: %2</translation>
    </message>
    <message>
        <source>The report's start %1 is after its end %2.</source>
        <translation>El inicio del informe (%1) es posterior a su fin (%2).</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Centro de servicio</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 elementos)</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” has no start date.</source>
        <translation>La iniciativa de mejora «%1» no tiene fecha de inicio.</translation>
    </message>
    <message>
        <source>Improvement initiative “%1” aims at an unknown KPI “%2”.</source>
        <translation>La iniciativa de mejora «%1» apunta a un indicador desconocido «%2».</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>ft::ReportLayout</name>
    <message>
        <source>Continual Service Improvement review</source>
        <translation>Revisión de mejora continua del servicio</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Charts cover %1 to %2</source>
        <translation>Los gráficos abarcan del %1 al %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Preparado el %1</translation>
    </message>
    <message>
        <source>In this pack:
1. Summary: each measure this period against the previous one and its target
2. What changed, in plain words
3. One chart per measure, with its target and the improvement initiatives
4. The improvement register: what we are doing about it, before and after
5. Closure checklists: how often they are followed, and whether they prevent callbacks</source>
        <translation>En este dosier:
1. Resumen: cada indicador de este periodo frente al anterior y a su objetivo
2. Qué cambió, en palabras sencillas
3. Un gráfico por indicador, con su objetivo y las iniciativas de mejora
4. El registro de mejoras: qué estamos haciendo, antes y después
5. Listas de comprobación de cierre: con qué frecuencia se siguen y si evitan rellamadas</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Resumen de %1</translation>
    </message>
    <message>
        <source>Each measure for %1 next to %2. “Change” is the difference between the two; rates change in percentage points. The status compares the measure with its target, or with the previous period when it has no target.</source>
        <translation>Cada indicador de %1 junto a %2. «Cambio» es la diferencia entre ambos; las tasas cambian en puntos porcentuales. El estado compara el indicador con su objetivo o, si no lo tiene, con el periodo anterior.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What changed, in plain words</source>
        <translation>Qué cambió, en palabras sencillas</translation>
    </message>
    <message>
        <source>%1 “%2” started %3</source>
        <translation>%1 «%2» empezó %3</translation>
    </message>
    <message>
        <source>The measures over time</source>
        <translation>Los indicadores a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Improvement register</source>
        <translation>Registro de mejoras</translation>
    </message>
    <message>
        <source>Each improvement initiative, the measure it aims to move, and that measure in the last whole period before it started next to the latest whole period since.</source>
        <translation>Cada iniciativa de mejora, el indicador que pretende mover, y ese indicador en el último periodo completo antes de su inicio junto al último periodo completo desde entonces.</translation>
    </message>
    <message>
        <source>The register holds no initiatives yet.</source>
        <translation>El registro aún no contiene iniciativas.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>%1
Owner: %2</source>
        <translation>%1
Responsable: %2</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde entonces</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Objetivo alcanzado</translation>
    </message>
    <message>
        <source>Closure checklists</source>
        <translation>Listas de comprobación de cierre</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Paso de la lista</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Times skipped</source>
        <translation>Veces omitido</translation>
    </message>
    <message>
        <source>Called back when skipped</source>
        <translation>Rellamada al omitirlo</translation>
    </message>
    <message>
        <source>Called back when done</source>
        <translation>Rellamada al hacerlo</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <translation>Notas sobre los datos</translation>
    </message>
    <message>
        <source>CSI review · %1 · %2</source>
        <translation>Revisión MCS · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>too early</source>
        <translation>demasiado pronto</translation>
    </message>
    <message>
        <source>%1
Measure: %2</source>
        <translation>%1
Indicador: %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Initiatives marked on the chart: %1</source>
        <translation>Iniciativas marcadas en el gráfico: %1</translation>
    </message>
    <message>
        <source>Signal or noise: %1</source>
        <translation>Señal o ruido: %1</translation>
    </message>
</context>
<context>
    <name>ft::ReportOptionsDialog</name>
    <message>
        <source>Review report</source>
        <translation>Informe de revisión</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Review the period holding</source>
        <translation>Revisar el periodo que contiene</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar por</translation>
    </message>
</context>
<context>
    <name>ft::SampleDataLoader</name>
    <message>
        <source>Creating sample follow-ups…</source>
        <translation>Creando seguimientos de ejemplo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Se canceló la carga de datos de ejemplo; no se añadió nada.</translation>
    </message>
</context>
<context>
    <name>ft::ServerAddress</name>
    <message>
        <source>“%1” names no PostgreSQL service: write service=NAME.</source>
        <translation>«%1» no nombra ningún servicio de PostgreSQL: escriba service=NOMBRE.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host/database).</source>
        <translation>«%1» no es una dirección de PostgreSQL (postgresql://usuario@host/base).</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>La dirección de PostgreSQL no es válida: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address names port %1, which does not exist.</source>
        <translation>La dirección de PostgreSQL nombra el puerto %1, que no existe.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: add /DATABASE after the host.</source>
        <translation>La dirección de PostgreSQL %1 no nombra ninguna base de datos: añada /BASE después del host.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 has an option FollowThrough does not know: %2.</source>
        <translation>La dirección de PostgreSQL %1 tiene una opción que FollowThrough no conoce: %2.</translation>
    </message>
</context>
<context>
    <name>ft::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Everywhere: Tab and Shift+Tab move between fields, Alt with an underlined letter jumps to that field or menu, F6 switches between the list and the details.</source>
        <translation>En todas partes: Tab y Mayús+Tab mueven entre campos, Alt con una letra subrayada salta a ese campo o menú, F6 cambia entre la lista y los detalles.</translation>
    </message>
</context>
<context>
    <name>ft::Status</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Esperando al solicitante</translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation>Esperando al proveedor</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>ft::StockTemplates</name>
    <message>
        <source>Incident closure</source>
        <translation>Cierre de incidente</translation>
    </message>
    <message>
        <source>User confirmed it is fixed</source>
        <translation>El usuario confirmó que está resuelto</translation>
    </message>
    <message>
        <source>Ask them to try it while you are still on the line.</source>
        <translation>Pídale que lo pruebe mientras sigue en línea.</translation>
    </message>
    <message>
        <source>Root cause noted in the resolution</source>
        <translation>Causa raíz anotada en la resolución</translation>
    </message>
    <message>
        <source>One sentence a colleague would understand next year.</source>
        <translation>Una frase que un compañero entendería el año que viene.</translation>
    </message>
    <message>
        <source>Knowledge article linked, or not needed</source>
        <translation>Artículo de conocimiento vinculado, o no necesario</translation>
    </message>
    <message>
        <source>If you had to work it out, write it down.</source>
        <translation>Si tuvo que averiguarlo, escríbalo.</translation>
    </message>
    <message>
        <source>User told how to reopen if it comes back</source>
        <translation>El usuario sabe cómo reabrir si vuelve a ocurrir</translation>
    </message>
    <message>
        <source>Related tickets checked for the same cause</source>
        <translation>Tickets relacionados revisados por la misma causa</translation>
    </message>
    <message>
        <source>Service request fulfilment</source>
        <translation>Atención de una solicitud de servicio</translation>
    </message>
    <message>
        <source>Everything requested was delivered</source>
        <translation>Se entregó todo lo solicitado</translation>
    </message>
    <message>
        <source>Compare with the original request, not with memory.</source>
        <translation>Compare con la solicitud original, no con la memoria.</translation>
    </message>
    <message>
        <source>Approval on record where one is needed</source>
        <translation>Aprobación registrada cuando hace falta</translation>
    </message>
    <message>
        <source>Requester shown how to use it</source>
        <translation>Se enseñó al solicitante a usarlo</translation>
    </message>
    <message>
        <source>Requester confirmed receipt</source>
        <translation>El solicitante confirmó la recepción</translation>
    </message>
    <message>
        <source>Change closure</source>
        <translation>Cierre de cambio</translation>
    </message>
    <message>
        <source>Change tested after implementation</source>
        <translation>Cambio probado tras la implantación</translation>
    </message>
    <message>
        <source>Back-out plan no longer needed, or kept ready</source>
        <translation>Plan de marcha atrás ya innecesario, o preparado</translation>
    </message>
    <message>
        <source>Affected users told it is done</source>
        <translation>Usuarios afectados informados de que está hecho</translation>
    </message>
    <message>
        <source>Configuration records updated</source>
        <translation>Datos de configuración actualizados</translation>
    </message>
    <message>
        <source>Inventory, diagrams, monitoring.</source>
        <translation>Inventario, diagramas, monitorización.</translation>
    </message>
    <message>
        <source>Lessons noted for the next change</source>
        <translation>Lecciones anotadas para el próximo cambio</translation>
    </message>
    <message>
        <source>New starter workstation</source>
        <translation>Puesto de trabajo para una nueva incorporación</translation>
    </message>
    <message>
        <source>Account created and password handed over safely</source>
        <translation>Cuenta creada y contraseña entregada de forma segura</translation>
    </message>
    <message>
        <source>Laptop imaged, encrypted and updated</source>
        <translation>Portátil instalado, cifrado y actualizado</translation>
    </message>
    <message>
        <source>Email, calendar and chat work</source>
        <translation>Correo, calendario y chat funcionan</translation>
    </message>
    <message>
        <source>Printer and shared drives mapped</source>
        <translation>Impresora y unidades compartidas conectadas</translation>
    </message>
    <message>
        <source>New starter knows how to reach the service desk</source>
        <translation>La nueva incorporación sabe cómo contactar con el centro de servicio</translation>
    </message>
</context>
<context>
    <name>ft::Store</name>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>El seguimiento %1 no existe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>No se pudo iniciar una transacción</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>No se pudieron guardar los cambios</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>No se indicó ningún archivo de almacén.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 es una carpeta, no un archivo de almacén.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>No hay ningún almacén de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>No se puede abrir el almacén de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>No se puede leer la versión de esquema de %1</translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup copy could not be taken (%2).</source>
        <translation>No se actualiza %1: no se pudo hacer la copia de seguridad (%2).</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>La actualización del almacén a la versión %1 falló: %2</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>Registrando la versión del esquema</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La copia a %1 falló: %2</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Comprobación de integridad</translation>
    </message>
    <message>
        <source>The store cannot be written (it is read-only); nothing was changed.</source>
        <translation>No se puede escribir en el almacén (es de solo lectura); no se cambió nada.</translation>
    </message>
    <message>
        <source>The store could not be written to disk (is the disk full?); this change was not saved, what was saved before is kept.</source>
        <translation>No se pudo escribir el almacén en el disco (¿está lleno?); este cambio no se guardó, lo guardado antes se conserva.</translation>
    </message>
    <message>
        <source>The store is damaged; restore a backup.</source>
        <translation>El almacén de datos está dañado; restaure una copia.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>No se puede escribir la copia %1: %2</translation>
    </message>
    <message>
        <source>The store's connection is not an SQLite connection.</source>
        <translation>La conexión del almacén de datos no es una conexión SQLite.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2</source>
        <translation>La restauración desde %1 falló: %2</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>No se puede leer el almacén de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough store (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 no es un almacén de FollowThrough (no es una base de datos SQLite). No se modificó.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (the file is shorter than its header says). It was left untouched; restore a backup.</source>
        <translation>El almacén de datos %1 está dañado (el archivo es más corto de lo que indica su cabecera). No se modificó; restaure una copia.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2. It was left untouched; restore a backup.</source>
        <translation>El almacén de datos %1 está dañado: %2. No se modificó; restaure una copia.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2. It was left untouched.</source>
        <translation>No se puede abrir el almacén de datos %1: %2. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a FollowThrough store. It was left untouched.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no un almacén de FollowThrough. No se modificó.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3). Update FollowThrough; the file was left untouched.</source>
        <translation>El almacén de datos %1 lo escribió un FollowThrough más reciente (versión de esquema %2; esta versión conoce hasta la %3). Actualice FollowThrough; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>The store %1 is in a folder that is read-only for you (%2), and FollowThrough needs to create its journal files (%3-wal, %3-shm) beside it. The store was left untouched; move it to a writable folder.</source>
        <translation>El almacén de datos %1 está en una carpeta de solo lectura para usted (%2), y FollowThrough necesita crear a su lado sus archivos de registro (%3-wal, %3-shm). El almacén no se modificó; muévalo a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>No se puede crear el almacén de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation>No se pueden restringir los permisos de %1</translation>
    </message>
    <message>
        <source>The store %1 is read-only for you, so FollowThrough cannot save anything in it. It was left untouched; make it writable or open a copy.</source>
        <translation>El almacén de datos %1 es de solo lectura para usted, así que FollowThrough no puede guardar nada en él. No se modificó; hágalo escribible o abra una copia.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>No hay ninguna copia en %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>No se puede leer la copia %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough backup (it is not an SQLite database).</source>
        <translation>%1 no es una copia de FollowThrough (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La copia %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is not a FollowThrough backup.</source>
        <translation>%1 no es una copia de FollowThrough.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3).</source>
        <translation>La copia %1 la escribió un FollowThrough más reciente (versión de esquema %2; esta versión conoce hasta la %3).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La copia %1 está dañada: %2</translation>
    </message>
    <message>
        <source>%1 is the store itself, not a backup of it.</source>
        <translation>%1 es el propio almacén, no una copia de él.</translation>
    </message>
    <message>
        <source>Nothing was restored: the copy of the current store could not be taken (%1).</source>
        <translation>No se restauró nada: no se pudo hacer la copia del almacén actual (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded: %1. The previous store is in %2.</source>
        <translation>La copia se restauró pero no se pudo actualizar: %1. El almacén anterior está en %2.</translation>
    </message>
    <message>
        <source>%1 (process %2, since %3)</source>
        <translation>%1 (proceso %2, desde las %3)</translation>
    </message>
    <message>
        <source>busy: another program is writing to the store (an import, a demo, an upgrade or a window saving) and did not finish within 5 s; nothing was changed, try again.</source>
        <translation>ocupado: otro programa está escribiendo en el almacén (una importación, una demo, una actualización o una ventana guardando) y no terminó en 5 s; no se cambió nada, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No backup was written to %1: the store %2 is damaged (%3). Restore an earlier backup.</source>
        <translation>No se escribió ninguna copia en %1: el almacén %2 está dañado (%3). Restaure una copia anterior.</translation>
    </message>
    <message>
        <source>busy: %1 is running on the store %2. Try again when it has finished.</source>
        <translation>ocupado: %1 se está ejecutando sobre el almacén %2. Inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe), not a store.</source>
        <translation>%1 no es un archivo normal (un dispositivo o una tubería), ni un almacén.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>another program creating or upgrading this store</source>
        <translation>otro programa que crea o actualiza este almacén</translation>
    </message>
    <message>
        <source>The store %1 could not be checked: %2</source>
        <translation>No se pudo comprobar el almacén %1: %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Nothing was written; restore a backup.</source>
        <translation>El almacén %1 está dañado (%2). No se escribió nada; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>busy: %1 is running on the store %2; nothing was changed. Try again when it has finished.</source>
        <translation>ocupado: %1 se está ejecutando sobre el almacén %2; no se cambió nada. Inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a store. It was left untouched; to make it a new store, run again with --create.</source>
        <translation>%1 es un archivo vacío (0 bytes), no un almacén. No se modificó; para convertirlo en un almacén nuevo, ejecute de nuevo con --create.</translation>
    </message>
    <message>
        <source>There is no folder %1 for the store %2. Nothing was created; run again with --create to create the folder and a new store.</source>
        <translation>No existe la carpeta %1 para el almacén %2. No se creó nada; ejecute de nuevo con --create para crear la carpeta y un almacén nuevo.</translation>
    </message>
    <message>
        <source>An event with the key “%1” is there already.</source>
        <translation>Ya existe un evento con la clave «%1».</translation>
    </message>
    <message>
        <source>Reading follow-up %1</source>
        <translation>Leyendo el seguimiento %1</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (paquete Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team store %1: %2</source>
        <translation>No se puede acceder al almacén del equipo %1: %2</translation>
    </message>
    <message>
        <source>Reading the database's tables</source>
        <translation>Lectura de las tablas de la base de datos</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not a FollowThrough store. Nothing was written; give an empty database or a FollowThrough store.</source>
        <translation>La base de datos %1 contiene tablas que no son un almacén de FollowThrough. No se escribió nada; indique una base de datos vacía o un almacén de FollowThrough.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer FollowThrough (schema version %2; this version knows up to %3). Nothing was written.</source>
        <translation>El almacén %1 fue escrito por un FollowThrough más reciente (versión de esquema %2; esta versión conoce hasta la %3). No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is a store on a server: its backups are the server's (pg_dump). To keep a copy in a file, use “followthrough copy --to FILE”.</source>
        <translation>%1 es un almacén en un servidor: sus copias de seguridad son cosa del servidor (pg_dump). Para guardar una copia en un archivo, use «followthrough copy --to ARCHIVO».</translation>
    </message>
    <message>
        <source>%1 is a store on a server: restoring a backup file replaces a store file only. Copy the backup to the server with “followthrough --db BACKUP copy --to ADDRESS” into an empty database instead.</source>
        <translation>%1 es un almacén en un servidor: restaurar un archivo de copia de seguridad solo reemplaza un archivo de almacén. Copie en su lugar la copia de seguridad al servidor con «followthrough --db COPIA copy --to DIRECCIÓN» en una base de datos vacía.</translation>
    </message>
    <message>
        <source>another window or program</source>
        <translation>otra ventana u otro programa</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since it was read (version %3, now %4); nothing was written over that change.</source>
        <translation>«%1» fue cambiado por %2 desde que se leyó (versión %3, ahora %4); ese cambio no se sobrescribió.</translation>
    </message>
</context>
<context>
    <name>ft::StoreCopy</name>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>timeline events</source>
        <translation>eventos del historial</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>promesas</translation>
    </message>
    <message>
        <source>checklist runs</source>
        <translation>ejecuciones de listas de comprobación</translation>
    </message>
    <message>
        <source>checklist run items</source>
        <translation>puntos de ejecuciones de listas de comprobación</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>respuestas de encuestas</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>objetivos de KPI</translation>
    </message>
    <message>
        <source>improvement initiatives</source>
        <translation>iniciativas de mejora</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>festivos</translation>
    </message>
    <message>
        <source>import runs</source>
        <translation>importaciones</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4: copy needs both at the same version. Open both with this FollowThrough first; nothing was copied.</source>
        <translation>%1 tiene la versión de esquema %2 y %3 la versión %4: copy necesita la misma versión en ambos. Abra primero los dos con este FollowThrough; no se copió nada.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3: the stores are of different schema versions. Nothing was copied.</source>
        <translation>La tabla %1 tiene otras columnas en %2 que en %3: los almacenes son de versiones de esquema distintas. No se copió nada.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of copy does not know (%2). Nothing was copied.</source>
        <translation>%1 contiene tablas que esta versión de copy no conoce (%2). No se copió nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what a store holds: a kind of row, how many</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>Copiando la tabla %1</translation>
    </message>
    <message>
        <source>Reading the table %1</source>
        <translation>Leyendo la tabla %1</translation>
    </message>
    <message>
        <source>The copy was cancelled: nothing was written to %1.</source>
        <translation>La copia se canceló: no se escribió nada en %1.</translation>
    </message>
    <message>
        <source>The store is not open: %1</source>
        <translation>El almacén de datos no está abierto: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: the store %1 is not open.</source>
        <translation>No se copió nada: el almacén de datos %1 no está abierto.</translation>
    </message>
    <message>
        <source>%1 is the store being copied: a store cannot be copied onto itself.</source>
        <translation>%1 es el almacén que se copia: un almacén no se puede copiar sobre sí mismo.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 cannot be written (%2).</source>
        <translation>No se copió nada: no se puede escribir en %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds %2. copy writes only into an empty store; nothing was changed.</source>
        <translation>%1 no está vacío: contiene %2. copy solo escribe en un almacén vacío; no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was copied: the transaction on %1 could not be committed (%2).</source>
        <translation>No se copió nada: no se pudo confirmar la transacción en %1 (%2).</translation>
    </message>
    <message>
        <source>the server address given</source>
        <translation>la dirección de servidor indicada</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2</source>
        <translation>No se copió nada a %1: %2</translation>
    </message>
    <message>
        <source>Copying rows %1 to %2 of the table %3</source>
        <translation>Copia de las filas %1 a %2 de la tabla %3</translation>
    </message>
</context>
<context>
    <name>ft::TimelineModel</name>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Reunión en persona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Update promised</source>
        <translation>Actualización prometida</translation>
    </message>
    <message>
        <source>Update promised for %1</source>
        <translation>Actualización prometida para %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Reopened (callback): %1 → %2</source>
        <translation>Reabierto (rellamada): %1 → %2</translation>
    </message>
    <message>
        <source>Reopened (callback)</source>
        <translation>Reabierto (rellamada)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>ft::TodayModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidos: %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Vencen hoy: %1</translation>
    </message>
    <message>
        <source>Gone quiet (no contact for %1 business days): %2</source>
        <translation>En silencio (sin contacto desde hace %1 días laborables): %2</translation>
    </message>
    <message>
        <source>Waiting to close: %1</source>
        <translation>Esperando cierre: %1</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (se muestran los primeros %1)</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>quiet %1</source>
        <translation>en silencio %1</translation>
    </message>
    <message>
        <source>resolved %1 ago</source>
        <translation>resuelto hace %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>ft::TodaySummary</name>
    <message>
        <source>Today's review, %1</source>
        <translation>Revisión de hoy, %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 gone quiet · %4 waiting to close</source>
        <translation>%1 vencidos · %2 vencen hoy · %3 sin noticias · %4 esperando cierre</translation>
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
        <translation>nadie</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>By owner (overdue / due today / gone quiet)</source>
        <translation>Por responsable (vencidos / vencen hoy / sin noticias)</translation>
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
        <translation>Revisión de hoy</translation>
    </message>
    <message>
        <source>Today summary</source>
        <translation>Resumen de hoy</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue · &lt;b&gt;%2&lt;/b&gt; due today · &lt;b&gt;%3&lt;/b&gt; gone quiet · &lt;b&gt;%4&lt;/b&gt; waiting to close · %5 open in all</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vencidos · &lt;b&gt;%2&lt;/b&gt; vencen hoy · &lt;b&gt;%3&lt;/b&gt; en silencio · &lt;b&gt;%4&lt;/b&gt; esperando cierre · %5 abiertos en total</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtro de equipo</translation>
    </message>
    <message>
        <source>Who is &amp;drowning</source>
        <translation>Quién está &amp;desbordado</translation>
    </message>
    <message>
        <source>Overdue, due today and gone quiet per owner; click an owner to see only theirs</source>
        <translation>Vencidos, que vencen hoy y sin noticias por responsable; haga clic en uno para ver solo los suyos</translation>
    </message>
    <message>
        <source>Cop&amp;y summary</source>
        <translation>Copiar &amp;resumen</translation>
    </message>
    <message>
        <source>Put today's review on the clipboard, for an e-mail or a chat</source>
        <translation>Poner la revisión de hoy en el portapapeles, para un correo o un chat</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Nothing for this owner or team today: choose “Every owner” and “Every team” to see everyone's.</source>
        <translation>Nada para este responsable o equipo hoy: elija «Todos los responsables» y «Todos los equipos» para verlo todo.</translation>
    </message>
    <message>
        <source>No open follow-ups: everything in this store is resolved or closed. Imported closed tickets count in the KPI charts and the report; new work appears here once it is open.</source>
        <translation>No hay seguimientos abiertos: todo en esta base está resuelto o cerrado. Los tickets cerrados importados cuentan en los gráficos KPI y el informe; el trabajo nuevo aparece aquí en cuanto está abierto.</translation>
    </message>
    <message>
        <source>Nothing needs you today: no open follow-up is overdue, due today or gone quiet.</source>
        <translation>Hoy nada le espera: ningún seguimiento abierto está vencido, vence hoy o está sin noticias.</translation>
    </message>
</context>
<context>
    <name>ft::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to FollowThrough&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a FollowThrough&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>FollowThrough keeps the promises your team makes: who is owed an update, what has gone quiet, what is waiting to close.&lt;br&gt;&lt;br&gt;This register is empty. How would you like to begin?</source>
        <translation>FollowThrough cumple las promesas de su equipo: a quién se le debe una actualización, qué ha quedado en silencio, qué espera el cierre.&lt;br&gt;&lt;br&gt;Este registro está vacío. ¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>A realistic, made-up history to try every feature on</source>
        <translation>Un historial realista e inventado para probar todas las funciones</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Read follow-ups from a CSV export of your service desk</source>
        <translation>Leer seguimientos de una exportación CSV de su centro de servicio</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Add follow-ups yourself with Follow-up ▸ New</source>
        <translation>Añada seguimientos usted mismo con Seguimiento ▸ Nuevo</translation>
    </message>
</context>
<context>
    <name>ft::cli</name>
    <message>
        <source>check takes no arguments.</source>
        <translation>check no acepta argumentos.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión de esquema: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridad: %1</translation>
    </message>
    <message>
        <source>print the schema version, the integrity check and the row counts</source>
        <translation>mostrar la versión de esquema, la comprobación de integridad y el número de filas</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Usage: followthrough [--db FILE] %1</source>
        <translation>Uso: followthrough [--db ARCHIVO] %1</translation>
    </message>
    <message>
        <source>How many follow-ups.</source>
        <translation>Cuántos seguimientos.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argumento inesperado %1.</translation>
    </message>
    <message>
        <source>--items takes a whole number from 1 to 10000000, not “%1”.</source>
        <translation>--items requiere un número entero de 1 a 10000000, no «%1».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed requiere un número entero, no «%1».</translation>
    </message>
    <message>
        <source>Added %1 demo follow-ups to %2 in %3 s.</source>
        <translation>Se añadieron %1 seguimientos de demostración a %2 en %3 s.</translation>
    </message>
    <message>
        <source>fill the store with a realistic sample history, reproducible by seed</source>
        <translation>llenar el almacén con un historial de ejemplo realista, reproducible por semilla</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>El archivo de copia que se escribirá.</translation>
    </message>
    <message>
        <source>write a consistent copy of the store, also while it is in use</source>
        <translation>escribir una copia coherente del almacén, también mientras está en uso</translation>
    </message>
    <message>
        <source>Generating demo history: %1 %</source>
        <translation>Generando historial de demostración: %1 %</translation>
    </message>
    <message>
        <source>FILE.csv (follow-ups) or FILE.ics (promised updates).</source>
        <translation>ARCHIVO.csv (seguimientos) o ARCHIVO.ics (actualizaciones prometidas).</translation>
    </message>
    <message>
        <source>export needs --out FILE.csv or --out FILE.ics.</source>
        <translation>export necesita --out ARCHIVO.csv o --out ARCHIVO.ics.</translation>
    </message>
    <message>
        <source>--out must end in .csv or .ics, not “%1”.</source>
        <translation>--out debe terminar en .csv o .ics, no «%1».</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>Se escribieron %1 seguimientos en %2.</translation>
    </message>
    <message>
        <source>Wrote %1 promised updates to %2.</source>
        <translation>Se escribieron %1 actualizaciones prometidas en %2.</translation>
    </message>
    <message>
        <source>write the follow-ups as CSV, or the open promised updates as iCalendar</source>
        <translation>escribir los seguimientos como CSV, o las actualizaciones prometidas abiertas como iCalendar</translation>
    </message>
    <message>
        <source>dmy, mdy or ymd.</source>
        <translation>dmy, mdy o ymd.</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>Informar de lo que cambiaría; no escribir nada.</translation>
    </message>
    <message>
        <source>Report bad rows and import the others instead of stopping.</source>
        <translation>Informar de las filas erróneas e importar las demás en lugar de detenerse.</translation>
    </message>
    <message>
        <source>import needs the file to import.</source>
        <translation>import necesita el archivo que se importará.</translation>
    </message>
    <message>
        <source>import takes one file, not %1.</source>
        <translation>import acepta un archivo, no %1.</translation>
    </message>
    <message>
        <source>--date-order is dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order es dmy, mdy o ymd, no «%1».</translation>
    </message>
    <message>
        <source>--map: “%1” is not a field; the fields are %2.</source>
        <translation>--map: «%1» no es un campo; los campos son %2.</translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing was written)</source>
        <translation>Prueba de %1 (no se escribió nada)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importado %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Date order: %1%2</source>
        <translation>Orden de fechas: %1%2</translation>
    </message>
    <message>
        <source> (assumed: every date fits either order; use --date-order)</source>
        <translation> (supuesto: cada fecha encaja en ambos órdenes; use --date-order)</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Filas leídas: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadidos: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizados: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazados: %1</translation>
    </message>
    <message>
        <source>Timeline events added: %1</source>
        <translation>Eventos de historial añadidos: %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Tiempo: %1 s</translation>
    </message>
    <message>
        <source>import follow-ups or survey responses from a CSV file (all or nothing; again changes nothing)</source>
        <translation>importar seguimientos o respuestas de encuestas de un archivo CSV (todo o nada; repetirlo no cambia nada)</translation>
    </message>
    <message>
        <source>first day (inclusive)</source>
        <translation>primer día (incluido)</translation>
    </message>
    <message>
        <source>last day (inclusive)</source>
        <translation>último día (incluido)</translation>
    </message>
    <message>
        <source>period: week, month or quarter</source>
        <translation>periodo: week, month o quarter</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv o json</translation>
    </message>
    <message>
        <source>kpi takes no arguments, only options: %1</source>
        <translation>kpi no acepta argumentos, solo opciones: %1</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 requiere un día como AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) es anterior a --from (%2).</translation>
    </message>
    <message>
        <source>--by is week, month or quarter, not “%1”.</source>
        <translation>--by es week, month o quarter, no «%1».</translation>
    </message>
    <message>
        <source>--format is csv or json, not “%1”.</source>
        <translation>--format es csv o json, no «%1».</translation>
    </message>
    <message>
        <source>Data problem (%1): %2</source>
        <translation>Problema de datos (%1): %2</translation>
    </message>
    <message>
        <source>print the KPIs of every whole period touching the range (default: all the data), by month unless --by says otherwise</source>
        <translation>mostrar los indicadores de cada periodo completo que toca el rango (por defecto: todos los datos), por mes salvo que --by diga otra cosa</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>First day of the charts (inclusive).</source>
        <translation>Primer día de los gráficos (incluido).</translation>
    </message>
    <message>
        <source>Last day (inclusive); its period is the one reviewed.</source>
        <translation>Último día (incluido); su periodo es el revisado.</translation>
    </message>
    <message>
        <source>week, month or quarter.</source>
        <translation>week, month o quarter.</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 o letter.</translation>
    </message>
    <message>
        <source>Comma-separated KPI columns to include.</source>
        <translation>Columnas de indicadores que se incluirán, separadas por comas.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report necesita --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation>--paper es a4 o letter, no «%1».</translation>
    </message>
    <message>
        <source>--kpis: unknown KPI column “%1”.</source>
        <translation>--kpis: columna de indicador desconocida «%1».</translation>
    </message>
    <message>
        <source>CSI review %1</source>
        <translation>Revisión MCS %1</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2 in %3 s (figures %4 s, pages %5 s).</source>
        <translation>Se escribieron %1 páginas en %2 en %3 s (cifras %4 s, páginas %5 s).</translation>
    </message>
    <message>
        <source>write the CSI review pack as a PDF (no display needed)</source>
        <translation>escribir el dosier de revisión MCS en PDF (no necesita pantalla)</translation>
    </message>
    <message>
        <source>  followthrough [--db FILE] %1
      %2
</source>
        <translation>  followthrough [--db ARCHIVO] %1
      %2
</translation>
    </message>
    <message>
        <source>Usage: followthrough [--db FILE] [--lang LANGUAGE] %1

%2

Without --db the store is %3.
Exit status: 0 success, 1 failure, 2 bad usage.
</source>
        <translation>Uso: followthrough [--db ARCHIVO] [--lang IDIOMA] %1

%2

Sin --db, el almacén de datos es %3.
Código de salida: 0 éxito, 1 fallo, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>backup needs --out FILE.sqlite.</source>
        <translation>backup necesita --out ARCHIVO.sqlite.</translation>
    </message>
    <message>
        <source>--out must end in .sqlite, .sqlite3 or .db, not “%1”.</source>
        <translation>--out debe terminar en .sqlite, .sqlite3 o .db, no «%1».</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked: integrity ok).</source>
        <translation>Copia de %1 guardada en %2 (comprobada: integridad correcta).</translation>
    </message>
    <message>
        <source>The store %1 could not be checked: %2</source>
        <translation>No se pudo comprobar el almacén %1: %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged; restore a backup.</source>
        <translation>El almacén %1 está dañado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--db needs a file name; it was empty.</source>
        <translation>--db necesita un nombre de archivo; estaba vacío.</translation>
    </message>
    <message>
        <source>Usage:
  followthrough [--db FILE] [--create] [--lang LANGUAGE]   open the window
</source>
        <translation>Uso:
  followthrough [--db ARCHIVO] [--create] [--lang IDIOMA]   abrir la ventana
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

Sin --db, el almacén es %1.
--create permite a import, demo y a la ventana crear un almacén nuevo en una carpeta que aún
no existe, o en un archivo vacío existente.
Código de salida: 0 éxito, 1 error, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>--%1 is a day from 1970 to 2100, not “%2”.</source>
        <translation>--%1 debe ser un día de 1970 a 2100, no «%2».</translation>
    </message>
    <message>
        <source>--out must end in .pdf, not “%1”.</source>
        <translation>--out debe terminar en .pdf, no «%1».</translation>
    </message>
    <message>
        <source>first day shown (inclusive)</source>
        <translation>primer día mostrado (incluido)</translation>
    </message>
    <message>
        <source>last day shown (inclusive)</source>
        <translation>último día mostrado (incluido)</translation>
    </message>
    <message>
        <source>first day of the baseline (default: before the first initiative)</source>
        <translation>primer día de la base (por defecto: antes de la primera iniciativa)</translation>
    </message>
    <message>
        <source>last day of the baseline</source>
        <translation>último día de la base</translation>
    </message>
    <message>
        <source>signals takes no arguments, only options: %1</source>
        <translation>signals no admite argumentos, solo opciones: %1</translation>
    </message>
    <message>
        <source>--kpi: unknown KPI column “%1”.</source>
        <translation>--kpi: columna KPI desconocida «%1».</translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to go together.</source>
        <translation>--baseline-from y --baseline-to van juntos.</translation>
    </message>
    <message>
        <source>--baseline-to (%1) is before --baseline-from (%2).</source>
        <translation>--baseline-to (%1) es anterior a --baseline-from (%2).</translation>
    </message>
    <message>
        <source>print each KPI's process behaviour chart figures: value, n, centre line, limits and the signals that fire (default: every KPI, by month)</source>
        <translation>mostrar las cifras de los gráficos de comportamiento del proceso de cada KPI: valor, n, línea central, límites y señales que se activan (por defecto: todos los KPI, por mes)</translation>
    </message>
    <message>
        <source>KPIs for --kpi:</source>
        <translation>Indicadores para --kpi:</translation>
    </message>
    <message>
        <source>a KPI column, repeat for more (default: every KPI)</source>
        <translation>una columna de indicador, repítala para más (por defecto: todos los indicadores)</translation>
    </message>
    <message>
        <source>servicenow, jira, zendesk, freshservice (freshdesk), glpi, otrs (znuny), osticket, zammad, events, surveys or generic; default: recognised from the header.</source>
        <translation>servicenow, jira, zendesk, freshservice (freshdesk), glpi, otrs (znuny), osticket, zammad, events, surveys o generic; por defecto: reconocido por el encabezado.</translation>
    </message>
    <message>
        <source>Generic, events: read FIELD from COLUMN; FIELD= leaves a suggested column out (repeatable).</source>
        <translation>Generic, events: leer FIELD de COLUMN; FIELD= deja fuera una columna sugerida (repetible).</translation>
    </message>
    <message>
        <source>Read SOURCE (* is a wildcard) as VALUE for status, priority or kind; the first matching rule wins (repeatable).</source>
        <translation>Leer SOURCE (* es un comodín) como VALUE para status, priority o kind; gana la primera regla que coincida (repetible).</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 o latin1 (por defecto: detectada).</translation>
    </message>
    <message>
        <source>The zone of times written without one, e.g. Europe/Berlin or UTC (default: the store's).</source>
        <translation>La zona de las horas escritas sin zona, p. ej. Europe/Berlin o UTC (por defecto: la del registro).</translation>
    </message>
    <message>
        <source>--profile is one of %1, not “%2”.</source>
        <translation>--profile es uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>--encoding is utf-8, utf-16le, utf-16be, windows-1252 or latin1, not “%1”.</source>
        <translation>--encoding es utf-8, utf-16le, utf-16be, windows-1252 o latin1, no «%1».</translation>
    </message>
    <message>
        <source>--time-zone: “%1” is not a time zone (for example Europe/Berlin, America/New_York, UTC).</source>
        <translation>--time-zone: «%1» no es una zona horaria (por ejemplo Europe/Berlin, America/New_York, UTC).</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN (or FIELD= to leave a column out), not “%1”.</source>
        <translation>--map espera FIELD=COLUMN (o FIELD= para dejar fuera una columna), no «%1».</translation>
    </message>
    <message>
        <source>--map does not apply to the servicenow and surveys profiles, whose columns are fixed.</source>
        <translation>--map no se aplica a los perfiles servicenow y surveys, cuyas columnas son fijas.</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>Codificación: %1 (%2)</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectada</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>la indicada</translation>
    </message>
    <message>
        <source>Times without a zone read in: %1</source>
        <translation>Horas sin zona leídas en: %1</translation>
    </message>
    <message>
        <source>Data problems in the source: %1 (imported as the source has them, see below)</source>
        <translation>Problemas de datos en el origen: %1 (importados tal cual, ver abajo)</translation>
    </message>
    <message>
        <source>The store to copy into: a store file (made when missing) or a PostgreSQL server (postgresql://user@host[:port]/database or service=NAME).</source>
        <translation>El almacén en el que copiar: un archivo (se crea si falta) o un servidor PostgreSQL (postgresql://usuario@host[:puerto]/base o service=NOMBRE).</translation>
    </message>
    <message>
        <source>copy needs --to TARGET.</source>
        <translation>copy necesita --to DESTINO.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3.</source>
        <translation>%1 filas copiadas de %2 a %3.</translation>
    </message>
    <message>
        <source>copy the whole store into an empty store: a file, or a PostgreSQL server (postgresql://user@host/database or service=NAME)</source>
        <translation>copiar todo el almacén de datos en uno vacío: un archivo o un servidor PostgreSQL (postgresql://usuario@host/base o service=NOMBRE)</translation>
    </message>
    <message>
        <source>Every table is copied with its ids, in one transaction: the target either holds the whole
store afterwards or is left as it was. A target that already holds follow-ups, events,
surveys, targets, initiatives, holidays, import runs or checklist runs is refused; a new
store is fine (it keeps its own store id). A missing target file is created.
Give a server's password through ~/.pgpass or PGPASSWORD rather than on the command line.
</source>
        <translation>Cada tabla se copia con sus identificadores, en una sola transacción: el destino contiene después
todo el almacén o queda como estaba. Un destino que ya contiene seguimientos, eventos, encuestas,
objetivos, iniciativas, festivos, importaciones o ejecuciones de listas de comprobación se rechaza;
un almacén nuevo sirve (conserva su propio identificador). Si falta el archivo de destino, se crea.
Indique la contraseña de un servidor en ~/.pgpass o PGPASSWORD, no en la línea de comandos.
</translation>
    </message>
</context>
<context>
    <name>ft::display</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>Actualizaciones prometidas</translation>
    </message>
    <message>
        <source>Update due: %1</source>
        <translation>Actualización pendiente: %1</translation>
    </message>
    <message>
        <source>Update due: %1 %2</source>
        <translation>Actualización pendiente: %1 %2</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Solicitante: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Promised on %1</source>
        <translation>Prometida el %1</translation>
    </message>
</context>
<context>
    <name>ft::form</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
</context>
<context>
    <name>ft::importing</name>
    <message>
        <source>“%1” is not a field that can be imported; the fields are: %2.</source>
        <translation>«%1» no es un campo importable; los campos son: %2.</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (mapped to %3); its columns are: %4.</source>
        <translation>%1 no tiene la columna «%2» (asignada a %3); sus columnas son: %4.</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to a field. Map them with --map FIELD=COLUMN (fields: %2).</source>
        <translation>Ninguna columna de %1 está asignada a un campo. Asígnelas con --map CAMPO=COLUMNA (campos: %2).</translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation>Importado de %1, línea %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>La importación de %1 se canceló; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1, column “%2”: “%3” %4</source>
        <translation>%1, columna «%2»: «%3» %4</translation>
    </message>
    <message>
        <source>is not a date and time (expected %1, then an optional H:MM or HH:MM:SS).</source>
        <translation>no es una fecha y hora (se esperaba %1 y luego, opcionalmente, H:MM o HH:MM:SS).</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2.</source>
        <translation>no es un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>is not yes or no (true/false, yes/no, y/n, 1/0).</source>
        <translation>no es sí o no (true/false, yes/no, y/n, 1/0).</translation>
    </message>
    <message>
        <source>is not a priority (1 to 4, or Critical, High, Moderate, Low).</source>
        <translation>no es una prioridad (1 a 4, o Critical, High, Moderate, Low).</translation>
    </message>
    <message>
        <source>is not a status FollowThrough knows (New, In progress, Waiting on requester, Waiting on vendor, Resolved, Closed, or a ServiceNow state).</source>
        <translation>no es un estado que FollowThrough conozca (New, In progress, Waiting on requester, Waiting on vendor, Resolved, Closed o un estado de ServiceNow).</translation>
    </message>
    <message>
        <source>is not a kind (incident, request, change, problem).</source>
        <translation>no es un tipo (incident, request, change, problem).</translation>
    </message>
    <message>
        <source>%1: the dates are written day first (line %2: “%3”) and month first (line %4: “%5”). Say which with --date-order dmy, mdy or ymd.</source>
        <translation>%1: las fechas están escritas con el día primero (línea %2: «%3») y con el mes primero (línea %4: «%5»). Indíquelo con --date-order dmy, mdy o ymd.</translation>
    </message>
    <message>
        <source>ServiceNow incidents</source>
        <translation>Incidentes de ServiceNow</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Respuestas a encuestas</translation>
    </message>
    <message>
        <source>Other CSV (columns mapped to fields)</source>
        <translation>Otro CSV (columnas asignadas a campos)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1 has a header line but no data rows.</source>
        <translation>%1 tiene línea de cabecera pero ninguna fila de datos.</translation>
    </message>
    <message>
        <source>%1 has no column “%2”, which the servicenow profile needs.</source>
        <translation>%1 no tiene la columna «%2», que el perfil servicenow necesita.</translation>
    </message>
    <message>
        <source>is empty: every row needs the incident number.</source>
        <translation>está vacío: cada fila necesita el número de incidente.</translation>
    </message>
    <message>
        <source>is empty: every incident has an opening time.</source>
        <translation>está vacío: cada incidente tiene una hora de apertura.</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>ServiceNow update %1: %2</source>
        <translation>Actualización de ServiceNow %1: %2</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>%1 is not a survey file: it needs the columns reference, score and date (comment is optional); it has %2.</source>
        <translation>%1 no es un archivo de encuestas: necesita las columnas reference, score y date (comment es opcional); tiene %2.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs the reference of its ticket.</source>
        <translation>está vacío: una respuesta de encuesta necesita la referencia de su ticket.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs a score from 1 to 5.</source>
        <translation>está vacío: una respuesta de encuesta necesita una puntuación de 1 a 5.</translation>
    </message>
    <message>
        <source>is empty: a survey response needs the date it was received.</source>
        <translation>está vacío: una respuesta de encuesta necesita la fecha de recepción.</translation>
    </message>
    <message>
        <source>%1: no follow-up has the reference “%2”; the response was not imported.</source>
        <translation>%1: ningún seguimiento tiene la referencia «%2»; la respuesta no se importó.</translation>
    </message>
    <message>
        <source>Status set by an import</source>
        <translation>Estado fijado por una importación</translation>
    </message>
    <message>
        <source>day first (31/12/2016)</source>
        <translation>día primero (31/12/2016)</translation>
    </message>
    <message>
        <source>month first (12/31/2016)</source>
        <translation>mes primero (12/31/2016)</translation>
    </message>
    <message>
        <source>year first (2016-12-31)</source>
        <translation>año primero (2016-12-31)</translation>
    </message>
    <message>
        <source>is outside the years %1–%2 that FollowThrough accepts.</source>
        <translation>está fuera de los años %1–%2 que FollowThrough acepta.</translation>
    </message>
    <message>
        <source>the reference “%1” is already on line %2 of this file, with different data. Keep one row per reference and import again.</source>
        <translation>la referencia «%1» ya está en la línea %2 de este archivo, con otros datos. Deje una fila por referencia e importe de nuevo.</translation>
    </message>
    <message>
        <source>“%1” is not a field of an event log (its fields: %2); opening, resolution and closing times and reopens come from the status changes.</source>
        <translation>«%1» no es un campo de un registro de eventos (sus campos: %2); las horas de apertura, resolución y cierre y las reaperturas salen de los cambios de estado.</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to “%2”, which an event log needs. Map it with --map %2=COLUMN (columns: %3).</source>
        <translation>Ninguna columna de %1 está asignada a «%2», que un registro de eventos necesita. Asígnela con --map %2=COLUMN (columnas: %3).</translation>
    </message>
    <message>
        <source>is empty: every event needs the reference of its ticket.</source>
        <translation>está vacío: cada evento necesita la referencia de su ticket.</translation>
    </message>
    <message>
        <source>is empty: every event needs its time.</source>
        <translation>está vacío: cada evento necesita su hora.</translation>
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
        <translation>No se puede crear una carpeta temporal para leer %1.</translation>
    </message>
    <message>
        <source>Event log (one row per change of a ticket)</source>
        <translation>Registro de eventos (una fila por cambio de un ticket)</translation>
    </message>
    <message>
        <source>Jira Service Management issues</source>
        <translation>Incidencias de Jira Service Management</translation>
    </message>
    <message>
        <source>Zendesk tickets</source>
        <translation>Tickets de Zendesk</translation>
    </message>
    <message>
        <source>Freshservice or Freshdesk tickets</source>
        <translation>Tickets de Freshservice o Freshdesk</translation>
    </message>
    <message>
        <source>GLPI tickets</source>
        <translation>Tickets de GLPI</translation>
    </message>
    <message>
        <source>OTRS or Znuny tickets</source>
        <translation>Tickets de OTRS o Znuny</translation>
    </message>
    <message>
        <source>osTicket tickets</source>
        <translation>Tickets de osTicket</translation>
    </message>
    <message>
        <source>Zammad tickets</source>
        <translation>Tickets de Zammad</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export: it has no column for the %3 (the %2 profile looks for “%4”). Its header looks like %5; try --profile %6, or map the columns with --map FIELD=COLUMN.</source>
        <translation>%1 no parece una exportación de %2: no tiene columna para %3 (el perfil %2 busca «%4»). Su encabezado parece de %5; pruebe --profile %6 o asigne las columnas con --map FIELD=COLUMN.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>el número de ticket</translation>
    </message>
    <message>
        <source>%1, line %2 (%3)</source>
        <translation>%1, línea %2 (%3)</translation>
    </message>
    <message>
        <source>the incident is open (%1) but has a closing time; the closing time was left out</source>
        <translation>el incidente está abierto (%1) pero tiene hora de cierre; la hora de cierre se ha dejado fuera</translation>
    </message>
    <message>
        <source>closed before it was resolved; both times are kept as the source has them</source>
        <translation>cerrado antes de resolverse; ambas horas se conservan tal como están en el origen</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook (its zip container is damaged).</source>
        <translation>%1 no es un libro .xlsx legible (su contenedor zip está dañado).</translation>
    </message>
    <message>
        <source>%1 has no part %2: it is not a workbook FollowThrough can read.</source>
        <translation>%1 no tiene la parte %2: no es un libro que FollowThrough pueda leer.</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MiB (or more than %4 times its packed size); the file is refused as too large or as a zip bomb.</source>
        <translation>%1: la parte %2 se descomprime en más de %3 MiB (o más de %4 veces su tamaño comprimido); el archivo se rechaza por demasiado grande o como bomba zip.</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation>%1: no se puede leer la parte %2.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged.</source>
        <translation>%1: la parte %2 está dañada.</translation>
    </message>
    <message>
        <source>%1: the sheet has more than %2 cells or %3 columns; it is refused as too large.</source>
        <translation>%1: la hoja tiene más de %2 celdas o %3 columnas; se rechaza por demasiado grande.</translation>
    </message>
    <message>
        <source>Cannot write the converted sheet of %1.</source>
        <translation>No se puede escribir la hoja convertida de %1.</translation>
    </message>
    <message>
        <source>%1: the sheet is not well-formed XML (%2).</source>
        <translation>%1: la hoja no es XML bien formado (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: the XML spreadsheet is not well-formed (%3).</source>
        <translation>%1, línea %2: la hoja de cálculo XML no está bien formada (%3).</translation>
    </message>
    <message>
        <source>%1 is a binary Excel 97–2003 workbook, which FollowThrough does not read. Save it as .xlsx or as CSV and import that.</source>
        <translation>%1 es un libro binario de Excel 97–2003, que FollowThrough no lee. Guárdelo como .xlsx o CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>--value takes FIELD:SOURCE=VALUE (for example status:Accepted=in_progress), not “%1”.</source>
        <translation>--value espera FIELD:SOURCE=VALUE (por ejemplo status:Accepted=in_progress), no «%1».</translation>
    </message>
    <message>
        <source>--value: “%1” is not a field whose values can be translated; those are %2.</source>
        <translation>--value: «%1» no es un campo cuyos valores se puedan traducir; esos son %2.</translation>
    </message>
    <message>
        <source>--value: “%1” is not a %2; use one of %3.</source>
        <translation>--value: «%1» no es un valor válido de %2; use uno de %3.</translation>
    </message>
    <message>
        <source>  %1 “%2” ×%3 (first at %4)</source>
        <translation>  %1 «%2» ×%3 (primero en %4)</translation>
    </message>
    <message>
        <source>%1, column “%2”: “%3” is not a %4 FollowThrough knows. %5 distinct values have no meaning yet:
%6
Translate each with --value FIELD:SOURCE=VALUE (SOURCE may use * as a wildcard; values: status %7; priority %8; kind %9).</source>
        <translation>%1, columna «%2»: «%3» no es un valor de %4 que FollowThrough conozca. %5 valores distintos aún no tienen significado:
%6
Traduzca cada uno con --value FIELD:SOURCE=VALUE (SOURCE puede usar * como comodín; valores: status %7; priority %8; kind %9).</translation>
    </message>
    <message>
        <source>is not a satisfaction rating (a score from 1 to 5, Good or Bad, Extremely Happy … Extremely Unhappy).</source>
        <translation>no es una valoración de satisfacción (una puntuación de 1 a 5, Good o Bad, Extremely Happy … Extremely Unhappy).</translation>
    </message>
    <message>
        <source>import (%1)</source>
        <translation>importación (%1)</translation>
    </message>
</context>
<context>
    <name>ft::output</name>
    <message>
        <source>the system gave no reason</source>
        <translation>el sistema no dio ningún motivo</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>%1: the output file must end in %2.</source>
        <translation>%1: el archivo de salida debe terminar en %2.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1 is a link to nothing; FollowThrough does not write through it.</source>
        <translation>%1 es un enlace a nada; FollowThrough no escribe a través de él.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); nothing was written.</source>
        <translation>%1 no es un archivo normal (una carpeta, un dispositivo o una tubería); no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is the store in use (or one of its journal files); FollowThrough never writes over it. Nothing was written.</source>
        <translation>%1 es el almacén en uso (o uno de sus archivos de diario); FollowThrough nunca lo sobrescribe. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database or journal; FollowThrough never writes over one. Choose another name. Nothing was written.</source>
        <translation>%1 es una base de datos o un diario SQLite; FollowThrough nunca sobrescribe uno. Elija otro nombre. No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write %1. Nothing was changed there.</source>
        <translation>No se puede escribir %1. No se cambió nada allí.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed there.</source>
        <translation>No se puede escribir %1: %2. No se cambió nada allí.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>No se puede escribir %1: el archivo no se abrió.</translation>
    </message>
</context>
<context>
    <name>ft::windowactions</name>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FollowThrough cannot open its store</source>
        <translation>FollowThrough no puede abrir su almacén de datos</translation>
    </message>
    <message>
        <source>FollowThrough</source>
        <translation>FollowThrough</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1. To use it, open it with --db, or copy it in place of the store.</source>
        <translation>La copia de seguridad automática más reciente es %1. Para usarla, ábrala con --db o cópiela en lugar del almacén de datos.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La copia diaria falló: %1</translation>
    </message>
</context>
</TS>