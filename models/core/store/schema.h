#pragma once

#include <QList>
#include <QStringList>

// The schema, declared in one place: one migration step per version, applied in order.
namespace ft::schema {

constexpr int ApplicationId = 0x46545448;   // "FTTH": marks a FollowThrough store

struct Migration
{
    int version;            // PRAGMA user_version after this step
    const char *summary;
    QStringList statements;
};

const QList<Migration> &migrations();
int currentVersion();

} // namespace ft::schema
