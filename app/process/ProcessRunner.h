// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QFile;
class QProcess;
class QTimer;
QT_END_NAMESPACE

namespace bl {

class LineSplitter;
class ProcessGroup;

/// Runs one child process and everything it starts, and hands its output out as lines.
///
/// Wraps QProcess (never inherits it). The child leads a process group of its own;
/// stop() asks the whole group to end, waits gracePeriod(), then kills the group, and
/// whatever the child leaves behind when it exits is killed too. finished() comes only
/// once the whole group is gone (polled, never blocking), so no descendant outlives the
/// run; a member that does not die within ReapTimeoutMs (10 s) is named in Result::survivors.
/// Output is decoded per channel (see LineSplitter) and emitted in batches; it can also
/// be copied raw to a log file. The child's standard input is closed as soon as it runs.
/// Nothing here blocks.
class ProcessRunner final : public QObject
{
    Q_OBJECT

public:
    enum class Channel { StdOut, StdErr };
    Q_ENUM(Channel)

    enum class ExitKind {
        Exited,        ///< ran to its end; exitCode is meaningful
        Crashed,       ///< ended by a signal nobody here sent
        Stopped,       ///< ended because stop() was called
        FailedToStart, ///< never ran; errorString says why
    };
    Q_ENUM(ExitKind)

    struct Result
    {
        ExitKind kind = ExitKind::FailedToStart;
        int exitCode = -1;
        QString errorString;
        qint64 elapsedMs = 0;
        /// Members of the group still alive ReapTimeoutMs after the kill ("pid (name)"); empty
        /// when everything the child started is gone, as it should be.
        QStringList survivors;

        bool succeeded() const { return kind == ExitKind::Exited && exitCode == 0; }
    };

    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;
    Q_DISABLE_COPY_MOVE(ProcessRunner)

    void setProgram(const QString &program, const QStringList &arguments);
    void setWorkingDirectory(const QString &dir);
    void setEnvironment(const QProcessEnvironment &environment);
    /// Grace period between the polite request to end and the kill. Default 3 s.
    void setGracePeriod(int ms) { m_gracePeriodMs = ms; }
    /// How long finished() waits for the killed group to be gone. Default 10 s.
    /// The words for a Result with survivors, for people.
    static QString survivorsMessage(const QStringList &survivors);
    /// Appends everything the child writes, raw, to this file (created if needed).
    void setLogFile(const QString &path) { m_logPath = path; }
    /// The next start() runs the child, and all it starts, at a lower CPU priority (work done
    /// ahead of time: the user's own work goes first). Cannot be raised again once it runs.
    void setLowPriority(bool low) { m_lowPriority = low; }

    void start();
    /// Ends the child and its descendants: polite request, grace period, kill.
    void stop();
    bool isRunning() const;
    qint64 processId() const { return m_pid; }

Q_SIGNALS:
    void started(qint64 pid);
    void linesReady(bl::ProcessRunner::Channel channel, const QStringList &lines);
    void finished(const bl::ProcessRunner::Result &result);

private:
    void readChannel(Channel channel);
    void onFinished(int exitCode, int exitStatus);
    void onErrorOccurred(int error);
    /// The child has exited: kill what is left of its group, wait until it is gone, then finish().
    void reapGroup(Result result);
    void finish(Result result);
    void releaseProcess();

    QString m_program;
    QStringList m_arguments;
    QString m_workingDirectory;
    QProcessEnvironment m_environment;
    bool m_hasEnvironment = false;
    int m_gracePeriodMs = 3000;
    static constexpr int ReapTimeoutMs = 10000;
    QString m_logPath;
    bool m_lowPriority = false;

    QProcess *m_process = nullptr;
    std::unique_ptr<ProcessGroup> m_group;
    std::unique_ptr<LineSplitter> m_splitters[2];
    std::unique_ptr<QFile> m_log;
    QTimer *m_killTimer = nullptr;
    QTimer *m_reapTimer = nullptr;
    QElapsedTimer m_reapClock;
    Result m_pendingResult;
    QElapsedTimer m_clock;
    qint64 m_pid = 0;
    bool m_stopRequested = false;
    bool m_running = false;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::ProcessRunner::Result)
