// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "runner/ManagedPrism.h"

#include "process/FolderRemoval.h"
#include "process/ProcessRunner.h"
#include "runner/ListeningSockets.h"
#include "runner/PrismOverlay.h"
#include "runner/RunnerText.h"

#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace bl {

namespace {

const QString RunFolderPrefix = QStringLiteral("run-");
const QString RunLockName = QStringLiteral(".beam-launcher-run.lock");

/// A port the kernel has free on 127.0.0.1 right now. Prism binds it a moment later; a clash is
/// retried with new ports.
quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

ManagedPrism::ManagedPrism(QObject *parent)
    : QObject(parent)
    , m_probeTimer(new QTimer(this))
{
    qRegisterMetaType<QList<RunnerLine>>();
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &ManagedPrism::probe);
}

ManagedPrism::~ManagedPrism()
{
    // ProcessRunner kills Prism's whole process group if it still runs.
    m_probes.cancel();
}

qint64 ManagedPrism::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString ManagedPrism::processEnvironmentConfig() const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("command"), m_binaries.boot}}).toJson(QJsonDocument::Compact));
}

QString ManagedPrism::runFolder() const
{
    return m_workDir ? m_workDir->path() : QString();
}

void ManagedPrism::removeAbandonedRunFolders()
{
    const QDir root(PrismTools::cacheFolder());
    const QFileInfoList runs = root.entryInfoList({RunFolderPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-60);
    QStringList abandoned;
    for (const QFileInfo &run : runs) {
        // A folder made a moment ago may not have its lock yet: another launch is setting it up.
        if (run.lastModified().toUTC() > settled)
            continue;
        QLockFile lock(run.filePath() + u'/' + RunLockName);
        lock.setStaleLockTime(0); // only a dead holder makes it stale
        if (!lock.tryLock(0))
            continue; // its launch still runs
        lock.unlock();
        abandoned << run.filePath();
    }
    removeFoldersInBackground(abandoned);
}

void ManagedPrism::start(const PrismBinaries &binaries)
{
    if (m_state != State::Idle)
        return;
    removeAbandonedRunFolders();
    m_binaries = binaries;
    m_attempts = 0;
    m_failure.clear();
    m_state = State::Starting;
    launchProcess();
}

void ManagedPrism::launchProcess()
{
    ++m_attempts;
    m_jobPort = freeLoopbackPort();
    m_webPort = freeLoopbackPort();
    while (m_webPort == m_jobPort && m_webPort != 0)
        m_webPort = freeLoopbackPort();
    if (m_jobPort == 0 || m_webPort == 0) {
        fail(RunnerText::tr("No free port on 127.0.0.1 for the local Prism job server."));
        return;
    }
    m_endpoint = QStringLiteral("127.0.0.1:%1").arg(m_jobPort);
    m_webUi = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_webPort));
    m_router.setWorkersMayRun(false);
    m_recentStderr.clear();
    m_withoutOverlay = false;

    QDir().mkpath(PrismTools::cacheFolder());
    releaseRunFolder(); // a retry with new ports gets a new folder
    m_workDir = std::make_unique<QTemporaryDir>(PrismTools::cacheFolder() + u'/' + RunFolderPrefix
                                                + QStringLiteral("XXXXXX"));
    if (m_workDir->isValid()) {
        m_workLock = std::make_unique<QLockFile>(m_workDir->filePath(RunLockName));
        m_workLock->setStaleLockTime(0);
    }
    if (!m_workDir->isValid() || !m_workLock->tryLock(0)) {
        fail(RunnerText::tr("Cannot create a working folder for the local Prism job server in %1: %2. Check its permissions "
                "and free space, or set BEAM_LAUNCHER_RUNNERS_DIR to another folder.")
                 .arg(QDir::toNativeSeparators(PrismTools::cacheFolder()),
                      m_workDir->isValid() ? RunnerText::tr("the folder cannot be locked") : m_workDir->errorString()));
        return;
    }
    m_liveWorkers = 0;
    delete m_process;
    m_process = new ProcessRunner(this);
    m_process->setGracePeriod(3000);
    m_process->setWorkingDirectory(m_workDir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), m_workDir->path());
    m_process->setEnvironment(env);
    if (!m_logFile.isEmpty())
        m_process->setLogFile(m_logFile);
    m_process->setProgram(m_binaries.prism,
                          {QStringLiteral("--job_port=%1").arg(m_jobPort), QStringLiteral("--web_port=%1").arg(m_webPort),
                           QStringLiteral("--serve_http=true"), QStringLiteral("--log_kind=json"),
                           // debug: Prism re-logs the workers' SDK entries with their transform and time
                           QStringLiteral("--log_level=debug"),
                           // should Beam Launcher itself be killed, an idle Prism still ends
                           QStringLiteral("--idle_shutdown_timeout=15m"),
                           QStringLiteral("--%1=true").arg(QLatin1String(PrismOverlay::MarkerFlag))});
    connect(m_process, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel channel, const QStringList &lines) { onLines(int(channel), lines); });
    connect(m_process, &ProcessRunner::finished, this, [this](const ProcessRunner::Result &result) {
        onFinished(int(result.kind), result.exitCode, result.errorString);
    });
    Q_EMIT message(RunnerText::tr("Starting the local Prism job server %1 (on 127.0.0.1 only)...").arg(m_binaries.beamVersion));
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_process->start();
    m_probeTimer->start(100);
}

void ManagedPrism::probe()
{
    if (m_state != State::Starting)
        return;
    if (QDateTime::currentMSecsSinceEpoch() - m_startedAtMs > StartTimeoutMs) {
        fail(RunnerText::tr("The local Prism job server did not accept connections on %1 within %2 s.")
                 .arg(m_endpoint)
                 .arg(StartTimeoutMs / 1000));
        return;
    }
    QTcpSocket *socket = m_probes.spawn();
    connect(socket, &QTcpSocket::connected, this, [this] {
        m_probes.cancel(); // aborts and deletes it
        checkSockets();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        m_probes.release();
        if (m_state == State::Starting)
            m_probeTimer->start(100);
    });
    socket->connectToHost(QHostAddress::LocalHost, m_jobPort);
}

void ManagedPrism::checkSockets()
{
    if (m_state != State::Starting)
        return;
    auto becomeReady = [this] {
        m_state = State::Ready;
        m_router.setWorkersMayRun(true);
        Q_EMIT message(RunnerText::tr("Local Prism job server ready at %1 (web page %2).").arg(m_endpoint, m_webUi.toString()));
        Q_EMIT ready(m_endpoint, m_webUi);
    };
    if (!ListeningSockets::supported() || !m_process) {
        becomeReady();
        return;
    }
    ListeningSockets::ofTreeInBackground(
        m_process->processId(), this, [this, becomeReady](const QList<ListeningSockets::Socket> &sockets) {
            if (m_state != State::Starting)
                return;
            QStringList exposed;
            bool ours = false;
            for (const ListeningSockets::Socket &socket : sockets) {
                if (!socket.loopback)
                    exposed.append(QStringLiteral("%1 port %2").arg(socket.address).arg(socket.port));
                else if (socket.port == m_jobPort)
                    ours = true;
            }
            if (!ours && exposed.isEmpty()) {
                // What answered on the port is not this Prism: another program (another launch's
                // Prism) took it between our check and this Prism's bind. This one fails with
                // "address already in use" and is started again on new ports; till then, look again.
                m_probeTimer->start(100);
                return;
            }
            if (!exposed.isEmpty()) {
                fail(RunnerText::tr("The local Prism job server listens where other machines can reach it (%1), although it "
                        "was built to listen on 127.0.0.1 only. Beam Launcher stopped it. Delete %2 so that it is "
                        "built again, and report this.")
                         .arg(exposed.join(QStringLiteral(", ")), m_binaries.folder));
                return;
            }
            becomeReady();
        });
}

void ManagedPrism::onLines(int channel, const QStringList &lines)
{
    QList<RunnerLine> worker;
    QList<RunnerLine> runner;
    const int liveBefore = m_liveWorkers;
    QStringList failures;
    for (const QString &line : lines) {
        RunnerLine routed = m_router.route(ProcessRunner::Channel(channel), line);
        if (routed.source == RunnerLine::Source::Worker) {
            worker.append(std::move(routed));
        } else {
            switch (routed.event) {
            case RunnerLine::Event::WorkerStarted:
                ++m_liveWorkers;
                break;
            case RunnerLine::Event::WorkerStopped:
                m_liveWorkers = std::max(0, m_liveWorkers - 1);
                break;
            case RunnerLine::Event::WorkerFailed:
                failures << routed.detail;
                break;
            case RunnerLine::Event::None:
                break;
            }
            if (channel == int(ProcessRunner::Channel::StdErr)) {
                if (m_state == State::Starting && line.contains(u"flag provided but not defined")
                    && line.contains(QLatin1String(PrismOverlay::MarkerFlag)))
                    m_withoutOverlay = true; // Go's flag package prints its usage after this
                m_recentStderr.append(line);
                if (m_recentStderr.size() > 20)
                    m_recentStderr.removeFirst();
            }
            runner.append(std::move(routed));
        }
    }
    if (!runner.isEmpty())
        Q_EMIT runnerOutput(runner);
    if (!worker.isEmpty())
        Q_EMIT workerOutput(worker);
    // After the lines: whoever hears of the failure has the worker's own last words already.
    for (const QString &failure : std::as_const(failures))
        Q_EMIT workerFailed(failure);
    if (m_liveWorkers != liveBefore)
        Q_EMIT workersChanged(m_liveWorkers);
}

void ManagedPrism::releaseRunFolder()
{
    m_workLock.reset(); // unlocked before its folder goes
    if (m_workDir) {
        m_workDir->setAutoRemove(false); // removed off this thread instead
        removeFoldersInBackground({m_workDir->path()});
        m_workDir.reset();
    }
}

void ManagedPrism::onFinished(int kind, int exitCode, const QString &errorString)
{
    m_probeTimer->stop();
    releaseRunFolder();
    if (std::exchange(m_liveWorkers, 0) != 0)
        Q_EMIT workersChanged(0);
    const State state = std::exchange(m_state, State::Idle);
    if (state == State::Stopping) {
        if (!m_failure.isEmpty())
            Q_EMIT failed(std::exchange(m_failure, QString()));
        Q_EMIT stopped();
        return;
    }
    const QString said = m_recentStderr.join(u'\n');
    if (state == State::Starting && m_attempts < 3 && said.contains(u"address already in use")) {
        m_state = State::Starting;
        launchProcess(); // another program took a port between our check and Prism's bind
        return;
    }
    QString text;
    if (ProcessRunner::ExitKind(kind) == ProcessRunner::ExitKind::FailedToStart)
        text = RunnerText::tr("The local Prism job server %1 could not start: %2").arg(m_binaries.prism, errorString);
    else if (std::exchange(m_withoutOverlay, false))
        text = RunnerText::tr("%1 was not built by Beam Launcher with its loopback overlay, so it could listen on the network; "
                  "it was not used. Delete %2 so that it is built again.")
                   .arg(m_binaries.prism, m_binaries.folder);
    else
        text = RunnerText::tr("The local Prism job server ended on its own (exit code %1).%2")
                   .arg(exitCode)
                   .arg(said.isEmpty() ? QString() : u'\n' + said);
    Q_EMIT failed(text);
    Q_EMIT stopped();
}

void ManagedPrism::fail(const QString &message)
{
    if (m_process && m_process->isRunning()) {
        m_failure = message;
        m_state = State::Stopping;
        m_probeTimer->stop();
        m_process->stop();
        return;
    }
    m_state = State::Idle;
    Q_EMIT failed(message);
    Q_EMIT stopped();
}

void ManagedPrism::stop()
{
    if (m_state == State::Idle || m_state == State::Stopping)
        return;
    m_probeTimer->stop();
    m_probes.cancel();
    if (m_process && m_process->isRunning()) {
        m_state = State::Stopping;
        m_process->stop();
        return;
    }
    m_state = State::Idle;
    Q_EMIT stopped();
}

} // namespace bl
