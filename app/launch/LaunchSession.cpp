// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchSession.h"

#include "builds/BinaryChecksums.h"
#include "builds/BuildStamp.h"
#include "builds/PackageCache.h"
#include "builds/PrebuiltBinaries.h"
#include "go/BinaryCheck.h"
#include "go/DualBuild.h"
#include "go/GoDiagnostics.h"
#include "go/GoToolchain.h"
#include "go/OldestSystem.h"
#include "launch/CgoCheck.h"
#include "launch/Constants.h"
#include "launch/LaunchLogging.h"
#include "launch/LaunchRun.h"
#include "launch/LaunchText.h"
#include "launch/OutputLock.h"
#include "launch/Paths.h"
#include "launch/Preflight.h"
#include "launch/RunnerCatalog.h"
#include "process/CapturedRun.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <utility>

namespace bl {

namespace {

bool hasGoFiles(const QString &dir)
{
    return !QDir(dir).entryList({QStringLiteral("*.go")}, QDir::Files).isEmpty();
}

} // namespace

LaunchSession::LaunchSession(QObject *parent)
    : QObject(parent)
    , m_toolchain(new GoToolchain(this))
    , m_list(new CapturedRun(this))
    , m_cgoCheck(new CgoCheck(this))
    , m_builds(new DualBuild(this))
    , m_prebuilt(new PrebuiltBinaries(this))
    , m_checksums(new BinaryChecksums(this))
    , m_preflight(new Preflight(this))
    , m_run(new LaunchRun(this))
    , m_recorder(new BuildRecorder(this))
    , m_flagsProbe(new CapturedRun(this))
    , m_flagsTimeout(new QTimer(this))
    , m_listDelay(new QTimer(this))
{
    connect(m_preflight, &Preflight::finished, this, &LaunchSession::onPreflightDone);
    connect(m_toolchain, &GoToolchain::ready, this, &LaunchSession::onToolchainReady);
    connect(m_toolchain, &GoToolchain::failed, this, [this](const QString &text) {
        if (m_flow.isCancelling())
            fail(Failure::Cancelled, LaunchText::tr("Cancelled."));
        else
            fail(Failure::BadInput, text);
    });
    // The builds start before go list has vouched for the package (see onToolchainReady); what
    // they say is held back until it has, and dropped if it refuses the package.
    connect(m_builds, &DualBuild::started, this, [this](BuildTarget target, const Platform &platform) {
        relayBuildEvent([this, target, platform] { Q_EMIT buildStarted(target, platform); });
    });
    connect(m_builds, &DualBuild::output, this, [this](BuildTarget target, const QStringList &lines) {
        relayBuildEvent([this, target, lines] { Q_EMIT buildOutput(target, lines); });
    });
    connect(m_builds, &DualBuild::diagnostic, this, [this](BuildTarget target, const Diagnostic &d) {
        relayBuildEvent([this, target, d] { Q_EMIT diagnostic(target, d); });
    });
    connect(m_builds, &DualBuild::targetFinished, this, [this](const BuildResult &r) {
        m_results[int(r.target)] = r;
        relayBuildEvent([this, r] { Q_EMIT buildFinished(r); });
    });
    connect(m_builds, &DualBuild::finished, this, &LaunchSession::onBuildStageDone);
    connect(m_recorder, &BuildRecorder::recorded, this, [this] {
        if (!endIfCancelled())
            done(ExitCode::Ok);
    });
    connect(m_builds, &DualBuild::progress, this, [this](const BuildProgress &p) {
        // A cold build says how far it is before go list has answered (which takes 2 s with an
        // empty build cache): once go build has downloaded or compiled something, the builds
        // are shown. Progress is never held: the next one, a second later, says more.
        const bool working = p.phase != BuildProgress::Phase::Compile || p.done > 0;
        if (working && m_flow.builds() == SessionFlow::Builds::Held && !m_flow.isCancelling())
            showBuilds();
        if (m_flow.builds() == SessionFlow::Builds::Shown)
            Q_EMIT buildProgress(p);
        if (working && m_listDelay->isActive()) {
            m_listDelay->stop();
            inspectPackage();
        }
    });
    // On two cores a cold build's first packages come 0.5-1 s later with go list beside them
    // (about 2 s of work with an empty build cache): go list starts once the builds show
    // progress, or after this delay, or when they are over, whichever comes first.
    m_listDelay->setSingleShot(true);
    m_listDelay->setInterval(1500);
    connect(m_listDelay, &QTimer::timeout, this, &LaunchSession::inspectPackage);

    connect(m_cgoCheck, &CgoCheck::finished, this, [this](const QStringList &packages) {
        m_flow.packageChecked();
        if (!packages.isEmpty() && !m_flow.isCancelling())
            Q_EMIT warning(CgoCheck::warningText(packages));
        onBuildStageDone();
    });

    m_flagsTimeout->setSingleShot(true);
    m_flagsTimeout->setInterval(15000);
    connect(m_flagsTimeout, &QTimer::timeout, m_flagsProbe, &CapturedRun::cancel);

    // The launch itself: the launcher, its job on the runner, the local Prism (LaunchRun).
    connect(m_run, &LaunchRun::message, this, &LaunchSession::message);
    connect(m_run, &LaunchRun::warning, this, &LaunchSession::warning);
    connect(m_run, &LaunchRun::output, this, &LaunchSession::output);
    connect(m_run, &LaunchRun::workerOutput, this, &LaunchSession::workerOutput);
    connect(m_run, &LaunchRun::stalled, this, &LaunchSession::stalled);
    connect(m_run, &LaunchRun::jobChanged, this, &LaunchSession::jobChanged);
    connect(m_run, &LaunchRun::jobMessage, this, &LaunchSession::jobMessage);
    connect(m_run, &LaunchRun::jobFollowed, this, &LaunchSession::jobFollowed);
    connect(m_run, &LaunchRun::launcherFinished, this, &LaunchSession::launchFinished);
    connect(m_run, &LaunchRun::started, this, [this](const LaunchCommand &command, const QString &logFile) {
        setStage(Stage::Running);
        Q_EMIT launchStarted(command, logFile);
        m_checksums->start(m_results, !m_settings.usesPrebuiltBinaries());
    });
    connect(m_run, &LaunchRun::problem, this, [this](const QString &text) {
        m_failure = Failure::Launch;
        Q_EMIT failed(m_failure, text);
    });
    connect(m_run, &LaunchRun::ended, this, &LaunchSession::onRunEnded);
    connect(m_run, &LaunchRun::inactive, this, [this] {
        if (m_flow.awaited(SessionFlow::Ending::AwaitingPrism))
            done(m_exitCode);
    });

    connect(m_prebuilt, &PrebuiltBinaries::checked, this, [this](const BuildResult &r) {
        if (m_flow.isCancelling())
            return;
        m_results[int(r.target)] = r;
        Q_EMIT buildFinished(r);
    });
    connect(m_prebuilt, &PrebuiltBinaries::finished, this, [this](bool ok, const QString &error) {
        if (endIfCancelled())
            return;
        if (!ok)
            fail(Failure::BadInput, error);
        else if (m_mode == Mode::Build)
            done(ExitCode::Ok);
        else
            launch(m_results[0].path, m_results[1].path);
    });
    connect(m_checksums, &BinaryChecksums::computed, this,
            [this](BuildTarget target, const QString &sha) { m_results[int(target)].sha256 = sha; });
    connect(m_checksums, &BinaryChecksums::finished, this, [this] {
        if (m_flow.awaited(SessionFlow::Ending::AwaitingChecksums))
            done(m_exitCode);
    });
}

// Members stop their own processes; checksums still being computed are abandoned.
LaunchSession::~LaunchSession() = default;

void LaunchSession::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void LaunchSession::fail(Failure failure, const QString &text)
{
    m_failure = failure;
    Q_EMIT failed(failure, text);
    switch (failure) {
    case Failure::BadInput:
        done(ExitCode::BadInput);
        break;
    case Failure::Cancelled:
        done(ExitCode::Cancelled);
        break;
    case Failure::None:
    case Failure::Build:
    case Failure::Launch:
        done(ExitCode::Failed);
        break;
    }
}

void LaunchSession::done(int exitCode)
{
    m_exitCode = exitCode;
    if (m_run->isActive()) { // a local Prism prepared beside builds that failed: gone first
        m_flow.awaitBeforeFinishing(SessionFlow::Ending::AwaitingPrism);
        m_run->shutdown();
        return;
    }
    if (m_checksums->isPending()) { // the run is over before the checksums: finish with them
        m_flow.awaitBeforeFinishing(SessionFlow::Ending::AwaitingChecksums);
        return;
    }
    m_outLock.reset();
    qCDebug(lcLaunch) << "session finished with exit code" << exitCode;
    setStage(Stage::Finished);
    Q_EMIT finished(exitCode);
}

void LaunchSession::start(Mode mode, const LaunchSettings &settings)
{
    Q_ASSERT(!isRunning());
    m_mode = mode;
    m_requested = settings;
    m_settings = settings;
    m_failure = Failure::None;
    m_folderHolder = 0;
    m_exitCode = 0;
    m_results[0] = BuildResult();
    m_results[1] = BuildResult();
    m_checksums->abandon();
    m_packageError.clear();
    m_flow.reset();
    setStage(Stage::Checking);

    // Every answer comes through the event loop, also the early ones, so that callers
    // can connect after start() and see the same order of signals in every case.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_settings.packageDir.isEmpty())
            m_settings.packageDir = QDir::cleanPath(QDir(m_settings.packageDir).absolutePath());

        Problems problems = LaunchSpec::validate(m_settings);
        if (m_mode == Mode::Build)
            problems.removeIf([](const Problem &p) { return !LaunchSpec::concernsBuild(p); });
        if (failOnErrors(problems))
            return;
        if (!m_settings.usesPrebuiltBinaries()) {
            const QFileInfo dir(m_settings.packageDir);
            if (!dir.isDir()) {
                fail(Failure::BadInput,
                     LaunchText::tr("%1 is not a folder: give the folder that holds the pipeline's main package.")
                         .arg(QDir::toNativeSeparators(m_settings.packageDir)));
                return;
            }
            if (!hasGoFiles(m_settings.packageDir)) {
                fail(Failure::BadInput,
                     LaunchText::tr("%1 has no Go files: give the folder of the pipeline's main package "
                        "(the one with func main and beam.Init()).")
                         .arg(QDir::toNativeSeparators(m_settings.packageDir)));
                return;
            }
        }
        QStringList secretValues;
        for (const EnvironmentVariable &var : std::as_const(m_settings.environment)) {
            if (var.secret)
                secretValues << var.value;
        }
        m_run->reset(secretValues);
        if (m_mode == Mode::Launch)
            m_preflight->start(m_settings); // then findToolchain()
        else
            findToolchain();
    }, Qt::QueuedConnection);
}

bool LaunchSession::failOnErrors(const Problems &problems)
{
    QStringList errors;
    for (const Problem &p : problems) {
        if (p.severity == Problem::Severity::Error)
            errors << p.message;
        else
            Q_EMIT warning(p.message);
    }
    if (errors.isEmpty())
        return false;
    fail(Failure::BadInput, errors.join(u'\n'));
    return true;
}

bool LaunchSession::endIfCancelled()
{
    if (!m_flow.isCancelling())
        return false;
    fail(Failure::Cancelled, LaunchText::tr("Cancelled."));
    return true;
}

void LaunchSession::onPreflightDone(const Problems &problems)
{
    if (endIfCancelled() || failOnErrors(problems))
        return;
    findToolchain();
}

void LaunchSession::findToolchain()
{
    QString error;
    const QString go = GoToolchain::locate(m_settings.goPath, &error);
    if (go.isEmpty()) {
        fail(Failure::BadInput, error);
        return;
    }
    m_environment = QProcessEnvironment::systemEnvironment();
    m_toolchain->probe(go, m_environment);
}

void LaunchSession::setStopGracePeriod(int ms)
{
    m_run->setGracePeriod(ms);
}

void LaunchSession::cancel()
{
    if (!isRunning())
        return;
    if (m_stage == Stage::Running) { // the launch decides how a stop goes (the job on the runner first)
        m_flow.cancel();
        m_checksums->abort();
        m_run->cancel();
        return;
    }
    if (!m_flow.cancel())
        return;
    m_preflight->cancel();
    m_toolchain->cancel();
    m_checksums->abort();
    m_list->cancel();
    m_cgoCheck->cancel();
    if (m_listDelay->isActive()) { // go list never started: nothing to wait for
        m_listDelay->stop();
        m_flow.packageChecked();
    }
    m_prebuilt->cancel();
    m_builds->cancel();
    m_recorder->cancel();
    m_flagsTimeout->stop();
    m_flagsProbe->cancel(); // its answer ends the session as cancelled
    m_run->cancel(); // a launch waiting for its local Prism
}

bool LaunchSession::canLeaveRunning() const
{
    return m_stage == Stage::Running && m_run->canLeaveRunning();
}

void LaunchSession::leaveRunning()
{
    if (canLeaveRunning())
        m_run->leaveRunning();
}

void LaunchSession::onToolchainReady()
{
    if (endIfCancelled())
        return;
    const GoEnv &env = m_toolchain->env();
    Q_EMIT message(LaunchText::tr("Using %1 at %2").arg(env.goVersion, QDir::toNativeSeparators(m_toolchain->goPath())));
    if (m_mode == Mode::Launch)
        m_run->prepare(m_settings, m_toolchain->goPath()); // the local Prism, if any, beside the builds
    if (!m_settings.launcherPlatform.isValid())
        m_settings.launcherPlatform = env.host();
    for (const Platform &platform : {m_settings.launcherPlatform, m_settings.workerPlatform}) {
        if (!m_toolchain->supports(platform)) {
            fail(Failure::BadInput, m_toolchain->unsupportedMessage(platform));
            return;
        }
    }
    // A launcher for Windows or macOS: the oldest system this Go release supports, said once.
    if (const auto version = GoVersion::parse(env.goVersion); version && !m_settings.usesPrebuiltBinaries()) {
        if (const QString note = OldestSystem::note(m_settings.launcherPlatform, *version); !note.isEmpty())
            Q_EMIT message(note);
    }
    if (m_settings.usesPrebuiltBinaries()) {
        m_prebuilt->start(m_settings, m_toolchain->goPath(), m_environment);
        return;
    }
    // The builds start at once, beside go list, instead of after it: with nothing to rebuild
    // the package check then costs no time of its own (bench/noop.sh). Nobody sees them until
    // go list has accepted the package, or a cold build has something to show first (see the
    // progress connection); if go list refuses the package, builds not shown yet are stopped
    // unseen (as if they had never started), shown ones end as cancelled, and the session ends
    // as bad input.
    // And go list runs at most once for a given state of the package folder: its answer is
    // kept until anything it depends on changes (PackageCache).
    m_packageFingerprint = PackageCache::fingerprint(m_settings.packageDir, m_toolchain->goPath(),
                                                     m_toolchain->env(), m_environment);
    if (!startBuilds())
        return;
    if (const std::optional<QByteArray> listed = PackageCache::lookup(m_settings.packageDir, m_packageFingerprint))
        onPackageListed(*listed, QString(), true);
    else if (m_builds->isRunning()) { // go list after the builds' first progress (see m_listDelay)
        m_flow.delayPackageCheck();
        m_listDelay->start();
    }
    else
        inspectPackage();
}

void LaunchSession::relayBuildEvent(std::function<void()> event)
{
    m_flow.holdOrPass(std::move(event));
}

void LaunchSession::showBuilds()
{
    QList<std::function<void()>> held;
    if (!m_flow.show(&held))
        return;
    setStage(Stage::Building);
    for (const auto &event : std::as_const(held))
        event();
}

void LaunchSession::inspectPackage()
{
    m_flow.listPackage();
    // Beside the builds, not before them: at a lower priority, so that on two cores a cold
    // build's first packages (its first progress) do not wait for go list's (about 2 s with an
    // empty build cache); the builds are shown once they have progress (showBuilds()).
    m_list->setLowPriority(true);
    // Only the fields PackageInfo reads: without Stale and friends go list does not hash the
    // whole build, which halves its time on a pipeline of Beam's size (bench/noop.sh).
    m_list->start(m_toolchain->goPath(),
                  {QStringLiteral("list"), QStringLiteral("-e"),
                   QStringLiteral("-json=Dir,ImportPath,Name,Module,GoFiles,Imports,Deps,Error,DepsErrors"),
                   QStringLiteral(".")},
                  m_settings.packageDir, m_environment, [this](const CapturedRun::Output &o) {
                      onPackageListed(o.out.toUtf8(), o.err, false);
                  });
}

void LaunchSession::onPackageListed(const QByteArray &json, const QString &errorText, bool cached)
{
    m_flow.packageChecked();
    if (!m_flow.isCancelling()) {
        m_packageError = packageProblem(json, errorText);
        if (m_packageError.isEmpty()) {
            if (!cached)
                PackageCache::store(m_settings.packageDir, m_packageFingerprint, json);
            const bool shownBefore = m_flow.builds() == SessionFlow::Builds::Shown;
            showBuilds();
            if (!shownBefore)
                m_builds->reportProgress(); // what the builds did meanwhile, at once
            if (!m_settings.cgo) { // cgo packages built without cgo: said before anything runs
                m_flow.checkCgo();
                m_cgoCheck->start({m_toolchain->goPath(), m_settings.packageDir, m_settings.buildTags,
                                   m_settings.workerPlatform, m_environment, m_packageFingerprint});
            }
        } else {
            // Builds not shown yet stay unseen; shown ones end as cancelled, as they are.
            m_flow.refuse();
            m_builds->cancel();
        }
    }
    onBuildStageDone();
}

QString LaunchSession::packageProblem(const QByteArray &json, const QString &errorText)
{
    QString parseError;
    const auto info = json.trimmed().isEmpty() ? std::nullopt : PackageInfo::fromJson(json, &parseError);
    if (!info) {
        // go list wrote no package at all: usually a broken go.mod or a missing module.
        const Diagnostics found = GoDiagnosticsParser::parse(errorText, m_settings.packageDir);
        for (const Diagnostic &d : found)
            Q_EMIT diagnostic(BuildTarget::Launcher, d);
        return LaunchText::tr("Go cannot load the package in %1:\n%2")
            .arg(QDir::toNativeSeparators(m_settings.packageDir),
                 errorText.isEmpty() ? parseError : errorText.trimmed());
    }
    const PackageInfo &package = *info;
    Q_EMIT packageInspected(package);
    m_builds->setEstimate(int(package.deps.size()) + 1, package.importPath);
    if (package.name.isEmpty()) {
        for (const Diagnostic &d : std::as_const(package.problems))
            Q_EMIT diagnostic(BuildTarget::Launcher, d);
        QStringList lines;
        for (const Diagnostic &d : std::as_const(package.problems))
            lines << d.toString();
        return LaunchText::tr("Go cannot load the package in %1:\n%2")
            .arg(QDir::toNativeSeparators(m_settings.packageDir), lines.join(u'\n'));
    }
    if (!package.isCommand()) {
        return LaunchText::tr("%1 holds package %2, not package main: a pipeline is a program. Choose the folder of the "
                  "package with func main() (it calls beam.Init()).")
            .arg(QDir::toNativeSeparators(m_settings.packageDir), package.name);
    }
    if (!package.importsBeam)
        Q_EMIT warning(LaunchText::tr("Package %1 does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, "
                          "or github.com/apache/beam/sdks/go/pkg/beam before Beam's Go module): is this the "
                          "pipeline's folder?")
                           .arg(package.importPath));
    return QString();
}

bool LaunchSession::startBuilds()
{
    const QString outDir = outputFolder(m_settings);
    QString error;
    // A folder the user chose: never a system folder, nor one holding other things unless asked.
    if (!m_settings.outDir.isEmpty() && !Paths::checkOutputFolder(outDir, m_settings.forceOut, &error)) {
        fail(Failure::BadInput, error);
        return false;
    }
    if (!Paths::ensureWritableFolder(outDir, &error)) {
        fail(Failure::BadInput, error);
        return false;
    }
    auto [launcher, worker] = BuildStamp::requests(m_settings, m_toolchain->goPath(), m_environment);
    launcher.lowPriority = worker.lowPriority = m_lowPriority;
    m_buildKey = BuildStamp::key(PackageCache::toolchainFingerprint(m_toolchain->goPath(), m_toolchain->env(),
                                                                    m_environment),
                                 launcher, worker);
    const bool reuse = !m_settings.rebuild
                       && (m_reuse == Reuse::Always || (m_reuse == Reuse::Default && m_mode == Mode::Launch));
    // Held until the session ends. Binaries that need no build are shared with other launches of
    // them; a build holds the folder alone: a second build into it (two profiles sharing --out)
    // would replace these binaries, and this launch would run the other pipeline.
    if (reuse) {
        m_outLock = OutputLock::shared(outDir, &error);
        if (m_outLock && useCurrentBinaries(launcher, worker, outDir))
            return true;
        m_outLock.reset();
    }
    m_outLock = OutputLock::exclusive(outDir, &error, &m_folderHolder);
    if (!m_outLock) {
        fail(Failure::BadInput, error);
        return false;
    }
    CrossBuild::removeStaleTemporaries(outDir);
    // What a build is made from is recorded by builds only: a launch goes on to the launcher
    // at once; the next build ahead records its binaries.
    if (m_mode == Mode::Build)
        m_recorder->begin(outDir, m_buildKey);
    m_requests = {launcher, worker};
    m_builds->start(launcher, worker);
    return true;
}

bool LaunchSession::useCurrentBinaries(const BuildRequest &launcher, const BuildRequest &worker, const QString &outDir)
{
    QDateTime builtAt;
    const auto current = BuildStamp::currentResults(outDir, m_buildKey, launcher, worker, &builtAt);
    if (!current)
        return false;
    qCDebug(lcLaunch) << "binaries current since" << builtAt << "in" << outDir;
    const QString when = QLocale().toString(builtAt.toLocalTime().time(), QLocale::ShortFormat);
    relayBuildEvent([this, when] {
        Q_EMIT message(LaunchText::tr("Both binaries are up to date: built at %1 from the sources and settings as they are now; "
                          "nothing to build.").arg(when));
    });
    for (const BuildResult &result : *current) {
        m_results[int(result.target)] = result;
        relayBuildEvent([this, result] { Q_EMIT buildFinished(result); });
    }
    return true;
}

bool LaunchSession::recordBuild()
{
    if (m_results[0].current) // nothing was built: the record stands as it is
        return false;
    return m_recorder->record(m_requests[0], m_requests[1], m_toolchain->env());
}

void LaunchSession::onBuildStageDone()
{
    if (m_listDelay->isActive() && !m_builds->isRunning()) { // the builds are over: check the package now
        m_listDelay->stop();
        inspectPackage();
        return;
    }
    if (m_flow.packageCheckPending() || m_builds->isRunning())
        return;
    if (m_flow.isCancelling()) {
        fail(Failure::Cancelled, LaunchText::tr("Cancelled: both builds were stopped and no binary was kept."));
        return;
    }
    if (!m_packageError.isEmpty()) {
        fail(Failure::BadInput, m_packageError);
        return;
    }
    if (!m_results[0].ok || !m_results[1].ok) {
        QStringList reasons;
        for (const BuildResult &r : m_results) {
            if (!r.ok)
                reasons << LaunchText::tr("%1 (%2): %3").arg(targetDisplayName(r.target),
                                                 (r.target == BuildTarget::Launcher ? m_settings.launcherPlatform
                                                                                    : m_settings.workerPlatform)
                                                     .toString(),
                                                 r.error);
        }
        fail(Failure::Build, reasons.join(u'\n'));
        return;
    }
    if (m_mode == Mode::Build) {
        if (!recordBuild()) // else done() once recorded
            done(ExitCode::Ok);
        return;
    }
    launch(m_results[int(BuildTarget::Launcher)].path, m_results[int(BuildTarget::Worker)].path);
}

void LaunchSession::launch(const QString &launcherPath, const QString &workerPath)
{
    // Built: other launches of these binaries may run beside this one from now on.
    QString error;
    if (m_outLock && !m_outLock->share(&error))
        qCWarning(lcLaunch) << "the output folder stays locked for this launch alone:" << error;
    m_settings.launcherFlags.clear();
    // Only a launcher built for this machine can tell its flags.
    if (m_settings.launcherPlatform != m_toolchain->env().host()) {
        startRun(launcherPath, workerPath);
        return;
    }
    m_flagsTimeout->start();
    m_flagsProbe->start(launcherPath, {QStringLiteral("--help")}, QFileInfo(launcherPath).absolutePath(),
                        m_environment, [this, launcherPath, workerPath](const CapturedRun::Output &o) {
                            const bool timedOut = !m_flagsTimeout->isActive();
                            m_flagsTimeout->stop();
                            if (endIfCancelled())
                                return;
                            // Go's flag package prints them on stderr; a launcher that did not
                            // answer in time is launched as before.
                            if (!timedOut)
                                checkPipelineFlags(LaunchSpec::flagsInHelp(o.err + u'\n' + o.out));
                            startRun(launcherPath, workerPath);
                        });
}

void LaunchSession::checkPipelineFlags(const QList<LaunchSpec::HelpFlag> &defined)
{
    m_settings.launcherFlags.clear();
    for (const LaunchSpec::HelpFlag &flag : defined)
        m_settings.launcherFlags << flag.name;
    if (defined.isEmpty())
        return; // it printed no flags: nothing to tell them by
    for (const QString &name : LaunchSpec::unknownFlags(defined, m_settings.pipelineFlags)) {
        const QString nearest = RunnerCatalog::closestSpelling(name, m_settings.launcherFlags); // as for runner names
        Q_EMIT warning(nearest.isEmpty()
                           ? LaunchText::tr("The pipeline defines no flag -%1 (its --help lists none by that name): Go's flag "
                                "package will refuse it and the launcher will stop.")
                                 .arg(name)
                           : LaunchText::tr("The pipeline defines no flag -%1; did you mean -%2? Go's flag package will refuse "
                                "-%1 and the launcher will stop.")
                                 .arg(name, nearest));
    }
}

void LaunchSession::startRun(const QString &launcherPath, const QString &workerPath)
{
    if (LaunchSpec::runsItself(m_settings)) {
        Q_EMIT warning(LaunchText::tr("This program runs its pipeline itself, in this process: it defines no --runner flag "
                          "(its main calls a runner such as direct.Execute instead of beamx.Run), so no job goes "
                          "to a runner. It is started without the runner settings (runner %1, endpoint, "
                          "environment%2).")
                           .arg(m_settings.runner.trimmed(),
                                m_settings.localJobServer ? LaunchText::tr(", the local Prism job server") : QString()));
        if (m_settings.localJobServer) {
            m_settings.localJobServer = false;
            m_run->shutdown(); // the local Prism still being prepared beside the builds is not needed
        }
    }
    m_run->start(m_settings, launcherPath, workerPath, m_environment);
}

void LaunchSession::onRunEnded(LaunchRun::End end, int exitCode, const QString &text)
{
    switch (end) {
    case LaunchRun::End::Cancelled:
        fail(Failure::Cancelled, text);
        return;
    case LaunchRun::End::Failed:
        if (!text.isEmpty()) {
            m_failure = Failure::Launch;
            Q_EMIT failed(m_failure, text);
        }
        done(exitCode);
        return;
    case LaunchRun::End::Ok:
        done(exitCode);
        return;
    }
}

QString LaunchSession::jobId() const
{
    return m_run->jobId();
}

QString LaunchSession::logFile() const
{
    return m_run->logFile();
}

QDateTime LaunchSession::launchStartedAt() const
{
    return m_run->startedAt();
}

const std::optional<ProcessRunner::Result> &LaunchSession::launchResult() const
{
    return m_run->result();
}

} // namespace bl
