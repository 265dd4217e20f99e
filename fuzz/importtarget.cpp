#include "importtarget.h"

#include "fuzzsupport.h"
#include "importing/importer.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <memory>

namespace ft::fuzz {

namespace {

struct Harness
{
    Harness()
    {
        ensureApplication();
        if (!dir.isValid())
            fail(__FILE__, __LINE__, "a folder for the store", dir.errorString());
        auto opened = Store::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            fail(__FILE__, __LINE__, "a store", opened.error().message);
        store = std::move(opened).value();
    }
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    const QTimeZone zone{"Europe/Berlin"};
    // A fixed clock, so that an input behaves the same on every run.
    const Timestamp now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
};

Harness &harness()
{
    static Harness h;
    return h;
}

struct Counts
{
    qint64 followUps = 0, events = 0, runs = 0, surveys = 0;
    bool operator==(const Counts &) const = default;
};

qint64 count(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        fail(__FILE__, __LINE__, "counting rows", statement);
    return q.value(0).toLongLong();
}

Counts counts(const QSqlDatabase &db)
{
    return {count(db, QStringLiteral("SELECT count(*) FROM followup")),
            count(db, QStringLiteral("SELECT count(*) FROM event")),
            count(db, QStringLiteral("SELECT count(*) FROM import_run")),
            count(db, QStringLiteral("SELECT count(*) FROM survey_response"))};
}

QString show(const Counts &c)
{
    return QStringLiteral("%1 follow-ups, %2 events, %3 runs, %4 survey responses")
        .arg(c.followUps).arg(c.events).arg(c.runs).arg(c.surveys);
}

// One import and the checks of its outcome; the report when it succeeded.
std::optional<importing::ImportReport> importOnce(const QString &path, const importing::ImportOptions &options)
{
    Harness &h = harness();
    const QSqlDatabase db = h.store->database();
    const Counts before = counts(db);
    auto imported = importing::importFile(h.store->connection(), h.zone, path, options);
    const Counts after = counts(db);
    if (!imported) {
        FT_FUZZ_CHECK(after == before, QStringLiteral("failed (%1), yet the store went from %2 to %3")
                                           .arg(imported.error().message, show(before), show(after)));
        FT_FUZZ_CHECK(imported.error().code == Error::Code::BadInput, imported.error().message);
        FT_FUZZ_CHECK(imported.error().message.contains(QFileInfo(path).fileName()), imported.error().message);
        return std::nullopt;
    }
    const importing::ImportReport &r = imported.value();
    FT_FUZZ_CHECK(r.rows > 0, QStringLiteral("a successful import without rows"));
    FT_FUZZ_CHECK(after.runs == before.runs + 1, show(before) + QStringLiteral(" → ") + show(after));
    FT_FUZZ_CHECK(r.rejected == r.rejectedRows.size(), QStringLiteral("rejected %1, listed %2")
                                                           .arg(r.rejected).arg(r.rejectedRows.size()));
    FT_FUZZ_CHECK(options.skipBadRows || r.rejected == 0 || r.profile == importing::Profile::Surveys,
                  QStringLiteral("rows rejected without skipping"));
    if (r.profile != importing::Profile::Surveys) {
        FT_FUZZ_CHECK(after.followUps == before.followUps + r.added,
                      QStringLiteral("added %1: ").arg(r.added) + show(before) + QStringLiteral(" → ") + show(after));
        FT_FUZZ_CHECK(after.events == before.events + r.eventsAdded,
                      QStringLiteral("events added %1: ").arg(r.eventsAdded) + show(before) + QStringLiteral(" → ")
                          + show(after));
    }
    return r;
}

} // namespace

void fuzzImport(const uint8_t *data, size_t size, importing::Profile profile)
{
    const QString path = writeInput(data, size);
    Harness &h = harness();
    // Everything this input does is rolled back at the end: the next input meets the same store.
    sql::Transaction scope(h.store->database());
    FT_FUZZ_CHECK(scope.isActive(), scope.beginError().message);

    importing::ImportOptions options;
    options.profile = profile;
    options.now = h.now;
    auto first = importOnce(path, options);
    if (!first) {
        options.skipBadRows = true;
        first = importOnce(path, options);
    }
    if (!first)
        return;
    const auto again = importOnce(path, options);
    FT_FUZZ_CHECK(again.has_value(), QStringLiteral("a file imported once is refused the second time"));
    FT_FUZZ_CHECK(again->added == 0, QStringLiteral("the second import of the same file added %1").arg(again->added));
    // A ServiceNow export is history, keyed by incident and update: a second import changes nothing
    // at all. (Generic rows are snapshots: two rows of one reference that disagree update it again.)
    if (profile == importing::Profile::ServiceNow)
        FT_FUZZ_CHECK(again->updated == 0 && again->eventsAdded == 0,
                      QStringLiteral("the second import updated %1 follow-ups and added %2 events")
                          .arg(again->updated).arg(again->eventsAdded));
}

} // namespace ft::fuzz
