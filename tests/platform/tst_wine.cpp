// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The product's own scenario from a Windows machine, on this Linux one: the launcher for
// windows/amd64 that the real `beam-launcher build --launcher-platform windows/amd64` makes runs
// under Wine (10 or newer: Debian 12's Wine 8 cannot start a program built by Go 1.26, its
// runtime needs Windows 10's ProcessPrng) against real job services on the loopback (127.0.0.1:
// a minimal chroot has no /etc/hosts):
//  - a standalone Prism, PROCESS environment: Prism runs Beam's boot, which runs the linux/amd64
//    worker the same build made, passed as --worker_binary=Z:\... (Wine's drive for /);
//  - Beam's Python job server, LOOPBACK environment (its runner has no PROCESS one): the
//    Windows launcher is its own worker, under Wine, reading and writing Z:\ paths.
// Each runs the word-count sample to its counts; then the long-running fixture is cancelled
// with `beam-launcher jobs cancel` while the Windows launcher waits for its job, and that
// launcher must end by itself (not hang). Wine's prefix is kept in BL_E2E_CACHE (its first
// start, wineboot, costs once per machine: measured and printed); `wineserver -k` at the end,
// and no process of that prefix may be left.
// CMake builds this test only where a Wine 10 or newer is found (the Debian 13 pass, .ci/trixie).
#include "JobServers.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
const QString LongRun = QStringLiteral(BL_FIXTURES_DIR "/pipelines/longrun");

/// A Linux path as the Windows program sees it: Wine's drive Z: is the root folder.
QString onZ(const QString &path)
{
    return u"Z:"_s + QString(path).replace(u'/', u'\\');
}

/// "localhost:1234" or "[::]:1234" → "127.0.0.1:1234".
QString onLoopback(const QString &endpoint)
{
    return u"127.0.0.1:"_s + endpoint.section(u':', -1);
}

/// Live processes whose environment names `prefix` as their WINEPREFIX (wineserver, the
/// programs it runs, Wine's own services).
QStringList processesOfPrefix(const QString &prefix)
{
    const QByteArray wanted = "WINEPREFIX=" + prefix.toUtf8();
    QStringList found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid() || !isAlive(pid))
            continue;
        QFile environ(u"/proc/%1/environ"_s.arg(pid));
        if (!environ.open(QIODevice::ReadOnly) || !environ.readAll().split('\0').contains(wanted))
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        const QString line = cmdline.open(QIODevice::ReadOnly) ? QString::fromUtf8(cmdline.readAll().replace('\0', ' '))
                                                               : QString();
        found << u"%1: %2"_s.arg(pid).arg(line.left(200));
    }
    return found;
}

/// A program run under Wine; its output (both channels) is collected while the event loop turns.
class WineRun
{
public:
    WineRun(const QStringList &arguments, const QProcessEnvironment &env, const QString &workDir)
    {
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(workDir);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { m_output += m_process.readAll(); });
        m_clock.start();
        m_process.start(QStringLiteral(BL_WINE), arguments);
    }
    ~WineRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // the test failed; wineserver -k in cleanupTestCase ends the rest
            m_process.waitForFinished(10000);
        }
    }
    bool waitForExit(int timeoutMs)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        finished.wait(timeoutMs);
        m_output += m_process.readAll();
        return m_process.state() == QProcess::NotRunning;
    }
    /// Waits (event loop turning) until the output holds `text` or the program ended.
    bool waitForOutput(const QByteArray &text, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_output.contains(text) && m_process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
            QTest::qWait(100);
        return m_output.contains(text);
    }
    int exitCode() const
    {
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit
                   ? m_process.exitCode()
                   : -1;
    }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    QByteArray output() const { return m_output; }
    QString describe() const
    {
        return u"wine: exit %1 after %2 s\n--- its output\n%3"_s.arg(exitCode())
            .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
            .arg(QString::fromUtf8(m_output.right(6000)));
    }

private:
    QProcess m_process;
    QByteArray m_output;
    QElapsedTimer m_clock;
};

/// What the job left: the job server's children (boot, workers) and any process that mentions
/// the test's folder, the job server itself aside (its --port_file is in that folder).
QStringList jobLeftovers(const JobServer &jobs, const QString &workDir)
{
    const QString server = QString::number(jobs.pid()) + u':';
    QElapsedTimer clock;
    clock.start();
    QStringList left;
    do {
        left = leftovers(jobs, workDir, 0);
        left.erase(std::remove_if(left.begin(), left.end(), [&](const QString &p) { return p.startsWith(server); }),
                   left.end());
        if (left.isEmpty())
            break;
        QTest::qWait(200);
    } while (clock.elapsed() < 15000);
    return left;
}

enum class Server { Prism, Python };

} // namespace

Q_DECLARE_METATYPE(Server)

class TestWine : public QObject
{
    Q_OBJECT

    QString m_prism;
    QString m_bootForPrism;
    QString m_python;
    QString m_prefix;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;     ///< for beam-launcher
    QProcessEnvironment m_wineEnv; ///< for Wine and the programs it runs
    QString m_binaries;            ///< the sample's two binaries
    QString m_longRunBinaries;     ///< the long-running fixture's

    /// The word-count sample's job (or, with `longRun`, the fixture's) started under Wine.
    std::unique_ptr<WineRun> startLauncher(Server server, const JobServer &jobs, const QString &work, bool longRun) const
    {
        const QString bin = longRun ? m_longRunBinaries : m_binaries;
        QStringList args{bin + u"/launcher-windows-amd64.exe"_s, u"--runner=universal"_s,
                         u"--endpoint="_s + onLoopback(jobs.endpoint())};
        if (server == Server::Prism) {
            // Prism runs boot, boot runs the Linux worker the launcher staged from Z:\.
            args << u"--environment_type=PROCESS"_s << u"--environment_config={\"command\": \"%1\"}"_s.arg(m_bootForPrism)
                 << u"--worker_binary="_s + onZ(bin + u"/worker-linux-amd64"_s);
        } else {
            args << u"--environment_type=LOOPBACK"_s;
        }
        if (longRun) {
            args << u"--seconds=900"_s;
        } else if (server == Server::Prism) {
            // The Linux worker reads and writes: Linux paths.
            args << u"--input="_s + Sample + u"/input.txt"_s << u"--output="_s + work + u"/counts.txt"_s;
        } else {
            // The Windows launcher is the worker: Windows paths.
            args << u"--input="_s + onZ(Sample + u"/input.txt"_s) << u"--output="_s + onZ(work + u"/counts.txt"_s);
        }
        return std::make_unique<WineRun>(args, m_wineEnv, work);
    }

    bool startServer(Server server, JobServer &jobs, const QString &work) const
    {
        return server == Server::Prism ? jobs.startPrism(m_prism, work) : jobs.startPython(m_python, work);
    }

    /// `beam-launcher build DIR --launcher-platform windows/amd64`: both binaries, and the one
    /// line that says which Windows the launcher needs.
    QString buildForWindows(const QString &package)
    {
        const QString out = m_cache.filePath(QFileInfo(package).fileName() + u"-bin"_s);
        QElapsedTimer clock;
        clock.start();
        const CliRun run = runCli({u"build"_s, package, u"--out"_s, out, u"--launcher-platform"_s, u"windows/amd64"_s},
                                  m_env, 1500000);
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return {};
        }
        qInfo("beam-launcher build %s for windows/amd64 + linux/amd64: %.1f s", qPrintable(QFileInfo(package).fileName()),
              clock.elapsed() / 1000.0);
        // Said once, from Go's release notes for the Go found (Go 1.21 and later: Windows 10).
        const QByteArray note = "needs Windows 10 or Windows Server 2016 or newer";
        if (run.err.count(note) != 1) {
            qWarning("the oldest Windows is not said once:\n%s", qPrintable(run.describe()));
            return {};
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Server>();
        const auto runners = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-runners.sh"));
        m_prism = runners.value(u"PRISM"_s);
        m_bootForPrism = runners.value(u"PRISM_BOOT"_s);
        BL_VERIFY2(QFileInfo(m_prism).isExecutable(), "prepare-runners.sh gave no prism");
        BL_VERIFY2(QFileInfo(m_bootForPrism).isExecutable(), "prepare-runners.sh gave no boot-prism");
        m_python = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-python-jobserver.sh")).value(u"PYTHON_JOBSERVER"_s);
        BL_VERIFY2(QFileInfo(m_python).isExecutable(), "prepare-python-jobserver.sh gave no python");

        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s);

        // Wine: a prefix of its own, kept per Wine version beside the Beam runners; no display,
        // no Mono or Gecko installer (nothing here needs .NET or a browser), no debug chatter.
        QProcess version;
        version.start(QStringLiteral(BL_WINE), {u"--version"_s});
        BL_VERIFY2(version.waitForFinished(60000) && version.exitCode() == 0, "wine --version failed");
        const QString wineVersion = QString::fromUtf8(version.readAllStandardOutput()).trimmed();
        qInfo("%s (%s)", qPrintable(wineVersion), BL_WINE);
        m_prefix = QStringLiteral(BL_E2E_CACHE "/wine-prefix-") + wineVersion.section(u' ', 0, 0);
        m_wineEnv = QProcessEnvironment::systemEnvironment();
        m_wineEnv.insert(u"WINEPREFIX"_s, m_prefix);
        m_wineEnv.insert(u"WINEDEBUG"_s, u"-all"_s);
        m_wineEnv.insert(u"WINEDLLOVERRIDES"_s, u"mscoree,mshtml="_s);
        m_wineEnv.remove(u"DISPLAY"_s);
        m_wineEnv.remove(u"WAYLAND_DISPLAY"_s);

        const QString ready = m_prefix + u"/.bl-ready"_s;
        QElapsedTimer clock;
        clock.start();
        if (!QFileInfo::exists(ready)) {
            QDir(m_prefix).removeRecursively(); // an earlier first start that did not finish
            QProcess boot;
            boot.setProcessEnvironment(m_wineEnv);
            boot.setProcessChannelMode(QProcess::MergedChannels);
            boot.start(QStringLiteral(BL_WINE), {u"wineboot"_s, u"--init"_s});
            BL_VERIFY2(boot.waitForFinished(900000) && boot.exitCode() == 0,
                       boot.readAll().right(3000).constData());
            // wineboot returns before the prefix is written out: wait for its wineserver.
            QProcess wait;
            wait.setProcessEnvironment(m_wineEnv);
            wait.start(QStringLiteral(BL_WINESERVER), {u"-w"_s});
            BL_VERIFY2(wait.waitForFinished(300000), "wineserver -w did not end");
            BL_VERIFY2(QFileInfo::exists(m_prefix + u"/system.reg"_s), "wineboot made no prefix");
            QFile mark(ready);
            QVERIFY(mark.open(QIODevice::WriteOnly));
            qInfo("Wine's first start (wineboot, a new prefix in %s): %.1f s", qPrintable(m_prefix),
                  clock.elapsed() / 1000.0);
        } else {
            qInfo("Wine prefix cached: %s", qPrintable(m_prefix));
        }

        m_binaries = buildForWindows(Sample);
        BL_VERIFY2(!m_binaries.isEmpty(), "the sample's build for windows/amd64 failed (above)");
        m_longRunBinaries = buildForWindows(LongRun);
        BL_VERIFY2(!m_longRunBinaries.isEmpty(), "the longrun fixture's build for windows/amd64 failed (above)");
        for (const QString &bin : {m_binaries, m_longRunBinaries}) {
            QFile exe(bin + u"/launcher-windows-amd64.exe"_s);
            QVERIFY(exe.open(QIODevice::ReadOnly));
            QCOMPARE(exe.read(2), QByteArray("MZ")); // a Windows executable, not a Linux one renamed
            QVERIFY(QFileInfo(bin + u"/worker-linux-amd64"_s).isExecutable());
        }
    }

    void cleanupTestCase()
    {
        if (m_prefix.isEmpty())
            return;
        QProcess kill;
        kill.setProcessEnvironment(m_wineEnv);
        kill.start(QStringLiteral(BL_WINESERVER), {u"-k"_s});
        kill.waitForFinished(30000);
        QElapsedTimer clock;
        clock.start();
        QStringList left = processesOfPrefix(m_prefix);
        while (!left.isEmpty() && clock.elapsed() < 10000) {
            QTest::qWait(200);
            left = processesOfPrefix(m_prefix);
        }
        BL_VERIFY2(left.isEmpty(), qPrintable(u"Wine left processes behind:\n"_s + left.join(u'\n')));
    }

    void sampleCounts_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("prism, PROCESS, the linux/amd64 worker") << Server::Prism;
        QTest::newRow("python job server, LOOPBACK") << Server::Python;
    }
    void sampleCounts()
    {
        QFETCH(Server, server);
        QTemporaryDir work;
        JobServer jobs;
        BL_VERIFY2(startServer(server, jobs, work.path()), jobs.log().constData());
        auto launcher = startLauncher(server, jobs, work.path(), false);
        const bool ended = launcher->waitForExit(600000);
        const QString told = launcher->describe() + u"\n--- job server\n"_s + QString::fromUtf8(jobs.log().right(4000));
        BL_VERIFY2(ended && launcher->exitCode() == 0, qPrintable(told));
        qInfo("the Windows launcher under Wine: the sample's job done in %.1f s", launcher->elapsedMs() / 1000.0);
        QFile counts(work.filePath(u"counts.txt"_s));
        BL_VERIFY2(counts.open(QIODevice::ReadOnly), qPrintable(told));
        const QByteArray text = counts.readAll();
        // input.txt: "the" four times, "dog" twice (resources/sample/wordcount/input.txt).
        BL_VERIFY2(text.contains("the: 4") && text.contains("dog: 2"), text.constData());
        const QStringList left = jobLeftovers(jobs, work.path());
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }

    void cancelledJobEndsTheLauncher_data()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("prism, PROCESS, the linux/amd64 worker") << Server::Prism;
        QTest::newRow("python job server, LOOPBACK") << Server::Python;
    }
    void cancelledJobEndsTheLauncher()
    {
        QFETCH(Server, server);
        QTemporaryDir work;
        JobServer jobs;
        BL_VERIFY2(startServer(server, jobs, work.path()), jobs.log().constData());
        const QString endpoint = onLoopback(jobs.endpoint());
        auto launcher = startLauncher(server, jobs, work.path(), true);

        // The job is RUNNING on the runner and its DoFn is working: in the Linux worker under
        // Prism (its log lines reach Prism), in the Windows launcher itself with LOOPBACK.
        QElapsedTimer clock;
        clock.start();
        const auto working = [&] {
            return server == Server::Prism ? jobs.log().contains("longrun tick 2")
                                           : launcher->output().contains("longrun stderr tick 2");
        };
        while (!working() && clock.elapsed() < 300000 && launcher->exitCode() == -1)
            QTest::qWait(200);
        BL_VERIFY2(working(), qPrintable(launcher->describe() + u"\n--- job server\n"_s
                                         + QString::fromUtf8(jobs.log().right(4000))));
        const CliRun list = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, endpoint, u"--json"_s}, m_env, 60000);
        const auto [jobId, state] = lastJob(list);
        BL_VERIFY2(!jobId.isEmpty() && state == u"RUNNING"_s, qPrintable(list.describe()));

        clock.restart();
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, jobId, u"--endpoint"_s, endpoint, u"--json"_s}, m_env, 60000);
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe() + u"\n--- job server\n"_s
                                                    + QString::fromUtf8(jobs.log().right(3000))));
        QCOMPARE(lastJob(cancel), qMakePair(jobId, u"CANCELLED"_s));
        const qint64 cancelledMs = clock.elapsed();

        // The Windows launcher was waiting for its job: it must end now, by itself.
        const bool ended = launcher->waitForExit(60000);
        BL_VERIFY2(ended, qPrintable(u"the Windows launcher still waits 60 s after its job was cancelled\n"_s
                                     + launcher->describe()));
        qInfo("cancel: CANCELLED %.1f s after `jobs cancel`; the Windows launcher ended %.1f s after the cancel, "
              "exit %d",
              cancelledMs / 1000.0, clock.elapsed() / 1000.0, launcher->exitCode());
        const QStringList left = jobLeftovers(jobs, work.path());
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestWine)
#include "tst_wine.moc"
