// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The command line, run for real: the built beam-launcher, the real Go toolchain, fixture pipelines.
#include "CliRunner.h"
#include "FileSha256.h"
#include "go/GoToolchain.h"
#include "go/VerifiedRecord.h"
#include "go/Platform.h"
#include "profiles/RecentRuns.h"
#include "ProcessProbe.h"
#include "go/GoToolchain.h"

#include <QDirIterator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

// What `go version -m` says about a file, read independently of the code under test.
QMap<QString, QString> goBuildSettings(const QString &file)
{
    QProcess p;
    p.start(u"go"_s, {u"version"_s, u"-m"_s, file});
    p.waitForFinished(60000);
    QMap<QString, QString> settings;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.trimmed().split('\t');
        if (parts.size() >= 2 && parts.at(0) == "build") {
            const QByteArray kv = parts.at(1);
            const qsizetype eq = kv.indexOf('=');
            if (eq > 0)
                settings.insert(QString::fromUtf8(kv.left(eq)), QString::fromUtf8(kv.mid(eq + 1)));
        }
    }
    return settings;
}

// A PROCESS environment whose command exists: the test child program stands in for Beam's boot.
QString bootConfig()
{
    return QStringLiteral("{\"command\": \"" BL_TEST_CHILD "\"}");
}

QStringList filesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QFileInfo(it.next()).fileName();
    files.sort();
    return files;
}

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QStringList entries = QDir(from).entryList(QDir::Files);
    for (const QString &name : entries)
        QVERIFY(QFile::copy(from + u'/' + name, to + u'/' + name));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QProcessEnvironment m_env;
    QTcpServer m_jobService; // stands in for a job service: the preflight only connects
    QString m_endpoint;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        QVERIFY(m_jobService.listen(QHostAddress::LocalHost));
        m_endpoint = u"localhost:%1"_s.arg(m_jobService.serverPort());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s); // runs are recorded there
    }

    void version()
    {
        const CliRun run = runCli({u"--version"_s}, m_env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("beam-launcher "));
    }

    void dualBuildProducesVerifiedBinaries()
    {
        QTemporaryDir out;
        const CliRun run = runCli({u"build"_s, fixture(u"fakebeam"_s), u"--out"_s, out.path(), u"--json"_s}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.eventsNamed(u"build-started"_s).size(), 2);
        const auto finished = run.eventsNamed(u"build-finished"_s);
        QCOMPARE(finished.size(), 2);
        for (const QJsonObject &e : finished) {
            QVERIFY(e.value(u"ok"_s).toBool());
            const QString path = e.value(u"path"_s).toString();
            BL_VERIFY2(QFileInfo(path).isExecutable(), qPrintable(path));
            QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(out.path()).canonicalFilePath());
            const auto settings = goBuildSettings(path);
            QCOMPARE(settings.value(u"GOOS"_s), e.value(u"goos"_s).toString());
            QCOMPARE(settings.value(u"GOARCH"_s), e.value(u"goarch"_s).toString());
            QCOMPARE(settings.value(u"CGO_ENABLED"_s), u"0"_s);
            QCOMPARE(e.value(u"cgo"_s).toBool(), false);
            // Built with -ldflags=-w (go version -m leaves ldflags out under -trimpath): no DWARF
            // sections, a smaller worker to stage; the symbol table Beam needs is still there.
            QProcess sections;
            sections.start(u"readelf"_s, {u"-S"_s, u"-W"_s, path});
            QVERIFY(sections.waitForFinished(30000));
            const QByteArray table = sections.readAllStandardOutput();
            BL_VERIFY2(table.contains(".symtab") && !table.contains(".debug_"), table.constData());
            if (e.value(u"target"_s).toString() == u"worker")
                QCOMPARE(settings.value(u"GOOS"_s) + u'/' + settings.value(u"GOARCH"_s), u"linux/amd64"_s);
        }
        // Only the two binaries, what go version -m said of each, what they were built from
        // (BuildStamp) and the two build logs: no temporary file left behind.
        QCOMPARE(filesIn(out.path()),
                 (QStringList{u".beam-launcher.inputs"_s, u".launcher-linux-amd64.verified"_s,
                              u".worker-linux-amd64.verified"_s,
                              u"build-launcher.log"_s, u"build-worker.log"_s, u"launcher-linux-amd64"_s,
                              u"worker-linux-amd64"_s}));
    }

    void defaultOutputIsOutsideTheSourceTree()
    {
        const CliRun run = runCli({u"build"_s, fixture(u"fakebeam"_s)}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // A launcher for this Linux machine: no word about the oldest system it needs.
        BL_VERIFY2(!run.err.contains("The launcher for"), qPrintable(run.describe()));
        // Human mode prints where the binaries are on stdout.
        const QString out = QString::fromUtf8(run.out);
        BL_VERIFY2(out.contains(u"launcher: "_s + m_cache.path()), qPrintable(out));
        BL_VERIFY2(out.contains(u"worker: "_s + m_cache.path()), qPrintable(out));
        QCOMPARE(QDir(fixture(u"fakebeam"_s)).entryList(QDir::Files), (QStringList{u"go.mod"_s, u"main.go"_s}));
    }

    void otherLauncherPlatforms_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("oldestSystem"); // for every Go from 1.21 on (OldestSystem.h)
        QTest::newRow("darwin/arm64") << u"darwin/arm64"_s << u"launcher-darwin-arm64"_s << u"macOS 1"_s;
        QTest::newRow("windows/amd64") << u"windows/amd64"_s << u"launcher-windows-amd64.exe"_s
                                       << u"Windows 10 or Windows Server 2016"_s;
    }

    void otherLauncherPlatforms()
    {
        QFETCH(QString, platform);
        QFETCH(QString, fileName);
        QFETCH(QString, oldestSystem);
        QTemporaryDir out;
        const CliRun run = runCli({u"build"_s, fixture(u"fakebeam"_s), u"--out"_s, out.path(),
                                   u"--launcher-platform"_s, platform, u"--json"_s},
                                  m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // The oldest system the launcher starts on, from Go's release notes: said once.
        const QString err = QString::fromUtf8(run.err);
        const QString note = u"The launcher for %1 needs "_s.arg(platform);
        BL_VERIFY2(err.count(note) == 1 && err.contains(note + oldestSystem), qPrintable(run.describe()));
        const QString path = out.path() + u'/' + fileName;
        QVERIFY(QFileInfo::exists(path));
        const auto settings = goBuildSettings(path);
        QCOMPARE(settings.value(u"GOOS"_s) + u'/' + settings.value(u"GOARCH"_s), platform);
    }

    void brokenPackageGivesItsDiagnosticsAndNoBinary()
    {
        QTemporaryDir out;
        const CliRun run = runCli({u"build"_s, fixture(u"broken"_s), u"--out"_s, out.path(), u"--json"_s}, m_env);
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QStringList seen;
        for (const QJsonObject &d : run.eventsNamed(u"diagnostic"_s)) {
            if (d.value(u"target"_s).toString() != u"worker")
                continue; // both builds report the same three problems
            seen << u"%1:%2:%3: %4"_s.arg(QFileInfo(d.value(u"file"_s).toString()).fileName())
                        .arg(d.value(u"line"_s).toInt())
                        .arg(d.value(u"column"_s).toInt())
                        .arg(d.value(u"message"_s).toString());
            QVERIFY(QFileInfo(d.value(u"file"_s).toString()).isAbsolute());
        }
        seen.sort();
        QCOMPARE(seen, (QStringList{
                           u"helper.go:4:2: not enough return values\nhave ()\nwant (int)"_s,
                           u"main.go:6:18: cannot use \"three\" (untyped string constant) as int value in variable declaration"_s,
                           u"main.go:7:21: undefined: undefinedName"_s}));
        const QStringList files = filesIn(out.path());
        QCOMPARE(files, (QStringList{u"build-launcher.log"_s, u"build-worker.log"_s}));
    }

    void pathWithSpacesAndNonAscii()
    {
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral(u"/my pipelines/wörtchen zählen 日本");
        copyTree(fixture(u"fakebeam"_s), dir);
        const CliRun run = runCli({u"launch"_s, dir, u"--runner"_s, u"prism"_s, u"--json"_s, u"--"_s,
                                   QStringLiteral(u"--input=a b ü.txt")},
                                  m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const auto started = run.eventsNamed(u"launch-started"_s);
        QCOMPARE(started.size(), 1);
        QVERIFY(started.first().value(u"argv"_s).toArray().contains(QStringLiteral(u"--input=a b ü.txt")));
        QStringList lines;
        for (const QJsonObject &o : run.eventsNamed(u"output"_s))
            lines << o.value(u"line"_s).toString();
        BL_VERIFY2(lines.contains(QStringLiteral(u"input=a b ü.txt")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.filter(u"worker_binary="_s).first().contains(QStringLiteral(u"wörtchen zählen 日本")));
    }

    void launchPassesTheBeamFlags()
    {
        QTemporaryDir work;
        const QString input = work.filePath(u"in.txt"_s);
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("one two three\nfour\n");
        f.close();
        const QString output = work.filePath(u"out.txt"_s);
        const CliRun run = runCli({u"launch"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"universal"_s,
                                   u"--endpoint"_s, m_endpoint, u"--environment-type"_s, u"PROCESS"_s,
                                   u"--environment-config"_s, bootConfig(), u"--json"_s,
                                   u"--"_s, u"--input="_s + input, u"--output="_s + output, u"--exit=7"_s},
                                  m_env);
        BL_VERIFY2(run.exitCode == 7, qPrintable(run.describe()));
        QStringList lines;
        for (const QJsonObject &o : run.eventsNamed(u"output"_s))
            lines << o.value(u"line"_s).toString();
        BL_VERIFY2(lines.contains(u"runner=universal endpoint=%1 environment_type=PROCESS"_s.arg(m_endpoint)),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"environment_config="_s + bootConfig()));
        QVERIFY(lines.contains(u"WARN: this line goes to stderr"_s));
        const auto workerLine = lines.filter(u"worker_binary="_s);
        QCOMPARE(workerLine.size(), 1);
        QVERIFY(workerLine.first().endsWith(u"/worker-linux-amd64"_s));
        QFile result(output);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.readAll(), QByteArray("4 words\n"));
        const auto finished = run.eventsNamed(u"launch-finished"_s);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().value(u"exitCode"_s).toInt(), 7);
        QVERIFY(QFileInfo::exists(run.eventsNamed(u"launch-started"_s).first().value(u"logFile"_s).toString()));
    }

    void prebuiltBinariesAreCheckedBeforeLaunch()
    {
        QTemporaryDir out;
        // A worker for the wrong architecture and one linked with cgo.
        CliRun run = runCli({u"build"_s, fixture(u"fakebeam"_s), u"--out"_s, out.path(), u"--worker-platform"_s,
                             u"linux/arm64"_s, u"--json"_s},
                            m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString launcher = out.path() + u"/launcher-linux-amd64"_s;
        const QString armWorker = out.path() + u"/worker-linux-arm64"_s;

        run = runCli({u"launch"_s, u"--launcher-binary"_s, launcher, u"--worker-binary"_s, armWorker,
                      u"--runner"_s, u"universal"_s, u"--endpoint"_s, m_endpoint, u"--environment-type"_s,
                      u"LOOPBACK"_s, u"--json"_s},
                     m_env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"arm64"_s) && run.errorText().contains(u"amd64"_s),
                 qPrintable(run.errorText()));
        QVERIFY(run.eventsNamed(u"launch-started"_s).isEmpty());

        // The right pair launches.
        QTemporaryDir out2;
        run = runCli({u"build"_s, fixture(u"fakebeam"_s), u"--out"_s, out2.path()}, m_env);
        QCOMPARE(run.exitCode, 0);
        run = runCli({u"launch"_s, u"--launcher-binary"_s, out2.path() + u"/launcher-linux-amd64"_s,
                      u"--worker-binary"_s, out2.path() + u"/worker-linux-amd64"_s, u"--runner"_s, u"prism"_s,
                      u"--json"_s},
                     m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.eventsNamed(u"launch-finished"_s).size(), 1);
    }

    void cgoWorkerIsRefused()
    {
        QTemporaryDir out;
        CliRun run = runCli({u"build"_s, fixture(u"fakebeam"_s), u"--out"_s, out.path(), u"--cgo"_s}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(goBuildSettings(out.path() + u"/worker-linux-amd64"_s).value(u"CGO_ENABLED"_s), u"1"_s);
        run = runCli({u"launch"_s, u"--launcher-binary"_s, out.path() + u"/launcher-linux-amd64"_s,
                      u"--worker-binary"_s, out.path() + u"/worker-linux-amd64"_s, u"--runner"_s, u"flink"_s,
                      u"--endpoint"_s, m_endpoint, u"--environment-type"_s, u"LOOPBACK"_s, u"--json"_s},
                     m_env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"CGO_ENABLED"_s), qPrintable(run.errorText()));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("buildStarts");
        const QString fake = fixture(u"fakebeam"_s);
        QTest::newRow("not a folder") << QStringList{u"build"_s, fake + u"/main.go"_s} << u"is not a folder"_s << false;
        QTest::newRow("missing folder") << QStringList{u"build"_s, u"/nonexistent/pipeline"_s} << u"is not a folder"_s << false;
        QTest::newRow("no go files") << QStringList{u"build"_s, QStringLiteral(BL_FIXTURES_DIR "/pipelines")}
                                     << u"these folders in it are: badmod, broken, fakebeam"_s << false;
        QTest::newRow("not main") << QStringList{u"build"_s, fixture(u"notmain"_s)} << u"none of them is a main package"_s
                                  << false;
        QTest::newRow("broken go.mod") << QStringList{u"build"_s, fixture(u"badmod"_s)} << u"unknown directive: bogus"_s
                                       << false;
        QTest::newRow("no go at --go") << QStringList{u"build"_s, fake, u"--go"_s, u"/nonexistent/go"_s}
                                       << u"No Go toolchain at"_s << false;
        QTest::newRow("bad platform") << QStringList{u"build"_s, fake, u"--worker-platform"_s, u"linux/amd65"_s}
                                      << u"linux/amd64"_s << false;
        QTest::newRow("platform syntax") << QStringList{u"build"_s, fake, u"--worker-platform"_s, u"linux-amd64"_s}
                                         << u"GOOS/GOARCH"_s << false;
        QTest::newRow("flink without endpoint")
            << QStringList{u"launch"_s, fake, u"--runner"_s, u"flink"_s} << u"8099"_s << false;
        QTest::newRow("endpoint without port")
            << QStringList{u"launch"_s, fake, u"--runner"_s, u"flink"_s, u"--endpoint"_s, u"localhost"_s}
            << u"HOST:PORT"_s << false;
        QTest::newRow("output folder not writable")
            << QStringList{u"build"_s, fake, u"--out"_s, u"/etc/hostname/out"_s} << u"/etc/hostname/out"_s << false;
        QTest::newRow("nobody at the endpoint")
            << QStringList{u"launch"_s, fake, u"--runner"_s, u"universal"_s, u"--endpoint"_s, u"127.0.0.1:1"_s,
                           u"--environment-type"_s, u"LOOPBACK"_s}
            << u"Nothing answers at 127.0.0.1:1"_s << false;
        QTest::newRow("PROCESS command missing")
            << QStringList{u"launch"_s, fake, u"--runner"_s, u"prism"_s, u"--environment-type"_s, u"PROCESS"_s,
                           u"--environment-config"_s, u"{\"command\": \"/nonexistent/boot\"}"_s}
            << u"/nonexistent/boot does not exist"_s << false;
        QTest::newRow("unknown environment type")
            << QStringList{u"launch"_s, fake, u"--runner"_s, u"prism"_s, u"--environment-type"_s, u"DOKCER"_s}
            << u"DOKCER"_s << false;
        QTest::newRow("option as a value")
            << QStringList{u"launch"_s, fake, u"--runner"_s, u"--endpoint"_s, u"localhost:8099"_s}
            << u"--runner needs a value"_s << false;
        QTest::newRow("env without value")
            << QStringList{u"launch"_s, fake, u"--runner"_s, u"prism"_s, u"--env"_s, u"JUSTNAME"_s} << u"NAME=VALUE"_s
            << false;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(bool, buildStarts);
        const CliRun run = runCli(arguments + QStringList{u"--json"_s}, m_env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(expected), qPrintable(run.describe()));
        QCOMPARE(!run.eventsNamed(u"build-started"_s).isEmpty(), buildStarts);
    }

    void unchangedRebuildRunsOnlyGoBuild()
    {
        // A go that notes each command it is asked to run, then runs the real one.
        QTemporaryDir work;
        const QString realGo = GoToolchain::locate(QString(), nullptr);
        QVERIFY(!realGo.isEmpty());
        const QString commands = work.filePath(u"commands.txt"_s);
        const QString go = work.filePath(u"go"_s);
        {
            QFile script(go);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\necho \"$1 $2\" >> '" + commands.toUtf8() + "'\nexec '" + realGo.toUtf8()
                         + "' \"$@\"\n");
            QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
        }
        const QString src = work.filePath(u"src"_s);
        copyTree(fixture(u"fakebeam"_s), src);
        const QStringList build{u"build"_s, src, u"--go"_s, go, u"--out"_s, work.filePath(u"out"_s), u"--json"_s};
        auto ranSince = [&](qsizetype from) {
            QFile f(commands);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts).mid(from)
                                               : QStringList();
        };

        CliRun run = runCli(build, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QStringList ran = ranSince(0);
        // On a linux/amd64 host launcher and worker are one build: one go build, one check.
        const qsizetype builds = Platform::host() == Platform::defaultWorker() ? 1 : 2;
        // go list -e twice: the package (LaunchSession), and its cgo dependencies (CgoCheck).
        QCOMPARE(ran.filter(u"list -e"_s).size(), 2);
        QCOMPARE(ran.filter(u"list -deps"_s).size(), 1); // what the binaries are built from (BuildStamp)
        QCOMPARE(ran.filter(u"build -trimpath"_s).size(), builds);
        QCOMPARE(ran.filter(u"version -m"_s).size(), builds);
        qsizetype seen = ran.size();

        // Nothing changed: Go's two up-to-date checks and nothing else of substance; the same
        // package event, from what go list said the first time.
        run = runCli(build, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        ran = ranSince(seen);
        BL_VERIFY2(ran.filter(u"list"_s).isEmpty() && ran.filter(u"version -m"_s).isEmpty(), qPrintable(ran.join(u'|')));
        QCOMPARE(ran.filter(u"build -trimpath"_s).size(), builds);
        QCOMPARE(run.eventsNamed(u"package"_s).size(), 1);
        QCOMPARE(run.eventsNamed(u"package"_s).first().value(u"name"_s).toString(), u"main"_s);
        seen += ran.size();

        // An edit below the imports: linked and inspected again.
        QFile main(src + u"/main.go"_s);
        QVERIFY(main.open(QIODevice::Append));
        main.write("\nvar edited = 1\n\nfunc init() { _ = edited }\n");
        main.close();
        run = runCli(build, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        ran = ranSince(seen);
        // go list reads only up to the imports: an edit below them needs no go list at all.
        BL_VERIFY2(ran.filter(u"list"_s).isEmpty(), qPrintable(ran.join(u'|')));
        QCOMPARE(ran.filter(u"version -m"_s).size(), builds);
        seen += ran.size();

        // A new import: listed again, and its sources again.
        QVERIFY(main.open(QIODevice::ReadWrite));
        QByteArray text = main.readAll();
        text.replace("import (", "import (\n\t_ \"container/list\"");
        main.resize(0);
        main.write(text);
        main.close();
        run = runCli(build, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        ran = ranSince(seen);
        // go list -e twice: the package (LaunchSession), and its cgo dependencies (CgoCheck).
        QCOMPARE(ran.filter(u"list -e"_s).size(), 2);
        QCOMPARE(ran.filter(u"list -deps"_s).size(), 1);
        seen += ran.size();

        // A launch now: the binaries are current, so no go build at all.
        const QStringList launch{u"launch"_s, src, u"--go"_s, go, u"--out"_s, work.filePath(u"out"_s),
                                 u"--runner"_s, u"direct"_s, u"--json"_s};
        run = runCli(launch, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        ran = ranSince(seen);
        BL_VERIFY2(ran.filter(u"build"_s).isEmpty() && ran.filter(u"list"_s).isEmpty(), qPrintable(ran.join(u'|')));
        QCOMPARE(run.eventsNamed(u"build-started"_s).size(), 0);
        const QList<QJsonObject> finished = run.eventsNamed(u"build-finished"_s);
        QCOMPARE(finished.size(), 2);
        for (const QJsonObject &e : finished)
            QVERIFY(e.value(u"upToDate"_s).toBool());
        seen += ran.size();

        // --rebuild builds all the same.
        run = runCli(launch + QStringList{u"--rebuild"_s}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(ranSince(seen).filter(u"build -trimpath"_s).size(), builds);
    }

    void runsRecordTheChecksumsOfWhatRan()
    {
        // Each launch is recorded with both binaries' SHA-256, computed while the job runs and
        // kept beside the binaries, so a relaunch with nothing changed does not read them again.
        QTemporaryDir config;
        QTemporaryDir out;
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        const QStringList launch{u"launch"_s, fixture(u"fakebeam"_s), u"--out"_s, out.path(), u"--runner"_s,
                                 u"prism"_s, u"--json"_s, u"--"_s, u"--sleep_ms=300"_s};
        for (int round = 1; round <= 2; ++round) {
            const CliRun run = runCli(launch, env);
            BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            const QList<RunRecord> runs = RecentRuns(config.path()).list();
            QCOMPARE(runs.size(), round);
            const RunRecord &newest = runs.first();
            const QString launcher = out.filePath(u"launcher-linux-amd64"_s);
            const QString worker = out.filePath(u"worker-linux-amd64"_s);
            QCOMPARE(newest.launcherPath, launcher);
            QCOMPARE(newest.launcherSha256, QString::fromLatin1(fileSha256(launcher)));
            QCOMPARE(newest.workerSha256, QString::fromLatin1(fileSha256(worker)));
            QCOMPARE(VerifiedRecord::read(worker).value_or(VerifiedRecord()).sha256, newest.workerSha256);
        }
    }

    void refusedPackageLeavesNothing()
    {
        // go list runs beside the two builds; when it refuses the package the builds it raced
        // are stopped unseen: no build event, no binary, no temporary, only the two logs.
        for (const QString &name : {u"notmain"_s, u"badmod"_s}) {
            QTemporaryDir out;
            const CliRun run = runCli({u"build"_s, fixture(name), u"--out"_s, out.path(), u"--json"_s}, m_env);
            BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
            QVERIFY(run.eventsNamed(u"build-finished"_s).isEmpty());
            QStringList left = filesIn(out.path());
            left.removeAll(u"build-launcher.log"_s);
            left.removeAll(u"build-worker.log"_s);
            BL_VERIFY2(left.isEmpty(), qPrintable(name + u": "_s + left.join(u", "_s)));
        }
    }

    void goFoundOutsidePath()
    {
        // A desktop app started from the Dock or Start menu does not get the shell's PATH.
        QProcessEnvironment env = m_env;
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        QTemporaryDir out;
        const CliRun run = runCli({u"build"_s, fixture(u"fakebeam"_s), u"--out"_s, out.path()}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    void usageErrors()
    {
        CliRun run = runCli({u"build"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"launch"_s, fixture(u"fakebeam"_s)}, m_env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--runner"));
        run = runCli({u"build"_s, fixture(u"fakebeam"_s), u"--no-such-option"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"frobnicate"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
