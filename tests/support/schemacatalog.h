#pragma once

#include "store/store.h"

#include <QStringList>

// The schema a store ended with, read from its engine's own catalog and written in engine-neutral
// words, one line each, sorted:
//   "table followup", "column followup.title text not-null", "index followup_owner on followup",
//   "search followup_search on followup" (FTS5's virtual table on SQLite, pg_trgm's index on PostgreSQL).
// Types: integer (SQLite INTEGER, PostgreSQL bigint/integer), real, text. What each engine needs beside
// the schema (SQLite's FTS5 shadow tables and triggers; PostgreSQL's store_schema, id sequences and
// triggers) is left out: the two engines' lists must then be equal (tst_schemaequivalence).
namespace ft::test {

QStringList schemaCatalog(const Store &store);

} // namespace ft::test
