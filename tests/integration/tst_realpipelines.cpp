// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Shapes of Beam Go pipelines found in the wild that nobody here wrote (tests/fixtures/realworld):
// Beam's pre-module import path, Beam's own module with its tools, two mains of one base name, a
// main that runs its pipeline itself (no --runner), a Beam release newer than the flag names
// Beam Launcher knows. The real go command, the real Beam Go SDK from the module cache (the
// Go module proxy fills it on first use) and the real beam-launcher executable.
#include "CliRunner.h"
#include "go/GoJson.h"
#include "pipeline/PipelineFinder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString RealWorld = QStringLiteral(BL_FIXTURES_DIR "/realworld");

PipelineSearch findIn(const QString &folder)
{
    PipelineFinder finder;
    QSignalSpy done(&finder, &PipelineFinder::finished);
    finder.find(folder);
    if (!done.wait(600000))
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

/// `go ARGS` in `dir`; stdout, or empty with `error` set.
QByteArray runGo(const QStringList &args, const QString &dir, QString *error, int timeoutMs = 600000)
{
    QProcess go;
    go.setWorkingDirectory(dir);
    go.start(u"go"_s, args);
    if (!go.waitForFinished(timeoutMs)) {
        go.kill();
        go.waitForFinished();
        *error = u"go %1 did not finish in time"_s.arg(args.join(u' '));
        return {};
    }
    if (go.exitStatus() != QProcess::NormalExit || go.exitCode() != 0) {
        *error = QString::fromUtf8(go.readAllStandardError()).trimmed();
        return {};
    }
    return go.readAllStandardOutput();
}

QJsonObject flagNamed(const QJsonArray &flags, const QString &name)
{
    for (const QJsonValue &f : flags) {
        if (f.toObject().value(u"name"_s).toString() == name)
            return f.toObject();
    }
    return {};
}

} // namespace

class TestRealPipelines : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;
    QTemporaryDir m_config;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

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

    void listsPipelinesNotBeamsToolsInAModuleLikeBeams()
    {
        // Module github.com/apache/beam/sdks/v2 with a prism, a beamctl and two boot programs
        // beside two example pipelines (standard library only: go list needs no network).
        const PipelineSearch search = findIn(RealWorld + u"/beamlike"_s);
        BL_VERIFY2(search.outcome == PipelineSearch::Outcome::Found, qPrintable(search.summary()));
        const QString beam = u"github.com/apache/beam/sdks/v2"_s;
        QCOMPARE(importPaths(search), (QStringList{beam + u"/go/examples/cookbook/max"_s, beam + u"/go/examples/wordcount"_s}));
        QCOMPARE(search.beamTools, (QStringList{beam + u"/go/cmd/beamctl"_s, beam + u"/go/cmd/prism"_s,
                                                beam + u"/go/container"_s, beam + u"/java/container"_s}));

        const PipelineSearch tools = findIn(RealWorld + u"/beamlike/go/cmd"_s);
        QCOMPARE(tools.outcome, PipelineSearch::Outcome::NoBeamMains);
        BL_VERIFY2(tools.summary().contains(u"Beam's own tools"_s), qPrintable(tools.summary()));
    }

    void listsPipelinesNotBeamsToolsInBeamsRealModule()
    {
        // Beam's own module as a user finds it in the module cache (the sample pins v2.77.0).
        QString error;
        const QByteArray json = runGo({u"mod"_s, u"download"_s, u"-json"_s, u"github.com/apache/beam/sdks/v2@v2.77.0"_s},
                                      QDir::tempPath(), &error);
        const QString dir = QJsonDocument::fromJson(json).object().value(u"Dir"_s).toString();
        if (dir.isEmpty())
            QSKIP(qPrintable(u"Beam's module v2.77.0 is not in the module cache and cannot be downloaded: "_s + error));
        const PipelineSearch search = findIn(dir);
        BL_VERIFY2(search.outcome == PipelineSearch::Outcome::Found, qPrintable(search.summary()));
        const QStringList pipelines = importPaths(search);
        BL_VERIFY2(pipelines.contains(u"github.com/apache/beam/sdks/v2/go/examples/wordcount"_s), qPrintable(pipelines.join(u' ')));
        for (const QString &p : pipelines) {
            BL_VERIFY2(!p.contains(u"/go/cmd/"_s) && !p.contains(u"container"_s), qPrintable(p));
            BL_VERIFY2(p.contains(u"/go/examples/"_s) || p.contains(u"/go/test/"_s), qPrintable(p));
        }
        for (const QString &tool : {u"github.com/apache/beam/sdks/v2/go/cmd/prism"_s, u"github.com/apache/beam/sdks/v2/go/container"_s})
            BL_VERIFY2(search.beamTools.contains(tool), qPrintable(search.beamTools.join(u' ')));
        qInfo("Beam 2.77's module: %d pipelines, %d of Beam's tools, %d mains without Beam", int(pipelines.size()),
              int(search.beamTools.size()), int(search.mainsWithoutBeam.size()));
    }

    void recognisesThePreModuleImportPath()
    {
        // github.com/apache/beam v2.25.0+incompatible: github.com/apache/beam/sdks/go/pkg/beam.
        const QString folder = RealWorld + u"/oldpath"_s;
        const PipelineSearch search = findIn(folder);
        BL_VERIFY2(search.outcome == PipelineSearch::Outcome::Found, qPrintable(search.summary()));
        QCOMPARE(importPaths(search), QStringList{u"beamlauncher.test/oldpath"_s});
        // What the build's package check and the profile editor read: go list -e -json of the package.
        QString error;
        const QByteArray json = runGo({u"list"_s, u"-e"_s, u"-json"_s, u"."_s}, folder, &error);
        BL_VERIFY2(!json.isEmpty(), qPrintable(error));
        const auto info = PackageInfo::fromJson(json, folder, &error);
        BL_VERIFY2(info, qPrintable(error));
        QVERIFY(info->importsBeam);
        QStringList problems;
        for (const Diagnostic &d : info->problems)
            problems << d.toString();
        BL_VERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void anAmbiguousPackageListsOnlyItsCandidates()
    {
        const QString folder = RealWorld + u"/samename"_s;
        const CliRun run = runCli({u"options"_s, folder, u"--package"_s, u"wordcount"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err);
        BL_VERIFY2(err.contains(u"--package wordcount matches 2 pipelines"_s), qPrintable(run.describe()));
        BL_VERIFY2(err.contains(u"\n  beamlauncher.test/samename/a/wordcount  (a/wordcount)\n"
                              "  beamlauncher.test/samename/b/wordcount  (b/wordcount)"_s),
                 qPrintable(run.describe()));
        BL_VERIFY2(!err.contains(u"large_wordcount"_s), qPrintable(run.describe()));

        const CliRun json = runCli({u"options"_s, folder, u"--package"_s, u"wordcount"_s, u"--json"_s}, m_env);
        QCOMPARE(json.exitCode, 2);
        const QList<QJsonObject> listed = json.eventsNamed(u"pipelines"_s);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().value(u"pipelines"_s).toArray().size(), 2);
    }

    void launchesAProgramThatRunsItself()
    {
        // direct.Execute in its main, no --runner flag: run as it is, no Prism prepared for it.
        QTemporaryDir work;
        QFile input(work.filePath(u"input.txt"_s));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("to be or not to be\n");
        input.close();
        const QString output = work.filePath(u"counts"_s);
        const CliRun run = runCli({u"launch"_s, RealWorld + u"/selfrun"_s, u"--runner"_s, u"prism"_s,
                                   u"--local-job-server"_s, u"--json"_s, u"--"_s, u"--input"_s, input.fileName(),
                                   u"--output"_s, output},
                                  m_env, 900000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(!run.out.contains("flag provided but not defined") && !run.err.contains("flag provided but not defined"),
                 qPrintable(run.describe()));
        bool warned = false;
        for (const QJsonObject &w : run.eventsNamed(u"warning"_s))
            warned = warned
                || (w.value(u"message"_s).toString().contains(u"runs its pipeline itself, in this process"_s)
                    && w.value(u"message"_s).toString().contains(u"the local Prism job server"_s));
        BL_VERIFY2(warned, qPrintable(run.describe()));
        const QList<QJsonObject> started = run.eventsNamed(u"launch-started"_s);
        QCOMPARE(started.size(), 1);
        const QStringList argv = started.first().value(u"argv"_s).toVariant().toStringList();
        for (const QString &arg : argv)
            BL_VERIFY2(!arg.startsWith(u"--runner"_s) && !arg.startsWith(u"--endpoint"_s)
                         && !arg.startsWith(u"--environment_"_s),
                     qPrintable(argv.join(u' ')));
        BL_VERIFY2(!run.out.contains("Local Prism job server ready"), qPrintable(run.describe()));
        BL_VERIFY2(run.eventsNamed(u"job"_s).isEmpty() && run.eventsNamed(u"worker-output"_s).isEmpty(),
                 qPrintable(run.describe())); // no job went to a runner

        // Its result: textio writes "counts-00000-of-00001"-like shards next to the name given.
        QStringList lines;
        for (const QString &shard : QDir(work.path()).entryList({u"counts*"_s}, QDir::Files)) {
            QFile f(work.filePath(shard));
            QVERIFY(f.open(QIODevice::ReadOnly));
            lines += QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        }
        lines.sort();
        QCOMPARE(lines, (QStringList{u"be: 2"_s, u"not: 1"_s, u"or: 1"_s, u"to: 2"_s}));

        // A runner's name mistyped: a guess, and the launch goes on.
        const CliRun typo = runCli({u"launch"_s, RealWorld + u"/selfrun"_s, u"--runner"_s, u"prsim"_s, u"--json"_s,
                                    u"--"_s, u"--input"_s, input.fileName(), u"--output"_s, output},
                                   m_env, 900000);
        BL_VERIFY2(typo.exitCode == 0, qPrintable(typo.describe()));
        bool guessed = false;
        for (const QJsonObject &w : typo.eventsNamed(u"warning"_s))
            guessed = guessed || w.value(u"message"_s).toString().contains(u"did you mean prism?"_s);
        BL_VERIFY2(guessed, qPrintable(typo.describe()));
    }

    void graphSaysAProgramRunsItself()
    {
        const CliRun run = runCli({u"graph"_s, RealWorld + u"/selfrun"_s}, m_env, 900000);
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        BL_VERIFY2(err.contains(u"This program runs its pipeline itself"_s), qPrintable(run.describe()));
        BL_VERIFY2(!err.contains(u"Worker binary (optional)"_s) && !err.contains(u"-worker_binary"_s), qPrintable(run.describe()));
    }

    void optionsTellTheSelfRunningProgramsOwnFlags()
    {
        const CliRun run = runCli({u"options"_s, RealWorld + u"/selfrun"_s, u"--json"_s}, m_env, 900000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        BL_VERIFY2(doc.value(u"groupsFromSources"_s).toBool(), qPrintable(run.describe()));
        const QJsonArray flags = doc.value(u"flags"_s).toArray();
        QCOMPARE(flagNamed(flags, u"input"_s).value(u"group"_s).toString(), u"pipeline"_s);
        QCOMPARE(flagNamed(flags, u"job_name"_s).value(u"group"_s).toString(), u"beam"_s);
    }

    void newerBeamFlagsAreNotThePipelines()
    {
        // Beam v2.78.0 defines flags the name list (2.77) does not know; the pipeline's own are
        // --input (named by a constant) and --copies (flag.IntVar in init).
        const CliRun run = runCli({u"options"_s, RealWorld + u"/beam278"_s, u"--json"_s}, m_env, 1500000);
        if (run.exitCode != 0 && (run.err.contains("dial tcp") || run.err.contains("proxy.golang.org")))
            QSKIP(qPrintable(u"Beam v2.78.0 cannot be downloaded here: "_s + QString::fromUtf8(run.err.right(400))));
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        BL_VERIFY2(doc.value(u"groupsFromSources"_s).toBool(), qPrintable(run.describe()));
        const QJsonArray flags = doc.value(u"flags"_s).toArray();
        QStringList own;
        for (const QJsonValue &f : flags) {
            if (f.toObject().value(u"group"_s).toString() == u"pipeline")
                own << f.toObject().value(u"name"_s).toString();
        }
        own.sort();
        QCOMPARE(own, (QStringList{u"copies"_s, u"input"_s}));
        for (const QString &beams : {u"gcs_endpoint"_s, u"dataflow_container_base_repository"_s}) {
            const QJsonObject f = flagNamed(flags, beams);
            BL_VERIFY2(!f.isEmpty(), qPrintable(beams)); // Beam 2.78 does define it
            BL_VERIFY2(f.value(u"group"_s).toString() != u"pipeline", qPrintable(beams));
        }
    }
};

QTEST_GUILESS_MAIN(TestRealPipelines)
#include "tst_realpipelines.moc"
