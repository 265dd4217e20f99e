#include "store/store.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <csignal>
#include <tuple>

using namespace ft;
using namespace Qt::StringLiterals;

// Crash safety (issue 7): a child process edits the store and is killed with SIGKILL at random
// moments, again and again on the same store. After every kill the store passes integrity_check,
// every edit the child acknowledged (it prints the line only after the commit returned) is there,
// and no follow-up appears that was neither acknowledged nor the one in flight.
// FT_CRASH_KILLS sets the number of kills (CI: 20; scripts/stress runs hundreds).
class tst_CrashSafety : public QObject
{
    Q_OBJECT

    struct Ack
    {
        QString tag;
        QString kind;
        qint64 id = 0;
        qint64 due = 0;
    };

    static QList<Ack> parse(const QByteArray &output)
    {
        QList<Ack> acks;
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast();   // what follows the last newline was not acknowledged completely
        for (const QByteArray &line : std::as_const(lines)) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() < 4 || f.at(0) != "ack")
                continue;
            acks.append({QString::fromLatin1(f.at(1)), QString::fromLatin1(f.at(2)), f.at(3).toLongLong(),
                         f.size() > 4 ? f.at(4).toLongLong() : 0});
        }
        return acks;
    }

    static qint64 count(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
    {
        QSqlQuery q(db);
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void shouldKeepEveryAcknowledgedEditThroughKills()
    {
        const int kills = qEnvironmentVariableIntValue("FT_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("FT_CRASH_KILLS") : 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.sqlite"_s);
        QRandomGenerator random(20261122);
        QList<Ack> acknowledged;
        int killedMidWork = 0;
        qint64 storedBefore = 0;

        for (int round = 0; round < kills; ++round) {
            QProcess child;
            child.start(QStringLiteral(FT_STOREWORKER),
                        {path, u"edits"_s, u"100000"_s, QString::number(round + 1)});
            QVERIFY(child.waitForStarted());
            // Every fourth round dies while the store may still be being opened (or created); the others
            // at a random moment after it was open, while edits are committing.
            QByteArray output;
            if (round % 4 != 0) {
                QElapsedTimer waited;
                waited.start();
                while (!(output += child.readAllStandardOutput()).contains("open") && waited.elapsed() < 60000)
                    child.waitForReadyRead(20);
            }
            QTest::qWait(int(random.bounded(round % 4 == 0 ? 150 : 300)));
            if (child.state() != QProcess::Running)
                QFAIL(qPrintable(u"the worker stopped by itself: "_s + QString::fromUtf8(child.readAllStandardError())));
            QVERIFY(child.processId() > 0);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(30000));
            output += child.readAllStandardOutput();
            const QList<Ack> acks = parse(output);
            if (!acks.isEmpty())
                ++killedMidWork;
            acknowledged += acks;

            // The next opening recovers from the write-ahead log like any later start would.
            auto store = Store::open(path);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
            QCOMPARE(store.value()->integrityCheck().value(), u"ok"_s);
            const QSqlDatabase db = store.value()->database();
            // This round's acknowledgements every round, all of them again after the last round.
            const bool last = round == kills - 1;
            for (qsizetype i = last ? 0 : acknowledged.size() - acks.size(); i < acknowledged.size(); ++i) {
                const Ack &a = acknowledged.at(i);
                qint64 found = -1;
                if (a.kind == u"create"_s) {
                    found = count(db, u"SELECT count(*) FROM followup WHERE id = ? AND title = ?"_s, {a.id, QString(u"w"_s + a.tag)});
                } else if (a.kind == u"contact"_s) {
                    found = count(db, u"SELECT count(*) FROM event WHERE followup_id = ? AND summary = ?"_s,
                                  {a.id, QString(u"c"_s + a.tag)});
                } else if (a.kind == u"promise"_s) {
                    found = count(db, u"SELECT count(*) FROM promise WHERE followup_id = ? AND due_at = ?"_s, {a.id, a.due});
                }
                QVERIFY2(found == 1, qPrintable(u"round %1: acknowledged %2 %3 of follow-up %4 is missing"_s
                                                    .arg(round).arg(a.kind, a.tag).arg(a.id)));
            }
            const qint64 newCreates = std::count_if(acks.cbegin(), acks.cend(), [](const Ack &a) { return a.kind == u"create"_s; });
            // At most the one create that committed as the kill arrived went unacknowledged this round.
            const qint64 stored = count(db, u"SELECT count(*) FROM followup WHERE requester = 'worker'"_s, {});
            QVERIFY2(stored - storedBefore == newCreates || stored - storedBefore == newCreates + 1,
                     qPrintable(u"round %1: %2 follow-ups added, %3 acknowledged"_s.arg(round).arg(stored - storedBefore)
                                    .arg(newCreates)));
            storedBefore = stored;
            // Every follow-up has its Created event: no half-written action survived.
            QCOMPARE(count(db, u"SELECT count(*) FROM followup f WHERE NOT EXISTS "
                               "(SELECT 1 FROM event e WHERE e.followup_id = f.id AND e.type = 0)"_s, {}),
                     0);
        }
        qInfo("%d kills, %d of them after edits had started, %lld edits acknowledged", kills, killedMidWork,
              qint64(acknowledged.size()));
        QVERIFY2(killedMidWork >= kills / 2, "most kills should land while edits are running");
    }

    void shouldLeaveAnInterruptedImportWhollyAbsent()
    {
        const QString sample = qEnvironmentVariable("FT_SHARED_DATA") + u"/uci-incident-event-log/incident_event_log.subset.csv"_s;
        if (!QFileInfo::exists(sample))
            QSKIP("the sample incident log is not here (FT_SHARED_DATA)");
        const int kills = std::max(10, qEnvironmentVariableIntValue("FT_CRASH_KILLS") / 4);
        QTemporaryDir dir;
        const auto counts = [](const QString &path) {
            auto store = Store::open(path);
            if (!store)
                return std::tuple<QString, qint64, qint64, qint64>{store.error().message, -1, -1, -1};
            const QSqlDatabase db = store.value()->database();
            return std::tuple<QString, qint64, qint64, qint64>{store.value()->integrityCheck().value(),
                                                               count(db, u"SELECT count(*) FROM followup"_s, {}),
                                                               count(db, u"SELECT count(*) FROM event"_s, {}),
                                                               count(db, u"SELECT count(*) FROM import_run"_s, {})};
        };

        // What a whole import of the file leaves.
        const QString reference = dir.filePath(u"reference.sqlite"_s);
        QElapsedTimer importTime;
        importTime.start();
        QCOMPARE(QProcess::execute(QStringLiteral(FT_BINARY), {u"--db"_s, reference, u"import"_s, sample}), 0);
        // Kills land within the time a whole import takes here, so some land mid-import on any machine.
        const int importMs = std::max(20, int(importTime.elapsed()));
        const auto whole = counts(reference);
        QCOMPARE(std::get<0>(whole), u"ok"_s);
        QVERIFY(std::get<1>(whole) > 0);

        QRandomGenerator random(7);
        int interrupted = 0;
        for (int round = 0; round < kills; ++round) {
            const QString path = dir.filePath(u"import%1.sqlite"_s.arg(round));
            QVERIFY(Store::open(path));   // created beforehand: the kill lands in the import, not the creation
            QProcess child;
            child.start(QStringLiteral(FT_BINARY), {u"--db"_s, path, u"import"_s, sample});
            QVERIFY(child.waitForStarted());
            QTest::qWait(int(random.bounded(importMs)));
            // Never kill(0, …): once the child is gone its id is 0, and that would kill our own process group.
            const bool stillRunning = child.state() == QProcess::Running && child.processId() > 0;
            if (stillRunning)
                ::kill(pid_t(child.processId()), SIGKILL);
            if (child.state() != QProcess::NotRunning)
                child.waitForFinished(30000);
            const auto after = counts(path);
            QCOMPARE(std::get<0>(after), u"ok"_s);
            const bool absent = std::get<1>(after) == 0 && std::get<2>(after) == 0 && std::get<3>(after) == 0;
            QVERIFY2(absent || after == whole,
                     qPrintable(u"round %1: %2 follow-ups, %3 events, %4 import runs after the kill"_s.arg(round)
                                    .arg(std::get<1>(after)).arg(std::get<2>(after)).arg(std::get<3>(after))));
            if (absent && stillRunning)
                ++interrupted;
        }
        qInfo("%d imports killed, %d of them interrupted (wholly absent), the others had finished", kills, interrupted);
        QVERIFY2(interrupted > 0, "no kill landed during an import");
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
