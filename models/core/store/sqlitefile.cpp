#include "store/sqlitefile.h"

#include "store/safeoutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ft::sqlitefile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::Store)
};

constexpr int busyTimeoutMs = 5000;

// Owns one sqlite3 connection.
class Connection
{
public:
    Connection(const QString &file, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, busyTimeoutMs);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(m_rc)); }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Runs a backup from `source` into `destination` in one step: one read transaction on the source,
// so the copy is one consistent snapshot. Busy / locked are retried within the busy timeout.
Result<void> runBackup(sqlite3 *destination, sqlite3 *source)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return Error::failed(QString::fromUtf8(sqlite3_errmsg(destination)));
    int rc = SQLITE_OK;
    for (int waited = 0;; waited += 50) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited >= busyTimeoutMs)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::failed(QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

Result<void> execute(sqlite3 *db, const char *statement)
{
    char *message = nullptr;
    if (sqlite3_exec(db, statement, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Error::failed(text);
    }
    return {};
}

// Runs PRAGMA integrity_check, its lines joined into `lines` ("ok" when the file is sound); returns
// SQLite's result code, SQLITE_OK when the check itself ran.
int runIntegrityCheck(sqlite3 *db, QString &lines)
{
    sqlite3_stmt *stmt = nullptr;
    if (const int rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr); rc != SQLITE_OK)
        return rc;
    QStringList problems;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return rc;
    lines = problems.join(QLatin1Char('\n'));
    return SQLITE_OK;
}

Result<QString> integrityOf(sqlite3 *db)
{
    QString lines;
    if (const int rc = runIntegrityCheck(db, lines); rc != SQLITE_OK)
        return Error::failed(QString::fromUtf8(rc == sqlite3_errcode(db) ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    return lines;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

Result<void> copyFile(const QString &from, const QString &to, Verify verify)
{
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        return Error::refused(Tr::tr("%1 exists already; choose another name.").arg(to));
    // A name of its own beside the target (two copies at once never share one), created readable by
    // its owner only, like the store, before a byte of it is written.
    const QFileInfo info(to);
    QByteArray pattern = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()) + ".XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return Error::failed(Tr::tr("Cannot write the backup %1: %2").arg(to, output::systemReason(errno)));
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    const QString part = QFile::decodeName(pattern);
    const auto fail = [&](const QString &why) -> Result<void> {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
        // SQLite's words for a damaged page, wherever the copy met it.
        if (why.contains(QString::fromUtf8(sqlite3_errstr(SQLITE_CORRUPT)))
            || why.contains(QString::fromUtf8(sqlite3_errstr(SQLITE_NOTADB))))
            return Error::refused(Tr::tr("No backup was written to %1: the store %2 is damaged (%3). Restore "
                                         "an earlier backup.").arg(to, from, why));
        return Error::failed(Tr::tr("The backup to %1 failed: %2").arg(to, why));
    };
    {
        Connection source(from, SQLITE_OPEN_READONLY);
        if (!source.ok())
            return fail(source.error());
        Connection destination(part, SQLITE_OPEN_READWRITE);
        if (!destination.ok())
            return fail(destination.error());
        if (auto copied = runBackup(destination.handle(), source.handle()); !copied)
            return fail(copied.error().message);
        // The store runs in WAL mode and the copy inherits it; a backup is better one self-contained file.
        if (auto single = execute(destination.handle(), "PRAGMA journal_mode = DELETE"); !single)
            return fail(single.error().message);
        // The copy is read back whole: a page damaged in the store (or on the way) is found now, not
        // on the day the backup is needed.
        if (verify == Verify::Integrity) {
            auto problems = integrityOf(destination.handle());
            if (!problems)
                return fail(problems.error().message);
            if (*problems != QLatin1String("ok")) {
                QFile::remove(part);
                return Error::refused(Tr::tr("No backup was written to %1: the store %2 is damaged (%3). Restore "
                                             "an earlier backup.").arg(to, from, problems->left(300)));
            }
        }
    }
    // Linked, not renamed: a file that appeared under the name meanwhile is never replaced.
    if (::link(pattern.constData(), QFile::encodeName(to).constData()) != 0)
        return fail(output::systemReason(errno));
    QFile::remove(part);
    if (const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

Result<void> copyInto(const QString &from, const QSqlDatabase &into)
{
    sqlite3 *destination = handleOf(into);
    if (!destination)
        return Error::failed(Tr::tr("The store's connection is not an SQLite connection."));
    Connection source(from, SQLITE_OPEN_READONLY);
    if (!source.ok())
        return Error::failed(Tr::tr("Cannot read %1: %2").arg(from, source.error()));
    if (auto copied = runBackup(destination, source.handle()); !copied)
        return Error::failed(Tr::tr("Restoring from %1 failed: %2").arg(from, copied.error().message));
    return {};
}

Result<FileFacts> inspect(const QString &file, Depth depth, InspectError *why)
{
    Connection db(file, SQLITE_OPEN_READWRITE);
    const auto failed = [&](int rc) -> Error {
        const QString message = db.error();
        if (why) {
            why->damaged = (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
            why->message = message;
        }
        return Error::failed(message);
    };
    if (!db.ok())
        return failed(SQLITE_CANTOPEN);
    // No checkpoint when this connection closes, and no statement may write.
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (sqlite3_exec(db.handle(), "PRAGMA query_only = 1", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(sqlite3_errcode(db.handle()));
    FileFacts facts;
    const auto integer = [&](const char *statement, qint64 &out) -> int {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(db.handle(), statement, -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return rc;
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            out = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    };
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    qint64 hasFollowUps = 0;
    for (const auto &[statement, target] :
         {std::pair{"PRAGMA application_id", &applicationId}, std::pair{"PRAGMA user_version", &userVersion},
          std::pair{"SELECT count(*) FROM sqlite_master", &facts.objects},
          std::pair{"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'followup'", &hasFollowUps}}) {
        if (const int rc = integer(statement, *target); rc != SQLITE_OK)
            return failed(rc);
    }
    facts.applicationId = int(applicationId);
    facts.userVersion = int(userVersion);
    if (depth == Depth::Header)
        return facts;
    if (hasFollowUps) {
        if (const int rc = integer("SELECT count(*) FROM followup", facts.followUps); rc != SQLITE_OK)
            return failed(rc);
    }

    if (const int rc = runIntegrityCheck(db.handle(), facts.integrity); rc != SQLITE_OK)
        return failed(rc);
    return facts;
}

} // namespace ft::sqlitefile
