#include "store/schema.h"

#include "store/followupconditions.h"
#include "store/postgres/pgschema.h"

namespace ft::schema {

namespace {

// Version 1: every concept of SPEC §1. Times are INTEGER UTC seconds; calendar dates are TEXT YYYY-MM-DD.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE followup (
            id INTEGER PRIMARY KEY,
            reference TEXT UNIQUE,
            kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),
            title TEXT NOT NULL DEFAULT '',
            requester TEXT NOT NULL DEFAULT '',
            requester_contact TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
            category TEXT NOT NULL DEFAULT '',
            status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 5),
            opened_at INTEGER NOT NULL,
            first_response_at INTEGER,
            next_update_due INTEGER,
            last_contact_at INTEGER,
            resolved_at INTEGER,
            closed_at INTEGER,
            reopen_count INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
            sla_met INTEGER CHECK (sla_met IN (0, 1)),
            satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
            checklist_compliant INTEGER CHECK (checklist_compliant IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            contact_type TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL))"),
        // KPI periods select on these time columns.
        QStringLiteral("CREATE INDEX followup_opened ON followup(opened_at)"),
        QStringLiteral("CREATE INDEX followup_resolved ON followup(resolved_at) WHERE resolved_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX followup_closed ON followup(closed_at) WHERE closed_at IS NOT NULL"),
        // The Today review reads open items only (not Resolved, not Closed: sql::openCondition).
        QStringLiteral("CREATE INDEX followup_open_due ON followup(next_update_due) WHERE ") + sql::openCondition,
        QStringLiteral("CREATE INDEX followup_open_quiet ON followup(coalesce(last_contact_at, opened_at)) WHERE ") + sql::openCondition,
        QStringLiteral("CREATE INDEX followup_status ON followup(status)"),
        QStringLiteral("CREATE INDEX followup_owner ON followup(owner)"),
        QStringLiteral("CREATE INDEX followup_team ON followup(team)"),

        QStringLiteral(R"(CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            followup_id INTEGER NOT NULL REFERENCES followup(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            type INTEGER NOT NULL CHECK (type BETWEEN 0 AND 11),
            channel INTEGER CHECK (channel BETWEEN 0 AND 4),
            summary TEXT NOT NULL DEFAULT '',
            due_at INTEGER,
            from_status INTEGER,
            to_status INTEGER,
            actor TEXT NOT NULL DEFAULT '',
            checklist_item_id INTEGER,
            source_key TEXT))"),
        QStringLiteral("CREATE INDEX event_by_followup ON event(followup_id, at)"),
        // Waiting-time intervals for business-hour KPIs come from status changes.
        QStringLiteral("CREATE INDEX event_status_changes ON event(followup_id, at) WHERE type IN (3, 4)"),
        // Importing the same file twice must change nothing: each imported row has a key.
        QStringLiteral("CREATE UNIQUE INDEX event_source_key ON event(source_key) WHERE source_key IS NOT NULL"),

        // The ledger of promised updates: at most one open promise per follow-up.
        QStringLiteral(R"(CREATE TABLE promise (
            id INTEGER PRIMARY KEY,
            followup_id INTEGER NOT NULL REFERENCES followup(id) ON DELETE CASCADE,
            made_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            ended_at INTEGER,
            outcome INTEGER NOT NULL DEFAULT 0 CHECK (outcome BETWEEN 0 AND 4)))"),
        QStringLiteral("CREATE INDEX promise_by_due ON promise(due_at)"),
        QStringLiteral("CREATE INDEX promise_by_followup ON promise(followup_id)"),
        QStringLiteral("CREATE UNIQUE INDEX promise_one_open ON promise(followup_id) WHERE outcome = 0"),

        QStringLiteral(R"(CREATE TABLE checklist_template (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind_mask INTEGER NOT NULL DEFAULT 0,
            categories TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE checklist_template_item (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES checklist_template(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
            hint TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX checklist_template_item_by_template ON checklist_template_item(template_id, position)"),
        QStringLiteral(R"(CREATE TABLE checklist_run (
            id INTEGER PRIMARY KEY,
            followup_id INTEGER NOT NULL REFERENCES followup(id) ON DELETE CASCADE,
            template_id INTEGER REFERENCES checklist_template(id) ON DELETE SET NULL,
            template_name TEXT NOT NULL,
            attached_at INTEGER NOT NULL,
            overridden_at INTEGER,
            override_reason TEXT NOT NULL DEFAULT '',
            override_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX checklist_run_by_followup ON checklist_run(followup_id)"),
        QStringLiteral(R"(CREATE TABLE checklist_run_item (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES checklist_run(id) ON DELETE CASCADE,
            template_item_id INTEGER REFERENCES checklist_template_item(id) ON DELETE SET NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            required INTEGER NOT NULL CHECK (required IN (0, 1)),
            hint TEXT NOT NULL DEFAULT '',
            checked_at INTEGER,
            checked_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            skipped_at_resolve INTEGER NOT NULL DEFAULT 0 CHECK (skipped_at_resolve IN (0, 1))))"),
        QStringLiteral("CREATE INDEX checklist_run_item_by_run ON checklist_run_item(run_id, position)"),

        QStringLiteral(R"(CREATE TABLE survey_response (
            id INTEGER PRIMARY KEY,
            followup_id INTEGER REFERENCES followup(id) ON DELETE SET NULL,
            reference TEXT NOT NULL DEFAULT '',
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            comment TEXT NOT NULL DEFAULT '',
            received_at INTEGER NOT NULL,
            source_key TEXT UNIQUE))"),
        QStringLiteral("CREATE INDEX survey_by_received ON survey_response(received_at)"),
        QStringLiteral("CREATE INDEX survey_by_followup ON survey_response(followup_id)"),

        QStringLiteral(R"(CREATE TABLE kpi_target (
            id INTEGER PRIMARY KEY,
            kpi TEXT NOT NULL,
            value REAL NOT NULL,
            higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
            valid_from TEXT NOT NULL,
            UNIQUE (kpi, valid_from)))"),

        QStringLiteral(R"(CREATE TABLE csi_initiative (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            kpi TEXT NOT NULL,
            baseline REAL,
            target REAL,
            owner TEXT NOT NULL DEFAULT '',
            status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
            start_date TEXT NOT NULL,
            review_date TEXT,
            outcome TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX csi_initiative_by_kpi ON csi_initiative(kpi, start_date)"),

        // The business calendar, versioned by the date each version applies from, so that
        // changing it never changes past figures. Holidays are dated and so versioned by nature.
        QStringLiteral(R"(CREATE TABLE calendar_version (
            id INTEGER PRIMARY KEY,
            valid_from TEXT NOT NULL UNIQUE,
            working_days INTEGER NOT NULL CHECK (working_days BETWEEN 0 AND 127),
            day_start_minute INTEGER NOT NULL CHECK (day_start_minute BETWEEN 0 AND 1440),
            day_end_minute INTEGER NOT NULL CHECK (day_end_minute BETWEEN 0 AND 1440)))"),
        QStringLiteral("INSERT INTO calendar_version (valid_from, working_days, day_start_minute, day_end_minute) "
                       "VALUES ('1970-01-01', 31, 480, 1020)"),
        QStringLiteral("CREATE TABLE holiday (day TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '')"),

        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),

        QStringLiteral(R"(CREATE TABLE import_run (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            file TEXT NOT NULL,
            profile TEXT NOT NULL,
            added INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0))"),
    };
}

// Version 2: the KPI engine reads waiting intervals for every resolved item; this covering partial
// index holds only the status changes into or out of a waiting status, so that read is a short
// index scan. The engine names it (INDEXED BY) and repeats its WHERE terms word for word.
QStringList version2()
{
    return {
        QStringLiteral("CREATE INDEX event_waiting ON event(followup_id, at, from_status, to_status) "
                       "WHERE type IN (3, 4) AND (from_status IN (2, 3) OR to_status IN (2, 3))"),
    };
}

// Version 3: the KPI engine reads eight narrow columns of every follow-up, in id order, from a table
// whose rows are mostly text (title, requester, notes …). This covering index holds just those
// columns in id order, so that pass reads about a sixth of the pages: at 1,000,000 follow-ups its
// CPU time halved in the sqlite3 shell (0.45 s -> 0.22 s). The engine names it (INDEXED BY).
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX followup_kpi ON followup(id, opened_at, first_response_at, resolved_at, closed_at, "
                       "reopen_count, sla_met, checklist_compliant)"),
    };
}

// Version 4: the list's search box finds words anywhere in these five columns. LIKE '%word%' cannot use
// an index and reads every follow-up on each keystroke; a trigram full-text index answers a word of
// three or more characters from the index. External content: the text stays in followup only, and
// the triggers keep the index equal to it on every insert, update (also an undo's) and delete.
// An UPDATE trigger limited to these columns: status changes and the like cost nothing here.
QStringList version4()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE followup_search USING fts5(reference, title, requester, owner, category, "
                       "content='followup', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("INSERT INTO followup_search (followup_search) VALUES ('rebuild')"),
        QStringLiteral(R"(CREATE TRIGGER followup_search_insert AFTER INSERT ON followup BEGIN
            INSERT INTO followup_search (rowid, reference, title, requester, owner, category)
                VALUES (new.id, new.reference, new.title, new.requester, new.owner, new.category);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER followup_search_delete AFTER DELETE ON followup BEGIN
            INSERT INTO followup_search (followup_search, rowid, reference, title, requester, owner, category)
                VALUES ('delete', old.id, old.reference, old.title, old.requester, old.owner, old.category);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER followup_search_update AFTER UPDATE OF id, reference, title, requester, owner, category
            ON followup BEGIN
            INSERT INTO followup_search (followup_search, rowid, reference, title, requester, owner, category)
                VALUES ('delete', old.id, old.reference, old.title, old.requester, old.owner, old.category);
            INSERT INTO followup_search (rowid, reference, title, requester, owner, category)
                VALUES (new.id, new.reference, new.title, new.requester, new.owner, new.category);
            END)"),
    };
}

// Version 5: the row writers save a whole follow-up (every column in the SET list) on each action, so the
// version-4 update trigger re-indexed the text on every status change, contact and promise: 7 s of
// CPU in a 100,000-item demo (3.9 s without the index). The trigger now fires only when one of the
// indexed texts really changed.
QStringList version5()
{
    return {
        QStringLiteral("DROP TRIGGER followup_search_update"),
        QStringLiteral(R"(CREATE TRIGGER followup_search_update AFTER UPDATE OF id, reference, title, requester, owner, category
            ON followup
            WHEN old.id IS NOT new.id OR old.reference IS NOT new.reference OR old.title IS NOT new.title
                OR old.requester IS NOT new.requester OR old.owner IS NOT new.owner OR old.category IS NOT new.category
            BEGIN
            INSERT INTO followup_search (followup_search, rowid, reference, title, requester, owner, category)
                VALUES ('delete', old.id, old.reference, old.title, old.requester, old.owner, old.category);
            INSERT INTO followup_search (rowid, reference, title, requester, owner, category)
                VALUES (new.id, new.reference, new.title, new.requester, new.owner, new.category);
            END)"),
    };
}

// Version 6: the full list sorts by any column. Without an index in the sort's own expression (its
// collation, its coalesce) SQLite sorts every follow-up for each first page: 0.25–0.6 s at 1,000,000.
// One index per sortable column lets it read the first page off the index (under 1 ms in the sqlite3
// shell). The expressions are FollowUpTableModel's sort expressions word for word; id, the tie-breaker,
// is the rowid every index carries. Reference, opened and status had indexes already.
// Write cost: an action saves one row, so a few more index entries (microseconds); a bulk update of
// 10,000 rows went from 0.04 to 0.17 s of CPU in the shell, and creating them on a 1,000,000-item
// store takes about 3 s each, once.
QStringList version6()
{
    return {
        QStringLiteral("CREATE INDEX followup_sort_title ON followup(title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX followup_sort_owner ON followup(owner COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX followup_sort_team ON followup(team COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX followup_sort_requester ON followup(requester COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX followup_sort_category ON followup(category COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX followup_sort_priority ON followup(priority)"),
        QStringLiteral("CREATE INDEX followup_sort_kind ON followup(kind)"),
        QStringLiteral("CREATE INDEX followup_sort_due ON followup(coalesce(next_update_due, 9223372036854775807))"),
        QStringLiteral("CREATE INDEX followup_sort_contact ON followup(coalesce(last_contact_at, 0))"),
    };
}

// PostgreSQL's version 4: pg_trgm's trigram index over the same five columns (sql::searchDocument),
// which answers ILIKE '%word%' the way FTS5's trigram table answers MATCH. pg_trgm is a trusted
// extension: the database's owner may create it. The index follows the rows by itself, so version 5
// (SQLite's trigger) has nothing to do there.
QStringList postgresVersion4()
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE INDEX followup_search ON followup USING gin (%1 gin_trgm_ops)").arg(sql::searchDocument),
    };
}

// Version 7: several leads on one register (SPEC §6). Each follow-up carries a version that every save
// adds one to, and a save names the version it read (optimistic concurrency: a change made since is
// refused, never written over); changed_by says who saved it last, for the refusal's message. Plain
// ADD COLUMN with constant defaults: the same statements on SQLite and PostgreSQL.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE followup ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE followup ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace

QStringList statementsFor(const Migration &step, Engine engine)
{
    if (engine == Engine::SQLite)
        return step.statements;
    if (step.postgres)
        return *step.postgres;
    QStringList out;
    for (const QString &statement : step.statements)
        out << pgschema::translate(statement);
    return out;
}

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1, "Initial schema: follow-ups, timeline, promises, checklists, surveys, targets, CSI, calendar", version1()},
        {2, "Index of waiting-status changes for business-hour KPIs", version2()},
        {3, "Covering index of the follow-up columns the KPI engine reads", version3()},
        {4, "Trigram full-text index of the searchable text of follow-ups", version4(), postgresVersion4()},
        {5, "The full-text index is updated only when an indexed text changed", version5(), QStringList()},
        {6, "An index for each column the full list sorts by", version6()},
        {7, "A version per follow-up and who saved it last, for edits by several leads at once", version7()},
    };
    return all;
}

int currentVersion() { return migrations().constLast().version; }

} // namespace ft::schema
