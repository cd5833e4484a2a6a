// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builds/BuildOutput.h"
#include "go/BinaryCheck.h"
#include "go/CrossBuild.h"
#include "go/GoJson.h"
#include "jobs/JobTypes.h"
#include "launch/LaunchRun.h"
#include "launch/LaunchSettings.h"
#include "launch/LaunchSpec.h"
#include "launch/SessionFlow.h"
#include "process/ProcessRunner.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace bl {

class BinaryCheck;
class BinaryChecksums;
class BuildRecorder;
class CapturedRun;
class CgoCheck;
class DualBuild;
class GoToolchain;
class OutputLock;
class Preflight;
class PrebuiltBinaries;

/// One go at a pipeline: check the settings, find Go, inspect the package, build the
/// launcher and the worker side by side, check both binaries, and (for a launch) run
/// `launcher --worker_binary=... --runner=...` with its output streamed.
///
/// The command line and the window both drive this class and show its signals; nothing
/// in it blocks. cancel() stops whatever runs, and no process or partial binary is left.
/// Policy lives in classes of its own: LaunchRun (the launch: launcher, masked output and log,
/// the job on the runner, the local Prism), BinaryCheck (is a binary what the launch needs),
/// BinaryChecksums (the binaries' SHA-256 for the run's record), PrebuiltBinaries (given binaries
/// checked) and BuildStamp (binaries current for the sources need no build).
class LaunchSession final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Build, Launch };
    Q_ENUM(Mode)

    enum class Stage { Idle, Checking, Building, Running, Finished };
    Q_ENUM(Stage)

    /// Why a session ended without success; decides the exit code (see ExitCode).
    enum class Failure {
        None,
        BadInput,  ///< the settings, the package or the toolchain are not usable (ExitCode::BadInput)
        Build,     ///< a build or a binary check failed (ExitCode::Failed)
        Launch,    ///< the launcher could not start or failed (its exit code, or ExitCode::Failed)
        Cancelled, ///< cancel() was called (ExitCode::Cancelled)
    };
    Q_ENUM(Failure)

    /// When the builds may be skipped because both binaries are current: recorded (BuildStamp)
    /// as built from exactly the sources and settings of now.
    enum class Reuse {
        Default, ///< a launch reuses current binaries; a build always runs go build (and records)
        Always,  ///< a build ahead of time: nothing to do when the binaries are current
        Never,   ///< always run go build (`launch --rebuild`)
    };
    Q_ENUM(Reuse)

    explicit LaunchSession(QObject *parent = nullptr);
    ~LaunchSession() override;

    /// For the next start()s; default Reuse::Default.
    void setReuse(Reuse reuse) { m_reuse = reuse; }
    /// The next start()s run Go (go list, go build) at a lower CPU priority: work done ahead.
    void setLowPriority(bool low) { m_lowPriority = low; }

    void start(Mode mode, const LaunchSettings &settings);
    /// Ends whatever runs; a launcher gets gracePeriod ms after SIGTERM before SIGKILL.
    void cancel();
    /// Default 5 s: long enough for a Beam launcher to ask its runner to cancel the job.
    void setStopGracePeriod(int ms);
    bool isRunning() const { return m_stage != Stage::Idle && m_stage != Stage::Finished; }
    Stage stage() const { return m_stage; }
    Mode mode() const { return m_mode; }

    /// How this session ended, as the command line's exit code and in Recent Runs.
    int exitCode() const { return m_exitCode; }
    Failure failure() const { return m_failure; }
    /// After a BadInput failure because another build or launch holds the output folder: that
    /// process (0 otherwise). Waiting for it, then starting again, is then the way.
    qint64 outputFolderHolder() const { return m_folderHolder; }
    /// The settings as given to start() (secret values included: never store them as they are).
    const LaunchSettings &settings() const { return m_requested; }
    /// For a launch, `sha256` is filled in by the time finished() is emitted (empty if the file
    /// could not be read or the session was cancelled).
    const BuildResult &buildResult(BuildTarget target) const { return m_results[int(target)]; }
    QString logFile() const;
    /// When the launcher started (UTC); invalid when this session launched nothing.
    QDateTime launchStartedAt() const;
    /// The job's id on the runner: the Job API's, else the one the launcher's log named; empty before.
    QString jobId() const;
    /// How the launcher ended, once it has.
    const std::optional<ProcessRunner::Result> &launchResult() const;
    /// The launcher runs a job on an external job service that is known there and not over:
    /// leaveRunning() can stop the launcher alone.
    bool canLeaveRunning() const;
    /// Stops the launcher and leaves its job running on the runner (the session ends with 0).
    void leaveRunning();

    /// The folder the two binaries of `settings` are written to (absolute; BuildOutput::folder).
    static QString outputFolder(const LaunchSettings &settings) { return BuildOutput::folder(settings); }
    /// Where the two binaries of `settings` are written (the output folder and file names;
    /// BuildOutput::path).
    static QString outputPath(const LaunchSettings &settings, BuildTarget target, const Platform &platform)
    {
        return BuildOutput::path(settings, target, platform);
    }

Q_SIGNALS:
    void stageChanged(bl::LaunchSession::Stage stage);
    /// Progress for people: which Go, which package, what runs.
    void message(const QString &text);
    void warning(const QString &text);
    void packageInspected(const bl::PackageInfo &info);
    void buildStarted(bl::BuildTarget target, const bl::Platform &platform);
    void buildOutput(bl::BuildTarget target, const QStringList &lines);
    void diagnostic(bl::BuildTarget target, const bl::Diagnostic &diagnostic);
    void buildFinished(const bl::BuildResult &result);
    /// How far a running build is (CrossBuild::progress), at least every 2 s while it runs.
    void buildProgress(const bl::BuildProgress &progress);
    /// The launcher starts; `command` has no secret in its arguments, its display masks them.
    void launchStarted(const bl::LaunchCommand &command, const QString &logFile);
    void output(bl::ProcessRunner::Channel channel, const QStringList &lines);
    void launchFinished(const bl::ProcessRunner::Result &result);
    /// What the workers say where the runner lets us hear it (the managed local Prism): their
    /// stdout/stderr and SDK log entries, secrets masked, each line also in the launch log.
    void workerOutput(const QList<bl::RunnerLine> &lines);
    /// The job seems stalled (LaunchRun::stalled()): the launch goes on; cancel() ends it.
    void stalled(const QString &text);
    /// The job's id or state changed, as the launcher's log tells; `webUi` is the runner's page, if any.
    void jobChanged(const QString &jobId, const QString &state, const QUrl &webUi);
    /// A message about the job from the job service (GetMessageStream).
    void jobMessage(const bl::jobs::JobMessage &message);
    /// The job service at `endpoint` knows the launch's job `jobId` (the Graph tab draws it from there).
    void jobFollowed(const QString &jobId, const QString &endpoint);
    /// The session could not go on; `message` says what to do.
    void failed(bl::LaunchSession::Failure failure, const QString &message);
    /// Always the last signal of a session.
    void finished(int exitCode);

private:
    void setStage(Stage stage);
    void fail(Failure failure, const QString &text);
    void done(int exitCode);
    /// Shows the warnings; with errors, ends the session as bad input and returns true.
    bool failOnErrors(const Problems &problems);
    /// After cancel(), ends the session as cancelled and returns true.
    bool endIfCancelled();
    void onPreflightDone(const Problems &problems);
    void findToolchain();
    void onToolchainReady();
    void inspectPackage();
    /// `cached`: the answer comes from PackageCache, not from a go list run just now.
    void onPackageListed(const QByteArray &json, const QString &errorText, bool cached);
    /// Empty when the package is a program to build; otherwise why not, and what to do.
    QString packageProblem(const QByteArray &json, const QString &errorText);
    bool startBuilds();
    /// Both the package check and the two builds are over: go on, or say why not.
    void onBuildStageDone();
    /// Passes on what the builds say once they are shown (showBuilds()); holds it until then.
    void relayBuildEvent(std::function<void()> event);
    /// From now on the builds' events pass (and those held come now): go list accepted the
    /// package, or a build showed progress first.
    void showBuilds();
    /// Reads the launcher's flags (its --help) when this machine runs it, then starts the run:
    /// a launcher without --runner runs its pipeline itself (LaunchSpec::runsItself).
    void launch(const QString &launcherPath, const QString &workerPath);
    /// The flags the launcher's --help listed: kept as settings.launcherFlags, and each pipeline
    /// flag it does not define is warned of (with the nearest name it does define).
    void checkPipelineFlags(const QList<LaunchSpec::HelpFlag> &defined);
    void startRun(const QString &launcherPath, const QString &workerPath);
    void onRunEnded(bl::LaunchRun::End end, int exitCode, const QString &text);
    /// The record says both binaries are current: they stand for this session's builds.
    bool useCurrentBinaries(const BuildRequest &launcher, const BuildRequest &worker, const QString &outDir);
    /// Records what a build made (BuildRecorder); true when that goes on (done() comes then).
    bool recordBuild();

    Mode m_mode = Mode::Build;
    Stage m_stage = Stage::Idle;
    Failure m_failure = Failure::None;
    qint64 m_folderHolder = 0;
    LaunchSettings m_requested;
    LaunchSettings m_settings; ///< m_requested completed: absolute folder, the host's platform
    QProcessEnvironment m_environment;
    GoToolchain *m_toolchain;
    CapturedRun *m_list;
    CgoCheck *m_cgoCheck; ///< cgo packages in a build without cgo (after m_list; m_listPending meanwhile)
    DualBuild *m_builds;
    PrebuiltBinaries *m_prebuilt;  ///< --launcher-binary and --worker-binary, checked
    BinaryChecksums *m_checksums;
    Preflight *m_preflight;
    LaunchRun *m_run;              ///< the launch: launcher, its job on the runner, local Prism
    BuildRecorder *m_recorder;     ///< what a build was made from, for the next session (BuildStamp)
    BuildResult m_results[2];
    Reuse m_reuse = Reuse::Default;
    bool m_lowPriority = false;
    QByteArray m_buildKey;         ///< BuildStamp::key() of this session's builds
    std::array<BuildRequest, 2> m_requests; ///< this session's builds, as started
    /// The output folder: exclusive while building, shared while running binaries that need no
    /// build (or once the build is over), held to the end.
    std::unique_ptr<OutputLock> m_outLock;
    int m_exitCode = 0;
    /// Beside m_stage: the builds' events held, shown or dropped, the package check, a cancel
    /// asked for, what finishing waits for (every change in SessionFlow).
    SessionFlow m_flow;
    QByteArray m_packageFingerprint;
    QString m_packageError;       ///< go list refused the package: bad input, whatever the builds did
    CapturedRun *m_flagsProbe;    ///< the launcher's --help, read before the launch
    QTimer *m_flagsTimeout;       ///< a launcher that works before flag.Parse is not waited for
    QTimer *m_listDelay;          ///< go list waits for the builds' first progress, at most this
};

} // namespace bl
