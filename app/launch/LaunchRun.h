// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobTypes.h"
#include "launch/LaunchLogFile.h"
#include "launch/LaunchSettings.h"
#include "launch/LaunchSpec.h"
#include "launch/SecretMasker.h"
#include "process/ProcessRunner.h"
#include "runner/PrismLogRouter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace bl {

class LaunchJob;
class FlinkWorkerLogs;
class LocalPrism;

/// The launch stage of a LaunchSession: the launcher process with its masked output and log,
/// its job on the runner (LaunchJob), and with `localJobServer` the managed local Prism it runs
/// on (LocalPrism: prepared beside the builds, started before the launcher, stopped with its
/// workers after it). How a stop ends is decided here: a job on a job service is cancelled on the
/// runner first, a job that ended without its launcher stops it, a runner that went away too.
///
/// The session starts it once both binaries are good and ends when ended() comes; ended() is
/// always the last signal, and comes only once nothing of the run is left (no launcher, no Prism).
class LaunchRun final : public QObject
{
    Q_OBJECT

public:
    /// How a run ended, for the session's exit code (ExitCode) and its failure.
    enum class End { Ok, Failed, Cancelled };

    explicit LaunchRun(QObject *parent = nullptr);
    ~LaunchRun() override;

    /// Default 5 s: long enough for a Beam launcher to ask its runner to cancel the job.
    void setGracePeriod(int ms);
    /// Forgets the last run; `secretValues` are masked in everything shown or logged from now on.
    void reset(const QStringList &secretValues);
    /// With settings.localJobServer: gets prism and boot for the pipeline's Beam version (built on
    /// first use) while the binaries build. `goProgram` runs with Go's own environment: no secret.
    void prepare(const LaunchSettings &settings, const QString &goProgram);
    /// Runs `launcherPath --worker_binary=workerPath ...` once the local Prism (if any) is ready.
    void start(const LaunchSettings &settings, const QString &launcherPath, const QString &workerPath,
               const QProcessEnvironment &environment);
    /// Stop: the job on a job service is cancelled on the runner first (bounded), then the
    /// launcher's tree stops. Asked again while the runner is asked, the launcher stops at once.
    void cancel();
    /// Stop, leaving the job on the runner (a job service's job only: canLeaveRunning()).
    void leaveRunning();
    bool canLeaveRunning() const;
    /// Ends whatever still runs (a Prism being prepared, a launcher) without a word; ended() follows.
    void shutdown();
    bool isActive() const;

    QString logFile() const { return m_log.path(); }
    QDateTime startedAt() const { return m_startedAt; }
    const std::optional<ProcessRunner::Result> &result() const { return m_result; }
    QString jobId() const;

Q_SIGNALS:
    void message(const QString &text);
    void warning(const QString &text);
    /// The launcher starts; `command` has no secret in its arguments, its display masks them.
    void started(const bl::LaunchCommand &command, const QString &logFile);
    void output(bl::ProcessRunner::Channel channel, const QStringList &lines);
    /// What the workers say where the runner lets us hear it (the managed local Prism), masked.
    void workerOutput(const QList<bl::RunnerLine> &lines);
    void launcherFinished(const bl::ProcessRunner::Result &result);
    void jobChanged(const QString &jobId, const QString &state, const QUrl &webUi);
    void jobMessage(const bl::jobs::JobMessage &message);
    /// The job service at `endpoint` knows the job `jobId`: its Job API can be asked about it.
    void jobFollowed(const QString &jobId, const QString &endpoint);
    /// Something went wrong that ends the run (the runner went away, a worker died): said at
    /// once, ended() follows.
    void problem(const QString &text);
    /// The job on the managed local Prism is RUNNING with no worker alive and no progress for
    /// settings.stallSeconds; the run goes on (the user may cancel it). Said once per stall.
    void stalled(const QString &text);
    /// Always the last signal; `text` says why when it did not go well (empty when said already).
    void ended(bl::LaunchRun::End end, int exitCode, const QString &text);
    /// After shutdown() before a start(): nothing runs any more.
    void inactive();

private:
    enum class StopReason { None, User, ServiceLost, Lingering, LeftRunning, WorkerFailed, Stalled };
    void run();
    void onLines(ProcessRunner::Channel channel, const QStringList &lines);
    void show(ProcessRunner::Channel channel, const QStringList &masked);
    void onWorkerLines(const QList<RunnerLine> &lines, const QString &prefix, bool emitThem);
    void onLauncherFinished(const ProcessRunner::Result &result);
    void onJobCancelFinished(bool confirmed, const QString &text);
    void stopLauncher(StopReason reason);
    /// Ends a launch whose job cannot go on (a worker died, or it stalled and the user asked to
    /// cancel such jobs): cancelled on the runner first, then the launcher; the run fails.
    void abandonJob(StopReason reason, const QString &text);
    void onWorkerFailed(const QString &error);
    static bool isLastWord(const RunnerLine &line);
    /// What to do about a failure the lines tell of (cgo needed, protobuf registration clash); empty when none.
    static QString failureHint(const QStringList &lines);
    /// Lets a pipeline of Beam's old module start (GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn), and says so.
    void allowOldProtobufRegistrations();
    /// The launch names a job service (an endpoint, or the managed Prism's): a job must reach it.
    bool expectsJob() const;
    void noteProgress();
    void checkStall();
    /// Ends a launch whose launcher has exited and that someone stopped; true when it did.
    bool endStopped(const ProcessRunner::Result &result);
    /// After the look for the job of a launcher that was stopped before its id was known.
    void onLookAfterStopEnded(bool found);
    /// Emits ended() once the local Prism is gone.
    void finish(End end, int exitCode, const QString &text);

    ProcessRunner *m_launcher;
    LaunchJob *m_job;
    LocalPrism *m_prism;
    /// A worker failed: the job gets this long to say it ended anyway (Prism stops its workers
    /// as a job ends) before the launch fails.
    QTimer *m_workerGrace;
    /// A launcher that failed while its job service followed a job not over yet: a moment for
    /// the service to say it is gone (then that is the cause told), else its exit code is.
    QTimer *m_exitGrace;
    std::optional<ProcessRunner::Result> m_failedExit;
    void finishFailedExit();
    QString m_workerFailure;
    QStringList m_workerLastWords; ///< the workers' latest error lines (masked), for a failure
    QString m_failureHint; ///< failureHint() of the launcher's output, once it said something known
    QTimer *m_stallCheck;
    FlinkWorkerLogs *m_flink = nullptr;
    QElapsedTimer m_sinceProgress;
    bool m_stallSaid = false;
    SecretMasker m_masker;
    LaunchLogFile m_log;
    LaunchSettings m_settings;
    QString m_launcherPath;
    QString m_workerPath;
    QProcessEnvironment m_environment;
    bool m_waitingForPrism = false;
    QString m_prismFailure;        ///< preparing the local Prism beside the builds failed
    QDateTime m_startedAt;
    std::optional<ProcessRunner::Result> m_result;
    std::optional<ProcessRunner::Result> m_endedWhileCancelling;
    /// A launcher stopped before its job was known: held while the job service is asked whether
    /// the job reached the runner anyway (LaunchJob::lookAfterStopEnded).
    std::optional<ProcessRunner::Result> m_endedLooking;
    StopReason m_stopReason = StopReason::None;
    /// The user's stop found no job to cancel on the runner: only the launcher was stopped.
    bool m_stoppedBeforeJobKnown = false;
    struct Ending
    {
        End end;
        int exitCode;
        QString text;
    };
    std::optional<Ending> m_ending; ///< waits for the local Prism to stop
    std::optional<Ending> m_flinkEnding; ///< waits for the last look at the TaskManagers' logs
};

} // namespace bl
