#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

class QSqlDatabase;

namespace ft {

// Row images before and after one user action, so that the action can be undone and redone
// exactly (follow-up fields, timeline events, promises, checklist state alike).
struct RowImage
{
    QString table;
    qint64 id = 0;
    std::optional<QVariantMap> before;   // absent: the action inserted the row
    std::optional<QVariantMap> after;    // absent: the action deleted the row
};

struct ChangeSet
{
    QString description;
    QList<RowImage> rows;
    bool isEmpty() const { return rows.isEmpty(); }
};

// Records the rows an action touches. Call touch() before changing a row (or after inserting it);
// finish() reads the after-images. Tables are our own constants, never user input.
class ChangeJournal
{
public:
    explicit ChangeJournal(const QSqlDatabase &db);
    void touch(const QString &table, qint64 id);
    void inserted(const QString &table, qint64 id);
    Result<ChangeSet> finish(const QString &description);

private:
    QString m_connection;
    QList<RowImage> m_rows;
};

enum class Replay { Undo, Redo };

// Puts the rows back as they were before (Undo) or after (Redo) the action, in one transaction.
// Refuses with Error::Conflict when a row was changed since (by another window or process).
Result<void> replay(const QSqlDatabase &db, const ChangeSet &changes, Replay direction);

} // namespace ft
