// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchJob.h"

#include "jobs/JobApiClient.h"
#include "jobs/JobSupervisor.h"
#include "launch/LaunchSettings.h"
#include "launch/LaunchSpec.h"
#include "launch/WebPageProbe.h"

#include <utility>

namespace bl {

LaunchJob::LaunchJob(QObject *parent)
    : QObject(parent)
    , m_pageProbe(new WebPageProbe(this))
{
    connect(m_pageProbe, &WebPageProbe::answered, this, [this](const QUrl &page, bool isRunnersPage) {
        if (!isRunnersPage)
            return;
        m_webUi = page;
        if (!m_state.isEmpty())
            Q_EMIT changed(id(), m_state, m_webUi);
    });
    m_linger.setSingleShot(true);
    m_linger.setInterval(LingerLimit);
    connect(&m_linger, &QTimer::timeout, this, [this] {
        if (m_launcherRunning && !m_cancelling)
            Q_EMIT lingering();
    });
}

LaunchJob::~LaunchJob() = default;

bool LaunchJob::runnerHasJobService(const QString &runner)
{
    static const QStringList noJobService = {QStringLiteral("dataflow"), QStringLiteral("dot"),
                                             QStringLiteral("direct")};
    return !noJobService.contains(runner.toLower());
}

void LaunchJob::setPage(const QUrl &page)
{
    if (page.isEmpty() || page == m_webUi)
        return;
    m_pageProbe->cancel();
    m_webUi = page;
    if (!m_state.isEmpty())
        Q_EMIT changed(id(), m_state, m_webUi);
}

void LaunchJob::begin(const LaunchSettings &settings, const QUrl &webUi)
{
    end();
    delete std::exchange(m_service, nullptr);
    m_log = JobMonitor();
    m_webUi = webUi;
    if (webUi.isEmpty()) // a guess from the endpoint: shown once it answers as the runner's page
        m_pageProbe->probe(JobMonitor::webUi(settings), settings.runner);
    m_state.clear();
    m_apiStates = false;
    m_launcherRunning = false;
    m_cancelling = false;
    const auto async = LaunchSpec::flagValue(settings.pipelineFlags, QStringLiteral("async"), false);
    m_async = async && async->compare(QLatin1String("false"), Qt::CaseInsensitive) != 0
              && *async != u"0" && async->compare(QLatin1String("f"), Qt::CaseInsensitive) != 0;
    const QString jobName =
        LaunchSpec::flagValue(settings.pipelineFlags, QStringLiteral("job_name"), true).value_or(QString());

    // Runners without a job service (in-process Prism, Dataflow's REST API, the dot runner):
    // the launcher's log stays the only source.
    const QString endpoint = settings.endpoint.trimmed();
    if (endpoint.isEmpty() || !runnerHasJobService(settings.runner)
        || !jobs::JobApiClient::checkEndpoint(endpoint))
        return;
    m_service = new jobs::JobSupervisor(endpoint, this);
    m_service->setJobName(jobName);
    connect(m_service, &jobs::JobSupervisor::afterStopLookEnded, this, &LaunchJob::lookAfterStopEnded);
    connect(m_service, &jobs::JobSupervisor::jobFound, this,
            [this](const QString &id) { Q_EMIT followed(id, m_service->endpoint()); });
    connect(m_service, &jobs::JobSupervisor::stateChanged, this,
            [this](const QString &, jobs::JobState state) { noteState(jobs::jobStateName(state), true); });
    connect(m_service, &jobs::JobSupervisor::messageReceived, this, &LaunchJob::jobMessage);
    connect(m_service, &jobs::JobSupervisor::serviceLost, this, [this](const QString &text) {
        if (!m_cancelling) // also just after the launcher ended: that may be why it did (LaunchRun decides)
            Q_EMIT serviceLost(text);
    });
    connect(m_service, &jobs::JobSupervisor::serviceSilent, this, &LaunchJob::serviceSilent);
    connect(m_service, &jobs::JobSupervisor::cancelFinished, this,
            [this](bool confirmed, jobs::JobState state, const QString &text) {
                if (!std::exchange(m_cancelling, false))
                    return;
                // The runner's answer to Cancel can come before its state stream tells anything
                // (a job found after a stop): the job is shown CANCELLED all the same.
                if (confirmed)
                    noteState(jobs::jobStateName(state), true);
                Q_EMIT cancelFinished(confirmed, text);
            });
    m_service->snapshot();
}

void LaunchJob::launcherStarted()
{
    m_launcherRunning = true;
    if (m_service)
        m_service->launcherStarted();
}

void LaunchJob::addLines(const QStringList &lines)
{
    for (const QString &line : lines) { // every transition, not just the last
        const JobMonitor::Change change = m_log.addLine(line);
        if (change == JobMonitor::Change::Submitted && m_service)
            m_service->setJobId(m_log.jobId());
        if (change != JobMonitor::Change::None)
            noteState(m_log.state(), false);
    }
}

void LaunchJob::launcherExited(int exitCode, bool stopped)
{
    m_launcherRunning = false;
    m_linger.stop();
    if (m_service) {
        m_service->launcherExited();
        if (stopped && m_service->jobId().isEmpty())
            m_service->lookAfterStop(); // its Run may have been on its way
    }
    if (m_async && exitCode == 0 && !stopped)
        return; // it submitted and left: the job goes on, and only the job service knows how
    const QString before = m_log.state();
    m_log.launcherExited(exitCode, stopped);
    if (m_log.state() != before)
        noteState(m_log.state(), false);
}

void LaunchJob::end()
{
    m_linger.stop();
    m_pageProbe->cancel();
    m_launcherRunning = false;
    if (m_service)
        m_service->stop();
}

QString LaunchJob::id() const
{
    return m_service && !m_service->jobId().isEmpty() ? m_service->jobId() : m_log.jobId();
}

QString LaunchJob::endpoint() const
{
    return m_service ? m_service->endpoint() : QString();
}

bool LaunchJob::canCancelOnRunner() const
{
    // A job whose end was shown (the launcher's log can tell DONE before the job service's
    // stream does) has nothing left to cancel.
    return m_service && !m_service->jobId().isEmpty() && !jobs::isTerminal(m_service->state())
           && !JobMonitor::isTerminal(m_state);
}

void LaunchJob::cancelOnRunner(std::chrono::milliseconds bound)
{
    if (!canCancelOnRunner())
        return;
    m_cancelling = true;
    m_linger.stop();
    m_service->cancelJob(bound);
}

bool LaunchJob::cancelledOnRunner() const
{
    return m_service && m_service->state() == jobs::JobState::Cancelled;
}

bool LaunchJob::serviceAnswered() const
{
    return m_service && m_service->serviceAnswered();
}

bool LaunchJob::isLookingAfterStop() const
{
    return m_service && m_service->isLookingAfterStop();
}

bool LaunchJob::knownToService() const
{
    return m_service && !m_service->jobId().isEmpty();
}

void LaunchJob::noteState(const QString &state, bool fromJobApi)
{
    if (fromJobApi)
        m_apiStates = true;
    else if (m_apiStates && !m_log.jobId().isEmpty() && !JobMonitor::isTerminal(state))
        return; // the Job API speaks for the job now; the log lags behind it, but its end may come
                // first (the launcher exits as soon as it reads the end from its own state stream)
    // Forward only, as the Job API's own follower (jobs::advances): a replayed history in the
    // launcher's log (Flink's job server sends it to every subscriber) is no news.
    if (!jobs::advances(jobs::jobStateFromName(m_state), jobs::jobStateFromName(state)))
        return;
    m_state = state;
    Q_EMIT changed(id(), state, m_webUi);
    if (JobMonitor::isTerminal(state) && m_launcherRunning && !m_cancelling)
        m_linger.start();
}

} // namespace bl
