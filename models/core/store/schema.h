#pragma once

#include "store/engine.h"

#include <QList>
#include <QStringList>
#include <optional>

// The schema, declared in one place: one migration step per version, applied in order.
namespace ft::schema {

constexpr int ApplicationId = 0x46545448;   // "FTTH": marks a FollowThrough store

// The one schema description is SQLite's words; PostgreSQL's are made from them
// (store/postgres/pgschema.h), except where a step says PostgreSQL's itself (the text search).
struct Migration
{
    int version;            // PRAGMA user_version (SQLite), store_schema.version (PostgreSQL) after this step
    const char *summary;
    QStringList statements;
    std::optional<QStringList> postgres = std::nullopt;
};

const QList<Migration> &migrations();
int currentVersion();
// The step's statements in the engine's dialect.
QStringList statementsFor(const Migration &step, Engine engine);

} // namespace ft::schema
