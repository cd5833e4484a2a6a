// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchRun.h"

#include "launch/CgoCheck.h"
#include "launch/Constants.h"
#include "launch/FlinkWorkerLogs.h"
#include "launch/JobMonitor.h"
#include "launch/LaunchJob.h"
#include "launch/LaunchText.h"
#include "runner/LocalPrism.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

namespace bl {

namespace {

/// A launch onto a job service names its job (`--job_name`, unless the user did), so that the
/// job can be told from others there: found when the launcher's log does not name it, and
/// cancelled when the launcher is stopped while its Run is on its way (the SDK's own name,
/// "go-job-N-<nanoseconds>", is made inside the launcher). Readable: the pipeline's folder, the
/// time, and a few random letters.
void ensureJobName(LaunchSettings *settings)
{
    if (settings->endpoint.trimmed().isEmpty() || !LaunchJob::runnerHasJobService(settings->runner))
        return;
    // A launcher whose flags are known and lack it (not a Beam launcher's: Beam's job options
    // define it beside --endpoint) would refuse the flag.
    if (!settings->launcherFlags.isEmpty() && !settings->launcherFlags.contains(QLatin1String("job_name")))
        return;
    if (LaunchSpec::flagValue(settings->pipelineFlags, QStringLiteral("job_name"), true))
        return;
    QString base = QFileInfo(settings->packageDir.isEmpty() ? settings->launcherBinary : settings->packageDir)
                       .completeBaseName()
                       .toLower();
    for (QChar &c : base) {
        if (!(c >= u'a' && c <= u'z') && !(c >= u'0' && c <= u'9'))
            c = u'-';
    }
    while (base.contains(QLatin1String("--")))
        base.replace(QLatin1String("--"), QLatin1String("-"));
    base = base.mid(0, 40);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("pipeline");
    settings->pipelineFlags << QStringLiteral("--job_name=%1-%2-%3")
                                   .arg(base, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                   .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

} // namespace

LaunchRun::LaunchRun(QObject *parent)
    : QObject(parent)
    , m_launcher(new ProcessRunner(this))
    , m_job(new LaunchJob(this))
    , m_prism(new LocalPrism(this))
    , m_workerGrace(new QTimer(this))
    , m_exitGrace(new QTimer(this))
    , m_stallCheck(new QTimer(this))
    , m_flink(new FlinkWorkerLogs(this))
{
    m_launcher->setGracePeriod(5000);
    connect(m_launcher, &ProcessRunner::linesReady, this, &LaunchRun::onLines);
    connect(m_launcher, &ProcessRunner::finished, this, &LaunchRun::onLauncherFinished);

    // The job on the runner: LaunchJob knows it, this class words it and acts.
    connect(m_job, &LaunchJob::changed, this, &LaunchRun::jobChanged);
    // On Flink the workers' lines and the job's page come from the cluster's REST API.
    connect(m_job, &LaunchJob::changed, m_flink, [this](const QString &id) { m_flink->findJob(id); });
    connect(m_flink, &FlinkWorkerLogs::message, this, &LaunchRun::message);
    connect(m_flink, &FlinkWorkerLogs::warning, this, &LaunchRun::warning);
    connect(m_flink, &FlinkWorkerLogs::pageFound, m_job, &LaunchJob::setPage);
    connect(m_flink, &FlinkWorkerLogs::lines, this,
            [this](const QList<RunnerLine> &lines) { onWorkerLines(lines, QStringLiteral("[worker] "), true); });
    connect(m_flink, &FlinkWorkerLogs::drained, this, [this] {
        if (const auto ending = std::exchange(m_flinkEnding, std::nullopt))
            finish(ending->end, ending->exitCode, ending->text);
    });
    connect(m_job, &LaunchJob::jobMessage, this, &LaunchRun::jobMessage);
    connect(m_job, &LaunchJob::changed, this, &LaunchRun::noteProgress);
    connect(m_job, &LaunchJob::jobMessage, this, &LaunchRun::noteProgress);
    connect(m_job, &LaunchJob::followed, this, [this](const QString &id, const QString &endpoint) {
        Q_EMIT message(LaunchText::tr("Following job %1 through the job service at %2.").arg(id, endpoint));
        Q_EMIT jobFollowed(id, endpoint);
    });
    connect(m_job, &LaunchJob::lingering, this, [this] {
        Q_EMIT warning(LaunchText::tr("Job %1 is %2 on the runner, but the launcher has not exited %3 s later: stopping it.")
                           .arg(m_job->id(), m_job->state())
                           .arg(LaunchJob::LingerLimit.count() / 1000));
        stopLauncher(StopReason::Lingering);
    });
    m_exitGrace->setSingleShot(true);
    m_exitGrace->setInterval(1500);
    connect(m_exitGrace, &QTimer::timeout, this, &LaunchRun::finishFailedExit);
    connect(m_job, &LaunchJob::serviceSilent, this, &LaunchRun::message);
    connect(m_job, &LaunchJob::serviceLost, this, [this](const QString &text) {
        if (m_failedExit) { // the launcher failed because its job service went away
            m_exitGrace->stop();
            const int code = std::exchange(m_failedExit, std::nullopt)->exitCode;
            Q_EMIT problem(LaunchText::tr("The runner is gone: %1. Job %2 may or may not still run; the launcher ended with "
                              "code %3.")
                               .arg(text, m_job->id())
                               .arg(code));
            finish(End::Failed, code, QString());
            return;
        }
        if (m_stopReason != StopReason::None || !m_launcher->isRunning()) // already stopping (the local Prism said it first)
            return;
        Q_EMIT problem(LaunchText::tr("The runner is gone: %1. Job %2 may or may not still run; the launcher is stopped.")
                           .arg(text, m_job->id()));
        stopLauncher(StopReason::ServiceLost);
    });
    connect(m_job, &LaunchJob::cancelFinished, this, &LaunchRun::onJobCancelFinished);
    connect(m_job, &LaunchJob::lookAfterStopEnded, this, &LaunchRun::onLookAfterStopEnded);

    // The managed local Prism.
    connect(m_prism, &LocalPrism::message, this, &LaunchRun::message);
    connect(m_prism, &LocalPrism::workerOutput, this,
            [this](const QList<RunnerLine> &lines) { onWorkerLines(lines, QStringLiteral("[worker] "), true); });
    connect(m_prism, &LocalPrism::runnerOutput, this,
            [this](const QList<RunnerLine> &lines) { onWorkerLines(lines, QStringLiteral("[prism] "), false); });
    // A worker that dies before its job ends fails the launch (Prism itself would wait for it
    // forever), once the job had a moment to say it ended anyway.
    m_workerGrace->setSingleShot(true);
    m_workerGrace->setInterval(2000);
    connect(m_prism, &LocalPrism::workerFailed, this, &LaunchRun::onWorkerFailed);
    connect(m_workerGrace, &QTimer::timeout, this, [this] {
        if (!m_launcher->isRunning() || m_stopReason != StopReason::None || JobMonitor::isTerminal(m_job->state()))
            return;
        const QString job = m_job->id().isEmpty() ? LaunchText::tr("the job") : LaunchText::tr("job %1").arg(m_job->id());
        QString text = LaunchText::tr("A worker of %1 ended before the job did: %2.").arg(job, m_workerFailure);
        if (!m_workerLastWords.isEmpty()) {
            text += u' ' + LaunchText::tr("Its last error lines:") + QStringLiteral("\n  ")
                + m_workerLastWords.join(QStringLiteral("\n  "));
            const QString hint = failureHint(m_workerLastWords);
            if (!hint.isEmpty())
                text += u'\n' + hint;
        }
        abandonJob(StopReason::WorkerFailed, text);
    });
    connect(m_prism, &LocalPrism::workersChanged, this, &LaunchRun::noteProgress);
    m_stallCheck->setInterval(1000);
    connect(m_stallCheck, &QTimer::timeout, this, &LaunchRun::checkStall);
    connect(m_prism, &LocalPrism::ready, this, [this] {
        if (std::exchange(m_waitingForPrism, false))
            run();
    });
    connect(m_prism, &LocalPrism::failed, this, [this](const QString &text) {
        if (m_launcher->isRunning()) { // the job has no runner any more
            if (m_stopReason != StopReason::None)
                return;
            Q_EMIT problem(text);
            stopLauncher(StopReason::ServiceLost);
            return;
        }
        if (std::exchange(m_waitingForPrism, false))
            finish(End::Failed, ExitCode::Failed, text);
        else
            m_prismFailure = text; // said when the launch would start
    });
    connect(m_prism, &LocalPrism::stopped, this, [this] {
        if (std::exchange(m_waitingForPrism, false)) {
            finish(End::Cancelled, ExitCode::Cancelled, LaunchText::tr("Cancelled before the launch."));
            return;
        }
        if (m_ending && !m_launcher->isRunning()) {
            const Ending ending = *std::exchange(m_ending, std::nullopt);
            Q_EMIT ended(ending.end, ending.exitCode, ending.text);
        } else if (!m_launcher->isRunning()) {
            Q_EMIT inactive();
        }
    });
}

// The launcher and Prism are members: they stop their own process trees.
LaunchRun::~LaunchRun() = default;

void LaunchRun::setGracePeriod(int ms)
{
    m_launcher->setGracePeriod(ms);
}

void LaunchRun::reset(const QStringList &secretValues)
{
    m_masker = SecretMasker(secretValues);
    m_log.reset();
    m_startedAt = QDateTime();
    m_result.reset();
    m_endedWhileCancelling.reset();
    m_endedLooking.reset();
    m_stopReason = StopReason::None;
    m_stoppedBeforeJobKnown = false;
    m_waitingForPrism = false;
    m_prismFailure.clear();
    m_ending.reset();
    m_flinkEnding.reset();
    m_workerGrace->stop();
    m_exitGrace->stop();
    m_failedExit.reset();
    m_workerFailure.clear();
    m_workerLastWords.clear();
    m_stallCheck->stop();
    m_stallSaid = false;
}

void LaunchRun::prepare(const LaunchSettings &settings, const QString &goProgram)
{
    if (settings.localJobServer && !settings.packageDir.isEmpty())
        m_prism->prepare(goProgram, QProcessEnvironment::systemEnvironment(), settings.packageDir);
}

void LaunchRun::start(const LaunchSettings &settings, const QString &launcherPath, const QString &workerPath,
                      const QProcessEnvironment &environment)
{
    m_settings = settings;
    m_launcherPath = launcherPath;
    m_workerPath = workerPath;
    m_environment = environment;
    m_failureHint.clear();
    if (m_settings.localJobServer && !m_prism->isReady()) {
        if (!m_prismFailure.isEmpty() || (!m_prism->isActive() && !m_prism->isPrepared())) {
            finish(End::Failed, ExitCode::Failed,
                   m_prismFailure.isEmpty() ? LaunchText::tr("The local Prism job server was not prepared.") : m_prismFailure);
            return;
        }
        m_waitingForPrism = true;
        m_prism->start();
        return;
    }
    run();
}

void LaunchRun::run()
{
    QUrl webUi;
    if (m_settings.localJobServer) {
        m_settings.endpoint = m_prism->endpoint();
        webUi = m_prism->webUi();
        // An SDK without a prism runner of its own talks to the managed Prism as a portable job
        // service (PrismTools said which Prism and why).
        if (m_prism->binaries().universalRunner && m_settings.runner.trimmed() == u"prism")
            m_settings.runner = QStringLiteral("universal");
        if (m_settings.environmentType.isEmpty() && !m_prism->binaries().processEnvironment) {
            m_settings.environmentType = QStringLiteral("LOOPBACK"); // the SDK cannot ask for PROCESS
        } else if (m_settings.environmentType.isEmpty()) {
            m_settings.environmentType = QStringLiteral("PROCESS");
            m_settings.environmentConfig = m_prism->processEnvironmentConfig();
        }
        allowOldProtobufRegistrations();
    }
    ensureJobName(&m_settings);
    // Workers the managed Prism starts itself run in its own folder, not where the launcher runs:
    // relative paths reach them as absolute paths of the launcher's folder.
    const bool workersElsewhere =
        m_settings.localJobServer && m_settings.environmentType.compare(u"PROCESS", Qt::CaseInsensitive) == 0;
    const QString folder = m_settings.effectiveWorkingDirectory();
    const QStringList paths = workersElsewhere
                                  ? LaunchSpec::absoluteRelativePaths(&m_settings.pipelineFlags, folder)
                                  : LaunchSpec::resolvedRelativePaths(m_settings.pipelineFlags, folder);
    const LaunchCommand command = LaunchSpec::compose(m_settings, m_launcherPath, m_workerPath, m_environment);
    QString error;
    if (!m_log.open(&error)) {
        finish(End::Failed, ExitCode::Failed, error);
        return;
    }
    m_launcher->setProgram(command.program, command.arguments);
    m_launcher->setEnvironment(command.environment);
    m_launcher->setWorkingDirectory(command.workingDirectory);
    if (!paths.isEmpty() && workersElsewhere)
        Q_EMIT message(LaunchText::tr("The workers run in the managed Prism's folder, not in %1: relative paths in the pipeline "
                          "flags are passed as absolute paths:\n  %2")
                           .arg(QDir::toNativeSeparators(folder), paths.join(QStringLiteral("\n  "))));
    else if (!paths.isEmpty())
        Q_EMIT message(LaunchText::tr("The launcher runs in %1; relative paths in its flags are read from there:\n  %2")
                           .arg(QDir::toNativeSeparators(folder), paths.join(QStringLiteral("\n  "))));
    m_startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT started(command, m_log.path());
    m_job->begin(m_settings, webUi);
    if (FlinkWorkerLogs::appliesTo(m_settings))
        m_flink->start(FlinkWorkerLogs::address(m_settings));
    m_launcher->start();
    m_job->launcherStarted();
    m_sinceProgress.start();
    // Workers Prism runs itself (PROCESS) can be counted; a LOOPBACK worker is the launcher.
    if (workersElsewhere && m_settings.stallSeconds > 0)
        m_stallCheck->start();
}

QString LaunchRun::failureHint(const QStringList &lines)
{
    const QString cgo = CgoCheck::hintFor(lines);
    if (!cgo.isEmpty())
        return cgo;
    // protobuf's start-up panic: "proto: file "v1.proto" is already registered"
    if (std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.contains(QLatin1String("is already registered")) && line.contains(QLatin1String("proto"));
        })) {
        return LaunchText::tr("It says two of its packages register the same protobuf file: an older Beam built with today's "
                  "google.golang.org/protobuf does that. Launch with --env GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn "
                  "(in the window, the profile's environment), or require the protobuf version of that Beam release "
                  "in go.mod.");
    }
    return QString();
}

void LaunchRun::allowOldProtobufRegistrations()
{
    static const QString Name = QStringLiteral("GOLANG_PROTOBUF_REGISTRATION_CONFLICT");
    if (!m_prism->binaries().oldBeamModule || m_environment.contains(Name)
        || std::any_of(m_settings.environment.cbegin(), m_settings.environment.cend(),
                       [](const EnvironmentVariable &v) { return v.name == Name; }))
        return;
    m_environment.insert(Name, QStringLiteral("warn"));
    Q_EMIT message(LaunchText::tr("The pipeline uses Beam's old module (github.com/apache/beam, before v2.26), whose generated "
                      "protobuf files clash with today's google.golang.org/protobuf when the program starts: the "
                      "launcher runs with %1=warn, protobuf's own switch for it.")
                       .arg(Name));
}

void LaunchRun::cancel()
{
    if (m_failedExit) { // the launcher is over already: nothing left to stop
        finishFailedExit();
        return;
    }
    if (m_waitingForPrism || (!m_launcher->isRunning() && m_prism->isActive())) {
        m_prism->stop(); // stopped() ends the run
        return;
    }
    if (m_job->isCancelling()) { // asked again while the runner is asked: stop the launcher now
        m_launcher->stop();
        return;
    }
    if (m_stopReason != StopReason::None || !m_launcher->isRunning())
        return;
    m_stopReason = StopReason::User;
    if (m_job->canCancelOnRunner()) { // cancelled on the runner first, then the launcher stops
        Q_EMIT message(LaunchText::tr("Cancelling job %1 on the runner (%2)...").arg(m_job->id(), m_job->endpoint()));
        m_job->cancelOnRunner(std::chrono::seconds(10));
        return;
    }
    m_stoppedBeforeJobKnown = true;
    m_launcher->stop();
}

bool LaunchRun::canLeaveRunning() const
{
    return m_launcher->isRunning() && !m_settings.localJobServer && m_job->canCancelOnRunner()
           && !m_job->isCancelling();
}

void LaunchRun::leaveRunning()
{
    if (!canLeaveRunning())
        return;
    Q_EMIT message(LaunchText::tr("Leaving job %1 running on the runner (%2); only the launcher stops.")
                       .arg(m_job->id(), m_job->endpoint()));
    m_job->end(); // not followed any more: its states are the runner's business now
    stopLauncher(StopReason::LeftRunning);
}

void LaunchRun::shutdown()
{
    m_waitingForPrism = false;
    if (m_launcher->isRunning())
        m_launcher->stop();
    else if (m_prism->isActive())
        m_prism->stop();
}

bool LaunchRun::isActive() const
{
    return m_launcher->isRunning() || m_prism->isActive() || m_failedExit.has_value();
}

QString LaunchRun::jobId() const
{
    return m_job->id();
}

void LaunchRun::stopLauncher(StopReason reason)
{
    m_stopReason = reason;
    m_launcher->stop();
}

void LaunchRun::abandonJob(StopReason reason, const QString &text)
{
    Q_EMIT problem(text);
    m_stopReason = reason;
    m_stallCheck->stop();
    if (m_job->canCancelOnRunner()) { // cancelled on the runner first, then the launcher stops
        Q_EMIT message(LaunchText::tr("Cancelling job %1 on the runner (%2)...").arg(m_job->id(), m_job->endpoint()));
        m_job->cancelOnRunner(std::chrono::seconds(10));
        return;
    }
    m_launcher->stop();
}

void LaunchRun::onWorkerFailed(const QString &error)
{
    if (!m_launcher->isRunning() || m_stopReason != StopReason::None || JobMonitor::isTerminal(m_job->state())
        || m_workerGrace->isActive())
        return;
    m_workerFailure = error.isEmpty() ? LaunchText::tr("no reason given") : error;
    m_workerGrace->start();
}

void LaunchRun::noteProgress()
{
    m_sinceProgress.restart();
    m_stallSaid = false;
}

void LaunchRun::checkStall()
{
    if (!m_launcher->isRunning() || m_stopReason != StopReason::None) {
        m_stallCheck->stop();
        return;
    }
    if (m_stallSaid || m_job->state() != u"RUNNING" || m_prism->liveWorkers() > 0
        || m_sinceProgress.elapsed() < qint64(m_settings.stallSeconds) * 1000)
        return;
    m_stallSaid = true;
    const QString text = LaunchText::tr("Job %1 has been RUNNING for %2 s with no worker alive and no progress: the runner "
                            "may be waiting for a worker that will not come.")
                             .arg(m_job->id())
                             .arg(m_sinceProgress.elapsed() / 1000);
    if (m_settings.cancelWhenStalled) {
        abandonJob(StopReason::Stalled, text + u' ' + LaunchText::tr("Cancelling it, as --stall-timeout asks."));
        return;
    }
    Q_EMIT stalled(text);
}

void LaunchRun::onLines(ProcessRunner::Channel channel, const QStringList &lines)
{
    show(channel, m_masker.mask(int(channel), lines));
}

void LaunchRun::show(ProcessRunner::Channel channel, const QStringList &masked)
{
    if (masked.isEmpty())
        return;
    QString logError;
    m_log.write(masked, &logError);
    if (!logError.isEmpty())
        Q_EMIT warning(logError);
    Q_EMIT output(channel, masked);
    m_job->addLines(masked);
    if (m_failureHint.isEmpty())
        m_failureHint = failureHint(masked);
    noteProgress();
}

void LaunchRun::onWorkerLines(const QList<RunnerLine> &lines, const QString &prefix, bool emitThem)
{
    QList<RunnerLine> masked = lines;
    QStringList logLines;
    QString bootSaidExit;
    for (RunnerLine &line : masked) {
        line.message = m_masker.maskLine(line.message);
        logLines << prefix + line.text();
        if (emitThem && isLastWord(line)) {
            m_workerLastWords << line.message.left(400);
            if (m_workerLastWords.size() > 4)
                m_workerLastWords.removeFirst();
        }
        // Beam's boot says so as soon as the worker program it ran has ended (Prism notices only
        // once boot itself has exited, up to tens of seconds later).
        if (emitThem && line.message.startsWith(u"User program exited"))
            bootSaidExit = line.message;
    }
    m_log.write(logLines);
    if (emitThem) {
        noteProgress();
        Q_EMIT workerOutput(masked);
    }
    if (!bootSaidExit.isEmpty())
        onWorkerFailed(bootSaidExit);
}

bool LaunchRun::expectsJob() const
{
    // A job service that never answered the Job API cannot tell; one that did must know the job.
    return !m_settings.endpoint.isEmpty() && LaunchJob::runnerHasJobService(m_settings.runner)
           && !LaunchSpec::runsItself(m_settings); // one that runs its pipeline itself gets no endpoint
}

bool LaunchRun::isLastWord(const RunnerLine &line)
{
    // What a worker or its boot says when it goes wrong: its stderr, errors it logs; not boot's
    // provision dump nor its "Completing background processes before exiting...".
    if (line.stream == RunnerLine::Stream::StdOut)
        return false;
    if (line.stream == RunnerLine::Stream::Log && line.level != RunnerLine::Level::Error)
        return false;
    return !line.message.endsWith(u"Provision info:") && !line.message.startsWith(u"pipeline_options:")
           && !line.message.startsWith(u"Completing background processes");
}

void LaunchRun::onLauncherFinished(const ProcessRunner::Result &result)
{
    // A piece the masker held back for a line that never went on is shown now.
    for (ProcessRunner::Channel channel : {ProcessRunner::Channel::StdOut, ProcessRunner::Channel::StdErr})
        show(channel, m_masker.flush(int(channel)));
    // A job service following a job that is not over: it may tell why the launcher ended.
    const bool jobFollowedAndOpen = m_job->knownToService() && !JobMonitor::isTerminal(m_job->state());
    m_job->launcherExited(result.kind == ProcessRunner::ExitKind::Exited ? result.exitCode : -1,
                          result.kind == ProcessRunner::ExitKind::Stopped && m_stopReason == StopReason::User);
    if (m_job->isCancelling()) { // the runner's answer decides how this ends: wait for it (bounded)
        m_endedWhileCancelling = result;
        return;
    }
    m_result = result;
    if (!result.survivors.isEmpty())
        Q_EMIT warning(ProcessRunner::survivorsMessage(result.survivors));
    Q_EMIT launcherFinished(result);
    if (endStopped(result))
        return;
    if (result.kind == ProcessRunner::ExitKind::Exited && expectsJob() && m_job->serviceAnswered()
        && m_job->id().isEmpty()) {
        // A launcher that runs its pipeline itself, or one that logged its error and exited 0:
        // whatever its exit code, nothing ran where the user asked.
        finish(End::Failed, ExitCode::Failed,
               LaunchText::tr("No job reached the job service at %1: the launcher exited (code %2) without submitting one. "
                  "Its output above may say why (a pipeline error it only logged, or a program that runs its "
                  "pipeline itself instead of with beamx.Run).")
                   .arg(m_settings.endpoint)
                   .arg(result.exitCode));
        return;
    }
    if (result.kind == ProcessRunner::ExitKind::Exited && result.exitCode == 0 && JobMonitor::isTerminal(m_job->state())
        && m_job->state() != u"DONE") {
        finish(End::Failed, ExitCode::Failed,
               LaunchText::tr("Job %1 ended %2 on the runner, although the launcher exited with code 0.")
                   .arg(m_job->id(), m_job->state()));
        return;
    }
    switch (result.kind) {
    case ProcessRunner::ExitKind::Exited:
        if (result.exitCode != 0 && jobFollowedAndOpen) {
            m_failedExit = result; // the job service may be why: it answers within a moment
            m_exitGrace->start();
        } else if (result.exitCode != 0) {
            m_failedExit = result;
            finishFailedExit();
        } else
            finish(End::Ok, ExitCode::Ok, QString());
        return;
    case ProcessRunner::ExitKind::Stopped:
        finish(End::Cancelled, ExitCode::Cancelled,
               LaunchText::tr("Cancelled: the launcher and everything it started were stopped."));
        return;
    case ProcessRunner::ExitKind::Crashed:
        finish(End::Failed, ExitCode::Failed, LaunchText::tr("The launcher crashed: %1").arg(result.errorString));
        return;
    case ProcessRunner::ExitKind::FailedToStart:
        finish(End::Failed, ExitCode::Failed, result.errorString);
        return;
    }
}

void LaunchRun::finishFailedExit()
{
    m_exitGrace->stop();
    if (!m_failedExit)
        return;
    const int code = std::exchange(m_failedExit, std::nullopt)->exitCode;
    finish(End::Failed, code, QString(LaunchText::tr("The launcher exited with code %1.").arg(code) + u' ' + m_failureHint).trimmed());
}

void LaunchRun::onJobCancelFinished(bool confirmed, const QString &text)
{
    const QString id = m_job->id();
    const QUrl page = m_job->webUi();
    if (confirmed) {
        Q_EMIT message(LaunchText::tr("Job %1 is CANCELLED on the runner.").arg(id));
    } else {
        Q_EMIT warning(LaunchText::tr("The runner did not confirm that job %1 is cancelled (%2). It may still be running: "
                          "check %3.")
                           .arg(id, text, page.isEmpty() ? m_job->endpoint() : page.toString()));
    }
    if (m_endedLooking) { // the job of a launcher stopped while submitting
        m_endedLooking.reset();
        finish(End::Cancelled, ExitCode::Cancelled,
               confirmed ? LaunchText::tr("Cancelled: job %1 reached the runner as its launcher stopped, and was cancelled there.").arg(id)
                         : LaunchText::tr("Cancelled here; job %1 reached the runner as its launcher stopped, and was not "
                              "confirmed cancelled there.")
                               .arg(id));
        return;
    }
    if (m_endedWhileCancelling) { // the launcher ended on its own meanwhile
        m_result = std::exchange(m_endedWhileCancelling, std::nullopt);
        Q_EMIT launcherFinished(*m_result);
        if (m_stopReason == StopReason::WorkerFailed || m_stopReason == StopReason::Stalled) {
            finish(End::Failed, ExitCode::Failed, QString()); // problem() said why
            return;
        }
        finish(End::Cancelled, ExitCode::Cancelled,
               confirmed ? LaunchText::tr("Cancelled: job %1 was cancelled on the runner.").arg(id)
                         : LaunchText::tr("Cancelled here; job %1 was not confirmed cancelled on the runner.").arg(id));
        return;
    }
    m_launcher->stop();
}

void LaunchRun::onLookAfterStopEnded(bool found)
{
    if (!m_endedLooking)
        return;
    if (found && m_job->canCancelOnRunner()) {
        Q_EMIT message(LaunchText::tr("Job %1 reached the runner as its launcher stopped: cancelling it there (%2)...")
                           .arg(m_job->id(), m_job->endpoint()));
        m_job->cancelOnRunner(std::chrono::seconds(10)); // onJobCancelFinished() ends the run
        return;
    }
    m_endedLooking.reset();
    if (found) {
        finish(End::Cancelled, ExitCode::Cancelled,
               LaunchText::tr("Stopped: job %1 reached the runner as its launcher stopped, and had already ended %2 there.")
                   .arg(m_job->id(), m_job->state()));
        return;
    }
    finish(End::Cancelled, ExitCode::Cancelled, LaunchText::tr("Cancelled: the launcher and everything it started were stopped."));
}

bool LaunchRun::endStopped(const ProcessRunner::Result &result)
{
    switch (m_stopReason) {
    case StopReason::None:
        return false;
    case StopReason::User:
        if (!m_job->knownToService() && m_job->isLookingAfterStop() && !m_settings.localJobServer) {
            // Stopped while submitting: its Run may have reached the runner all the same.
            Q_EMIT message(LaunchText::tr("Looking whether a job of the stopped launcher reached the runner (%1)...")
                               .arg(m_job->endpoint()));
            m_endedLooking = result;
            return true;
        }
        if (!m_job->knownToService())
            return false; // the usual cancel
        if (m_stoppedBeforeJobKnown && m_job->canCancelOnRunner() && !m_settings.localJobServer) {
            // The job service named the job while the launcher was stopping (found by its name):
            // its Run had reached the runner. Cancelled there, as a job found after the stop is.
            Q_EMIT message(LaunchText::tr("Job %1 reached the runner as its launcher stopped: cancelling it there (%2)...")
                               .arg(m_job->id(), m_job->endpoint()));
            m_endedLooking = result;
            m_job->cancelOnRunner(std::chrono::seconds(10)); // onJobCancelFinished() ends the run
            return true;
        }
        if (JobMonitor::isTerminal(m_job->state())) { // nothing left to cancel on the runner
            finish(End::Cancelled, ExitCode::Cancelled,
                   LaunchText::tr("Stopped: job %1 had already ended %2; its launcher was still running and was stopped.")
                       .arg(m_job->id(), m_job->state()));
            return true;
        }
        finish(End::Cancelled, ExitCode::Cancelled,
               m_job->cancelledOnRunner()
                   ? LaunchText::tr("Cancelled: job %1 was cancelled on the runner, and the launcher stopped.").arg(m_job->id())
                   : LaunchText::tr("Cancelled here: the launcher stopped. Job %1 was not confirmed cancelled on the runner.")
                         .arg(m_job->id()));
        return true;
    case StopReason::ServiceLost:
    case StopReason::WorkerFailed:
    case StopReason::Stalled:
        finish(End::Failed, ExitCode::Failed, QString()); // problem() said why
        return true;
    case StopReason::LeftRunning:
        finish(End::Ok, ExitCode::Ok, QString());
        return true;
    case StopReason::Lingering:
        if (m_job->state() == u"DONE" && result.kind != ProcessRunner::ExitKind::Crashed)
            finish(End::Ok, ExitCode::Ok, QString());
        else
            finish(End::Failed, ExitCode::Failed,
                   LaunchText::tr("Job %1 ended %2; its launcher had to be stopped.").arg(m_job->id(), m_job->state()));
        return true;
    }
    return false;
}

void LaunchRun::finish(End end, int exitCode, const QString &text)
{
    m_workerGrace->stop();
    m_exitGrace->stop();
    m_stallCheck->stop();
    if (m_flinkEnding)
        return; // ending already, once the TaskManagers' logs had their last look
    if (m_flink->isFollowing()) {
        // On Flink the workers' last lines (a failing job's error among them) may have come
        // after the last look at the TaskManagers' logs: one more, bounded, then the end.
        m_flinkEnding = Ending{end, exitCode, text};
        m_flink->drain();
        return;
    }
    m_flink->stop();
    m_log.close();
    m_job->end();
    if (m_prism->isActive()) { // the run ends once Prism and its workers are gone
        m_ending = Ending{end, exitCode, text};
        m_prism->stop();
        return;
    }
    Q_EMIT ended(end, exitCode, text);
}

} // namespace bl
