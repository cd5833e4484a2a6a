// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/ProcessRunner.h"

#include "process/LineSplitter.h"
#include "process/ProcessGroup.h"
#include "process/ProcessText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

namespace bl {

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<bl::ProcessRunner::Result>();
    qRegisterMetaType<bl::ProcessRunner::Channel>();
}

ProcessRunner::~ProcessRunner()
{
    if (m_process && m_running) {
        // Never destroy a running child in place: kill its group and let the
        // QProcess reap it in the background, then delete itself.
        m_group->kill();
        releaseProcess();
    }
}

void ProcessRunner::setProgram(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void ProcessRunner::setWorkingDirectory(const QString &dir)
{
    m_workingDirectory = dir;
}

void ProcessRunner::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_hasEnvironment = true;
}

bool ProcessRunner::isRunning() const
{
    return m_running;
}

void ProcessRunner::start()
{
    Q_ASSERT(!m_running);
    if (m_running)
        return;
    delete m_process; // a finished one from an earlier run
    m_process = new QProcess(this);
    m_group = std::make_unique<ProcessGroup>(*m_process, m_lowPriority);
    for (auto &splitter : m_splitters)
        splitter = std::make_unique<LineSplitter>();
    m_stopRequested = false;
    m_pid = 0;
    m_clock.start();

    if (!m_logPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_logPath).absolutePath());
        m_log = std::make_unique<QFile>(m_logPath);
        if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append)) {
            Result result;
            result.errorString = ProcessText::tr("Cannot write the log file %1: %2")
                                     .arg(QDir::toNativeSeparators(m_logPath), m_log->errorString());
            m_log.reset();
            QTimer::singleShot(0, this, [this, result] { finish(result); });
            m_running = true;
            return;
        }
    }

    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    if (m_hasEnvironment)
        m_process->setProcessEnvironment(m_environment);

    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readChannel(Channel::StdOut); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readChannel(Channel::StdErr); });
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        m_group->attach(m_pid);
        m_process->closeWriteChannel();
        Q_EMIT started(m_pid);
    });
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this,
            [this](QProcess::ProcessError error) { onErrorOccurred(int(error)); });

    m_running = true;
    m_process->start();
}

void ProcessRunner::stop()
{
    if (!m_running || m_stopRequested || !m_process)
        return;
    m_stopRequested = true;
    if (m_process->state() == QProcess::NotRunning)
        return; // starting failed; the error handler reports it
    m_group->terminate();
    if (!m_killTimer) {
        m_killTimer = new QTimer(this);
        m_killTimer->setSingleShot(true);
        connect(m_killTimer, &QTimer::timeout, this, [this] {
            if (m_group)
                m_group->kill();
        });
    }
    m_killTimer->start(m_gracePeriodMs);
}

void ProcessRunner::readChannel(Channel channel)
{
    if (!m_process)
        return;
    const QByteArray bytes = channel == Channel::StdOut ? m_process->readAllStandardOutput()
                                                        : m_process->readAllStandardError();
    if (bytes.isEmpty())
        return;
    if (m_log)
        m_log->write(bytes);
    const QStringList lines = m_splitters[int(channel)]->feed(bytes);
    if (!lines.isEmpty())
        Q_EMIT linesReady(channel, lines);
}

void ProcessRunner::onFinished(int exitCode, int exitStatus)
{
    readChannel(Channel::StdOut);
    readChannel(Channel::StdErr);
    Result result;
    result.exitCode = exitCode;
    if (m_stopRequested)
        result.kind = ExitKind::Stopped;
    else if (exitStatus == QProcess::CrashExit)
        result.kind = ExitKind::Crashed;
    else
        result.kind = ExitKind::Exited;
    if (result.kind != ExitKind::Exited)
        result.errorString = m_process->errorString();
    reapGroup(result);
}

void ProcessRunner::reapGroup(Result result)
{
    // Whatever the child left behind dies with it, and finished() waits until it has: a SIGKILL
    // is only a request, carried out when the process next runs, which on a loaded machine can
    // be many milliseconds later. The group is polled, so nothing blocks meanwhile.
    if (!m_group->hasMembers()) {
        finish(result);
        return;
    }
    m_group->kill();
    m_pendingResult = result;
    m_reapClock.start();
    if (!m_reapTimer) {
        m_reapTimer = new QTimer(this);
        m_reapTimer->setInterval(10);
        connect(m_reapTimer, &QTimer::timeout, this, [this] {
            if (!m_group)
                return;
            const bool gone = !m_group->hasMembers();
            if (!gone && m_reapClock.elapsed() < ReapTimeoutMs) {
                m_group->kill(); // again: a member may have forked after the first kill
                return;
            }
            m_reapTimer->stop();
            Result pending = std::exchange(m_pendingResult, Result());
            if (!gone)
                pending.survivors = m_group->describeMembers();
            finish(pending);
        });
    }
    m_reapTimer->start();
}

QString ProcessRunner::survivorsMessage(const QStringList &survivors)
{
    return ProcessText::tr("%n process(es) started by the run would not die within the time allowed, even when killed: %1. "
              "They may be stuck in the kernel (a hung network file system or device); end them by hand, or "
              "restart the machine if they stay.",
              nullptr, int(survivors.size()))
        .arg(survivors.join(QStringLiteral(", ")));
}

void ProcessRunner::onErrorOccurred(int error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and the like arrive through finished()
    Result result;
    result.kind = ExitKind::FailedToStart;
    result.errorString = ProcessText::tr("Cannot start %1: %2")
                             .arg(QDir::toNativeSeparators(m_program), m_process->errorString());
    finish(result);
}

void ProcessRunner::finish(Result result)
{
    if (!m_running)
        return;
    for (int channel = 0; channel < 2; ++channel) {
        if (!m_splitters[channel])
            continue;
        const QStringList rest = m_splitters[channel]->finish();
        if (!rest.isEmpty())
            Q_EMIT linesReady(Channel(channel), rest);
    }
    if (m_killTimer)
        m_killTimer->stop();
    if (m_reapTimer)
        m_reapTimer->stop();
    if (m_log) {
        m_log->close();
        m_log.reset();
    }
    if (m_group && result.survivors.isEmpty())
        m_group->release(); // gone: its id may be reused by a stranger's group from now on
    m_running = false;
    result.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(result);
}

void ProcessRunner::releaseProcess()
{
    QProcess *process = std::exchange(m_process, nullptr);
    disconnect(process, nullptr, this, nullptr);
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        delete process;
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
}

} // namespace bl
