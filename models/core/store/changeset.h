#pragma once

#include "domain/change.h"
#include "domain/error.h"
#include "store/connection.h"

#include <QList>
#include <QString>

namespace ft {

// Records the rows an action touches (the values RowImage and ChangeSet are in domain/change.h).
// Call touch() before changing a row (or after inserting it); finish() reads the after-images.
// Tables are our own constants, never user input.
class ChangeJournal
{
public:
    explicit ChangeJournal(const Connection &connection);
    void touch(const QString &table, qint64 id);
    void inserted(const QString &table, qint64 id);
    Result<ChangeSet> finish(const QString &description);

private:
    Connection m_connection;
    QList<RowImage> m_rows;
};

enum class Replay { Undo, Redo };

// Puts the rows back as they were before (Undo) or after (Redo) the action, in one transaction.
// Refuses with Error::Conflict when a row was changed since (by another window or process). A
// follow-up row it writes back is saved anew: its version goes up and `actor` (when given) saved it.
Result<void> replay(const Connection &connection, const ChangeSet &changes, Replay direction,
                    const QString &actor = {});

} // namespace ft
