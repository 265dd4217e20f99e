// A second process on a store, for the reliability tests (tst_twoprocesses, tst_crashsafety, the
// stress run). It prints one line per committed action and flushes it at once, so that whatever a
// parent reads was acknowledged after the commit returned:
//   storeworker DB edits N SEED   N follow-up actions (create, contact, promise, status), a line each:
//                                  "ack SEQ create ID" | "ack SEQ contact ID" | "ack SEQ promise ID DUE"
//   storeworker DB hold MS        BEGIN IMMEDIATE, one write, "locked", hold it MS ms, COMMIT, "committed"
//   storeworker DB change ID ACTOR FIELD=VALUE...   another lead's edit of follow-up ID (owner, title,
//                                  priority as 1-4) through the service as ACTOR; "changed ID VERSION"
#include "domain/followupservice.h"
#include "store/followuprepository.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace ft;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int edits(Store &store, int count, quint32 seed)
{
    FollowUpService service(store);
    QRandomGenerator random(seed);
    const Timestamp base = 1'770'000'000 + Timestamp(seed % 1000) * 100'000;
    Timestamp clock = base;
    service.setClock([&clock] { return clock; });
    QList<FollowUpId> open;
    for (int seq = 0; seq < count; ++seq) {
        clock += 60;
        const int choice = open.isEmpty() ? 0 : int(random.bounded(4));
        const QByteArray tag = QByteArray::number(seed) + '-' + QByteArray::number(seq);
        if (choice == 0) {
            FollowUp draft;
            draft.title = QStringLiteral("w") + QString::fromLatin1(tag);
            draft.requester = QStringLiteral("worker");
            auto made = service.create(draft);
            if (!made)
                return fail(made.error().message);
            open << made->id;
            say("ack " + tag + " create " + QByteArray::number(made->id));
        } else if (choice == 1) {
            const FollowUpId id = open.at(random.bounded(open.size()));
            auto logged = service.logContact(id, Channel::Email, QStringLiteral("c") + QString::fromLatin1(tag));
            if (!logged)
                return fail(logged.error().message);
            say("ack " + tag + " contact " + QByteArray::number(id));
        } else if (choice == 2) {
            const FollowUpId id = open.at(random.bounded(open.size()));
            const Timestamp due = clock + 3600 + seq;
            auto promised = service.promiseUpdate(id, due);
            if (!promised)
                return fail(promised.error().message);
            say("ack " + tag + " promise " + QByteArray::number(id) + ' ' + QByteArray::number(due));
        } else {
            const FollowUpId id = open.at(random.bounded(open.size()));
            auto changed = service.changeStatus(id, random.bounded(2) ? Status::InProgress : Status::WaitingOnRequester);
            if (!changed && changed.error().code != Error::Code::Refused)
                return fail(changed.error().message);
        }
    }
    return 0;
}

int hold(Store &store, int ms)
{
    sql::Transaction tx(store.database());
    if (!tx.isActive())
        return fail(tx.beginError().message);
    if (auto w = store.setSetting(QStringLiteral("held_by_worker"), QString::number(ms)); !w)
        return fail(w.error().message);
    say("locked");
    QThread::msleep(ms);
    if (auto c = tx.commit(); !c)
        return fail(c.error().message);
    say("committed");
    return 0;
}

int change(Store &store, const QStringList &args)
{
    FollowUpService service(store);
    service.setActor(args.at(4));
    const FollowUpId id = args.at(3).toLongLong();
    auto loaded = repo::loadFollowUp(store.connection(), id);
    if (!loaded)
        return fail(loaded.error().message);
    FollowUp f = loaded.value();
    for (const QString &assignment : args.mid(5)) {
        const QString field = assignment.section(QLatin1Char('='), 0, 0);
        const QString value = assignment.section(QLatin1Char('='), 1);
        if (field == QLatin1String("owner"))
            f.owner = value;
        else if (field == QLatin1String("title"))
            f.title = value;
        else if (field == QLatin1String("priority"))
            f.priority = Priority(value.toInt());
        else
            return fail(QStringLiteral("unknown field ") + field);
    }
    auto edited = service.edit(f, loaded.value());
    if (!edited)
        return fail(edited.error().message);
    say("changed " + QByteArray::number(id) + ' '
        + QByteArray::number(repo::loadFollowUp(store.connection(), id).value().rowVersion));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: storeworker DB edits N SEED | storeworker DB hold MS"));
    auto store = Store::open(args.at(1));
    if (!store)
        return fail(store.error().message);
    say("open");
    if (args.at(2) == QLatin1String("edits"))
        return edits(*store.value(), args.at(3).toInt(), args.value(4).toUInt());
    if (args.at(2) == QLatin1String("hold"))
        return hold(*store.value(), args.at(3).toInt());
    if (args.at(2) == QLatin1String("change") && args.size() >= 6)
        return change(*store.value(), args);
    return fail(QStringLiteral("unknown mode ") + args.at(2));
}
