// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// For the Job API end-to-end tests: real job servers (a standalone Prism, Beam's Python job
// server) on kernel-chosen ports, beam-launcher runs that go on while the test looks at them,
// and the processes that mention a folder (to prove that nothing is left running).
#pragma once

#include "CliRunner.h"
#include "ProcessProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>
#include <functional>

namespace bl::test {

/// Reads PRISM=..., PYTHON_JOBSERVER=... lines of a prepare script (it reuses its cache).
inline QHash<QString, QString> prepare(const QString &script)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BEAM_E2E_SKIP_FLINK"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {script, QStringLiteral(BL_E2E_CACHE)});
    QHash<QString, QString> values;
    if (!p.waitForFinished(1800000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(script), p.readAllStandardError().constData());
        return values;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

/// A job server process; its output is collected while the event loop turns.
/// For tests that run the window and beam-launcher side by side on a standalone Prism: the
/// runners of prepare-runners.sh, and `cache` as the cache folder of both (the command line's
/// config in cli-config, the window's in window-config with QStandardPaths in test mode, no bundled
/// samples). Empty when ready, else what is missing.
inline QString prepareWindowAndCliOnPrism(const QTemporaryDir &cache, QString *prism, QString *bootForPrism,
                                          QProcessEnvironment *env)
{
    QStandardPaths::setTestModeEnabled(true);
    const auto tools = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-runners.sh"));
    *prism = tools.value(QStringLiteral("PRISM"));
    *bootForPrism = tools.value(QStringLiteral("PRISM_BOOT"));
    if (!QFileInfo(*prism).isExecutable())
        return QStringLiteral("prepare-runners.sh gave no prism");
    if (!QFileInfo(*bootForPrism).isExecutable())
        return QStringLiteral("prepare-runners.sh gave no boot-prism");
    *env = QProcessEnvironment::systemEnvironment();
    env->insert(QStringLiteral("BEAM_LAUNCHER_CACHE_DIR"), cache.path());
    env->insert(QStringLiteral("BEAM_LAUNCHER_CONFIG_DIR"), cache.path() + QStringLiteral("/cli-config"));
    qputenv("BEAM_LAUNCHER_CACHE_DIR", cache.path().toLocal8Bit());
    qputenv("BEAM_LAUNCHER_CONFIG_DIR", cache.filePath(QStringLiteral("window-config")).toLocal8Bit());
    qputenv("BEAM_LAUNCHER_SAMPLES_DIR", cache.filePath(QStringLiteral("no-samples")).toLocal8Bit());
    return {};
}

class JobServer
{
public:
    /// A standalone Prism: --job_port=0 (or `jobPort`), ready when it logs its endpoint; with
    /// `webPort`, serving its web page there.
    bool startPrism(const QString &binary, const QString &workDir, quint16 jobPort = 0, quint16 webPort = 0)
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), workDir); // boot stages the worker under the temp folder
        static const QRegularExpression ready(QStringLiteral("Serving JobManagement.*endpoint=([^\\s\"]+)"));
        QStringList arguments{QStringLiteral("--job_port=%1").arg(jobPort), QStringLiteral("--log_kind=text"),
                              QStringLiteral("--idle_shutdown_timeout=15m")};
        if (webPort)
            arguments << QStringLiteral("--serve_http=true") << QStringLiteral("--web_port=%1").arg(webPort);
        else
            arguments << QStringLiteral("--serve_http=false");
        return start(binary, arguments, workDir, env, [this] {
                         const auto m = ready.match(QString::fromUtf8(m_log));
                         if (m.hasMatch())
                             m_endpoint = m.captured(1);
                         return m.hasMatch();
                     });
    }

    /// Beam's Python portable job server: --port 0 --port_file, ready when the file is there.
    bool startPython(const QString &python, const QString &workDir)
    {
        const QString portFile = workDir + QStringLiteral("/jobserver.port");
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), workDir);
        return start(python,
                     {QStringLiteral("-m"), QStringLiteral("apache_beam.runners.portability.local_job_service_main"),
                      QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port_file"), portFile},
                     workDir, env, [this, portFile] {
                         QFile f(portFile);
                         if (!f.open(QIODevice::ReadOnly))
                             return false;
                         const QByteArray port = f.readAll().trimmed();
                         if (port.isEmpty())
                             return false;
                         m_endpoint = QStringLiteral("localhost:") + QString::fromUtf8(port);
                         return true;
                     });
    }

    /// The Job API stand-in (tests/helpers/jobapistandin.cpp) replaying `recording`
    /// (tests/fixtures/jobapi/NAME.json), with its holds (--hold STATE, ...): ready when it says
    /// its port. What it did is in log(), a line each (PREPARING, STAGED, RUN, CANCEL ...).
    bool startStandIn(const QString &recording, const QStringList &holds, const QString &workDir)
    {
        static const QRegularExpression ready(QStringLiteral("PORT=(\\d+)"));
        return start(QStringLiteral(BL_JOBAPI_STANDIN),
                     QStringList{QStringLiteral(BL_FIXTURES_DIR "/jobapi/") + recording + QStringLiteral(".json")} + holds,
                     workDir, QProcessEnvironment::systemEnvironment(), [this] {
                         const auto m = ready.match(QString::fromUtf8(m_log));
                         if (m.hasMatch())
                             m_endpoint = QStringLiteral("127.0.0.1:") + m.captured(1);
                         return m.hasMatch();
                     });
    }

    /// Stops the server with everything it started (its workers, boot): its whole process group.
    ~JobServer() { stop(); }

    /// SIGKILL to the server alone: its workers outlive it, as when a runner's machine loses its
    /// job service (the destructor still ends them).
    void kill()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }

    /// SIGKILL to the server's process group: the server, boot and the workers it started.
    void stop()
    {
        if (m_group > 0)
            ::kill(-m_group, SIGKILL);
        m_group = 0;
        if (m_process.state() != QProcess::NotRunning)
            m_process.waitForFinished(10000);
    }

    QString endpoint() const { return m_endpoint; }
    QByteArray log() const { return m_log; }
    qint64 pid() const { return m_process.processId(); }

private:
    bool start(const QString &program, const QStringList &arguments, const QString &workDir,
               const QProcessEnvironment &env, const std::function<bool()> &isReady)
    {
        m_process.setWorkingDirectory(workDir); // boot writes pipeline_options.json into it
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // A process group of its own: stop() ends what the server started with it.
        m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
        QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { m_log += m_process.readAll(); });
        m_process.start(program, arguments);
        if (!m_process.waitForStarted())
            return false;
        m_group = pid_t(m_process.processId());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 120000 && m_process.state() == QProcess::Running) {
            QTest::qWait(50);
            if (isReady())
                return true;
        }
        return false;
    }

    QProcess m_process;
    pid_t m_group = 0;
    QString m_endpoint;
    QByteArray m_log;
};

/// beam-launcher running in the background: output collected as it comes.
class Background
{
public:
    Background(const QStringList &arguments, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_run.out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_run.err += m_process.readAllStandardError(); });
        m_clock.start();
        m_process.start(QStringLiteral(BL_EXECUTABLE), arguments);
    }
    ~Background()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate(); // beam-launcher stops its children's trees
            if (!m_process.waitForFinished(20000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    /// Waits (event loop turning) until `done` says so about the events so far.
    bool waitFor(const std::function<bool(const CliRun &)> &done, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (done(run()))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return done(run());
            QTest::qWait(100);
        }
        return false;
    }
    bool waitForExit(int timeoutMs)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(timeoutMs) || m_process.state() == QProcess::NotRunning;
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    qint64 pid() const { return m_process.processId(); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    CliRun run()
    {
        CliRun r = m_run;
        r.exitCode = m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit
                         ? m_process.exitCode()
                         : -1;
        r.events = parseEvents(r.out);
        return r;
    }

private:
    QProcess m_process;
    CliRun m_run;
    QElapsedTimer m_clock;
};

/// The job id and state of the newest `job` event, if any.
inline QPair<QString, QString> lastJob(const CliRun &run)
{
    const auto jobs = run.eventsNamed(QStringLiteral("job"));
    for (qsizetype i = jobs.size() - 1; i >= 0; --i) {
        const QString id = jobs.at(i).value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            return {id, jobs.at(i).value(QStringLiteral("state")).toString()};
    }
    return {};
}

/// The state `jobs list` gives for `jobId` on the job service at `endpoint`.
inline QString stateOnRunner(const QString &jobId, const QString &endpoint, const QProcessEnvironment &env)
{
    const CliRun list = runCli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--endpoint"), endpoint,
                                QStringLiteral("--json")},
                               env);
    for (const QJsonObject &job : list.eventsNamed(QStringLiteral("job"))) {
        if (job.value(QStringLiteral("id")).toString() == jobId)
            return job.value(QStringLiteral("state")).toString();
    }
    return QStringLiteral("<not listed: %1>").arg(list.describe());
}

/// Live processes whose command line or executable mentions `text` (a test's own folder).
inline QStringList processesMentioning(const QString &text)
{
    QStringList found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid() || !isAlive(pid))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QString line;
        if (cmdline.open(QIODevice::ReadOnly))
            line = QString::fromUtf8(cmdline.readAll().replace('\0', ' '));
        const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
        if (line.contains(text) || exe.contains(text))
            found << QStringLiteral("%1: %2").arg(pid).arg(line.left(300));
    }
    return found;
}

/// Waits until no process mentions `text`; returns what is left.
inline QStringList waitUntilNoneMention(const QString &text, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QStringList left = processesMentioning(text);
    while (!left.isEmpty() && clock.elapsed() < timeoutMs) {
        QTest::qWait(200);
        left = processesMentioning(text);
    }
    return left;
}

/// What a job leaves behind: the job server's children, and anything that runs from the
/// test's folder `workDir`; waits up to `timeoutMs` for both to be gone.
inline QStringList leftovers(const JobServer &server, const QString &workDir, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QStringList left;
    do {
        left = processesMentioning(workDir);
        for (qint64 pid : descendantsOf(server.pid()))
            left << QStringLiteral("%1 (a child of the job server)").arg(pid);
        if (left.isEmpty())
            break;
        QTest::qWait(200);
    } while (clock.elapsed() < timeoutMs);
    return left;
}

} // namespace bl::test
