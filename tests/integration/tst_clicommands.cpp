// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The command model, run for real (the built beam-launcher): help for every command and
// subcommand, usage errors with the nearest spelling, --json listings, and people's text on
// stderr while data goes to stdout. No Go toolchain and no job service needed.
#include "CliRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dirs;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dirs.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_dirs.filePath(u"cache"_s));
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_dirs.filePath(u"config"_s));
        m_env.insert(u"BEAM_LAUNCHER_LANGUAGE"_s, u"en"_s);
    }

    // `beam-launcher --verison` with no display used to open the window, which aborted (134).
    void misspelledOptionNamesTheNearestAndOpensNoWindow()
    {
        QProcessEnvironment env = m_env;
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        CliRun run = runCli({u"--verison"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("did you mean --version?"), qPrintable(run.describe()));
        BL_VERIFY2(run.out.isEmpty(), qPrintable(run.describe()));

        run = runCli({u"--jsno"_s, u"build"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));

        run = runCli({u"launch"_s, fixture(u"fakebeam"_s), u"--rnuner"_s, u"prism"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("did you mean --runner?"), qPrintable(run.describe()));
    }

    void unknownCommandNamesTheNearest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("nearest");
        QTest::newRow("profiles lst") << QStringList{u"profiles"_s, u"lst"_s} << u"did you mean list?"_s;
        QTest::newRow("jobs wtach") << QStringList{u"jobs"_s, u"wtach"_s} << u"did you mean watch?"_s;
        QTest::newRow("lanuch") << QStringList{u"lanuch"_s} << u"did you mean launch?"_s;
        QTest::newRow("help lauch") << QStringList{u"help"_s, u"lauch"_s} << u"did you mean launch?"_s;
        QTest::newRow("help profiles shw") << QStringList{u"help"_s, u"profiles"_s, u"shw"_s} << u"did you mean show?"_s;
        QTest::newRow("frobnicate") << QStringList{u"frobnicate"_s} << QString();
    }

    void unknownCommandNamesTheNearest()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, nearest);
        const CliRun run = runCli(arguments, m_env, 60000);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        if (nearest.isEmpty())
            BL_VERIFY2(!run.err.contains("did you mean") && run.err.contains("unknown command"), qPrintable(run.describe()));
        else
            BL_VERIFY2(QString::fromUtf8(run.err).contains(nearest), qPrintable(run.describe()));
    }

    void helpOfEveryCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("build") << QStringList{u"build"_s} << u"--force-out"_s;
        QTest::newRow("launch") << QStringList{u"launch"_s} << u"--runner"_s;
        QTest::newRow("options") << QStringList{u"options"_s} << u"--timeout"_s;
        QTest::newRow("graph") << QStringList{u"graph"_s} << u"--svg"_s;
        QTest::newRow("jobs") << QStringList{u"jobs"_s} << u"cancel JOB_ID"_s;
        QTest::newRow("jobs cancel") << QStringList{u"jobs"_s, u"cancel"_s} << u"--timeout"_s;
        QTest::newRow("profiles") << QStringList{u"profiles"_s} << u"set-secret NAME VAR"_s;
        QTest::newRow("profiles list") << QStringList{u"profiles"_s, u"list"_s} << u"--json"_s;
        QTest::newRow("profiles create") << QStringList{u"profiles"_s, u"create"_s} << u"--environment-type"_s;
    }

    // `help CMD [SUB]` and `CMD [SUB] --help` print the same help on stdout, exit 0.
    void helpOfEveryCommand()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, mentions);
        const CliRun asked = runCli(QStringList{u"help"_s} + command, m_env, 60000);
        const CliRun option = runCli(command + QStringList{u"--help"_s}, m_env, 60000);
        BL_VERIFY2(asked.exitCode == 0, qPrintable(asked.describe()));
        BL_VERIFY2(option.exitCode == 0, qPrintable(option.describe()));
        QCOMPARE(asked.out, option.out);
        BL_VERIFY2(asked.err.isEmpty() && option.err.isEmpty(), qPrintable(asked.describe() + option.describe()));
        const QString text = QString::fromUtf8(asked.out);
        BL_VERIFY2(text.contains(u"beam-launcher "_s + command.join(u' ')), qPrintable(text));
        BL_VERIFY2(text.contains(mentions), qPrintable(text));
        if (command.size() == 2) { // `profiles help list`: the group's own help word
            const CliRun inGroup = runCli({command.at(0), u"help"_s, command.at(1)}, m_env, 60000);
            BL_VERIFY2(inGroup.exitCode == 0, qPrintable(inGroup.describe()));
            QCOMPARE(inGroup.out, asked.out);
        }
    }

    void helpOfLaunchIsNotTheOverview()
    {
        const CliRun launch = runCli({u"help"_s, u"launch"_s}, m_env, 60000);
        const CliRun overview = runCli({u"help"_s}, m_env, 60000);
        BL_VERIFY2(launch.exitCode == 0 && overview.exitCode == 0, qPrintable(launch.describe()));
        QVERIFY(launch.out != overview.out);
        BL_VERIFY2(launch.out.startsWith("Usage: beam-launcher launch [options] [DIR]"), launch.out.constData());
        BL_VERIFY2(overview.out.contains("Commands:") && overview.out.contains("profiles"), overview.out.constData());
    }

    void helpWithArgumentsGiven()
    {
        CliRun run = runCli({u"profiles"_s, u"show"_s, u"anything"_s, u"--help"_s}, m_env, 60000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(run.out.startsWith("Usage: beam-launcher profiles show [options] NAME"), qPrintable(run.describe()));
        run = runCli({u"jobs"_s, u"watch"_s, u"job-1"_s, u"--help"_s}, m_env, 60000);
        BL_VERIFY2(run.exitCode == 0 && run.out.contains("JOB_ID"), qPrintable(run.describe()));
    }

    void groupWithoutCommandIsUsageOnStderr()
    {
        for (const QString &group : {u"jobs"_s, u"profiles"_s}) {
            const CliRun run = runCli({group}, m_env, 60000);
            BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
            BL_VERIFY2(run.out.isEmpty() && run.err.contains("Commands:"), qPrintable(run.describe()));
        }
    }

    void missingAndExtraArguments()
    {
        CliRun run = runCli({u"profiles"_s, u"show"_s}, m_env, 60000);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("NAME"), qPrintable(run.describe()));
        run = runCli({u"profiles"_s, u"list"_s, u"extra"_s}, m_env, 60000);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("extra"), qPrintable(run.describe()));
        run = runCli({u"jobs"_s, u"watch"_s, u"--endpoint"_s, u"localhost:1"_s, u"--json"_s}, m_env, 60000);
        BL_VERIFY2(run.exitCode == 2 && run.errorText().contains(u"JOB_ID"_s), qPrintable(run.describe()));
    }

    void versionEverySpelling()
    {
        const CliRun option = runCli({u"--version"_s}, m_env, 60000);
        BL_VERIFY2(option.exitCode == 0 && option.out.startsWith("beam-launcher "), qPrintable(option.describe()));
        for (const QString &spelling : {u"-v"_s, u"version"_s}) {
            const CliRun run = runCli({spelling}, m_env, 60000);
            BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QCOMPARE(run.out, option.out);
        }
    }

    // Listings take --json; the plain listing is data on stdout, what people read on stderr.
    void profilesListAndShowAsJson()
    {
        QTemporaryDir config;
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        CliRun run = runCli({u"profiles"_s, u"list"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.contains("No profiles yet"), qPrintable(run.describe()));
        run = runCli({u"profiles"_s, u"list"_s, u"--json"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out).array(), QJsonArray());

        run = runCli({u"profiles"_s, u"create"_s, u"Nightly"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s}, env,
                     60000);
        BL_VERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.contains("Saved profile"), qPrintable(run.describe()));

        run = runCli({u"profiles"_s, u"list"_s, u"--json"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        BL_VERIFY2(error.error == QJsonParseError::NoError && doc.isArray(), qPrintable(run.describe()));
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject listed = doc.array().first().toObject();
        QCOMPARE(listed.value(u"name"_s).toString(), u"Nightly"_s);
        QCOMPARE(listed.value(u"runner"_s).toString(), u"prism"_s);
        QCOMPARE(listed.value(u"packageDir"_s).toString(), fixture(u"fakebeam"_s));
        QCOMPARE(listed.value(u"fromNewerVersion"_s).toBool(true), false);
        QVERIFY(!listed.value(u"id"_s).toString().isEmpty());

        run = runCli({u"profiles"_s, u"list"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, (u"Nightly\tprism\t"_s + fixture(u"fakebeam"_s) + u'\n').toUtf8());

        run = runCli({u"profiles"_s, u"show"_s, u"Nightly"_s, u"--json"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"name"_s).toString(), u"Nightly"_s);
    }

    // A profile of a newer version: the listing's fields stay untranslated, even in German.
    void profilesListFieldsAreNotTranslated()
    {
        QTemporaryDir config;
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        env.insert(u"BEAM_LAUNCHER_LANGUAGE"_s, u"de"_s);
        QVERIFY(QDir().mkpath(config.filePath(u"profiles"_s)));
        QFile file(config.filePath(u"profiles/future.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 99, \"id\": \"future\", \"name\": \"future\", \"settings\": "
                   "{\"packageDir\": \"/tmp\", \"runner\": {\"kind\": \"prism\"}}}");
        file.close();
        const CliRun run = runCli({u"profiles"_s, u"list"_s}, env, 60000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(run.out.startsWith("future\t(made by a newer Beam Launcher: schema 99)\t"), qPrintable(run.describe()));
        BL_VERIFY2(!run.err.isEmpty(), qPrintable(run.describe())); // the reason, for people
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
