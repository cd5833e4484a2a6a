// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Bad input of every kind, each with its clear message and nothing lost: paths, packages,
// go.mod, platforms, endpoints, flags, environment, profile files, output folders that are
// full, read-only or in the way (through the real beam-launcher), and children that print a
// huge line, invalid UTF-8, crash or close their output early (through ProcessRunner, whose
// raw log must hold every byte). The rows here add to tst_cli's badInput table.
#include "CliRunner.h"
#include "ProcessProbe.h"
#include "TinyMount.h"
#include "process/ProcessRunner.h"

#include <QDirIterator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    BL_VERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using Files = QMap<QString, QString>;

/// Runs beam-launcher with its stdout and stderr on a pseudo-terminal, as in a user's terminal,
/// and returns every byte the terminal received.
QByteArray runOnTerminal(const QStringList &arguments, const QProcessEnvironment &env, int *exitCode)
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        return "no pseudo-terminal: " + QByteArray(strerror(errno));
    const QByteArray slaveName = ::ptsname(master);
    const int slave = ::open(slaveName.constData(), O_RDWR | O_NOCTTY);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([slave] {
        ::dup2(slave, STDOUT_FILENO);
        ::dup2(slave, STDERR_FILENO);
    });
    QByteArray seen;
    auto drain = [&] {
        char buffer[4096];
        ssize_t n;
        while ((n = ::read(master, buffer, sizeof buffer)) > 0)
            seen.append(buffer, n);
    };
    p.start(QStringLiteral(BL_EXECUTABLE), arguments);
    p.waitForStarted();
    for (int waited = 0; !p.waitForFinished(20) && waited < 300000; waited += 20)
        drain();
    ::close(slave);
    drain();
    ::close(master);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return seen;
}

struct Collected
{
    QStringList out;
    QStringList err;
    bl::ProcessRunner::Result result;
    bool done = false;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QProcessEnvironment m_env;
    QTcpServer m_jobService; // something listening at the endpoint: the preflight only connects
    QStringList m_runner;    // the issue's `E`: --runner flink --endpoint localhost:PORT (LOOPBACK)

    Collected runChild(const QStringList &script, const QString &log)
    {
        bl::ProcessRunner runner;
        Collected c;
        runner.setLogFile(log);
        connect(&runner, &bl::ProcessRunner::linesReady, this,
                [&c](bl::ProcessRunner::Channel channel, const QStringList &lines) {
                    (channel == bl::ProcessRunner::Channel::StdOut ? c.out : c.err) += lines;
                });
        connect(&runner, &bl::ProcessRunner::finished, this, [&c](const bl::ProcessRunner::Result &r) {
            c.result = r;
            c.done = true;
        });
        runner.setProgram(QStringLiteral(BL_TEST_CHILD), script);
        runner.start();
        if (!QTest::qWaitFor([&c] { return c.done; }, 30000))
            qWarning("the child did not finish");
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"GOTOOLCHAIN"_s, u"local"_s); // never download a toolchain in a test
        QVERIFY(m_jobService.listen(QHostAddress::LocalHost));
        m_runner = {u"--runner"_s, u"flink"_s, u"--endpoint"_s, u"localhost:%1"_s.arg(m_jobService.serverPort()),
                    u"--environment-type"_s, u"LOOPBACK"_s};
    }

    // Through the command line. @FAKE@ is the fakebeam fixture, @TMP@ a fresh folder that
    // the row's files are written into first (name -> content); ENV rows change one variable.
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Files>("files");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");

        const QString fakeMain = QString::fromUtf8(readFile(fixture(u"fakebeam/main.go"_s)));
        const QString goMod = u"module example.com/bad\n\ngo 1.21\n"_s;
        QTest::newRow("go.mod without module line")
            << QStringList{u"build"_s, u"@TMP@"_s} << Files{{u"go.mod"_s, u"go 1.21\n"_s}, {u"main.go"_s, fakeMain}}
            << QStringList() << 2 << u"missing module declaration"_s;
        QTest::newRow("go.mod wants a newer Go")
            << QStringList{u"build"_s, u"@TMP@"_s}
            << Files{{u"go.mod"_s, u"module example.com/bad\n\ngo 1.99\n"_s}, {u"main.go"_s, fakeMain}}
            << QStringList() << 2 << u"requires go >= 1.99"_s;
        QTest::newRow("syntax error")
            << QStringList{u"build"_s, u"@TMP@"_s}
            << Files{{u"go.mod"_s, goMod}, {u"main.go"_s, u"package main\nfunc main() {\n"_s}} << QStringList() << 1
            << u"go build failed with 1 problem"_s;
        QTest::newRow("import nobody provides")
            << QStringList{u"build"_s, u"@TMP@"_s}
            << Files{{u"go.mod"_s, goMod},
                     {u"main.go"_s, u"package main\nimport \"example.com/nope/missing\"\nfunc main() { missing.X() }\n"_s}}
            << QStringList() << 1 << u"go build failed with 1 problem"_s;
        QTest::newRow("folder with a space and no Go files")
            << QStringList{u"build"_s, u"@TMP@/my pipeline"_s} << Files{{u"my pipeline/README"_s, u"x"_s}}
            << QStringList() << 2 << u"my pipeline"_s;
        QTest::newRow("missing folder with a non-ASCII name")
            << QStringList{u"build"_s, u"@TMP@/caf\u00e9"_s} << Files{} << QStringList() << 2 << u"is not a folder"_s;
        QTest::newRow("port out of range")
            << QStringList{u"launch"_s, u"@FAKE@"_s, u"--runner"_s, u"flink"_s, u"--endpoint"_s, u"localhost:99999"_s}
            << Files{} << QStringList() << 2 << u"\"99999\" is not a port"_s;
        QTest::newRow("endpoint with a scheme")
            << QStringList{u"launch"_s, u"@FAKE@"_s, u"--runner"_s, u"flink"_s, u"--endpoint"_s,
                           u"http://localhost:8099"_s}
            << Files{} << QStringList() << 2 << u"without a scheme"_s;
        QTest::newRow("empty runner")
            << QStringList{u"launch"_s, u"@FAKE@"_s, u"--runner"_s, QString()} << Files{} << QStringList() << 2
            << u"--runner is required"_s;
        QTest::newRow("platform without arch")
            << QStringList{u"build"_s, u"@FAKE@"_s, u"--launcher-platform"_s, u"linux/"_s} << Files{} << QStringList()
            << 2 << u"\"linux/\" is not a platform"_s;
        QTest::newRow("env with empty name")
            << QStringList{u"launch"_s, u"@FAKE@"_s, u"--runner"_s, u"prism"_s, u"--env"_s, u"=VALUE"_s} << Files{}
            << QStringList() << 2 << u"--env takes NAME=VALUE"_s;
        QTest::newRow("GOFLAGS with an unknown flag")
            << QStringList{u"build"_s, u"@FAKE@"_s} << Files{} << QStringList{u"GOFLAGS=-bogus"_s} << 2
            << u"parsing $GOFLAGS: unknown flag -bogus"_s;
        QTest::newRow("GOROOT that does not exist")
            << QStringList{u"build"_s, u"@FAKE@"_s} << Files{} << QStringList{u"GOROOT=/nonexistent/goroot"_s} << 2
            << u"cannot find GOROOT directory"_s;
        QTest::newRow("unknown profile") << QStringList{u"launch"_s, u"--profile"_s, u"nosuch"_s} << Files{}
                                         << QStringList() << 2 << u"There is no profile \"nosuch\""_s;
        QTest::newRow("prebuilt binary that is not Go")
            << QStringList{u"launch"_s, u"--launcher-binary"_s, u"@TMP@/notgo"_s, u"--worker-binary"_s,
                           u"@TMP@/notgo"_s, u"--runner"_s, u"prism"_s}
            << Files{{u"notgo"_s, u"#!/bin/sh\necho hi\n"_s}} << QStringList() << 2
            << u"holds no Go build information"_s;
        QTest::newRow("prebuilt binary missing")
            << QStringList{u"launch"_s, u"--launcher-binary"_s, u"@TMP@/none"_s, u"--worker-binary"_s, u"@TMP@/none"_s,
                           u"--runner"_s, u"prism"_s}
            << Files{} << QStringList() << 2 << u"is not a file"_s;
        QTest::newRow("output folder in the way of a binary")
            << QStringList{u"build"_s, u"@FAKE@"_s, u"--out"_s, u"@TMP@/out"_s}
            << Files{{u"out/launcher-linux-amd64/keep"_s, u"mine"_s}} << QStringList() << 1 << u"Is a directory"_s;
        // #18 row 13: `--out` at a system folder, or at one holding other things, writes nothing there.
        QTest::newRow("#18 row 13: --out /")
            << QStringList{u"build"_s, u"@FAKE@"_s, u"--out"_s, u"/"_s} << Files{} << QStringList() << 2
            << u"is a system, root or home folder"_s;
        QTest::newRow("#18 row 13: --out /etc")
            << QStringList{u"build"_s, u"@FAKE@"_s, u"--out"_s, u"/etc"_s} << Files{} << QStringList() << 2
            << u"is a system, root or home folder"_s;
        QTest::newRow("#18 row 13: --out /etc even with --force-out")
            << QStringList{u"build"_s, u"@FAKE@"_s, u"--out"_s, u"/etc/"_s, u"--force-out"_s} << Files{} << QStringList()
            << 2 << u"is a system, root or home folder"_s;
        QTest::newRow("#18 row 13: --out at a folder of other things")
            << QStringList{u"build"_s, u"@FAKE@"_s, u"--out"_s, u"@TMP@/papers"_s}
            << Files{{u"papers/thesis.tex"_s, u"\\documentclass{article}"_s}} << QStringList() << 2
            << u"holds other things (thesis.tex)"_s;
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Files, files);
        QFETCH(QStringList, environment);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writeFile(tmp.filePath(it.key()), it.value().toUtf8());
        for (QString &a : arguments)
            a.replace(u"@TMP@"_s, tmp.path()).replace(u"@FAKE@"_s, fixture(u"fakebeam"_s));
        QProcessEnvironment env = m_env;
        QTemporaryDir config;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        for (const QString &e : std::as_const(environment))
            env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
        const CliRun run = runCli(QStringList{arguments.first(), u"--json"_s} + arguments.mid(1), env);
        BL_VERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(expected), qPrintable(run.describe()));
        // Nothing lost: the row's own files are all still there, unchanged, and no half binary.
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(readFile(tmp.filePath(it.key())), it.value().toUtf8());
        BL_VERIFY2(bl::test::temporariesUnder(tmp.path()).isEmpty(), qPrintable(bl::test::temporariesUnder(tmp.path()).join(u' ')));
        QVERIFY(bl::test::temporariesUnder(m_cache.path()).isEmpty());
    }

    void corruptProfileIsPutAsideNotLost()
    {
        QTemporaryDir config;
        const QByteArray broken = "{\"schema\":2,\"id\":\"abc\",\"name\":";
        writeFile(config.filePath(u"profiles/abc.json"_s), broken);
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        const CliRun run = runCli({u"profiles"_s, u"list"_s}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("cannot be read and was put aside"), qPrintable(run.describe()));
        const QStringList kept = QDir(config.filePath(u"profiles"_s)).entryList({u"abc.json.corrupt-*"_s});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(config.filePath(u"profiles/"_s + kept.first())), broken);
    }

    void badProfileImports_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("not json {") << u"is not a profile"_s;
        QTest::newRow("name of the wrong type") << QByteArray("{\"schema\": 2, \"name\": 5}") << u"\"name\""_s;
        QTest::newRow("invalid UTF-8 in a name") << QByteArray("{\"schema\": 2, \"name\": \"a\xff\xfe\"}")
                                                 << u"is not a profile"_s;
        QTest::newRow("a JSON array") << QByteArray("[1, 2, 3]") << u"is not a profile"_s;
    }

    void badProfileImports()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir config;
        QTemporaryDir tmp;
        const QString file = tmp.filePath(u"import.json"_s);
        writeFile(file, content);
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        const CliRun run = runCli({u"profiles"_s, u"import"_s, file}, env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(QString::fromUtf8(run.err).contains(expected), qPrintable(run.describe()));
        QCOMPARE(readFile(file), content); // the user's file is untouched
        QVERIFY(QDir(config.filePath(u"profiles"_s)).entryList(QDir::Files).isEmpty());
    }

    void outputFolderFull()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tiny tmpfs needs root; run as root (CI is) to simulate a full disk");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"full"_s);
        TinyMount full(out, "size=64k");
        BL_VERIFY2(full.mounted(), qPrintable(full.error()));
        const CliRun run = runCli({u"build"_s, u"--json"_s, fixture(u"fakebeam"_s), u"--out"_s, out}, m_env);
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"no space left on device"_s), qPrintable(run.describe()));
        BL_VERIFY2(bl::test::temporariesUnder(out).isEmpty(), qPrintable(bl::test::temporariesUnder(out).join(u' ')));
    }

    void outputFolderReadOnly()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a read-only tmpfs needs root; run as root (CI is)");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"ro"_s);
        TinyMount ro(out, "ro,size=64k");
        BL_VERIFY2(ro.mounted(), qPrintable(ro.error()));
        const CliRun run = runCli({u"build"_s, u"--json"_s, fixture(u"fakebeam"_s), u"--out"_s, out}, m_env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"Read-only file system"_s), qPrintable(run.describe()));
        QVERIFY(run.eventsNamed(u"build-started"_s).isEmpty());
    }

    // The robustness table of issue #18, one test per defect found, each named after its row;
    // the exact input is in the comment above it. Rows found later go at the end.

    // #18 row 12: `kill -9` of `beam-launcher launch FAKE E -- --spawn --pid_file=F --sleep_ms=600000`
    // while the launcher and the grandchild it started run: both must die with beam-launcher.
    void row12_sigkillOfBeamLauncherOrphansNothing()
    {
        QTemporaryDir tmp;
        const QString pidFile = tmp.filePath(u"pids"_s);
        QProcess cli;
        QProcessEnvironment env = m_env;
        QTemporaryDir config;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(BL_EXECUTABLE), QStringList{u"launch"_s, fixture(u"fakebeam"_s)} + m_runner
                                                     + QStringList{u"--"_s, u"--spawn"_s, u"--pid_file="_s + pidFile,
                                                                   u"--sleep_ms=600000"_s});
        QVERIFY(cli.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 2, 240000); // a cold build may take a while
        const QList<qint64> pids = pidsIn(pidFile);
        for (qint64 pid : pids)
            QVERIFY(isAlive(pid));
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));
        for (qint64 pid : pids)
            QTRY_VERIFY2_WITH_TIMEOUT(!isAlive(pid), qPrintable(u"pid %1 outlived beam-launcher"_s.arg(pid)), 5000);
    }

    // #18 row 6 (output): `beam-launcher launch FAKE E --env BL_SHOW=<OSC 52><OSC 0><CSI 2J> --
    // --print_env=BL_SHOW`, on a pseudo-terminal: the launcher prints the sequences; the terminal
    // must get none of them (the text around them, yes), --raw passes them on, and the log file and
    // --json keep them exactly.
    void row06_launcherOutputCannotDriveTheTerminal()
    {
        const QString value = u"[\x1b]52;c;ZXZpbA==\x07\x1b]0;pwned\x07\x1b[2J]"_s;
        QProcessEnvironment env = m_env;
        QTemporaryDir config;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        const QStringList arguments = QStringList{u"launch"_s, fixture(u"fakebeam"_s)} + m_runner
            + QStringList{u"--env"_s, u"BL_SHOW="_s + value, u"--"_s, u"--print_env=BL_SHOW"_s};
        int exitCode = -1;
        const QByteArray screen = runOnTerminal(arguments, env, &exitCode);
        BL_VERIFY2(exitCode == 0, screen.constData());
        BL_VERIFY2(screen.contains("careless: BL_SHOW=[]"), screen.constData());
        BL_VERIFY2(!screen.contains('\x1b') && !screen.contains('\x07'), screen.toHex(' ').constData());

        const QByteArray rawScreen = runOnTerminal(QStringList{arguments.first(), u"--raw"_s} + arguments.mid(1), env,
                                                   &exitCode);
        QCOMPARE(exitCode, 0);
        BL_VERIFY2(rawScreen.contains(QByteArray("careless: BL_SHOW=" + value.toUtf8())), rawScreen.toHex(' ').constData());

        const CliRun json = runCli(QStringList{arguments.first(), u"--json"_s} + arguments.mid(1), env);
        QCOMPARE(json.exitCode, 0);
        bool found = false;
        for (const QJsonObject &e : json.eventsNamed(u"output"_s))
            found = found || e.value(u"line"_s).toString() == u"careless: BL_SHOW="_s + value;
        BL_VERIFY2(found, qPrintable(json.describe()));
        const QList<QJsonObject> started = json.eventsNamed(u"launch-started"_s);
        QCOMPARE(started.size(), 1);
        QVERIFY(readFile(started.first().value(u"logFile"_s).toString()).contains(QByteArray("BL_SHOW=" + value.toUtf8())));
    }

    // #18 row 2: `beam-launcher launch A E --out O -- --sleep_ms=4000` and, while it runs,
    // `beam-launcher launch B E --out O` for another package B: B used to replace A's binaries
    // and both printed B's output. Now O is locked for the whole of A's run: B is refused with
    // exit 2 and says why, A runs its own pipeline; once A is done, B runs its own.
    void row02_sharedOutputFolderRunsOnlyItsOwnBuild()
    {
        QTemporaryDir tmp;
        for (const QString &name : {u"a"_s, u"b"_s}) {
            QByteArray main = readFile(fixture(u"fakebeam/main.go"_s));
            const QByteArray tag = QByteArray("pipeline-") + name.toLatin1();
            main.replace(QByteArray("fmt.Printf(\"fakebeam %s/%s\\n\""), QByteArray("fmt.Printf(\"" + tag + " %s/%s\\n\""));
            QVERIFY(main.contains(tag));
            writeFile(tmp.filePath(name + u"/main.go"_s), main);
            writeFile(tmp.filePath(name + u"/go.mod"_s), readFile(fixture(u"fakebeam/go.mod"_s)));
        }
        const QString out = tmp.filePath(u"shared-out"_s);
        QProcessEnvironment env = m_env;
        QTemporaryDir config;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        const QString pidFile = tmp.filePath(u"pids"_s);
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(BL_EXECUTABLE), QStringList{u"launch"_s, tmp.filePath(u"a"_s)} + m_runner
                                                       + QStringList{u"--out"_s, out, u"--"_s, u"--sleep_ms=4000"_s,
                                                                     u"--pid_file="_s + pidFile});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!pidsIn(pidFile).isEmpty() || first.state() == QProcess::NotRunning, 240000);
        BL_VERIFY2(first.state() == QProcess::Running, first.readAllStandardError().constData());
        const CliRun second = runCli(QStringList{u"launch"_s, u"--json"_s, tmp.filePath(u"b"_s)} + m_runner
                                         + QStringList{u"--out"_s, out},
                                     env);
        BL_VERIFY2(second.exitCode == 2, qPrintable(second.describe()));
        BL_VERIFY2(second.errorText().contains(u"is in use by another build or launch (process %1"_s.arg(first.processId())),
                 qPrintable(second.describe()));
        QVERIFY(first.waitForFinished(60000));
        const QByteArray firstOut = first.readAllStandardOutput();
        QCOMPARE(first.exitCode(), 0);
        BL_VERIFY2(firstOut.contains("pipeline-a ") && !firstOut.contains("pipeline-b "), firstOut.constData());
        const CliRun again = runCli(QStringList{u"launch"_s, u"--json"_s, tmp.filePath(u"b"_s)} + m_runner
                                        + QStringList{u"--out"_s, out},
                                    env);
        BL_VERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        BL_VERIFY2(again.out.contains("pipeline-b "), qPrintable(again.describe()));
    }

    // #18 row 13 (logs): `BEAM_LAUNCHER_LOG_FILE_LIMIT=20000 beam-launcher launch FAKE E -- --flood=10000`
    // (1 MB of output): the launch log is rotated into parts of about the limit, and every
    // line is in one of them, in order.
    void row13_launchLogIsRotated()
    {
        QProcessEnvironment env = m_env;
        QTemporaryDir config;
        QTemporaryDir cache;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config.path());
        env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, cache.path());
        env.insert(u"BEAM_LAUNCHER_LOG_FILE_LIMIT"_s, u"20000"_s);
        const CliRun run = runCli(QStringList{u"launch"_s, u"--json"_s, fixture(u"fakebeam"_s)} + m_runner
                                      + QStringList{u"--"_s, u"--flood=10000"_s},
                                  env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString log = run.eventsNamed(u"launch-started"_s).value(0).value(u"logFile"_s).toString();
        QVERIFY(QFileInfo::exists(log));
        const QFileInfoList parts = QDir(QFileInfo(log).absolutePath())
                                        .entryInfoList({QFileInfo(log).completeBaseName() + u"-part*.log"_s}, QDir::Files);
        BL_VERIFY2(parts.size() >= 5, qPrintable(QString::number(parts.size())));
        QByteArray all;
        for (int n = 1; n <= parts.size(); ++n) {
            const QString part = log.chopped(4) + u"-part%1.log"_s.arg(n);
            BL_VERIFY2(QFileInfo(part).size() < 20000 + 256 * 1024, qPrintable(part)); // the limit plus one batch of lines
            all += readFile(part);
        }
        all += readFile(log);
        for (int i = 1; i <= 10000; i += 999)
            BL_VERIFY2(all.contains(QByteArray("INFO line " + QByteArray::number(i).rightJustified(7, '0'))),
                     qPrintable(u"line %1 lost"_s.arg(i)));
    }

    void hugeSingleLine()
    {
        QTemporaryDir tmp;
        const QString log = tmp.filePath(u"raw.log"_s);
        // 1 MiB of 'a' without a newline, then a short line: cut into pieces, nothing dropped.
        const Collected c = runChild({u"flood"_s, u"1"_s, QString::number(1 << 20), u"out"_s, u"after"_s}, log);
        QVERIFY(c.result.succeeded());
        const QString joined = c.out.mid(0, c.out.size() - 1).join(QString());
        QCOMPARE(c.out.last(), u"after"_s);
        QVERIFY(c.out.size() > 2);
        QCOMPARE(joined.size(), (1 << 20) - 20 + 15); // "line 000000001 " + filler
        for (const QString &piece : c.out)
            QVERIFY(piece.size() <= 16 * 1024);
        QCOMPARE(QFileInfo(log).size(), qint64(joined.size() + 1 + 6));
    }

    void invalidUtf8()
    {
        QTemporaryDir tmp;
        const QString log = tmp.filePath(u"raw.log"_s);
        // "a", two invalid bytes, a truncated 3-byte sequence, "b", newline, then a good "é".
        const Collected c = runChild({u"raw"_s, u"61fffee282620a"_s, u"raw"_s, u"c3a90a"_s}, log);
        QVERIFY(c.result.succeeded());
        QCOMPARE(c.out.size(), 2);
        BL_VERIFY2(c.out.at(0).startsWith(u'a') && c.out.at(0).endsWith(u'b'), qPrintable(c.out.at(0)));
        QVERIFY(c.out.at(0).contains(QChar::ReplacementCharacter));
        QCOMPARE(c.out.at(1), u"\u00e9"_s);
        QCOMPARE(readFile(log), QByteArray::fromHex("61fffee282620ac3a90a")); // raw bytes kept exactly
    }

    void childCrashes()
    {
        QTemporaryDir tmp;
        const Collected c = runChild({u"out"_s, u"before the crash"_s, u"crash"_s}, tmp.filePath(u"raw.log"_s));
        QCOMPARE(c.result.kind, bl::ProcessRunner::ExitKind::Crashed);
        QCOMPARE(c.out, QStringList{u"before the crash"_s});
        QCOMPARE(readFile(tmp.filePath(u"raw.log"_s)), QByteArray("before the crash\n"));
    }

    void childClosesStdoutEarly()
    {
        QTemporaryDir tmp;
        const Collected c = runChild({u"out"_s, u"last words"_s, u"close-stdout"_s, u"sleep"_s, u"300"_s, u"err"_s,
                                      u"still here"_s, u"exit"_s, u"0"_s},
                                     tmp.filePath(u"raw.log"_s));
        QVERIFY(c.result.succeeded());
        QCOMPARE(c.out, QStringList{u"last words"_s});
        QCOMPARE(c.err, QStringList{u"still here"_s});
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
