#include "processsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using ft::test::Run;

class tst_CommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The binary as a script would run it: no display, a home of its own.
    Run run(const QStringList &arguments, const QString &language = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!language.isEmpty()) {
            // The language as a desktop session sets it: LC_ALL from the test environment would win.
            env.remove(QStringLiteral("LC_ALL"));
            env.remove(QStringLiteral("LC_MESSAGES"));
            env.remove(QStringLiteral("LANGUAGE"));
            env.insert(QStringLiteral("LANG"), language);
        }
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        return ft::test::runFollowThrough(arguments, {.environment = env});
    }

private slots:
    void shouldPrintUsageForHelp()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage")));
        QVERIFY(r.out.contains(QLatin1String("demo [--items N] [--seed S]")));
        QVERIFY(r.out.contains(QLatin1String("check")));
        // The default store sits in the data folder once, not under followthrough/followthrough.
        QVERIFY2(r.out.contains(path(QStringLiteral("data/followthrough/followthrough.sqlite"))), qPrintable(r.out));
    }

    // The command table is built before the translator is installed; its summaries must still be
    // translated when --help prints them, whether the language comes from LANG or from --lang.
    void shouldPrintCommandSummariesInTheSystemLanguage()
    {
        const Run r = run({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Schemaversion, Integritätsprüfung und Zeilenzahlen ausgeben")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("print the schema version")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("write the CSI review pack")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("fill the store")), qPrintable(r.out));
    }

    void shouldPrintCommandSummariesInTheLanguageChosenWithLang()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("den Datenbestand mit einer realistischen Beispielhistorie füllen")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("fill the store")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("print the KPIs")), qPrintable(r.out));
    }

    // Every command the global --help lists answers COMMAND --help with its own usage and exit 0,
    // whatever else stands beside it, and touches no store.
    void shouldAnswerHelpForEveryCommand()
    {
        const Run all = run({QStringLiteral("--help")});
        QStringList names;
        static const QRegularExpression commandLine(QStringLiteral("followthrough \\[--db FILE\\] ([a-z]+)"));
        for (auto it = commandLine.globalMatch(all.out); it.hasNext();)
            names << it.next().captured(1);
        QVERIFY2(names.size() >= 7, qPrintable(all.out));
        const QString store = path(QStringLiteral("help-must-not-create.sqlite"));
        for (const QString &name : std::as_const(names)) {
            for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
                const Run r = run({QStringLiteral("--db"), store, name, QStringLiteral("--bogus"), help});
                QVERIFY2(r.exitCode == 0, qPrintable(name + QLatin1Char(' ') + help + QLatin1String(": ") + r.err));
                QVERIFY2(r.out.startsWith(QLatin1String("Usage: followthrough")), qPrintable(r.out));
                QVERIFY2(r.out.contains(QLatin1Char(' ') + name), qPrintable(name + QLatin1String(": ") + r.out));
                QVERIFY2(!r.err.contains(QLatin1String("bogus")), qPrintable(r.err));
            }
        }
        QVERIFY(!QFile::exists(store));
        // After "--" a "--help" is a value (a file of that name), not a request for help.
        const Run value = run({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--"),
                               QStringLiteral("--help")});
        QVERIFY(!value.out.startsWith(QLatin1String("Usage: followthrough")));
    }

    void shouldExitTwoWithUsageForAnUnknownCommand()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
        QVERIFY(r.err.contains(QLatin1String("Usage")));
        QVERIFY(r.out.isEmpty());
    }

    void shouldExitTwoWithUsageForABadOption()
    {
        const Run global = run({QStringLiteral("--bogus"), QStringLiteral("check")});
        QCOMPARE(global.exitCode, 2);
        QVERIFY(global.err.contains(QLatin1String("--bogus")));
        QVERIFY(global.err.contains(QLatin1String("Usage")));

        const Run command = run({QStringLiteral("--db"), path(QStringLiteral("unused.sqlite")), QStringLiteral("demo"),
                                 QStringLiteral("--frobnicate")});
        QCOMPARE(command.exitCode, 2);
        QVERIFY(command.err.contains(QLatin1String("frobnicate")));
        QVERIFY(command.err.contains(QLatin1String("Usage: followthrough [--db FILE] demo")));
        QVERIFY(!QFile::exists(path(QStringLiteral("unused.sqlite"))));
    }

    void shouldExitTwoForANonNumericItemCount()
    {
        const Run r = run({QStringLiteral("--db"), path(QStringLiteral("abc.sqlite")), QStringLiteral("demo"),
                           QStringLiteral("--items"), QStringLiteral("abc")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--items")));
        QVERIFY(r.err.contains(QLatin1String("abc")));
        QVERIFY(r.err.contains(QLatin1String("Usage: followthrough [--db FILE] demo [--items N] [--seed S]")));
        QVERIFY(!QFile::exists(path(QStringLiteral("abc.sqlite"))));
    }

    void shouldFailNamingTheFileWhenCheckingAMissingStore()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        const Run r = run({QStringLiteral("--db"), missing, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));   // check never creates a store
    }

    void shouldFailNamingTheFileWhenCheckingSomethingElse()
    {
        const QString notes = path(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are my notes, not a database.\n");
        }
        const QByteArray before = ft::test::fileBytes(notes);
        const Run r = run({QStringLiteral("--db"), notes, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(notes), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("not a FollowThrough store")));
        QCOMPARE(ft::test::fileBytes(notes), before);
    }

    void shouldFailNamingTheFileWhenCheckingADamagedStore()
    {
        const QString store = path(QStringLiteral("damaged.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--items"),
                      QStringLiteral("40")}).exitCode, 0);
        {
            // Cut the file short, as a full disk or a half-copied file would leave it.
            QFile f(store);
            QVERIFY(f.size() > 3 * 4096);
            QVERIFY(f.resize(3 * 4096));
        }
        const QByteArray before = ft::test::fileBytes(store);
        const Run r = run({QStringLiteral("--db"), store, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(store), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("damaged")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(ft::test::fileBytes(store), before);
    }

    void shouldFillAStoreAndCheckIt()
    {
        const QString store = path(QStringLiteral("demo.sqlite"));
        const Run demo = run({QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--items"),
                              QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QLatin1String("Added 300 demo follow-ups")), qPrintable(demo.out + demo.err));

        const Run check = run({QStringLiteral("--db"), store, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QLatin1String("Schema version: ")), qPrintable(check.out));
        QVERIFY(check.out.contains(QLatin1String("Integrity: ok")));
        QVERIFY(check.out.contains(QRegularExpression(QStringLiteral("followup: +300\\n"))));
        QVERIFY(check.out.contains(QRegularExpression(QStringLiteral("event: +[1-9][0-9]{3,}\\n"))));
        QVERIFY(check.out.contains(QRegularExpression(QStringLiteral("csi_initiative: +4\\n"))));

        // A second demo into the same store is refused and changes nothing.
        const QByteArray before = ft::test::fileBytes(store);
        const Run again = run({QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--items"),
                               QStringLiteral("10")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(store));
        QVERIFY(again.err.contains(QLatin1String("already holds 300")));
        QCOMPARE(ft::test::fileBytes(store), before);
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
