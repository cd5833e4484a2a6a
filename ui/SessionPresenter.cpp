// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "SessionPresenter.h"

#include "BuildJobView.h"
#include "Dialogs.h"
#include "OutputPane.h"
#include "OutputPanel.h"
#include "RunView.h"
#include "UiText.h"
#include "WorkerView.h"
#include "UiLogging.h"
#include "WindowText.h"
#include "launch/BuildAhead.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretResolver.h"

#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>

namespace bl {

SessionPresenter::SessionPresenter(OutputPanel *output, SecretStore *secrets, Dialogs *dialogs, QWidget *parent)
    : QObject(parent)
    , m_output(output)
    , m_dialogs(dialogs)
    , m_window(parent)
    , m_session(new LaunchSession(this))
    , m_resolver(new SecretResolver(secrets, this))
    , m_runs(ProfileStore::defaultFolder())
    , m_statusTimer(new QTimer(this))
    , m_stateLabel(new QLabel(UiText::tr("Ready"), parent))
    , m_elapsedLabel(new QLabel(parent))
    , m_progress(new QProgressBar(parent))
    , m_ahead(new BuildAhead(this))
{
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &SessionPresenter::updateStatus);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(UiText::tr("Progress"));
    connectSession();
    connectBuildAhead();
}

SessionPresenter::~SessionPresenter() = default;

bool SessionPresenter::isBusy() const
{
    return m_session->isRunning() || m_resolver->isPending() || m_joining.has_value();
}

void SessionPresenter::addStatusWidgets(QStatusBar *bar)
{
    bar->addPermanentWidget(m_stateLabel);
    bar->addPermanentWidget(m_elapsedLabel);
    bar->addPermanentWidget(m_progress);
    updateStatus();
}

void SessionPresenter::start(LaunchSession::Mode mode, const LaunchSettings &settings, const QString &profileId,
                             const QString &profileName)
{
    if (m_ahead->session()->isRunning()) {
        // The build ahead runs at low priority, behind whatever else the machine does; the user
        // waits now. A build of these very binaries goes on at normal priority: the build ahead
        // stops and this session builds (Go's build cache keeps what was compiled, so go build
        // picks up where it was). Only when both binaries are built already is it waited for.
        // Other binaries: it stops first (it holds the output folder until it has ended).
        const bool same = m_ahead->isBuildingFor(settings);
        const LaunchSession *ahead = m_ahead->session();
        const bool built = same && ahead->buildResult(BuildTarget::Launcher).ok && ahead->buildResult(BuildTarget::Worker).ok;
        if (!built)
            m_ahead->setPaused(true);
        m_joining = Pending{mode, settings, profileId, profileName, same && !built};
        const QString then = mode == LaunchSession::Mode::Launch ? UiText::tr("the launch starts")
                                                                 : UiText::tr("the build is checked");
        m_output->setSessionMessage(
            built ? UiText::tr("Waiting for the build ahead, which is checking these very binaries; then %1.").arg(then)
            : same ? UiText::tr("The build ahead of these binaries ran at low priority: it goes on at normal "
                                    "priority (go build starts again and keeps what it compiled).")
                   : UiText::tr("Stopping the build ahead first…"),
            false);
        m_output->showTab(OutputPanel::BuildTab);
        Q_EMIT busyChanged();
        updateStatus();
        return;
    }
    // No build ahead starts from here on (not while the keychain is read either): the session
    // takes the output folder. It goes on when the session is over, or did not start.
    m_ahead->setPaused(true);
    // Secret values come from the keychain, unless typed in the editor just now.
    const QStringList missing = SecretResolver::missing(settings);
    if (missing.isEmpty() || mode == LaunchSession::Mode::Build) {
        begin(mode, settings, profileId, profileName);
        return;
    }
    if (profileId.isEmpty()) {
        m_ahead->setPaused(false);
        m_dialogs->showWarning(m_window, UiText::tr("Secrets missing"),
                               UiText::tr("The secret variables %1 have no value.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    m_output->setSessionMessage(UiText::tr("Reading secrets from the keychain…"), false);
    m_resolver->resolve(profileId, settings, [=](const SecretResolver::Outcome &outcome) {
        if (outcome.ok()) {
            begin(mode, outcome.settings, profileId, profileName);
            return;
        }
        QStringList problems;
        for (const SecretResolver::Failure &failure : outcome.failures) {
            if (failure.status == SecretStore::Status::NotFound)
                problems << UiText::tr("The secret %1 has no value in the keychain: type its value in the "
                                           "environment table.").arg(failure.name);
            else
                problems << UiText::tr("The secret %1 could not be read: %2").arg(failure.name, failure.message);
        }
        QString text = problems.join(u'\n');
        if (outcome.noKeychain())
            text = UiText::tr("The system keychain is not available, and this profile needs secrets from it. "
                                  "Nothing was launched.\n\n%1").arg(text);
        m_output->setSessionMessage(text, true);
        m_ahead->setPaused(false);
        m_dialogs->showWarning(m_window, UiText::tr("Secrets unavailable"), text);
        Q_EMIT busyChanged();
        updateStatus();
    });
    Q_EMIT busyChanged();
}

QString SessionPresenter::jobDescription() const
{
    return UiText::tr("Job %1 on %2").arg(m_session->jobId(), m_session->settings().endpoint.trimmed());
}

void SessionPresenter::stop()
{
    if (m_joining) {
        m_joining.reset();
        m_ahead->setPaused(false); // if it was stopped for this session
        m_output->setSessionMessage(UiText::tr("Stopped before the launch; the build ahead goes on."), false);
        Q_EMIT busyChanged();
        updateStatus();
        return;
    }
    if (m_resolver->isPending()) {
        m_resolver->cancel();
        m_ahead->setPaused(false);
        m_output->setSessionMessage(UiText::tr("Stopped before the launch."), false);
        Q_EMIT busyChanged();
        updateStatus();
    }
    m_session->cancel();
}

void SessionPresenter::begin(LaunchSession::Mode mode, const LaunchSettings &settings, const QString &profileId,
                             const QString &profileName)
{
    m_profileId = profileId;
    m_profileName = profileName;
    m_launchStarted = false;
    ++m_serial;
    m_jobState.clear();
    m_firstError.clear();
    m_launcherError.clear();
    m_jobError = false;
    m_clock.start();
    m_output->setSessionMessage(m_takingOver ? UiText::tr("Building at normal priority: the build ahead of these "
                                                              "binaries ran at low priority; what it compiled is kept.")
                                             : QString(),
                                false);
    m_takingOver = false;
    m_output->prepare(settings);
    if (mode == LaunchSession::Mode::Launch) {
        m_output->runView()->prepareLaunch();
        m_output->workerView()->prepareLaunch(settings);
    }
    m_output->showTab(OutputPanel::BuildTab);
    qCDebug(lcUi) << "session" << mode << "of profile" << profileId;
    LaunchSettings withStallBound = settings; // the window's setting, not the profile's
    withStallBound.stallSeconds = m_stallSeconds;
    m_session->start(mode, withStallBound);
    Q_EMIT busyChanged();
    m_statusTimer->start();
    m_buildProgress[0] = BuildProgress();
    m_buildProgress[1] = BuildProgress();
    updateStatus();
}

void SessionPresenter::connectSession()
{
    RunView *run = m_output->runView();
    const auto jobView = [this](BuildTarget target) { return m_output->jobView(target); };
    connect(m_session, &LaunchSession::stageChanged, this, [this] { updateStatus(); });
    connect(m_session, &LaunchSession::message, this, [this, run](const QString &text) {
        Q_EMIT statusMessage(text, 5000);
        run->output()->appendLine(text, OutputPane::Stream::Info);
    });
    connect(m_session, &LaunchSession::warning, this, [this, run, jobView](const QString &text) {
        Q_EMIT statusMessage(text, 8000);
        const QString line = UiText::tr("Warning: %1").arg(text);
        run->output()->appendLine(line, OutputPane::Stream::Info);
        for (BuildTarget target : {BuildTarget::Launcher, BuildTarget::Worker})
            jobView(target)->output()->appendLine(line, OutputPane::Stream::Info);
    });
    connectBuildPanes(m_session);
    connect(m_session, &LaunchSession::launchStarted, this, [this, run](const LaunchCommand &command) {
        m_launchStarted = true;
        run->showLaunchStarted(command);
        m_output->showTab(OutputPanel::RunTab);
    });
    connect(m_session, &LaunchSession::output, this, [run](ProcessRunner::Channel channel, const QStringList &lines) {
        run->output()->appendLines(lines, channel == ProcessRunner::Channel::StdErr ? OutputPane::Stream::StdErr
                                                                                     : OutputPane::Stream::StdOut);
    });
    // The launcher's first error line on stderr, for the desktop's word on a failure.
    connect(m_session, &LaunchSession::output, this, [this](ProcessRunner::Channel channel, const QStringList &lines) {
        static const QRegularExpression errorLine(QStringLiteral("\\b(error|panic|fatal|failed)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (channel != ProcessRunner::Channel::StdErr || !m_launcherError.isEmpty())
            return;
        for (const QString &line : lines) {
            if (errorLine.match(line).hasMatch()) {
                m_launcherError = line.trimmed();
                return;
            }
        }
    });
    connect(m_session, &LaunchSession::jobChanged, run, &RunView::showJob);
    connect(m_session, &LaunchSession::jobChanged, this,
            [this](const QString &, const QString &state) { m_jobState = state; });
    connect(m_session, &LaunchSession::stalled, this, [this, run](const QString &text) {
        run->output()->appendLine(UiText::tr("Warning: %1").arg(text), OutputPane::Stream::Info);
        m_output->showTab(OutputPanel::RunTab);
        const int choice = m_dialogs->askChoice(
            m_window, UiText::tr("Job Stalled"),
            text + QStringLiteral("\n\n") + UiText::tr("Cancel the job on the runner, or keep waiting?"),
            {UiText::tr("Cancel the Job"), UiText::tr("Keep Waiting")});
        if (choice == 0 && m_session->isRunning())
            m_session->cancel();
    });
    WorkerView *workers = m_output->workerView();
    connect(m_session, &LaunchSession::workerOutput, workers, &WorkerView::appendWorkerLines);
    connect(m_session, &LaunchSession::jobMessage, workers, &WorkerView::appendJobMessage);
    connect(m_session, &LaunchSession::jobMessage, this, [this](const jobs::JobMessage &message) {
        if (message.importance == jobs::Importance::Error && !m_jobError && !message.text.trimmed().isEmpty()) {
            m_firstError = message.text;
            m_jobError = true;
        }
    });
    connect(m_session, &LaunchSession::launchFinished, this, [this, run](const ProcessRunner::Result &result) {
        run->showLaunchFinished(result, m_session->logFile());
    });
    connect(m_session, &LaunchSession::failed, this, [this, jobView](LaunchSession::Failure failure, const QString &text) {
        m_output->setSessionMessage(text, failure != LaunchSession::Failure::Cancelled);
        if (m_firstError.isEmpty())
            m_firstError = text;
        if (!m_launchStarted) {
            for (BuildTarget target : {BuildTarget::Launcher, BuildTarget::Worker})
                jobView(target)->abandon(failure == LaunchSession::Failure::Cancelled);
        }
        if (failure == LaunchSession::Failure::Build || failure == LaunchSession::Failure::BadInput)
            m_output->showFirstProblem();
    });
    connect(m_session, &LaunchSession::finished, this, &SessionPresenter::onFinished);
}

void SessionPresenter::connectBuildPanes(LaunchSession *session)
{
    const auto jobView = [this](BuildTarget target) { return m_output->jobView(target); };
    connect(session, &LaunchSession::buildStarted, this,
            [jobView](BuildTarget target, const Platform &platform) { jobView(target)->start(platform); });
    connect(session, &LaunchSession::buildOutput, this,
            [jobView](BuildTarget target, const QStringList &lines) { jobView(target)->appendOutput(lines); });
    connect(session, &LaunchSession::buildProgress, this, [this, jobView](const BuildProgress &p) {
        m_buildProgress[int(p.target)] = p;
        jobView(p.target)->setProgress(p);
    });
    connect(session, &LaunchSession::diagnostic, m_output, &OutputPanel::addDiagnostic);
    connect(session, &LaunchSession::buildFinished, this,
            [jobView](const BuildResult &result) { jobView(result.target)->finish(result); });
}

void SessionPresenter::connectBuildAhead()
{
    LaunchSession *ahead = m_ahead->session();
    connectBuildPanes(ahead);
    // A build ahead that builds (not one that finds the binaries current) takes the panes over:
    // the window's own session is never running then (it pauses the build ahead).
    connect(ahead, &LaunchSession::stageChanged, this, [this, ahead](LaunchSession::Stage stage) {
        if (stage != LaunchSession::Stage::Building || ahead->buildResult(BuildTarget::Launcher).current)
            return;
        m_output->prepare(ahead->settings());
        m_buildProgress[0] = BuildProgress();
        m_buildProgress[1] = BuildProgress();
        if (!m_joining)
            m_output->setSessionMessage(QString(), false);
    });
    connect(ahead, &LaunchSession::failed, this, [this, ahead](LaunchSession::Failure failure, const QString &text) {
        // A launch running these binaries holds their folder: the build ahead waits for it
        // (BuildAhead::State::Held, said beside the build panes), which is no error.
        if (failure == LaunchSession::Failure::BadInput && ahead->outputFolderHolder() > 0)
            return;
        if (failure == LaunchSession::Failure::Build || failure == LaunchSession::Failure::BadInput)
            m_output->setSessionMessage(UiText::tr("Build ahead: %1").arg(text), true);
    });
    connect(m_ahead, &BuildAhead::stateChanged, this, &SessionPresenter::showBuildAheadState);
    // After BuildAhead has taken the result (its own connection comes first).
    connect(ahead, &LaunchSession::finished, this, [this] {
        if (m_joining)
            QMetaObject::invokeMethod(this, &SessionPresenter::endJoin, Qt::QueuedConnection);
    });
}

void SessionPresenter::endJoin()
{
    if (!m_joining) // stopped meanwhile
        return;
    const Pending pending = *std::exchange(m_joining, std::nullopt);
    m_output->setSessionMessage(QString(), false);
    m_takingOver = pending.takesOver;
    start(pending.mode, pending.settings, pending.profileId, pending.profileName);
    m_takingOver = false;
    Q_EMIT busyChanged();
    updateStatus();
}

void SessionPresenter::showBuildAheadState()
{
    QIcon icon;
    switch (m_ahead->state()) {
    case BuildAhead::State::Off:
        break;
    case BuildAhead::State::Waiting:
    case BuildAhead::State::Building:
    case BuildAhead::State::Held: // a launch runs the binaries: a wait, not an error
        icon = ownIcon("build");
        break;
    case BuildAhead::State::UpToDate:
        icon = ownIcon("uptodate");
        break;
    case BuildAhead::State::Failed:
        icon = ownIcon("error");
        break;
    }
    const QString text = m_ahead->stateText();
    m_output->setBuildAheadState(text, icon);
    Q_EMIT buildAheadChanged(icon, text);
    updateStatus();
}

void SessionPresenter::onFinished(int exitCode)
{
    m_statusTimer->stop();
    if (m_session->launchStartedAt().isValid()) { // now that both checksums are known
        RunRecord record = RunRecord::fromSession(*m_session, m_profileId, m_profileName);
        QString error;
        if (!m_runs.append(record, &error))
            Q_EMIT statusMessage(UiText::tr("This run was not recorded: %1").arg(error), 8000);
    }
    if (exitCode == 0) {
        const QString took = windowSeconds(m_clock.elapsed());
        m_output->setSessionMessage(m_session->mode() == LaunchSession::Mode::Build
                                        ? UiText::tr("Both binaries are built and verified (%1).").arg(took)
                                        : UiText::tr("The pipeline ran to its end (exit code 0, %1).").arg(took),
                                    false);
    }
    // Lines still queued for the view stay queued (flushing them at once would freeze the
    // window after a flood); the log got every line when it was appended.
    m_output->runView()->output()->setLogFile(QString()); // closes it: the transcript is complete on disk
    m_ahead->setPaused(false);
    Q_EMIT busyChanged();
    updateStatus();
    if (const std::optional<LaunchEnd> end = launchEnd())
        Q_EMIT launchEnded(*end);
    Q_EMIT sessionEnded();
}

std::optional<LaunchEnd> SessionPresenter::launchEnd() const
{
    if (m_session->mode() != LaunchSession::Mode::Launch)
        return std::nullopt;
    LaunchEnd end;
    end.serial = m_serial;
    end.elapsedMs = m_clock.elapsed();
    end.jobId = m_session->jobId();
    end.profileName = m_profileName;
    const jobs::JobState job = jobs::jobStateFromName(m_jobState);
    switch (m_session->failure()) {
    case LaunchSession::Failure::None:
        if (!m_jobState.isEmpty() && !jobs::isTerminal(job))
            return std::nullopt; // the launcher stopped, its job left running on the runner
        end.state = m_jobState.isEmpty() ? QStringLiteral("DONE") : m_jobState;
        break;
    case LaunchSession::Failure::Cancelled: // a launcher stopped after its job had ended: the job's state
        end.state = jobs::isTerminal(job) ? m_jobState : QStringLiteral("CANCELLED");
        break;
    case LaunchSession::Failure::BadInput:
    case LaunchSession::Failure::Build:
    case LaunchSession::Failure::Launch:
        end.state = QStringLiteral("FAILED");
        break;
    }
    if (end.state == QLatin1String("FAILED")) {
        const QString error = m_jobError || m_launcherError.isEmpty() ? m_firstError : m_launcherError;
        const QStringList lines = error.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty()) {
                end.firstError = line.trimmed();
                break;
            }
        }
    }
    return end;
}

void SessionPresenter::setTaskbarProgress(double fraction)
{
    if (qFuzzyCompare(fraction + 3, m_taskbar + 3))
        return;
    m_taskbar = fraction;
    Q_EMIT progressChanged(fraction);
}

void SessionPresenter::updateStatus()
{
    QString state;
    const bool running = isBusy();
    if (m_resolver->isPending()) {
        state = UiText::tr("Reading secrets…");
    } else if (m_joining) {
        state = UiText::tr("Waiting for the build ahead…");
    } else if (!running && m_ahead->state() == BuildAhead::State::Building) {
        state = m_ahead->stateText();
    } else {
        switch (m_session->stage()) {
        case LaunchSession::Stage::Idle:
            state = UiText::tr("Ready");
            break;
        case LaunchSession::Stage::Checking:
            state = UiText::tr("Checking…");
            break;
        case LaunchSession::Stage::Building: {
            state = UiText::tr("Building…");
            int done = 0;
            int total = 0;
            for (const BuildProgress &p : m_buildProgress) {
                done += p.done;
                total += p.phase == BuildProgress::Phase::Compile ? p.total : 0;
            }
            if (total > 0 && running) { // packages compiled of about how many, both builds together
                state = UiText::tr("Building… %1 of about %2 packages").arg(done).arg(total);
                m_stateLabel->setText(state);
                m_progress->setVisible(true);
                m_progress->setRange(0, total);
                m_progress->setValue(std::min(done, total));
                setTaskbarProgress(double(std::min(done, total)) / total);
                return;
            }
            break;
        }
        case LaunchSession::Stage::Running:
            state = UiText::tr("Running…");
            break;
        case LaunchSession::Stage::Finished:
            switch (m_session->failure()) {
            case LaunchSession::Failure::None:
                state = m_session->mode() == LaunchSession::Mode::Build ? UiText::tr("Built") : UiText::tr("Finished");
                break;
            case LaunchSession::Failure::Cancelled:
                state = UiText::tr("Stopped");
                break;
            case LaunchSession::Failure::BadInput:
            case LaunchSession::Failure::Build:
            case LaunchSession::Failure::Launch:
                state = UiText::tr("Failed");
                break;
            }
            break;
        }
    }
    m_stateLabel->setText(state);
    if (m_clock.isValid() && m_session->stage() != LaunchSession::Stage::Idle)
        m_elapsedLabel->setText(windowSeconds(m_clock.elapsed()));
    m_progress->setVisible(running);
    m_progress->setRange(0, running ? 0 : 1);
    setTaskbarProgress(m_session->isRunning() ? -1 : -2);
}

} // namespace bl
