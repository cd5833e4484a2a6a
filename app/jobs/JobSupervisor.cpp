// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobSupervisor.h"

#include "jobs/JobsText.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace bl::jobs {

JobSupervisor::JobSupervisor(const QString &endpoint, QObject *parent)
    : QObject(parent)
    , m_client(new JobApiClient(endpoint, this))
{
    m_findTimer.setInterval(FindInterval);
    connect(&m_findTimer, &QTimer::timeout, this, &JobSupervisor::find);
    m_cancelBound.setSingleShot(true);
    connect(&m_cancelBound, &QTimer::timeout, this, [this] {
        settleCancel(false, JobsText::tr("the runner did not confirm the cancel within %1 s")
                                .arg(m_cancelBound.interval() / 1000));
    });
    connect(m_client, &JobApiClient::jobsListed, this,
            [this](quint64, const QList<JobInfo> &jobs) { onJobsListed(jobs); });
    connect(m_client, &JobApiClient::callFailed, this,
            [this](quint64, JobApiClient::Call call, const QString &, const CallError &error) {
                if (m_stopped)
                    return;
                if (call == JobApiClient::Call::ListJobs)
                    m_snapshotDone = true; // no snapshot: only the log can name the job
                if (call == JobApiClient::Call::Cancel && m_cancelling) {
                    settleCancel(false, m_client->describe(error));
                }
            });
    connect(m_client, &JobApiClient::cancelAnswered, this, [this](quint64, const QString &, JobState state) {
        if (!m_cancelling)
            return;
        if (state == JobState::Cancelled) {
            settleCancel(true, QString());
        } else if (isTerminal(state)) {
            settleCancel(false, JobsText::tr("the job had ended %1 already").arg(jobStateName(state)));
        }
        // CANCELLING: the watch tells when it is over.
    });
}

void JobSupervisor::onJobsListed(const QList<JobInfo> &jobs)
{
    if (m_stopped)
        return;
    if (!m_snapshotDone) {
        for (const JobInfo &job : jobs)
            m_before.insert(job.id);
        m_snapshotDone = true;
        m_snapshotOk = true;
        return;
    }
    if (!m_jobId.isEmpty())
        return;
    QStringList fresh, named;
    for (const JobInfo &job : jobs) {
        if (m_before.contains(job.id))
            continue;
        fresh << job.id;
        if (!m_jobName.isEmpty() && job.name == m_jobName)
            named << job.id;
    }
    // Only an unambiguous answer: the one new job of this launch's name; without names (a job
    // service that gives none), the one new job. With two (someone else submitted one), the
    // launcher's log names ours.
    if (named.size() == 1)
        setJobId(named.first());
    else if (named.isEmpty() && fresh.size() == 1 && !m_lookingAfterStop) {
        const auto it = std::find_if(jobs.cbegin(), jobs.cend(), [&](const JobInfo &job) { return job.id == fresh.first(); });
        if (m_jobName.isEmpty() || it->name.isEmpty())
            setJobId(fresh.first());
    }
}

void JobSupervisor::snapshot()
{
    m_client->listJobs();
}

void JobSupervisor::launcherStarted()
{
    m_launcherRunning = true;
    if (m_jobId.isEmpty())
        m_findTimer.start();
}

void JobSupervisor::find()
{
    if (m_stopped || !m_jobId.isEmpty()) {
        m_findTimer.stop();
        return;
    }
    if (m_lookingAfterStop && m_sinceStop.hasExpired(AfterStopLook.count())) {
        m_findTimer.stop();
        m_lookingAfterStop = false;
        Q_EMIT afterStopLookEnded(false);
        return;
    }
    // Without a snapshot, "new" cannot be told: then only the launcher's log names the job.
    if (m_snapshotOk)
        m_client->listJobs();
}

void JobSupervisor::setJobId(const QString &jobId)
{
    if (m_stopped || jobId.isEmpty() || !m_jobId.isEmpty())
        return;
    m_jobId = jobId;
    m_findTimer.stop();
    Q_EMIT jobFound(jobId);
    watchJob();
    if (std::exchange(m_lookingAfterStop, false))
        Q_EMIT afterStopLookEnded(true);
}

void JobSupervisor::watchJob()
{
    m_watch = m_client->watch(m_jobId);
    connect(m_watch, &JobWatch::stateChanged, this, [this](JobState state, const QDateTime &) {
        if (!advances(m_state, state)) // CANCELLED from the answer to Cancel came first
            return;
        m_state = state;
        Q_EMIT stateChanged(m_jobId, state);
        if (isTerminal(state)) {
            if (m_cancelling)
                settleCancel(state == JobState::Cancelled,
                             state == JobState::Cancelled
                                 ? QString()
                                 : JobsText::tr("the job ended %1, not CANCELLED").arg(jobStateName(state)));
        }
    });
    connect(m_watch, &JobWatch::messageReceived, this, &JobSupervisor::messageReceived);
    connect(m_watch, &JobWatch::silent, this, [this](std::chrono::milliseconds silentFor) {
        Q_EMIT serviceSilent(JobWatch::silenceText(endpoint(), silentFor));
    });
    connect(m_watch, &JobWatch::ended, this, [this](JobWatch::End how, const QString &detail) {
        if (how == JobWatch::End::Finished)
            return;
        const QString text = how == JobWatch::End::ServerGone
                                 ? JobsText::tr("the job service at %1 is gone (%2)").arg(endpoint(), detail)
                                 : JobsText::tr("the job service at %1 cannot tell about job %2 (%3)")
                                       .arg(endpoint(), m_jobId, detail);
        if (m_cancelling)
            settleCancel(false, text);
        Q_EMIT serviceLost(text);
    });
}

void JobSupervisor::launcherExited()
{
    m_launcherRunning = false;
    m_findTimer.stop();
}

bool JobSupervisor::lookAfterStop()
{
    if (m_stopped || !m_jobId.isEmpty() || !m_snapshotOk || m_jobName.isEmpty())
        return false;
    m_lookingAfterStop = true;
    m_sinceStop.start();
    m_findTimer.setInterval(AfterStopInterval);
    m_findTimer.start();
    find();
    return true;
}

void JobSupervisor::cancelJob(std::chrono::milliseconds bound)
{
    if (m_cancelling)
        return;
    if (m_jobId.isEmpty() || isTerminal(m_state) || m_stopped) {
        // Nothing to ask the runner: say so at once, on the next turn of the event loop.
        const bool confirmed = m_state == JobState::Cancelled;
        const QString text = m_jobId.isEmpty() ? JobsText::tr("the job was not submitted yet")
                                               : JobsText::tr("the job had ended %1 already").arg(jobStateName(m_state));
        QMetaObject::invokeMethod(this, [this, confirmed, text] {
            Q_EMIT cancelFinished(confirmed, m_state, text);
        }, Qt::QueuedConnection);
        return;
    }
    m_cancelling = true;
    m_cancelBound.start(bound);
    m_client->cancel(m_jobId);
}

void JobSupervisor::settleCancel(bool confirmed, const QString &text)
{
    if (!m_cancelling)
        return;
    m_cancelling = false;
    m_cancelBound.stop();
    // The answer to Cancel can come before the state stream says CANCELLED (or anything).
    if (confirmed && advances(m_state, JobState::Cancelled))
        m_state = JobState::Cancelled;
    Q_EMIT cancelFinished(confirmed, m_state, text);
}

void JobSupervisor::stop()
{
    m_stopped = true;
    m_lookingAfterStop = false;
    m_findTimer.stop();
    m_cancelBound.stop();
    if (m_watch)
        m_watch->stop();
}

} // namespace bl::jobs
