// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// What Beam Launcher knows about a pipeline before it runs, on real modules with the real Go
// toolchain and the real Beam Go SDK (the module cache the sample uses): the pipelines of a
// folder, the launcher's own flags, its graph drawn by Beam's dot runner and Graphviz.
#include "CliRunner.h"
#include "launch/Paths.h"
#include "pipeline/HostLauncher.h"
#include "pipeline/PipelineFinder.h"
#include "pipeline/PipelineFlags.h"
#include "pipeline/PipelineGraph.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

const QString Modules = QStringLiteral(BL_FIXTURES_DIR "/modules");
const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");

PipelineSearch findIn(const QString &folder)
{
    PipelineFinder finder;
    QSignalSpy done(&finder, &PipelineFinder::finished);
    finder.find(folder);
    if (!done.wait(240000))
        qFatal("go list did not answer for %s", qPrintable(folder));
    return done.first().first().value<PipelineSearch>();
}

QStringList importPaths(const PipelineSearch &search)
{
    QStringList paths;
    for (const PipelineCandidate &c : search.pipelines)
        paths << c.importPath;
    return paths;
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;
    QTemporaryDir m_config;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    /// The launcher for this machine, built the way `options` and the window build it.
    QString launcherFor(const QString &packageDir)
    {
        HostLauncher builder;
        QSignalSpy done(&builder, &HostLauncher::finished);
        LaunchSettings settings;
        settings.packageDir = packageDir;
        builder.build(settings);
        if (!done.wait(900000))
            return {};
        const auto result = done.first().first().value<BuildResult>();
        if (!result.ok)
            qWarning("build failed: %s", qPrintable(result.error));
        return result.ok ? result.path : QString();
    }

    FlagsReadResult readFlags(const QString &launcher, int timeoutMs = PipelineFlagsReader::DefaultTimeoutMs)
    {
        PipelineFlagsReader reader;
        reader.setTimeout(timeoutMs);
        QSignalSpy done(&reader, &PipelineFlagsReader::finished);
        reader.read(launcher);
        if (!done.wait(timeoutMs + 30000))
            qFatal("the flags reader did not answer");
        return done.first().first().value<FlagsReadResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid() && m_config.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toUtf8());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config.path().toUtf8());
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_config.path());
        m_env.remove(u"GOWORK"_s);
        qunsetenv("GOWORK");
    }

    void findsPipelinesInFolders_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QStringList>("pipelines");
        QTest::addColumn<QStringList>("withoutBeam");
        using O = PipelineSearch::Outcome;
        const QStringList none;
        QTest::newRow("module root, one pipeline under cmd/")
            << Modules + u"/one"_s << int(O::Found) << QStringList{u"beamlauncher.test/one/cmd/flagged"_s} << none;
        QTest::newRow("the cmd/ folder") << Modules + u"/one/cmd"_s << int(O::Found)
                                         << QStringList{u"beamlauncher.test/one/cmd/flagged"_s} << none;
        QTest::newRow("the main package itself") << Modules + u"/one/cmd/flagged"_s << int(O::Found)
                                                 << QStringList{u"beamlauncher.test/one/cmd/flagged"_s} << none;
        QTest::newRow("two pipelines") << Modules + u"/two"_s << int(O::Found)
                                       << QStringList{u"beamlauncher.test/two/cmd/alpha"_s, u"beamlauncher.test/two/cmd/broken"_s}
                                       << none;
        QTest::newRow("go.work workspace") << Modules + u"/workspace"_s << int(O::Found)
                                           << QStringList{u"beamlauncher.test/svc/cmd/ingest"_s}
                                           << QStringList{u"beamlauncher.test/tools/cmd/lint"_s};
        QTest::newRow("only main packages without Beam")
            << Modules + u"/nobeam"_s << int(O::NoBeamMains) << none
            << QStringList{u"beamlauncher.test/nobeam/cmd/hello"_s, u"beamlauncher.test/nobeam/cmd/sleepy"_s};
        QTest::newRow("only a library") << Modules + u"/one/internal"_s << int(O::NoMainPackages) << none << none;
        QTest::newRow("the sample") << Sample << int(O::Found)
                                    << QStringList{u"beamlauncher.example/sample/wordcount"_s} << none;
    }

    void findsPipelinesInFolders()
    {
        QFETCH(QString, folder);
        QFETCH(int, outcome);
        QFETCH(QStringList, pipelines);
        QFETCH(QStringList, withoutBeam);
        const PipelineSearch search = findIn(folder);
        BL_VERIFY2(int(search.outcome) == outcome, qPrintable(search.summary()));
        QCOMPARE(importPaths(search), pipelines);
        QCOMPARE(search.mainsWithoutBeam, withoutBeam);
        for (const PipelineCandidate &c : search.pipelines)
            BL_VERIFY2(QFileInfo::exists(c.dir + u"/main.go"_s), qPrintable(c.dir));
        QVERIFY(!search.summary().isEmpty());
        if (outcome == int(PipelineSearch::Outcome::NoBeamMains))
            QVERIFY(search.summary().contains(u"beamlauncher.test/nobeam/cmd/hello"_s));
    }

    void saysWhatAFolderWithoutPipelinesHolds()
    {
        QTemporaryDir empty;
        QCOMPARE(findIn(empty.path()).outcome, PipelineSearch::Outcome::Empty);

        // Go files, but no go.mod here or above (the temporary folder is outside any module).
        QTemporaryDir loose;
        QFile main(loose.filePath(u"main.go"_s));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write("package main\n\nfunc main() {}\n");
        main.close();
        const PipelineSearch outside = findIn(loose.path());
        QCOMPARE(outside.outcome, PipelineSearch::Outcome::NoModule);
        QVERIFY(outside.summary().contains(u"go.mod"_s));

        // A module whose folders hold no Go file.
        QTemporaryDir module;
        QFile goMod(module.filePath(u"go.mod"_s));
        QVERIFY(goMod.open(QIODevice::WriteOnly));
        goMod.write("module example.com/empty\n\ngo 1.21\n");
        goMod.close();
        QVERIFY(QDir(module.path()).mkpath(u"cmd/nothing"_s));
        QCOMPARE(findIn(module.path()).outcome, PipelineSearch::Outcome::Empty);

        PipelineFinder finder;
        QSignalSpy done(&finder, &PipelineFinder::finished);
        finder.find(module.filePath(u"no-such-folder"_s));
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().value<PipelineSearch>().outcome, PipelineSearch::Outcome::Failed);
    }

    void readsEveryKindOfFlag()
    {
        const QString launcher = launcherFor(Modules + u"/one/cmd/flagged"_s);
        QVERIFY(!launcher.isEmpty());
        const FlagsReadResult read = readFlags(launcher);
        BL_VERIFY2(read.ok, qPrintable(read.error));
        qInfo("--help answered in %lld ms (exit code %d)", read.elapsedMs, read.exitCode);
        struct Expected
        {
            const char *name;
            PipelineFlag::Kind kind;
            const char *defaultValue;
        };
        using K = PipelineFlag::Kind;
        const Expected expected[] = {
            {"verbose", K::Bool, "false"},   {"dry", K::Bool, "true"},
            {"shards", K::Int, "4"},         {"limit", K::Int, "-1"},
            {"retries", K::Uint, "3"},       {"sample_ratio", K::Float, "0.25"},
            {"greeting", K::String, "hello \"world\""}, {"prefix", K::Value, ""},
            {"window", K::Duration, "1m30s"}, {"tag", K::Value, ""},
        };
        QStringList own;
        for (const PipelineFlag &f : read.flags) {
            if (f.group == PipelineFlag::Group::Pipeline)
                own << f.name;
        }
        QCOMPARE(own.size(), int(std::size(expected)));
        for (const Expected &e : expected) {
            const PipelineFlag *flag = PipelineFlags::find(read.flags, QString::fromUtf8(e.name));
            BL_VERIFY2(flag, e.name);
            QCOMPARE(flag->kind, e.kind);
            QCOMPARE(flag->defaultValue, QString::fromUtf8(e.defaultValue));
            QCOMPARE(flag->group, PipelineFlag::Group::Pipeline);
            QVERIFY(!flag->usage.isEmpty());
            QVERIFY(flag->validate(flag->defaultValue).isEmpty() || flag->kind == K::Value);
        }
        QCOMPARE(PipelineFlags::find(read.flags, u"prefix"_s)->typeName, u"PATH"_s);
        QCOMPARE(PipelineFlags::find(read.flags, u"limit"_s)->usage, u"stop after this many elements\n(-1: no limit)"_s);
        QCOMPARE(PipelineFlags::find(read.flags, u"job_name"_s)->group, PipelineFlag::Group::Beam);
        QCOMPARE(PipelineFlags::find(read.flags, u"worker_binary"_s)->group, PipelineFlag::Group::Managed);
    }

    void readsTheSamplesFlags()
    {
        const QString launcher = launcherFor(Sample);
        QVERIFY(!launcher.isEmpty());
        const FlagsReadResult read = readFlags(launcher);
        BL_VERIFY2(read.ok, qPrintable(read.error));
        QStringList own;
        for (const PipelineFlag &f : read.flags) {
            if (f.group == PipelineFlag::Group::Pipeline)
                own << f.name;
        }
        QCOMPARE(own, QStringList({u"input"_s, u"output"_s}));
        QCOMPARE(PipelineFlags::find(read.flags, u"input"_s)->kind, PipelineFlag::Kind::String);
        QCOMPARE(PipelineFlags::find(read.flags, u"runner"_s)->group, PipelineFlag::Group::Managed);
        QCOMPARE(PipelineFlags::find(read.flags, u"project"_s)->group, PipelineFlag::Group::Runner);
    }

    void givesUpOnAPipelineThatWorksBeforeFlagParse()
    {
        QTemporaryDir out;
        QProcess go;
        go.setWorkingDirectory(Modules + u"/nobeam"_s);
        go.start(u"go"_s, {u"build"_s, u"-o"_s, out.filePath(u"sleepy"_s), u"./cmd/sleepy"_s});
        QVERIFY(go.waitForFinished(300000));
        QCOMPARE(go.exitCode(), 0);

        QElapsedTimer clock;
        clock.start();
        const FlagsReadResult read = readFlags(out.filePath(u"sleepy"_s), 1500);
        const qint64 took = clock.elapsed();
        qInfo("timed out after %lld ms", took);
        QVERIFY(!read.ok);
        QVERIFY(read.timedOut);
        BL_VERIFY2(read.error.contains(u"flag.Parse"_s), qPrintable(read.error));
        BL_VERIFY2(took >= 1500 && took < 1500 + 1000 + 2000, "the timeout, the grace period and some slack");
        // The stopped launcher is gone.
        QProcess pgrep;
        pgrep.start(u"pgrep"_s, {u"-f"_s, out.filePath(u"sleepy"_s)});
        QVERIFY(pgrep.waitForFinished());
        QCOMPARE(pgrep.exitCode(), 1);
    }

    void drawsTheSamplesGraph()
    {
        if (PipelineGraph::findGraphviz().isEmpty())
            QFAIL("Graphviz (dot) is not installed: .ci/setup installs it");
        const QString launcher = launcherFor(Sample);
        QVERIFY(!launcher.isEmpty());
        QTemporaryDir out;
        PipelineGraph graph;
        QSignalSpy done(&graph, &PipelineGraph::finished);
        graph.render(launcher, {u"--input=/nonexistent/in.txt"_s, u"--output=/nonexistent/out.txt"_s,
                                u"--runner=prism"_s},
                     out.path());
        QVERIFY(done.wait(120000));
        const auto result = done.first().first().value<GraphResult>();
        BL_VERIFY2(result.ok, qPrintable(result.error + u'\n' + result.output.join(u'\n')));
        QFile dot(result.dotFile);
        QVERIFY(dot.open(QIODevice::ReadOnly));
        const QString labels = PipelineGraph::nodeLabels(QString::fromUtf8(dot.readAll())).join(u'\n');
        // read, split, count, format, write
        for (const QString &transform : {u"textio."_s, u"main.splitWords"_s, u"stats."_s, u"main.formatCount"_s,
                                         u"textio.writeFileFn"_s}) {
            BL_VERIFY2(labels.contains(transform), qPrintable(transform + u" not in:\n"_s + labels));
        }
        QFile svg(result.svgFile);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("main.splitWords"));
    }

    void reportsAGraphThatCannotBeBuilt()
    {
        const QString dir = Modules + u"/two/cmd/broken"_s;
        const QString launcher = launcherFor(dir);
        QVERIFY(!launcher.isEmpty());
        QTemporaryDir out;
        PipelineGraph graph;
        graph.setPackage(u"beamlauncher.test/two/cmd/broken"_s, dir);
        QSignalSpy done(&graph, &PipelineGraph::finished);
        graph.render(launcher, {}, out.path());
        QVERIFY(done.wait(120000));
        const auto result = done.first().first().value<GraphResult>();
        QVERIFY(!result.ok);
        QVERIFY(result.svgFile.isEmpty());
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.first();
        QCOMPARE(d.file, QDir::cleanPath(dir + u"/main.go"_s));
        QCOMPARE(d.line, 21);
        BL_VERIFY2(d.message.contains(u"string is not assignable to int"_s), qPrintable(d.message));
        QVERIFY(result.error.contains(u"string is not assignable to int"_s));
    }

    void commandLineChoosesThePipeline()
    {
        // Several: exit 2 before anything is built, both listed.
        test::CliRun several = test::runCli({u"build"_s, Modules + u"/two"_s, u"--json"_s}, m_env);
        QCOMPARE(several.exitCode, 2);
        BL_VERIFY2(several.err.contains("beamlauncher.test/two/cmd/alpha") && several.err.contains("beamlauncher.test/two/cmd/broken")
                     && several.err.contains("--package"),
                 qPrintable(several.describe()));
        QCOMPARE(several.eventsNamed(u"pipelines"_s).size(), 1);
        QVERIFY(several.eventsNamed(u"build-started"_s).isEmpty());

        // None: what was found instead.
        test::CliRun none = test::runCli({u"build"_s, Modules + u"/nobeam"_s}, m_env);
        QCOMPARE(none.exitCode, 2);
        BL_VERIFY2(none.err.contains("beamlauncher.test/nobeam/cmd/hello"), qPrintable(none.describe()));

        // --package chooses; profiles create saves the package folder it chose.
        test::CliRun create = test::runCli({u"profiles"_s, u"create"_s, u"Alpha"_s, Modules + u"/two"_s,
                                            u"--package"_s, u"beamlauncher.test/two/cmd/alpha"_s, u"--runner"_s, u"prism"_s},
                                           m_env);
        BL_VERIFY2(create.exitCode == 0, qPrintable(create.describe()));
        QVERIFY(create.err.contains("beamlauncher.test/two/cmd/alpha"));
        test::CliRun show = test::runCli({u"profiles"_s, u"list"_s}, m_env);
        BL_VERIFY2(show.out.contains(QDir::toNativeSeparators(Modules + u"/two/cmd/alpha"_s).toUtf8()), qPrintable(show.describe()));

        test::CliRun wrong = test::runCli({u"profiles"_s, u"create"_s, u"Wrong"_s, Modules + u"/two"_s, u"--package"_s,
                                           u"cmd/nope"_s, u"--runner"_s, u"prism"_s},
                                          m_env);
        QCOMPARE(wrong.exitCode, 2);
        BL_VERIFY2(wrong.err.contains("cmd/nope") && wrong.err.contains("beamlauncher.test/two/cmd/alpha"),
                 qPrintable(wrong.describe()));
    }

    void commandLinePrintsTheOptionsAndWarns()
    {
        test::CliRun options = test::runCli({u"options"_s, Modules + u"/one"_s, u"--json"_s}, m_env, 900000);
        BL_VERIFY2(options.exitCode == 0, qPrintable(options.describe()));
        const QJsonDocument doc = QJsonDocument::fromJson(options.out.mid(options.out.indexOf("{\n")));
        const QJsonArray flags = doc.object().value(u"flags"_s).toArray();
        BL_VERIFY2(!flags.isEmpty(), qPrintable(options.describe()));
        bool sawWindow = false;
        for (const QJsonValue &v : flags) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.value(u"name"_s).toString() != u"worker_binary"_s); // Beam Launcher sets it
            if (f.value(u"name"_s).toString() == u"window"_s) {
                sawWindow = true;
                QCOMPARE(f.value(u"type"_s).toString(), u"duration"_s);
                QCOMPARE(f.value(u"default"_s).toString(), u"1m30s"_s);
                QCOMPARE(f.value(u"group"_s).toString(), u"pipeline"_s);
                QCOMPARE(f.value(u"usage"_s).toString(), u"length of a fixed window"_s);
            }
        }
        QVERIFY(sawWindow);
        // The first of the pipeline's flags comes first.
        QCOMPARE(flags.first().toObject().value(u"group"_s).toString(), u"pipeline"_s);

        // launch warns about a flag the pipeline does not define before it runs the launcher (from
        // the --help of the launcher it built: no build of its own), with the nearest it defines.
        test::CliRun launch = test::runCli({u"launch"_s, Modules + u"/one"_s, u"--runner"_s, u"prism"_s, u"--json"_s,
                                            u"--"_s, u"--shards=2"_s, u"--shard=3"_s},
                                           m_env, 900000);
        const auto warnings = launch.eventsNamed(u"warning"_s);
        BL_VERIFY2(!warnings.isEmpty(), qPrintable(launch.describe()));
        QString said;
        for (const QJsonObject &w : warnings) {
            if (w.value(u"message"_s).toString().contains(u"no flag -shard;"_s))
                said = w.value(u"message"_s).toString();
        }
        BL_VERIFY2(said.contains(u"did you mean -shards?"_s), qPrintable(launch.describe()));
        qsizetype warnedAt = -1, launchedAt = -1;
        for (qsizetype i = 0; i < launch.events.size(); ++i) {
            const QString name = launch.events.at(i).value(u"event"_s).toString();
            if (name == u"warning"_s && warnedAt < 0
                && launch.events.at(i).value(u"message"_s).toString().contains(u"no flag -shard;"_s))
                warnedAt = i;
            if (name == u"launch-started"_s && launchedAt < 0)
                launchedAt = i;
        }
        BL_VERIFY2(launchedAt > warnedAt, qPrintable(launch.describe()));
        // Go's flag package then refuses it, as the warning said.
        QCOMPARE(launch.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
